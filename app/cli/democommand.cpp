#include "cliargs.h"
#include "commands.h"

#include "demo/demostore.h"
#include "store/storeerror.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace bulkhead::cli {

namespace {
constexpr const char *kHelp =
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
    "A file at PATH that is not a demo store is never touched: the command refuses (exit code 2).\n";

constexpr std::int64_t kMaxFindings = 10'000'000;
} // namespace

int runDemo(const std::string &dbPath, bool dbPathGiven, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--findings"}, {"--force", "--help", "-h"});
    if (!args.parse(rawArgs) || !args.positional().empty()) {
        std::fprintf(stderr, "bulkheadctl demo: %s\n\n%s",
                     args.error().empty() ? "unexpected argument" : args.error().c_str(), kHelp);
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    demo::DemoOptions options;
    if (const auto n = args.value("--findings")) {
        char *end = nullptr;
        const long long value = std::strtoll(n->c_str(), &end, 10);
        if (n->empty() || *end != '\0' || value < 0 || value > kMaxFindings) {
            std::fprintf(stderr, "bulkheadctl demo: --findings must be a whole number from 0 to %lld\n",
                         static_cast<long long>(kMaxFindings));
            return Usage;
        }
        options.findings = value;
    }
    options.replaceDemo = args.flag("--force");
    const std::string path = dbPathGiven ? dbPath : demo::defaultDemoPath();

    switch (demo::inspectDemoTarget(path)) {
    case demo::DemoTarget::Other:
        std::fprintf(stderr,
                     "bulkheadctl demo: %s exists and is not a demo store; refusing to overwrite it.\n"
                     "Choose another path with --db PATH.\n",
                     path.c_str());
        return Usage;
    case demo::DemoTarget::DemoStore:
        if (!options.replaceDemo) {
            std::fprintf(stderr, "bulkheadctl demo: a demo store already exists at %s; use --force to replace it.\n",
                         path.c_str());
            return Usage;
        }
        break;
    case demo::DemoTarget::Missing:
        break;
    }

    const bool tty = isatty(fileno(stderr));
    if (tty) {
        options.progress = [](std::int64_t done, std::int64_t total) {
            std::fprintf(stderr, "\rwriting demo reports: %lld/%lld", static_cast<long long>(done),
                         static_cast<long long>(total));
            if (done == total)
                std::fputs("\rwriting triage decisions...                \r", stderr);
        };
    }
    const auto started = std::chrono::steady_clock::now();
    try {
        const demo::DemoSummary s = demo::writeDemoStore(path, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (tty)
            std::fputs("\r                                            \r", stderr);
        std::printf("Demo store written: %s (%.1f s)\n", path.c_str(), seconds);
        std::printf("  findings:  %lld (%lld open or confirmed)\n", static_cast<long long>(s.findings),
                    static_cast<long long>(s.openFindings));
        std::printf("  assets:    %lld images, %lld Kubernetes workloads\n", static_cast<long long>(s.images),
                    static_cast<long long>(s.workloads));
        std::printf("  reports:   %lld scans over twelve weeks (Trivy, Grype, Kubescape)\n",
                    static_cast<long long>(s.reports));
        std::printf("  triage:    %lld false positives, %lld risks accepted (%lld expire within 14 days), "
                    "%lld mitigated, %lld confirmed, %lld assigned, %lld comments\n",
                    static_cast<long long>(s.triage.falsePositives), static_cast<long long>(s.triage.riskAccepted),
                    static_cast<long long>(s.triage.expiringSoon), static_cast<long long>(s.triage.mitigated),
                    static_cast<long long>(s.triage.confirmed), static_cast<long long>(s.triage.assigned),
                    static_cast<long long>(s.triage.commented));
        std::printf("Open it with:  bulkhead --db %s\n", path.c_str());
    } catch (const StoreError &e) {
        if (tty)
            std::fputs("\n", stderr);
        std::fprintf(stderr, "error: %s\n", e.what());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
