// bulkheadctl: the headless front end. A composition root: it parses the command line and hands
// the work to bulkhead_core; no domain logic lives here.
#include "clitext.h"
#include "commands.h"

#include "i18n/languagesetting.h"
#include "i18n/translationloader.h"
#include "store/database.h"

#include <QCoreApplication>

#include <cstdio>
#include <optional>
#include <malloc.h>
#include <cstring>
#include <string>
#include <vector>

using bulkhead::cli::msg;

namespace {

// The tool's own messages; each command has a context of its own.
class BulkheadCtl
{
    Q_DECLARE_TR_FUNCTIONS(BulkheadCtl)
};

constexpr const char *kUsage = QT_TRANSLATE_NOOP(
    "BulkheadCtl",
    "Usage: bulkheadctl [--db PATH] COMMAND [OPTIONS]\n"
    "\n"
    "Container security posture from the command line, on the same store as the Bulkhead GUI.\n"
    "\n"
    "Commands:\n"
    "  import FILE|DIR...   import scanner reports (Trivy, Grype, SARIF, CycloneDX, SPDX,\n"
    "                       trivy-operator, Kubescape); directories are read recursively\n"
    "  findings             list findings (filters, table/csv/json)\n"
    "  stats                counts by kind, severity and status\n"
    "  triage FINGERPRINT.. set status, assignee or comment on findings\n"
    "  source add|list|remove  registries and Kubernetes clusters to collect from\n"
    "  images               images of the registry sources (filters, table/csv/json)\n"
    "  workloads            workloads of the cluster sources with their checks (table/csv/json)\n"
    "  rbac SUBCOMMAND      Kubernetes RBAC of the cluster sources: who-can, subject, why, review,\n"
    "                       bindings, risks (`bulkheadctl rbac --help`)\n"
    "  secrets              secrets of clusters, vaults and inventories with their rotation age\n"
    "                       and policy; show, import-inventory, evaluate, policy\n"
    "                       (`bulkheadctl secrets --help`)\n"
    "  controls [show ID]   every control's status, why, and the posture score\n"
    "  attest CONTROL       record a human attestation for a control (status, evidence, files)\n"
    "  review diff|signoff|history  the weekly review: what changed, sign-offs\n"
    "  drills SUBCOMMAND    incident drills: templates, schedule, runs, actions\n"
    "                       (`bulkheadctl drills --help`)\n"
    "  report --pdf FILE    the auditor's PDF report (scope, as-of date, A4/Letter) with FILE.sha256\n"
    "  export KIND          findings and decisions for other tools: openvex, trivyignore, sarif\n"
    "                       (`bulkheadctl export --help`)\n"
    "  gate --policy FILE   evaluate a release policy: exit 0 pass, 1 violations, 2 error;\n"
    "                       JUnit XML and SARIF on request (`bulkheadctl gate --help`)\n"
    "  collect [NAME...]    collect registry and cluster sources (all when none is named)\n"
    "  demo [--findings N]  write a labelled demo store with synthetic data (default PATH:\n"
    "                       $XDG_DATA_HOME/bulkhead/demo.db; --force replaces a demo store)\n"
    "\n"
    "Global options:\n"
    "  --db PATH            store file (default: $XDG_DATA_HOME/bulkhead/bulkhead.db)\n"
    "  --lang LANG          language of messages and reports: en, de or fr (default: the\n"
    "                       language chosen in the GUI's settings, else the system's)\n"
    "  -h, --help           this help; `bulkheadctl COMMAND --help` for a command\n"
    "  --version            print the version\n"
    "\n"
    "Exit codes: 0 success, 1 failure (e.g. a report that could not be imported), 2 usage error.\n");

std::string usage()
{
    return msg(BulkheadCtl::tr(kUsage));
}

// What must be known before the application object exists: the command (`report` needs a
// QApplication) and --lang (every message depends on it). The main loop checks the rest.
struct EarlyArgs {
    std::string command;
    std::optional<std::string> language;
};

EarlyArgs scanEarly(const std::vector<std::string> &args)
{
    EarlyArgs early;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--db" || a == "--lang") {
            if (a == "--lang" && i + 1 < args.size())
                early.language = args[i + 1];
            ++i; // the value
        } else if (a.rfind("--lang=", 0) == 0) {
            // read by scanEarly
            early.language = a.substr(7);
        } else if (!a.empty() && a[0] != '-') {
            early.command = a;
            break;
        }
    }
    return early;
}

} // namespace

