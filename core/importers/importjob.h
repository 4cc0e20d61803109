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

// Imports a batch of report files: parser threads read and parse files ahead while one writer
// thread (the caller's) stores them in input order, one transaction per file. Cancelling stops
// between files; every file already written stays, the one being written is rolled back.
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

    static std::vector<ImportFileResult> run(Database &db, const std::vector<std::string> &files,
                                             const Options &options);
};

} // namespace bulkhead
