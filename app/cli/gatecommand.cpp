// `bulkheadctl gate --policy FILE`: evaluates a release policy (docs/gate-policy.md) against the
// store for CI. Exit 0 when every rule passes, 1 when some rule is violated, 2 on any error (usage,
// an invalid policy, a store that is missing or unreadable, a scope naming nothing). Every
// evaluation is recorded in gate_runs, the evidence that the gate runs (SUP-1, SUP-3).
#include "clitext.h"
#include "commands.h"
#include "cliargs.h"

#include "analysis/slapolicysettings.h"
#include "controls/evidencesettings.h"
#include "gate/gateevaluation.h"
#include "gate/gateoutput.h"
#include "gate/gatepolicy.h"
#include "report/reportscope.h"
#include "store/database.h"
#include "store/gaterunrepository.h"
#include "store/storeerror.h"

#include <QCryptographicHash>
#include <QSaveFile>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bulkhead::cli {

namespace {

class GateCommand
{
    Q_DECLARE_TR_FUNCTIONS(GateCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "GateCommand",
    "Usage: bulkheadctl [--db PATH] gate --policy FILE [--scope KEY=V,...]... [--junit FILE]\n"
    "                                    [--sarif FILE] [--format text|json]\n"
    "\n"
    "Evaluates a release policy against the store: maximum open findings per severity, findings\n"
    "past their SLA, images signed / with an SBOM / not running as root, no risky RBAC binding, no\n"
    "overdue secret rotation, controls that must pass, a minimum posture score. Prints each violated\n"
    "rule with its evidence and a summary line; records the run in the store (gate_runs).\n"
    "docs/gate-policy.md describes the policy format; resources/policies/ holds examples.\n"
    "\n"
    "Options:\n"
    "  --policy FILE   the policy (JSON, format version 1)\n"
    "  --scope K=V     narrow the gate: cluster=, namespace=, registry=, source= (a scanner tool or a\n"
    "                  configured source); comma-separated values, repeatable; AND across keys\n"
    "  --junit FILE    also write JUnit XML: one testcase per rule, a failure per violated rule\n"
    "  --sarif FILE    also write SARIF 2.1.0: one result per violated rule\n"
    "  --format F      text (default) or json\n"
    "\n"
    "Exit status: 0 every rule passed, 1 some rule violated, 2 error (usage, invalid policy, store\n"
    "missing or unreadable, a scope naming nothing in the store).\n");

std::string help()
{
    return msg(GateCommand::tr(kHelp));
}

constexpr int kError = 2; // the gate's error status (equal to Usage: CI tells it from 1 = violations)

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl gate: %s\n\n%s", message.c_str(), help().c_str());
    return kError;
}

int error(const std::string &message)
{
    std::fprintf(stderr, "%s\n", msg(GateCommand::tr("bulkheadctl gate: error: %1"), message).c_str());
    return kError;
}

bool readFile(const std::string &path, std::string &bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream s;
    s << in.rdbuf();
    bytes = s.str();
    return !in.bad();
}

// Written whole or not at all (QSaveFile renames a complete temporary file into place).
Utf8 writeWhole(const std::string &path, const std::string &text)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly))
        return msg(GateCommand::tr("%1: cannot write (%2)"), path, file.errorString());
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit())
        return msg(GateCommand::tr("%1: cannot write (%2)"), path, file.errorString());
    return {};
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace

int runGate(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--policy", "--scope", "--junit", "--sarif", "--format"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (!args.positional().empty())
        return usage(msg(GateCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::optional<std::string> policyPath = args.value("--policy");
    if (!policyPath || policyPath->empty())
        return usage(msg(GateCommand::tr("--policy FILE is required")));
    const std::string format = args.value("--format").value_or("text");
    if (format != "text" && format != "json")
        return usage(msg(GateCommand::tr("--format must be text or json")));
    ReportScope scope;
    for (const std::string &value : args.values("--scope")) {
        if (const std::string bad = addScopeArgument(scope, value); !bad.empty())
            return usage(bad);
    }

    std::string bytes;
    if (!readFile(*policyPath, bytes))
        return error(msg(GateCommand::tr("%1: cannot read the policy file"), *policyPath));
    const GatePolicyParse parsed = parseGatePolicy(bytes, *policyPath);
    if (!parsed.policy)
        return error(msg(GateCommand::tr("invalid policy: %1"), parsed.error));

    // The gate reads an existing store and appends to its gate_runs; it never creates one (an
    // empty store would pass every finding rule).
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dbPath, ec))
        return error(msg(GateCommand::tr("%1: no Bulkhead store here (import or collect first, or pass --db PATH)"), dbPath));

    try {
        Database db = Database::open(dbPath, Database::Access::ReadWrite);
        GateOptions options;
        options.now = nowSeconds();
        options.sla = loadSlaPolicy();
        options.evidence = loadEvidenceSettings();
        const GateEvaluation evaluation = evaluateGate(db, *parsed.policy, scope, options);
        if (!evaluation.error.empty())
            return error(evaluation.error);
        const GateResult &result = evaluation.result;

        if (const std::optional<std::string> junit = args.value("--junit")) {
            if (const std::string bad = writeWhole(*junit, gateJunit(result)); !bad.empty())
                return error(bad);
        }
        if (const std::optional<std::string> sarif = args.value("--sarif")) {
            if (const std::string bad = writeWhole(*sarif, gateSarif(result)); !bad.empty())
                return error(bad);
        }

        GateRun run;
        run.ranAt = options.now;
        run.ranBy = currentUserName();
        run.policyName = result.policyName;
        run.policySha256 =
            QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
        run.scope = scope.empty() ? std::string() : scope.describe();
        run.passed = result.passed();
        run.rules = static_cast<int>(result.rules.size());
        run.violations = result.violatedRules();
        run.summary = gateSummaryJson(result);
        GateRunRepository(db).record(run);

        const std::string out = format == "json" ? gateJson(result) : gateText(result);
        std::fwrite(out.data(), 1, out.size(), stdout);
        return result.passed() ? Ok : Failed;
    } catch (const StoreError &e) {
        return error(e.what());
    }
}

} // namespace bulkhead::cli
