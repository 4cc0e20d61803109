#include "importers/importjob.h"

#include "importers/reportparser.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/storeerror.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>

namespace bulkhead {

namespace fs = std::filesystem;

namespace {

bool looksLikeJson(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    char c = 0;
    int seen = 0;
    while (in.get(c) && seen < 4096) {
        ++seen;
        const auto u = static_cast<unsigned char>(c);
        if (u == 0xEF || u == 0xBB || u == 0xBF || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue; // UTF-8 BOM and whitespace
        return c == '{';
    }
    return false;
}

} // namespace

ImportInputs collectImportInputs(const std::vector<std::string> &paths)
{
    ImportInputs out;
    for (const std::string &p : paths) {
        std::error_code ec;
        const fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            out.errors.push_back(p + ": no such file or directory");
            continue;
        }
        if (!fs::is_directory(st)) {
            out.files.push_back(p);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const fs::path &entry = it->path();
            if (entry.filename().string().starts_with('.')) {
                if (it->is_directory())
                    it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file())
                continue;
            (looksLikeJson(entry) ? found : out.skipped).push_back(entry.string());
        }
        if (ec)
            out.errors.push_back(p + ": " + ec.message());
        std::sort(found.begin(), found.end());
        out.files.insert(out.files.end(), found.begin(), found.end());
    }
    return out;
}

ImportBatchResult ImportJob::run(Database &db, const std::vector<std::string> &files, const Options &options)
{
    const std::size_t total = files.size();
    ImportBatchResult batch;
    batch.files.resize(total);
    std::vector<ImportFileResult> &results = batch.files;
    if (total == 0) {
        batch.committed = true;
        return batch;
    }

    ImportProgress progress;
    progress.filesTotal = total;
    for (const std::string &f : files) {
        std::error_code ec;
        const auto size = fs::file_size(f, ec);
        if (!ec)
            progress.bytesTotal += size;
    }

    int threads = options.parseThreads;
    if (threads <= 0)
        threads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()) - 1, 1, 4);
    threads = std::min<int>(threads, static_cast<int>(total));
    // Parsed reports waiting for the writer; bounds memory to a few reports at a time.
    const std::size_t maxAhead = static_cast<std::size_t>(threads) + 2;

    std::mutex mutex;
    std::condition_variable readyCv, spaceCv;
    std::map<std::size_t, ParsedFile> ready;
    // Written reports go back to the parser threads to be freed there: a million findings' worth
    // of strings freed on the writer thread was a tenth of its time, and the writer is the
    // bottleneck of a bulk import.
    std::vector<ParsedFile> garbage;
    std::size_t nextToParse = 0;
    std::size_t nextToWrite = 0;
    bool stopping = false;
    auto cancelled = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    auto parser = [&] {
        ParseContext ctx;
        for (;;) {
            std::size_t index = 0;
            bool parse = false;
            std::vector<ParsedFile> toFree;
            {
                std::unique_lock lock(mutex);
                auto canParse = [&] { return nextToParse < total && nextToParse < nextToWrite + maxAhead; };
                spaceCv.wait(lock, [&] { return stopping || !garbage.empty() || canParse(); });
                toFree.swap(garbage);
                parse = !stopping && canParse();
                if (parse)
                    index = nextToParse++;
                else if (stopping && toFree.empty())
                    return;
            }
            toFree.clear();
            if (!parse)
                continue;
            ParsedFile parsed = cancelled() ? ParsedFile{} : parseReportFile(files[index], ctx);
            {
                std::lock_guard lock(mutex);
                ready.emplace(index, std::move(parsed));
            }
            readyCv.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i)
        pool.emplace_back(parser);

    const std::int64_t now = options.now ? options.now
                                         : std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch()).count();
    std::unique_ptr<ImportWriter> writer;
    std::string writerError;
    try {
        writer = std::make_unique<ImportWriter>(db);
        // Bulk mode when the batch could add more findings than the store holds. A report
        // carries roughly one finding per 2.5 KB (measured on Trivy output); err towards bulk
        // only when the batch is clearly large.
        const std::int64_t stored = db.scalar("SELECT count(*) FROM findings");
        const bool bulk = progress.bytesTotal > 64ull * 1024 * 1024
            && static_cast<std::int64_t>(progress.bytesTotal / 2500) > stored;
        writer->beginBatch(bulk);
    } catch (const StoreError &e) {
        writerError = e.what();
        writer.reset();
    }

    for (std::size_t index = 0; index < total; ++index) {
        if (cancelled()) {
            // Stop at once: the rest is not waited for, and reported once, not file by file.
            for (std::size_t rest = index; rest < total; ++rest) {
                results[rest].path = files[rest];
                results[rest].error = "cancelled";
            }
            break;
        }
        ParsedFile parsed;
        {
            std::unique_lock lock(mutex);
            readyCv.wait(lock, [&] { return ready.count(index) > 0; });
            parsed = std::move(ready.at(index));
            ready.erase(index);
            nextToWrite = index + 1;
        }
        spaceCv.notify_all();

        ImportFileResult &result = results[index];
        result.path = files[index];
        result.bytes = parsed.bytes;
        if (cancelled()) {
            result.error = "cancelled";
        } else if (!parsed.report) {
            result.error = parsed.error;
        } else if (!writer) {
            result.error = writerError;
        } else {
            try {
                result.summary = writer->write(parsed, now);
                result.ok = true;
            } catch (const StoreError &e) {
                result.error = std::string("not imported: ") + e.what();
            } catch (const std::bad_alloc &) {
                result.error = "not imported: out of memory";
            }
        }
        {
            std::lock_guard lock(mutex);
            garbage.push_back(std::move(parsed));
        }
        spaceCv.notify_one();
        progress.filesDone = index + 1;
        progress.bytesDone += parsed.bytes;
        if (options.onFileDone)
            options.onFileDone(result);
        if (options.onProgress)
            options.onProgress(progress);
    }
    {
        std::lock_guard lock(mutex);
        stopping = true;
    }
    spaceCv.notify_all();
    for (std::thread &t : pool)
        t.join();

    batch.cancelled = cancelled();
    if (!writer) {
        batch.error = writerError;
    } else if (batch.cancelled) {
        writer->rollbackBatch();
        batch.error = "cancelled: nothing of this import was stored";
    } else {
        try {
            writer->commitBatch();
            batch.committed = true;
        } catch (const StoreError &e) {
            batch.error = std::string("the import could not be committed, nothing was stored: ") + e.what();
        }
    }
    if (!batch.committed) {
        for (ImportFileResult &r : results) {
            if (r.ok) {
                r.ok = false;
                r.error = batch.error;
            }
        }
    }
    return batch;
}

} // namespace bulkhead