int main(int argc, char **argv)
{
    // Imports allocate and free a few MB of parsed records per report. Keep freed memory in the
    // heap for the next report instead of returning it to the kernel and faulting it back in.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    // The GUI's settings (trusted registries, posture thresholds) are read under its organisation
    // and application name; without these bulkheadctl would read a file of its own.
    QCoreApplication::setOrganizationName(QStringLiteral("bulkhead"));
    QCoreApplication::setApplicationName(QStringLiteral("Bulkhead"));
    std::vector<std::string> args(argv + 1, argv + argc);
    const EarlyArgs early = scanEarly(args);
    const auto app = bulkhead::cli::createApplication(early.command == "report", argv[0]);
    // --lang, else the language chosen in the GUI's settings, else the system's.
    const QStringList shipped = bulkhead::i18n::shippedLanguages();
    const QString language = early.language ? QString::fromStdString(*early.language) : QString();
    const bool languageKnown = !early.language || shipped.contains(language);
    const QString chosen = languageKnown && early.language
        ? language
        : bulkhead::i18n::effectiveLanguage(bulkhead::i18n::languageSetting());
    // English too: its files carry the singular of "%n findings"; the C locale keeps ISO and plain numbers.
    const QString problem = bulkhead::i18n::installTranslations(chosen);
    if (!problem.isEmpty())
        std::fprintf(stderr, "%s\n", msg(BulkheadCtl::tr("bulkheadctl: warning: %1"), problem).c_str());
    if (!languageKnown) {
        std::fprintf(stderr, "%s\n\n%s",
                     msg(BulkheadCtl::tr("bulkheadctl: unknown language \"%1\" (shipped: %2)"), language,
                         shipped.join(QStringLiteral(", ")))
                         .c_str(),
                     usage().c_str());
        return bulkhead::cli::Usage;
    }
    std::string dbPath;
    std::size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--db") {
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "%s\n", msg(BulkheadCtl::tr("bulkheadctl: option %1 needs a value"), a).c_str());
                return bulkhead::cli::Usage;
            }
            dbPath = args[++i];
        } else if (a.rfind("--db=", 0) == 0) {
            dbPath = a.substr(5);
        } else if (a == "--lang") { // read by scanEarly
            if (i + 1 >= args.size()) {
                std::fprintf(stderr, "%s\n", msg(BulkheadCtl::tr("bulkheadctl: option %1 needs a value"), a).c_str());
                return bulkhead::cli::Usage;
            }
            ++i;
        } else if (a.rfind("--lang=", 0) == 0) {
            // read by scanEarly
        } else if (a == "-h" || a == "--help") {
            std::fputs(usage().c_str(), stdout);
            return bulkhead::cli::Ok;
        } else if (a == "--version") {
            std::printf("bulkheadctl %s\n", BULKHEAD_VERSION);
            return bulkhead::cli::Ok;
        } else if (!a.empty() && a[0] == '-') {
            std::fprintf(stderr, "%s\n\n%s", msg(BulkheadCtl::tr("bulkheadctl: unknown option %1"), a).c_str(),
                         usage().c_str());
            return bulkhead::cli::Usage;
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        std::fprintf(stderr, "%s\n\n%s", msg(BulkheadCtl::tr("bulkheadctl: no command given")).c_str(), usage().c_str());
        return bulkhead::cli::Usage;
    }
    const std::string command = args[i];
    const std::vector<std::string> rest(args.begin() + static_cast<long>(i) + 1, args.end());
    for (const std::string &a : rest) {
        if (a == "--version") { // accepted after any command too
            std::printf("bulkheadctl %s\n", BULKHEAD_VERSION);
            return bulkhead::cli::Ok;
        }
        if (a == "--")
            break;
    }
    const bool dbPathGiven = !dbPath.empty();
    if (dbPath.empty())
        dbPath = bulkhead::Database::defaultPath();

    if (command == "import")
        return bulkhead::cli::runImport(dbPath, rest);
    if (command == "findings")
        return bulkhead::cli::runFindings(dbPath, rest);
    if (command == "stats")
        return bulkhead::cli::runStats(dbPath, rest);
    if (command == "triage")
        return bulkhead::cli::runTriage(dbPath, rest);
    if (command == "source")
        return bulkhead::cli::runSource(dbPath, rest);
    if (command == "images")
        return bulkhead::cli::runImages(dbPath, rest);
    if (command == "report")
        return bulkhead::cli::runReport(dbPath, rest);
    if (command == "export")
        return bulkhead::cli::runExport(dbPath, rest);
    if (command == "gate")
        return bulkhead::cli::runGate(dbPath, rest);
    if (command == "collect")
        return bulkhead::cli::runCollect(dbPath, rest);
    if (command == "workloads")
        return bulkhead::cli::runWorkloads(dbPath, rest);
    if (command == "rbac")
        return bulkhead::cli::runRbac(dbPath, rest);
    if (command == "secrets")
        return bulkhead::cli::runSecrets(dbPath, rest);
    if (command == "controls")
        return bulkhead::cli::runControls(dbPath, rest);
    if (command == "attest")
        return bulkhead::cli::runAttest(dbPath, rest);
    if (command == "review")
        return bulkhead::cli::runReview(dbPath, rest);
    if (command == "drills")
        return bulkhead::cli::runDrills(dbPath, rest);
    if (command == "demo")
        return bulkhead::cli::runDemo(dbPath, dbPathGiven, rest);
    if (command == "help") {
        std::fputs(usage().c_str(), stdout);
        return bulkhead::cli::Ok;
    }
    std::fprintf(stderr, "%s\n\n%s", msg(BulkheadCtl::tr("bulkheadctl: unknown command \"%1\""), command).c_str(),
                 usage().c_str());
    return bulkhead::cli::Usage;
}
