// `bulkheadctl secrets import-inventory | evaluate | policy`: what changes the secrets' data or
// their judgement. The policy is the GUI's (settings group "secrets"), shared through
// loadSecretPolicy()/saveSecretPolicy().
#include "commands.h"
#include "secretscli.h"

#include "secrets/inventoryimport.h"
#include "secrets/secretevaluation.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace bulkhead::cli::secrets {

namespace {

constexpr const char *kImportHelp = QT_TRANSLATE_NOOP(
    "SecretsCommand",
    "Usage: bulkheadctl [--db PATH] secrets import-inventory FILE.csv [--name N]\n"
    "\n"
    "Imports a secrets inventory: secrets that live elsewhere (a password manager, a cloud console)\n"
    "with the date their owner last rotated them. The first line names the columns, in any order:\n"
    "name, store, last_rotated (YYYY-MM-DD or RFC 3339) are required; owner and policy_days (the\n"
    "rotation interval of that secret) are optional; other columns are ignored.\n"
    "The inventory is named by --name (default: the file's name without extension). Importing it\n"
    "again replaces it: rows no longer in the file are removed. A file with any problem imports\n"
    "nothing; each problem is printed with its line number and the exit code is 1.\n");

constexpr const char *kEvaluateHelp = QT_TRANSLATE_NOOP(
    "SecretsCommand",
    "Usage: bulkheadctl [--db PATH] secrets evaluate [--store S] [--origin O]\n"
    "\n"
    "Judges the stored secrets (all, or those of one store / origin) against the rotation policy\n"
    "now: each secret's interval and due date, and the findings (SEC-3 rotation overdue and\n"
    "long-lived service-account tokens, SEC-5 secrets passed as environment variables). Collections\n"
    "and imports do this themselves; run it after changing the policy.\n");

constexpr const char *kPolicyHelp = QT_TRANSLATE_NOOP(
    "SecretsCommand",
    "Usage: bulkheadctl [--db PATH] secrets policy [--import FILE.json | --export] [--format table|json]\n"
    "\n"
    "Shows the rotation policy the GUI and bulkheadctl share. An interval is decided in this order:\n"
    "a kubernetes.io/service-account-token secret gets the service-account token interval; else an\n"
    "interval declared on the secret (Vault custom_metadata rotation_days, the inventory's\n"
    "policy_days, the annotation bulkhead.dev/rotation-days); else the first rule that matches;\n"
    "else the default.\n"
    "\n"
    "Options:\n"
    "  --export           print the policy as JSON (the format --import reads)\n"
    "  --import FILE      replace the policy with the one in FILE (JSON: defaultDays,\n"
    "                     serviceAccountTokenDays, rotationAnnotations, rules: [{name, store, origin,\n"
    "                     location, type, namePattern, label, days}]) and judge the stored secrets again\n");

int printEvaluation(const SecretEvaluationSummary &s)
{
    std::printf("%s\n", msg(SecretsCommand::tr("%1 secrets judged: %2 overdue, %3 passed as environment variables, %4 service-account token secrets; findings: %5 (%6 new, %7 resolved, %8 reopened)"), static_cast<long long>(s.secrets), static_cast<long long>(s.overdue), static_cast<long long>(s.viaEnv), static_cast<long long>(s.serviceAccountTokens), static_cast<unsigned long long>(s.findings), static_cast<unsigned long long>(s.newFindings), static_cast<unsigned long long>(s.resolved), static_cast<unsigned long long>(s.reopened)).c_str());
    return Ok;
}

} // namespace

int runImportInventory(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--name"}, {"--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "import-inventory", kImportHelp); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("import-inventory", kImportHelp,
                     args.positional().empty() ? msg(SecretsCommand::tr("which file? (an inventory CSV)")) : msg(SecretsCommand::tr("one file at a time")));
    const std::string name = args.value("--name").value_or("");
    if (args.value("--name") && name.empty())
        return usage("import-inventory", kImportHelp, msg(SecretsCommand::tr("--name must not be empty")));
    const InventoryImportResult r =
        importInventory(dbPath, args.positional()[0], name, loadSecretPolicy(), nowSeconds());
    if (!r.ok) {
        for (const std::string &e : r.errors)
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1"), e).c_str());
        if (r.errorCount > static_cast<int>(r.errors.size()))
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: ... and %1 more problems"), r.errorCount - static_cast<int>(r.errors.size())).c_str());
        std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("nothing of %1 was imported"), args.positional()[0]).c_str());
        return Failed;
    }
    std::printf("%s\n", msg(SecretsCommand::tr("inventory %1: %2 rows (%3 added, %4 updated, %5 removed)"), r.inventory, r.rows, r.added, r.updated, r.removed).c_str());
    return printEvaluation(r.evaluation);
}

