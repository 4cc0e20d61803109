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

constexpr const char *kImportHelp =
    "Usage: bulkheadctl [--db PATH] secrets import-inventory FILE.csv [--name N]\n"
    "\n"
    "Imports a secrets inventory: secrets that live elsewhere (a password manager, a cloud console)\n"
    "with the date their owner last rotated them. The first line names the columns, in any order:\n"
    "name, store, last_rotated (YYYY-MM-DD or RFC 3339) are required; owner and policy_days (the\n"
    "rotation interval of that secret) are optional; other columns are ignored.\n"
    "The inventory is named by --name (default: the file's name without extension). Importing it\n"
    "again replaces it: rows no longer in the file are removed. A file with any problem imports\n"
    "nothing; each problem is printed with its line number and the exit code is 1.\n";

constexpr const char *kEvaluateHelp =
    "Usage: bulkheadctl [--db PATH] secrets evaluate [--store S] [--origin O]\n"
    "\n"
    "Judges the stored secrets (all, or those of one store / origin) against the rotation policy\n"
    "now: each secret's interval and due date, and the findings (SEC-3 rotation overdue and\n"
    "long-lived service-account tokens, SEC-5 secrets passed as environment variables). Collections\n"
    "and imports do this themselves; run it after changing the policy.\n";

constexpr const char *kPolicyHelp =
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
    "                     location, type, namePattern, label, days}]) and judge the stored secrets again\n";

int printEvaluation(const SecretEvaluationSummary &s)
{
    std::printf("%lld secrets judged: %lld overdue, %lld passed as environment variables, %lld service-account "
                "token secrets; findings: %llu (%llu new, %llu resolved, %llu reopened)\n",
                static_cast<long long>(s.secrets), static_cast<long long>(s.overdue), static_cast<long long>(s.viaEnv),
                static_cast<long long>(s.serviceAccountTokens), static_cast<unsigned long long>(s.findings),
                static_cast<unsigned long long>(s.newFindings), static_cast<unsigned long long>(s.resolved),
                static_cast<unsigned long long>(s.reopened));
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
                     args.positional().empty() ? "which file? (an inventory CSV)" : "one file at a time");
    const std::string name = args.value("--name").value_or("");
    if (args.value("--name") && name.empty())
        return usage("import-inventory", kImportHelp, "--name must not be empty");
    const InventoryImportResult r =
        importInventory(dbPath, args.positional()[0], name, loadSecretPolicy(), nowSeconds());
    if (!r.ok) {
        for (const std::string &e : r.errors)
            std::fprintf(stderr, "error: %s\n", e.c_str());
        if (r.errorCount > static_cast<int>(r.errors.size()))
            std::fprintf(stderr, "error: ... and %d more problems\n", r.errorCount - static_cast<int>(r.errors.size()));
        std::fprintf(stderr, "nothing of %s was imported\n", args.positional()[0].c_str());
        return Failed;
    }
    std::printf("inventory %s: %d rows (%d added, %d updated, %d removed)\n", r.inventory.c_str(), r.rows, r.added,
                r.updated, r.removed);
    return printEvaluation(r.evaluation);
}

int runEvaluate(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--store", "--origin"}, {"--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "evaluate", kEvaluateHelp); done >= 0)
        return done;
    if (!args.positional().empty())
        return usage("evaluate", kEvaluateHelp, "unexpected argument \"" + args.positional()[0] + "\"");
    const std::string store = args.value("--store").value_or("");
    if (SecretStoreKind kind; !store.empty() && !parseSecretStoreKindName(store, kind))
        return usage("evaluate", kEvaluateHelp, "--store must be kubernetes, vault or inventory");
    const std::string origin = args.value("--origin").value_or("");
    if (!origin.empty() && store.empty())
        return usage("evaluate", kEvaluateHelp, "--origin needs --store (an origin's name is unique per store)");
    try {
        Database db = Database::open(dbPath);
        return printEvaluation(evaluateSecrets(db, loadSecretPolicy(), nowSeconds(), store, origin));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return Failed;
    }
}

int runPolicy(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--import", "--format"}, {"--export", "--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "policy", kPolicyHelp); done >= 0)
        return done;
    if (!args.positional().empty())
        return usage("policy", kPolicyHelp, "unexpected argument \"" + args.positional()[0] + "\"");
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("policy", kPolicyHelp, "--format must be table or json");
    if (args.flag("--export") && args.value("--import"))
        return usage("policy", kPolicyHelp, "--import and --export exclude each other");
    if (args.flag("--export") || (format == "json" && !args.value("--import"))) {
        std::printf("%s\n", secretPolicyToJson(loadSecretPolicy()).c_str());
        return Ok;
    }
    if (const auto file = args.value("--import")) {
        std::ifstream in(*file, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "error: %s: cannot be read\n", file->c_str());
            return Failed;
        }
        std::ostringstream text;
        text << in.rdbuf();
        std::string error;
        const std::optional<SecretPolicy> policy = secretPolicyFromJson(text.str(), &error);
        if (!policy) {
            std::fprintf(stderr, "error: %s: %s; the policy was not changed\n", file->c_str(), error.c_str());
            return Failed;
        }
        saveSecretPolicy(*policy);
        std::printf("policy from %s saved: %zu rules, default %d days, service-account tokens %d days\n", file->c_str(),
                    policy->rules.size(), policy->defaultDays, policy->serviceAccountTokenDays);
        try {
            Database db = Database::open(dbPath);
            return printEvaluation(evaluateSecrets(db, *policy, nowSeconds()));
        } catch (const StoreError &e) {
            std::fprintf(stderr, "error: the policy was saved but the secrets could not be judged again: %s\n",
                         e.what());
            return Failed;
        }
    }
    const SecretPolicy policy = loadSecretPolicy();
    std::printf("Default interval          %d days\n", policy.defaultDays);
    std::printf("Service-account tokens    %d days%s\n", policy.serviceAccountTokenDays,
                policy.serviceAccountTokenDays == 0 ? " (every such secret is overdue)" : "");
    std::string annotations;
    for (const std::string &a : policy.rotationAnnotations)
        annotations += (annotations.empty() ? "" : ", ") + a;
    std::printf("Rotation annotations      %s\n", annotations.empty() ? "(none)" : annotations.c_str());
    std::printf("\nRules (first match wins; empty = any):\n");
    if (policy.rules.empty())
        std::printf("  (none)\n");
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
        std::printf("  %zu. %-24s %5d days  %s\n", i + 1, r.name.c_str(), r.days, match.empty() ? "(all)" : match.c_str());
    }
    return Ok;
}

} // namespace bulkhead::cli::secrets
