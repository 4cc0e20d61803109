#include "demo/demostore.h"

#include "demo/demoplan.h"
#include "demo/demoreportbuilder.h"
#include "store/findingrepository.h"
#include "store/importwriter.h"
#include "store/storeerror.h"
#include "store/snapshotrepository.h"
#include "store/storemeta.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

namespace bulkhead::demo {

namespace fs = std::filesystem;

namespace {

void removeStoreFiles(const std::string &path)
{
    std::error_code ec;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ec);
}

// Anything at the path, even a dangling link; when that cannot be told, assume something is.
bool exists(const std::string &path)
{
    std::error_code ec;
    const fs::file_status st = fs::symlink_status(path, ec);
    return st.type() != fs::file_type::not_found; // `none` (with ec set) when it could not be told
}

// Writes every planned scan, in order, through the real ImportWriter in one bulk transaction.
// Reports are built on a second thread while the writer stores the previous ones (building is
// about a quarter of the work), and freed there too, off the writer's thread.
void writeReports(Database &db, const DemoPlan &plan, DemoReportBuilder &builder,
                  const std::function<void(std::int64_t, std::int64_t)> &progress)
{
    const auto &scans = plan.scans();
    const std::size_t total = scans.size();
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<ParsedFile> ready;
    std::vector<ParsedFile> written;
    bool stop = false;
    constexpr std::size_t kAhead = 2;

    std::exception_ptr failure; // from the producer (out of memory), rethrown by the writer
    std::thread producer([&] {
        try {
            for (std::size_t i = 0; i < total; ++i) {
                ParsedFile file = builder.build(scans[i]);
                std::vector<ParsedFile> garbage;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stop || ready.size() < kAhead; });
                    if (stop)
                        return;
                    ready.push_back(std::move(file));
                    garbage.swap(written);
                }
                changed.notify_all();
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            failure = std::current_exception();
        }
        changed.notify_all();
    });
    auto finish = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        producer.join();
    };
    try {
        ImportWriter writer(db);
        writer.beginBatch(true); // a fresh store: defer the secondary indexes to the commit
        for (std::size_t i = 0; i < total; ++i) {
            ParsedFile file;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !ready.empty() || failure; });
                if (ready.empty())
                    std::rethrow_exception(failure);
                file = std::move(ready.front());
                ready.pop_front();
            }
            changed.notify_all();
            writer.write(file, plan.now());
            {
                std::lock_guard lock(mutex);
                written.push_back(std::move(file));
            }
            if (progress)
                progress(static_cast<std::int64_t>(i + 1), static_cast<std::int64_t>(total));
        }
        finish();
        writer.commitBatch();
    } catch (...) {
        if (producer.joinable())
            finish();
        throw;
    }
}

} // namespace

DemoTarget inspectDemoTarget(const std::string &path)
{
    if (!exists(path)) {
        // A write-ahead log without its database would be replayed into the new store: leave
        // such leftovers to a person.
        return exists(path + "-wal") ? DemoTarget::Other : DemoTarget::Missing;
    }
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return DemoTarget::Other;
    try {
        // Read-only: the file is not modified whatever it turns out to be.
        const Database db = Database::open(path, Database::Access::ReadOnly);
        return storemeta::isDemo(db) ? DemoTarget::DemoStore : DemoTarget::Other;
    } catch (const StoreError &) {
        return DemoTarget::Other;
    }
}

std::string defaultDemoPath()
{
    return (fs::path(Database::defaultPath()).parent_path() / "demo.db").string();
}

DemoSummary writeDemoStore(const std::string &path, const DemoOptions &options)
{
    switch (inspectDemoTarget(path)) {
    case DemoTarget::Other:
        throw StoreError(path + ": exists and is not a Bulkhead demo store; refusing to overwrite it");
    case DemoTarget::DemoStore:
        if (!options.replaceDemo)
            throw StoreError(path + ": a demo store is already there; not replacing it unless asked to");
        break;
    case DemoTarget::Missing:
        break;
    }
    const std::int64_t now = options.now ? options.now
                                         : std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch()).count();
    // Built beside the target and renamed over it when complete: a failure or an interrupted run
    // leaves the previous demo store (or nothing) in place.
    const std::string partial = path + ".demo-partial";
    removeStoreFiles(partial);
    DemoSummary summary;
    try {
        Database db = Database::open(partial);
        // Nothing needs to survive a crash before the rename (see Database::beginScratchBuild).
        db.beginScratchBuild();
        storemeta::write(db, storemeta::kDemo, "1");
        const DemoPlan plan(options.findings, options.seed, now);
        DemoReportBuilder builder(plan);
        writeReports(db, plan, builder, options.progress);
        summary.triage = applyDemoTriage(db, plan, builder);
        // As after every real import: the Overview's trend, the weekly review's baseline and the
        // report's summary start from a snapshot.
        recordSnapshot(db, "import", now);
        // What the store says it holds, not what was planned (the assets are all written: each
        // has at least one scan).
        const FindingStats stats = FindingRepository(db).stats();
        summary.findings = stats.total;
        for (const char *status : {"open", "confirmed"}) {
            if (const auto it = stats.byStatus.find(status); it != stats.byStatus.end())
                summary.openFindings += it->second;
        }
        summary.reports = stats.reports;
        for (const PlannedAsset &a : plan.assets())
            ++(a.image >= 0 ? summary.images : summary.workloads);
        db.finishScratchBuild();
    } catch (...) {
        removeStoreFiles(partial);
        throw;
    }
    // The old demo store's log must not be replayed into the new file.
    std::error_code ec;
    fs::remove(path + "-wal", ec);
    fs::remove(path + "-shm", ec);
    fs::rename(partial, path, ec);
    if (ec) {
        removeStoreFiles(partial);
        throw StoreError(path + ": cannot move the demo store into place: " + ec.message());
    }
    removeStoreFiles(partial); // side files only: the store itself was moved
    return summary;
}

} // namespace bulkhead::demo
