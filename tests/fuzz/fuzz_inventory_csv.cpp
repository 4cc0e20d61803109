// Fuzz target: a secrets inventory CSV through parseInventoryCsv, the function the import calls
// (BOM, RFC 4180 records, header, cells, dates, duplicates). parseInventoryCsv reads a path, so
// the input is put in an anonymous in-memory file (memfd) and read through /proc/self/fd: the
// parser runs unchanged, with no file on disk and one descriptor for the whole run.

#include "secrets/inventorycsv.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const int fd = memfd_create("inventory.csv", MFD_CLOEXEC);
    static const std::string path = "/proc/self/fd/" + std::to_string(fd);
    if (fd < 0 || ftruncate(fd, 0) != 0 || (size > 0 && pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))) {
        std::perror("memfd");
        std::abort();
    }
    const bulkhead::InventoryParse p = bulkhead::parseInventoryCsv(path, "fuzz inventory");
    // Documented: nothing of a file with a problem is imported, and at most 100 errors are kept.
    if ((!p.errors.empty() && !p.records.empty()) || p.errors.size() > 100
        || p.errorCount < static_cast<int>(p.errors.size())) {
        std::fprintf(stderr, "inventory parse: %zu records with %zu errors (count %d)\n", p.records.size(),
                     p.errors.size(), p.errorCount);
        std::abort();
    }
    if (static_cast<int>(p.records.size()) > p.rows) {
        std::fprintf(stderr, "inventory parse: %zu records from %d rows\n", p.records.size(), p.rows);
        std::abort();
    }
    return 0;
}
