#include "cliargs.h"
#include "commands.h"

#include "importers/importjob.h"
#include "importers/importlimits.h"
#include "store/database.h"
#include "store/snapshotrepository.h"
#include "store/storeerror.h"

#include <chrono>
#include <optional>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace bulkhead::cli {

namespace {

constexpr const char *kHelp =
    "Usage: bulkheadctl [--db PATH] import [--quiet] FILE|DIR...\n"
    "\n"
    "Imports scanner reports into the store. The format is detected from the content: Trivy JSON\n"
    "(image/fs/config/k8s), Grype JSON, SARIF 2.1.0, CycloneDX JSON, SPDX 2.x JSON, trivy-operator\n"
    "reports and Kubescape results. Directories are read recursively; files in them that do not\n"
    "start like JSON are skipped. The import is one transaction: killed or failed, it leaves the\n"
    "store as it was. A file that cannot be read or parsed is reported and left out; the others\n"
    "are imported.\n"
    "Importing the same report again changes nothing; findings a newer scan of the same artifact\n"
    "no longer reports are marked resolved.\n"
    "\n"
    "Options:\n"
    "  --quiet      print only errors and the final total\n"
    "  --threads N  parser threads (default: spare cores)\n"
    "\n"
    "Exit codes: 0 all files imported, 1 any file failed, 2 usage error.\n";

void drawProgress(const ImportProgress &p, double seconds)
{
    const int width = 30;
    const double frac = p.bytesTotal ? double(p.bytesDone) / double(p.bytesTotal)
                                     : double(p.filesDone) / double(p.filesTotal ? p.filesTotal : 1);
    const int filled = static_cast<int>(frac * width + 0.5);
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu files  %.1f/%.1f MB  %.1fs", filled,
                 "##############################", width - filled, "", p.filesDone, p.filesTotal,
                 double(p.bytesDone) / 1e6, double(p.bytesTotal) / 1e6, seconds);
    std::fflush(stderr);
}

} // namespace

int runImport(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--threads"}, {"--quiet", "--help", "-h"});
    if (!args.parse(rawArgs)) {
        std::fprintf(stderr, "bulkheadctl import: %s\n\n%s", args.error().c_str(), kHelp);
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (args.positional().empty()) {
        std::fprintf(stderr, "bulkheadctl import: no FILE or DIR given\n\n%s", kHelp);
        return Usage;
    }
    int threads = 0;
    if (auto t = args.value("--threads")) {
        try {
            threads = std::stoi(*t);
        } catch (...) {
            threads = -1;
        }
        if (threads < 1 || threads > 64) {
            std::fprintf(stderr, "bulkheadctl import: --threads takes a number from 1 to 64\n");
            return Usage;
        }
    }
    const bool quiet = args.flag("--quiet");

    const ImportInputs inputs = collectImportInputs(args.positional());
    for (const std::string &e : inputs.errors)
        std::fprintf(stderr, "error: %s\n", e.c_str());
    if (!quiet) {
        for (const std::string &s : inputs.skipped)
            std::printf("skipped %s: not a JSON file\n", s.c_str());
    }

    std::optional<Database> db;
    try {
        db.emplace(Database::open(dbPath));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return Failed;
    }

    const bool showProgress = isatty(STDERR_FILENO) && !quiet;
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&start] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    ImportJob::Options options;
    options.parseThreads = threads;
    if (showProgress)
        options.onProgress = [&](const ImportProgress &p) { drawProgress(p, elapsed()); };
    options.onFileDone = [&](const ImportFileResult &r) {
        if (showProgress)
            std::fputs("\r\033[K", stderr);
        if (!r.ok) {
            std::fprintf(stderr, "error: %s: %s\n", r.path.c_str(), r.error.c_str());
            return;
        }
        if (quiet)
            return;
        const ImportSummary &s = r.summary;
        std::printf("imported %s: %s%s%s: %llu findings (%llu new, %llu unchanged, %llu resolved, %llu reopened)",
                    r.path.c_str(), s.format.c_str(), s.tool.empty() ? "" : " by ", s.tool.c_str(),
                    (unsigned long long)s.findings, (unsigned long long)s.newFindings,
                    (unsigned long long)s.unchanged, (unsigned long long)s.resolved,
                    (unsigned long long)s.reopened);
        if (s.components)
            std::printf(", %llu components", (unsigned long long)s.components);
        if (s.carriedOver)
            std::printf(", %llu triage decisions carried over", (unsigned long long)s.carriedOver);
        std::printf(", %llu warnings\n", (unsigned long long)s.warningCount);
        for (const std::string &w : s.warnings)
            std::printf("  warning: %s\n", w.c_str());
        if (s.warningCount > s.warnings.size())
            std::printf("  ... and %llu more warnings\n", (unsigned long long)(s.warningCount - s.warnings.size()));
        std::fflush(stdout);
    };
    const ImportBatchResult batch = ImportJob::run(*db, inputs.files, options);
    const auto &results = batch.files;
    if (!batch.committed)
        std::fprintf(stderr, "error: %s\n", batch.error.c_str());
    // The posture snapshot of the weekly review and the score trend: a record of the import, not
    // part of it, so failing it is a warning and the exit code stays the import's.
    if (batch.committed) {
        try {
            recordSnapshot(*db, "import", static_cast<std::int64_t>(std::time(nullptr)));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "warning: posture snapshot not recorded: %s\n", e.what());
        }
    }

    std::size_t failed = 0;
    std::uint64_t findings = 0, fresh = 0, resolved = 0, reopened = 0;
    for (const auto &r : results) {
        if (!r.ok) {
            ++failed;
            continue;
        }
        findings += r.summary.findings;
        fresh += r.summary.newFindings;
        resolved += r.summary.resolved;
        reopened += r.summary.reopened;
    }
    std::printf("total: %zu files imported, %zu not imported; %llu findings (%llu new, %llu resolved, %llu reopened) in %.2fs\n",
                results.size() - failed, failed, (unsigned long long)findings, (unsigned long long)fresh,
                (unsigned long long)resolved, (unsigned long long)reopened, elapsed());
    return (failed || !inputs.errors.empty() || !batch.committed) ? Failed : Ok;
}

} // namespace bulkhead::cli
