#pragma once

#include "store/importsummary.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// Outcome of one file of an import batch.
struct ImportFileResult {
    std::string path;
    bool ok = false;
    std::uint64_t bytes = 0;
    ImportSummary summary; // when ok
    std::string error;     // when !ok: "byte 120: invalid JSON: ..." (without the path)
};

struct ImportProgress {
    std::size_t filesDone = 0;
    std::size_t filesTotal = 0;
    std::uint64_t bytesDone = 0;
    std::uint64_t bytesTotal = 0;
};

// Files to import from command-line style inputs: files as given; directories recursively, in
// name order, taking the files whose content starts like JSON (others are reported in `skipped`,
// so a README beside the reports does not fail the batch). Missing inputs go to `errors`.
struct ImportInputs {
    std::vector<std::string> files;
    std::vector<std::string> skipped;
    std::vector<std::string> errors; // "PATH: no such file or directory"
};
ImportInputs collectImportInputs(const std::vector<std::string> &paths);

// What a whole batch did. The batch is one transaction: `committed` says whether it is in the
// store. Files that could not be read or parsed never touch the store and do not stop the batch.
struct ImportBatchResult {
    std::vector<ImportFileResult> files;
    bool committed = false;
    bool cancelled = false;
    std::string error; // why the batch was not committed (store error), empty otherwise
};

// Imports a batch of report files: parser threads read and parse files ahead while one writer
// thread (the caller's) stores them in input order, all in one transaction with a savepoint per
// file. Cancelling stops at the next file and rolls the whole batch back: the store is exactly
// as before.
class ImportJob
{
public:
    struct Options {
        int parseThreads = 0; // 0: one per spare core (at least one)
        std::function<void(const ImportProgress &)> onProgress;
        std::function<void(const ImportFileResult &)> onFileDone;
        const std::atomic<bool> *cancel = nullptr;
        std::int64_t now = 0; // import time (unix seconds); 0 = the clock
    };

    static ImportBatchResult run(Database &db, const std::vector<std::string> &files, const Options &options);
};

} // namespace bulkhead
