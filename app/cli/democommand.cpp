#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "demo/demostore.h"
#include "store/storeerror.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace bulkhead::cli {

namespace {
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "DemoCommand",
    "Usage: bulkheadctl [--db PATH] demo [--findings N] [--force]\n"
    "\n"
    "Writes a demo store: synthetic but realistic scans of ~40 images and ~55 Kubernetes workloads\n"
    "over the last twelve weeks (Trivy, Grype, Kubescape), with resolved and reopened findings and\n"
    "triage decisions, so that every view has something to show. The store is marked as a demo.\n"
    "\n"
    "  --findings N   findings in the store, exactly (default 50000, at most 10000000)\n"
    "  --force        replace an existing demo store at PATH\n"
    "\n"
    "PATH defaults to $XDG_DATA_HOME/bulkhead/demo.db, beside (never instead of) the default store.\n"
    "A file at PATH that is not a demo store is never touched: the command refuses (exit code 2).\n");

std::string help()
{
    return msg(DemoCommand::tr(kHelp));
}

constexpr std::int64_t kMaxFindings = 10'000'000;
} // namespace

int runDemo(const std::string &dbPath, bool dbPathGiven, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--findings"}, {"--force", "--help", "-h"});
    if (!args.parse(rawArgs) || !args.positional().empty()) {
        const std::string problem = args.error().empty() ? msg(DemoCommand::tr("unexpected argument")) : args.error();
        std::fprintf(stderr, "bulkheadctl demo: %s\n\n%s", problem.c_str(), help().c_str());
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    demo::DemoOptions options;
    if (const auto n = args.value("--findings")) {
        char *end = nullptr;
        const long long value = std::strtoll(n->c_str(), &end, 10);
        if (n->empty() || *end != '\0' || value < 0 || value > kMaxFindings) {
            std::fprintf(stderr, "%s\n", msg(DemoCommand::tr("bulkheadctl demo: --findings must be a whole number from 0 to %1"), static_cast<long long>(kMaxFindings)).c_str());
            return Usage;
        }
        options.findings = value;
    }
    options.replaceDemo = args.flag("--force");
    const std::string path = dbPathGiven ? dbPath : demo::defaultDemoPath();

    switch (demo::inspectDemoTarget(path)) {
    case demo::DemoTarget::Other:
        std::fprintf(stderr, "%s\n", msg(DemoCommand::tr("bulkheadctl demo: %1 exists and is not a demo store; refusing to overwrite it.\nChoose another path with --db PATH."), path).c_str());
        return Usage;
    case demo::DemoTarget::DemoStore:
        if (!options.replaceDemo) {
            std::fprintf(stderr, "%s\n", msg(DemoCommand::tr("bulkheadctl demo: a demo store already exists at %1; use --force to replace it."), path).c_str());
            return Usage;
        }
        break;
    case demo::DemoTarget::Missing:
        break;
    }

    const bool tty = isatty(fileno(stderr));
    if (tty) {
        options.progress = [](std::int64_t done, std::int64_t total) {
            std::fprintf(stderr, "\r%s", msg(DemoCommand::tr("writing demo reports: %1/%2"), static_cast<long long>(done), static_cast<long long>(total)).c_str());
            if (done == total)
                std::fprintf(stderr, "\r%-43s\r", msg(DemoCommand::tr("writing triage decisions...")).c_str());
        };
    }
    const auto started = std::chrono::steady_clock::now();
    try {
        const demo::DemoSummary s = demo::writeDemoStore(path, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (tty)
            std::fputs("\r                                            \r", stderr);
        std::printf("%s\n", msg(DemoCommand::tr("Demo store written: %1 (%2 s)"), path, QString::number(seconds, 'f', 1)).c_str());
        std::printf("%s\n", msg(DemoCommand::tr("  findings:  %1 (%2 open or confirmed)"), static_cast<long long>(s.findings), static_cast<long long>(s.openFindings)).c_str());
        std::printf("%s\n", msg(DemoCommand::tr("  assets:    %1 images, %2 Kubernetes workloads"), static_cast<long long>(s.images), static_cast<long long>(s.workloads)).c_str());
        std::printf("%s\n", msg(DemoCommand::tr("  reports:   %1 scans over twelve weeks (Trivy, Grype, Kubescape)"), static_cast<long long>(s.reports)).c_str());
        std::printf("%s\n", msg(DemoCommand::tr("  triage:    %1 false positives, %2 risks accepted (%3 expire within 14 days), %4 mitigated, %5 confirmed, %6 assigned, %7 comments"), static_cast<long long>(s.triage.falsePositives), static_cast<long long>(s.triage.riskAccepted), static_cast<long long>(s.triage.expiringSoon), static_cast<long long>(s.triage.mitigated), static_cast<long long>(s.triage.confirmed), static_cast<long long>(s.triage.assigned), static_cast<long long>(s.triage.commented)).c_str());
        std::printf("%s\n", msg(DemoCommand::tr("Open it with:  bulkhead --db %1"), path).c_str());
    } catch (const StoreError &e) {
        if (tty)
            std::fputs("\n", stderr);
        std::fprintf(stderr, "%s\n", msg(DemoCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
