// `bulkheadctl secrets`: the secrets of the cluster and vault sources and the imported
// inventories, with the age of each (and the signal it rests on) against its rotation policy
// (SEC-3). This file dispatches the subcommands, lists the secrets and holds what the subcommands
// share; the answers come from bulkhead_core (SecretRepository), never from the network.
#include "commands.h"
#include "listprinter.h"
#include "secretscli.h"

#include "report/secretsexport.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>

namespace bulkhead::cli {

namespace {

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "SecretsCommand",
    "Usage: bulkheadctl [--db PATH] secrets [OPTIONS]\n"
    "       bulkheadctl [--db PATH] secrets SUBCOMMAND [OPTIONS]\n"
    "\n"
    "Secrets of the cluster sources (Secret metadata, never values), the vault sources (KV v2\n"
    "metadata) and the imported inventories, each with its age, the signal the age rests on\n"
    "(version history, inventory, annotation, managedFields, creation only: then the last change\n"
    "was on or after that date, and the age shown as <=N is an upper bound), its rotation policy\n"
    "and when it is due (a due date ending in \"!\" has passed). Filters combine with AND.\n"
    "\n"
    "Options:\n"
    "  --overdue          only secrets whose rotation is due (sorted by due date)\n"
    "  --unused           only Kubernetes secrets no workload uses (known only when every workload\n"
    "                     kind was listed)\n"
    "  --via-env          only secrets passed to workloads as environment variables\n"
    "  --store S          kubernetes, vault or inventory\n"
    "  --origin O         the cluster or vault source, or the inventory, by name\n"
    "  --search TEXT      part of the name, location, origin or owner\n"
    "  --limit N          at most N secrets\n"
    "  --format F         table (default), csv or json (an array of objects)\n"
    "\n"
    "Subcommands:\n"
    "  show STORE/ORIGIN/LOCATION/NAME     one secret: age signal, policy, versions, uses\n"
    "  import-inventory FILE.csv [--name N] import (or re-import) a secrets inventory\n"
    "  evaluate [--store S] [--origin O]   judge the stored secrets again (after a policy change)\n"
    "  policy [--import FILE.json] [--export]  show, replace or print the rotation policy\n"
    "`bulkheadctl secrets SUBCOMMAND --help` describes each.\n");

std::string cut(const std::string &s, std::size_t width)
{
    return s.size() <= width ? s : s.substr(0, width - 1) + "~";
}

bool overdue(const SecretRow &r, std::int64_t now)
{
    return r.dueAt && *r.dueAt <= now;
}

std::string ageText(const SecretRow &r, std::int64_t now)
{
    return secretsexport::ageText(r, now);
}

std::string tableLine(const SecretRow &r, std::int64_t now)
{
    const SecretRecord &s = r.secret;
    const std::string due = r.dueAt ? secrets::day(*r.dueAt) + (overdue(r, now) ? " !" : "") : "-";
    return formatLine("%-10s  %-14s  %-16s  %-32s  %-26s  %6s  %-15s  %6s  %-12s  %s", secretStoreKindName(s.store),
                      cut(s.origin, 14).c_str(), cut(s.location, 16).c_str(), cut(s.name, 32).c_str(),
                      cut(s.type, 26).c_str(), ageText(r, now).c_str(), ageSourceName(s.ageSource),
                      r.policyDays ? std::to_string(*r.policyDays).c_str() : "-", due.c_str(),
                      secrets::usesText(r).c_str());
}

} // namespace

int runSecrets(const std::string &dbPath, const std::vector<std::string> &args)
{
    if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
        const std::string &sub = args[0];
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (sub == "help") {
            std::fputs(msg(secrets::SecretsCommand::tr(kHelp)).c_str(), stdout);
            return Ok;
        }
        if (sub == "list")
            return secrets::runList(dbPath, rest);
        if (sub == "show")
            return secrets::runShow(dbPath, rest);
        if (sub == "import-inventory")
            return secrets::runImportInventory(dbPath, rest);
        if (sub == "evaluate")
            return secrets::runEvaluate(dbPath, rest);
        if (sub == "policy")
            return secrets::runPolicy(dbPath, rest);
        std::fprintf(stderr, "%s\n\n%s", msg(secrets::SecretsCommand::tr("bulkheadctl secrets: unknown subcommand \"%1\""), sub).c_str(),
                     msg(secrets::SecretsCommand::tr(kHelp)).c_str());
        return Usage;
    }
    return secrets::runList(dbPath, args);
}

