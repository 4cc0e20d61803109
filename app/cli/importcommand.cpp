#include "cliargs.h"
#include "clitext.h"
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

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "ImportCommand",
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
    "Exit codes: 0 all files imported, 1 any file failed, 2 usage error.\n");

std::string help()
{
    return msg(ImportCommand::tr(kHelp));
}

void drawProgress(const ImportProgress &p, double seconds)
{
    const int width = 30;
    const double frac = p.bytesTotal ? double(p.bytesDone) / double(p.bytesTotal)
                                     : double(p.filesDone) / double(p.filesTotal ? p.filesTotal : 1);
    const int filled = static_cast<int>(frac * width + 0.5);
    const std::string counts = msg(ImportCommand::tr("%1/%2 files  %3/%4 MB  %5s"), p.filesDone, p.filesTotal,
                                   QString::number(double(p.bytesDone) / 1e6, 'f', 1),
                                   QString::number(double(p.bytesTotal) / 1e6, 'f', 1), QString::number(seconds, 'f', 1));
    std::fprintf(stderr, "\r[%.*s%*s] %s", filled, "##############################", width - filled, "", counts.c_str());
    std::fflush(stderr);
}

} // namespace

int runImport(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--threads"}, {"--quiet", "--help", "-h"});
    if (!args.parse(rawArgs)) {
        std::fprintf(stderr, "bulkheadctl import: %s\n\n%s", args.error().c_str(), help().c_str());
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (args.positional().empty()) {
        std::fprintf(stderr, "%s\n\n%s", msg(ImportCommand::tr("bulkheadctl import: no FILE or DIR given")).c_str(), help().c_str());
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
            std::fprintf(stderr, "%s\n", msg(ImportCommand::tr("bulkheadctl import: --threads takes a number from 1 to 64")).c_str());
            return Usage;
        }
    }
    const bool quiet = args.flag("--quiet");

    const ImportInputs inputs = collectImportInputs(args.positional());
    for (const std::string &e : inputs.errors)
        std::fprintf(stderr, "%s\n", msg(ImportCommand::tr("error: %1"), e).c_str());
    if (!quiet) {
        for (const std::string &s : inputs.skipped)
            std::printf("%s\n", msg(ImportCommand::tr("skipped %1: not a JSON file"), s).c_str());
    }

    std::optional<Database> db;
    try {
        db.emplace(Database::open(dbPath));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(ImportCommand::tr("error: %1"), e.what()).c_str());
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
            std::fprintf(stderr, "%s\n", msg(ImportCommand::tr("error: %1: %2"), r.path, r.error).c_str());
            return;
        }
        if (quiet)
            return;
        const ImportSummary &s = r.summary;
        const QString counts = s.tool.empty()
            ? ImportCommand::tr("imported %1: %2: %n findings", nullptr, int(s.findings)).arg(msgArg(r.path), msgArg(s.format))
            : ImportCommand::tr("imported %1: %2 by %3: %n findings", nullptr, int(s.findings))
                  .arg(msgArg(r.path), msgArg(s.format), msgArg(s.tool));
        std::printf("%s", msg(ImportCommand::tr("%1 (%2 new, %3 unchanged, %4 resolved, %5 reopened)"), counts,
                              s.newFindings, s.unchanged, s.resolved, s.reopened)
                              .c_str());
        // Components and carried-over decisions only when there are any.
        if (s.components)
            std::printf("%s", msg(ImportCommand::tr(", %n components", nullptr, int(s.components))).c_str());
        if (s.carriedOver)
            std::printf("%s",
                        msg(ImportCommand::tr(", %n triage decisions carried over", nullptr, int(s.carriedOver))).c_str());
        std::printf("%s\n", msg(ImportCommand::tr(", %n warnings", nullptr, int(s.warningCount))).c_str());
        for (const std::string &w : s.warnings)
            std::printf("%s\n", msg(ImportCommand::tr("  warning: %1"), w).c_str());
        if (s.warningCount > s.warnings.size())
            std::printf("%s\n", msg(ImportCommand::tr("  ... and %n more warnings", nullptr,
                                                       int(s.warningCount - s.warnings.size())))
                                     .c_str());
        std::fflush(stdout);
    };
    const ImportBatchResult batch = ImportJob::run(*db, inputs.files, options);
    const auto &results = batch.files;
    if (!batch.committed)
        std::fprintf(stderr, "%s\n", msg(ImportCommand::tr("error: %1"), batch.error).c_str());
    // The posture snapshot of the weekly review and the score trend: a record of the import, not
    // part of it, so failing it is a warning and the exit code stays the import's.
    if (batch.committed) {
        try {
            recordSnapshot(*db, "import", static_cast<std::int64_t>(std::time(nullptr)));
        } catch (const std::exception &e) {
            std::fprintf(stderr, "%s\n", msg(ImportCommand::tr("warning: posture snapshot not recorded: %1"), e.what()).c_str());
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
    std::printf("%s\n", msg(ImportCommand::tr("total: %n files imported, %1 not imported; %2 findings (%3 new, %4 "
                                               "resolved, %5 reopened) in %6s",
                                               nullptr, int(results.size() - failed)),
                           failed, findings, fresh, resolved, reopened, QString::number(elapsed(), 'f', 2))
                           .c_str());
    return (failed || !inputs.errors.empty() || !batch.committed) ? Failed : Ok;
}

} // namespace bulkhead::cli