int runEvaluate(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--store", "--origin"}, {"--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "evaluate", kEvaluateHelp); done >= 0)
        return done;
    if (!args.positional().empty())
        return usage("evaluate", kEvaluateHelp, msg(SecretsCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::string store = args.value("--store").value_or("");
    if (SecretStoreKind kind; !store.empty() && !parseSecretStoreKindName(store, kind))
        return usage("evaluate", kEvaluateHelp, msg(SecretsCommand::tr("--store must be kubernetes, vault or inventory")));
    const std::string origin = args.value("--origin").value_or("");
    if (!origin.empty() && store.empty())
        return usage("evaluate", kEvaluateHelp, msg(SecretsCommand::tr("--origin needs --store (an origin's name is unique per store)")));
    try {
        Database db = Database::open(dbPath);
        return printEvaluation(evaluateSecrets(db, loadSecretPolicy(), nowSeconds(), store, origin));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
}

int runPolicy(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--import", "--format"}, {"--export", "--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "policy", kPolicyHelp); done >= 0)
        return done;
    if (!args.positional().empty())
        return usage("policy", kPolicyHelp, msg(SecretsCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("policy", kPolicyHelp, msg(SecretsCommand::tr("--format must be table or json")));
    if (args.flag("--export") && args.value("--import"))
        return usage("policy", kPolicyHelp, msg(SecretsCommand::tr("--import and --export exclude each other")));
    if (args.flag("--export") || (format == "json" && !args.value("--import"))) {
        std::printf("%s\n", secretPolicyToJson(loadSecretPolicy()).c_str());
        return Ok;
    }
    if (const auto file = args.value("--import")) {
        std::ifstream in(*file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1: cannot be read"), file->c_str()).c_str());
            return Failed;
        }
        std::ostringstream text;
        text << in.rdbuf();
        std::string error;
        const std::optional<SecretPolicy> policy = secretPolicyFromJson(text.str(), &error);
        if (!policy) {
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1: %2; the policy was not changed"), file->c_str(), error).c_str());
            return Failed;
        }
        saveSecretPolicy(*policy);
        std::printf("%s\n", msg(SecretsCommand::tr("policy from %1 saved: %2 rules, default %3 days, service-account tokens %4 days"), file->c_str(), policy->rules.size(), policy->defaultDays, policy->serviceAccountTokenDays).c_str());
        try {
            Database db = Database::open(dbPath);
            return printEvaluation(evaluateSecrets(db, *policy, nowSeconds()));
        } catch (const StoreError &e) {
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: the policy was saved but the secrets could not be judged again: %1"), e.what()).c_str());
            return Failed;
        }
    }
    const SecretPolicy policy = loadSecretPolicy();
    std::printf("%s\n", msg(SecretsCommand::tr("Default interval          %1 days"), policy.defaultDays).c_str());
    std::printf("%s\n", msg(policy.serviceAccountTokenDays == 0
                                ? SecretsCommand::tr("Service-account tokens    %1 days (every such secret is overdue)")
                                : SecretsCommand::tr("Service-account tokens    %1 days"),
                            policy.serviceAccountTokenDays).c_str());
    std::string annotations;
    for (const std::string &a : policy.rotationAnnotations)
        annotations += (annotations.empty() ? "" : ", ") + a;
    std::printf("%s\n", msg(SecretsCommand::tr("Rotation annotations      %1"),
                                                 annotations.empty() ? msg(SecretsCommand::tr("(none)")) : annotations).c_str());
    std::printf("\n%s\n", msg(SecretsCommand::tr("Rules (first match wins; empty = any):")).c_str());
    if (policy.rules.empty())
        std::printf("%s\n", msg(SecretsCommand::tr("  (none)")).c_str());
    for (std::size_t i = 0; i < policy.rules.size(); ++i) {
        const SecretPolicyRule &r = policy.rules[i];
        std::string match;
        auto add = [&match](const char *what, const std::string &value) {
            if (!value.empty())
                match += (match.empty() ? "" : " ") + std::string(what) + '=' + value;
        };
        add("store", r.store);
        add("origin", r.origin);
        add("location", r.location);
        add("type", r.type);
        add("name", r.namePattern);
        add("label", r.label);
        // The keys (store=, origin=...) as the policy file writes them.
        std::printf("  %zu. %-24s %s  %s\n", i + 1, r.name.c_str(),
                    msg(SecretsCommand::tr("%1 days"), QString::number(r.days).rightJustified(5)).c_str(),
                    match.empty() ? msg(SecretsCommand::tr("(all)")).c_str() : match.c_str());
    }
    return Ok;
}

} // namespace bulkhead::cli::secrets