namespace secrets {

int usage(const char *subcommand, const char *help, const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl secrets%s%s: %s\n\n%s", *subcommand ? " " : "", subcommand, message.c_str(),
                 msg(SecretsCommand::tr(help)).c_str());
    return Usage;
}

int parseArgs(CliArgs &args, const std::vector<std::string> &raw, const char *subcommand, const char *help)
{
    if (!args.parse(raw))
        return usage(subcommand, help, args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(msg(SecretsCommand::tr(help)).c_str(), stdout);
        return Ok;
    }
    return -1;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string day(std::int64_t unixSeconds)
{
    return unixSeconds ? msg(localDay(unixSeconds)) : std::string(); // the CSV keeps secretsexport::day's ISO
}

std::int64_t daysBetween(std::int64_t then, std::int64_t now)
{
    return secretsexport::daysBetween(then, now);
}

std::string usesText(const SecretRow &row)
{
    return secretsexport::usesText(row);
}

nlohmann::ordered_json rowJson(const SecretRow &r, std::int64_t now)
{
    return secretsexport::json(r, now);
}

std::string secretPath(const SecretRecord &s)
{
    return std::string(secretStoreKindName(s.store)) + '/' + s.origin + '/' + s.location + '/' + s.name;
}

int runList(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--store", "--origin", "--search", "--limit", "--format"},
                 {"--overdue", "--unused", "--via-env", "--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "", kHelp); done >= 0)
        return done;
    if (!args.positional().empty())
        return usage("", kHelp, msg(SecretsCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    SecretFilter filter;
    filter.store = args.value("--store").value_or("");
    if (SecretStoreKind kind; !filter.store.empty() && !parseSecretStoreKindName(filter.store, kind))
        return usage("", kHelp, msg(SecretsCommand::tr("--store must be kubernetes, vault or inventory")));
    filter.origin = args.value("--origin").value_or("");
    filter.text = args.value("--search").value_or("");
    filter.overdue = args.flag("--overdue");
    filter.unused = args.flag("--unused");
    filter.viaEnv = args.flag("--via-env");
    filter.now = nowSeconds();
    long long limit = -1;
    std::string format;
    if (const std::string problem = readListOptions(args, limit, format); !problem.empty())
        return usage("", kHelp, problem);

    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        SecretRepository repo(db);
        if (!filter.origin.empty()) {
            bool known = false;
            for (const auto &[store, origin] : repo.origins())
                known = known || (origin == filter.origin && (filter.store.empty() || store == filter.store));
            if (!known) {
                std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: no secrets of an origin named %1 (a cluster or vault source, or an inventory; see `bulkheadctl source list`)"), filter.origin).c_str());
                return Failed;
            }
        }
        const std::int64_t now = filter.now;
        const SecretSort sort = filter.overdue ? SecretSort::Due : SecretSort::Store;
        ListPrinter out(format, limit);
        out.begin(secretsexport::csvHeader(), headerLine({{SecretsCommand::tr("STORE"), 10},
                                                       {SecretsCommand::tr("ORIGIN"), 14},
                                                       {SecretsCommand::tr("LOCATION"), 16},
                                                       {SecretsCommand::tr("NAME"), 32},
                                                       {SecretsCommand::tr("TYPE"), 26},
                                                       {SecretsCommand::tr("AGE"), -6},
                                                       {SecretsCommand::tr("AGE SOURCE"), 15},
                                                       {SecretsCommand::tr("POLICY"), -6},
                                                       {SecretsCommand::tr("DUE"), 12},
                                                       {SecretsCommand::tr("USES"), 0}}));
        out.pages(
            1000, [&](std::int64_t offset, int pageSize) { return repo.page(filter, sort, false, offset, pageSize); },
            [now](const SecretRow &r) { return rowJson(r, now); }, [now](const SecretRow &r) { return secretsexport::csvLine(r, now); },
            [now](const SecretRow &r) { return tableLine(r, now); });
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace secrets

} // namespace bulkhead::cli
