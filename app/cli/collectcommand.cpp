#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "kube/execcredential.h"
#include "net/canceltoken.h"
#include "registry/sourcecollection.h"
#include "store/database.h"
#include "store/snapshotrepository.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <memory>
#include <unistd.h>

namespace bulkhead::cli {

namespace {

class CollectCommand
{
    Q_DECLARE_TR_FUNCTIONS(CollectCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "CollectCommand",
    "Usage: bulkheadctl [--db PATH] collect [--concurrency N] [--progress] [NAME...]\n"
    "\n"
    "Collects sources (all of them when no NAME is given; add one with `bulkheadctl source add\n"
    "registry`, `source add cluster` or `source add vault`). Registries: repositories, tags,\n"
    "manifests of each platform, image configs, cosign signatures and SBOMs, and the image posture\n"
    "findings. Clusters: the workloads, namespaces, RBAC objects, secret metadata (never values) and\n"
    "trivy-operator reports through the Kubernetes API, judged by the workload, namespace and cluster\n"
    "checks (see `bulkheadctl workloads`). Vaults: KV v2 metadata (never values), judged by the\n"
    "rotation policy (see `bulkheadctl secrets`). A source is stored in one transaction: a failed or interrupted\n"
    "collection leaves the store as it was. When a repository, image or Kubernetes resource fails\n"
    "(e.g. forbidden), the rest is stored and nothing is removed (the run is \"partial\").\n"
    "\n"
    "Options:\n"
    "  --concurrency N  connections per registry source (1..64; default: the source's setting)\n"
    "  --progress       show progress on stderr even when it is not a terminal\n"
    "\n"
    "One summary line per source on stdout; failures on stderr.\n"
    "Exit codes: 0 every source complete, 1 a source failed, was partial or cancelled, 2 usage\n"
    "error or unknown source name.\n");

std::string help()
{
    return msg(CollectCommand::tr(kHelp));
}

CancelToken *g_cancel = nullptr;

// The posture snapshot after a source's data was committed: a record, not part of the
// collection, so failing it is a warning and the exit code stays the collection's.
void recordCollectionSnapshot(const std::string &dbPath, const std::string &source)
{
    try {
        Database db = Database::open(dbPath);
        recordSnapshot(db, "collect " + source, static_cast<std::int64_t>(std::time(nullptr)));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", msg(CollectCommand::tr("warning: %1: posture snapshot not recorded: %2"), source, e.what()).c_str());
    }
}

void onInterrupt(int)
{
    if (g_cancel)
        g_cancel->cancel(); // an atomic store: safe in a signal handler
}

} // namespace

int runCollect(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--concurrency"}, {"--progress", "--help", "-h"});
    if (!args.parse(rawArgs)) {
        std::fprintf(stderr, "bulkheadctl collect: %s\n\n%s", args.error().c_str(), help().c_str());
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    int concurrency = 0;
    if (auto c = args.value("--concurrency")) {
        try {
            concurrency = std::stoi(*c);
        } catch (...) {
            concurrency = -1;
        }
        if (concurrency < 1 || concurrency > 64) {
            std::fprintf(stderr, "%s\n", msg(CollectCommand::tr("bulkheadctl collect: --concurrency takes a number from 1 to 64")).c_str());
            return Usage;
        }
    }
    std::string error;
    bool unknown = false;
    const auto sources = collectableSources(dbPath, args.positional(), &error, &unknown);
    if (!error.empty()) {
        std::fprintf(stderr, "bulkheadctl collect: %s\n", error.c_str());
        return unknown ? Usage : Failed;
    }
    if (sources.empty()) {
        std::fprintf(stderr, "%s\n", msg(CollectCommand::tr("bulkheadctl collect: no sources (add one with `bulkheadctl source add registry`, `bulkheadctl source add cluster` or `bulkheadctl source add vault`)")).c_str());
        return Failed;
    }

    // A source with stored credentials reads its password from the desktop keyring (QtKeychain
    // over D-Bus) through the application object main created.
    const bool tty = isatty(STDERR_FILENO);
    const bool showProgress = tty || args.flag("--progress");
    CancelToken cancel;
    g_cancel = &cancel;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    ExecCredentialProvider exec; // plugin tokens: in memory, for this command only
    bool allComplete = true;
    for (const CollectableSource &source : sources) {
        std::string lastLine;
        auto onProgress = [&](const CollectionProgress &p) {
            // A terminal gets one line redrawn in place; a log gets a line per phase and per tenth.
            std::string line = source.name + ": " + p.phase;
            if (p.total > 0)
                line += " " + std::to_string(p.done) + "/" + std::to_string(p.total);
            if (tty) {
                std::fprintf(stderr, "\r\033[K%s", line.c_str());
            } else {
                const std::string step = source.name + p.phase + std::to_string(p.total ? p.done * 10 / p.total : 0);
                if (step == lastLine)
                    return;
                lastLine = step;
                std::fprintf(stderr, "%s\n", line.c_str());
            }
            std::fflush(stderr);
        };
        const CollectionResult r = collectAnySource(dbPath, source, &cancel,
                                                    showProgress ? CollectionProgressCallback(onProgress) : nullptr,
                                                    &exec, concurrency);
        if (showProgress && tty)
            std::fputs("\r\033[K", stderr);
        for (const std::string &f : r.failures)
            std::fprintf(stderr, "%s\n", msg(CollectCommand::tr("error: %1: %2"), source.name, f).c_str());
        if (r.status == CollectionStatus::Failed || r.status == CollectionStatus::Cancelled)
            std::fprintf(stderr, "%s\n", msg(CollectCommand::tr("error: %1: %2"), source.name, r.error).c_str());
        std::printf("%s: %s\n", source.name.c_str(), collectionSummary(r, source.kind).c_str());
        std::fflush(stdout);
        allComplete = allComplete && r.status == CollectionStatus::Complete;
        if (r.status == CollectionStatus::Complete || r.status == CollectionStatus::Partial)
            recordCollectionSnapshot(dbPath, source.name);
    }
    g_cancel = nullptr;
    return allComplete ? Ok : Failed;
}

} // namespace bulkhead::cli
