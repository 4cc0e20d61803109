// `bulkheadctl secrets show STORE/ORIGIN/LOCATION/NAME`: one secret with everything the store
// knows of it (never a value: the store has none).
#include "commands.h"
#include "secretscli.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace bulkhead::cli::secrets {

namespace {

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "SecretsCommand",
    "Usage: bulkheadctl [--db PATH] secrets show STORE/ORIGIN/LOCATION/NAME [--format table|json]\n"
    "\n"
    "One secret: type, owner, the age and the signal it rests on, the rotation policy that applies\n"
    "and why, the due date, the workloads using it (Kubernetes) and the version history (Vault).\n"
    "STORE is kubernetes, vault or inventory; ORIGIN the cluster or vault source or the inventory;\n"
    "LOCATION the namespace, mount or inventory store; NAME may hold slashes (a Vault path), as\n"
    "`bulkheadctl secrets` lists them: kubernetes/prod/shop/db-password, vault/corp/secret/team-a/db.\n");

// The row of STORE/ORIGIN/LOCATION/NAME. A location and a name may both hold slashes, so every
// split of the rest is tried (exact matches only).
std::optional<SecretRow> findSecret(const SecretRepository &repo, const std::string &path, std::string &problem)
{
    const auto a = path.find('/');
    const auto b = a == std::string::npos ? a : path.find('/', a + 1);
    if (b == std::string::npos || path.find('/', b + 1) == std::string::npos) {
        problem = msg(SecretsCommand::tr("\"%1\" is not STORE/ORIGIN/LOCATION/NAME"), path);
        return std::nullopt;
    }
    SecretFilter filter;
    filter.store = path.substr(0, a);
    if (SecretStoreKind kind; !parseSecretStoreKindName(filter.store, kind)) {
        problem = msg(SecretsCommand::tr("\"%1\" is not a store (kubernetes, vault or inventory)"), filter.store);
        return std::nullopt;
    }
    filter.origin = path.substr(a + 1, b - a - 1);
    const std::string rest = path.substr(b + 1);
    for (auto cut = rest.find('/'); cut != std::string::npos; cut = rest.find('/', cut + 1)) {
        filter.location = rest.substr(0, cut);
        const std::string name = rest.substr(cut + 1);
        filter.text = name;
        for (std::int64_t offset = 0;; offset += 500) {
            const std::vector<SecretRow> rows = repo.page(filter, SecretSort::Name, false, offset, 500);
            for (const SecretRow &r : rows) {
                if (r.secret.name == name && r.secret.location == filter.location && r.secret.origin == filter.origin)
                    return r;
            }
            if (rows.size() < 500)
                break;
        }
    }
    problem = msg(SecretsCommand::tr("no secret %1 (see `bulkheadctl secrets --search`)"), path);
    return std::nullopt;
}

std::string labelsText(const SecretRecord &s)
{
    std::string out;
    for (const auto &[k, v] : s.labels)
        out += (out.empty() ? "" : ", ") + k + '=' + v;
    return out;
}

void printTable(const SecretRow &row, const SecretRecord &s, std::int64_t now)
{
    // A label column of 16 characters; the age source names (annotation, managedFields...) stay as
    // --format json gives them.
    auto line = [](const QString &label, const std::string &value) {
        if (!value.empty())
            std::printf("%s %s\n", padded(label, 16).c_str(), value.c_str());
    };
    line(SecretsCommand::tr("Secret"), secretPath(s));
    line(SecretsCommand::tr("Type"), s.type);
    line(SecretsCommand::tr("Owner"), s.owner);
    line(SecretsCommand::tr("Service account"), s.serviceAccount);
    line(SecretsCommand::tr("Created"), isoTimestamp(s.createdAt));
    const QString lastChange = SecretsCommand::tr("Last change");
    if (!s.lastChangeAt) {
        line(lastChange, msg(SecretsCommand::tr("unknown (%1)"), ageSourceName(s.ageSource)));
    } else if (s.ageSource == AgeSource::CreationOnly) {
        line(lastChange, msg(SecretsCommand::tr("on or after %1 (creation only: no later change is visible, so the age "
                                                "is at most %2 days)"),
                             isoTimestamp(s.lastChangeAt), daysBetween(s.lastChangeAt, now)));
    } else if (s.ageDetail.empty()) {
        line(lastChange, msg(SecretsCommand::tr("%1 (%2), %3 days ago"), isoTimestamp(s.lastChangeAt),
                             ageSourceName(s.ageSource), daysBetween(s.lastChangeAt, now)));
    } else {
        line(lastChange, msg(SecretsCommand::tr("%1 (%2: %3), %4 days ago"), isoTimestamp(s.lastChangeAt),
                             ageSourceName(s.ageSource), s.ageDetail, daysBetween(s.lastChangeAt, now)));
    }
    if (s.declaredPolicyDays)
        line(SecretsCommand::tr("Declared"), msg(SecretsCommand::tr("%1 days on the secret"), *s.declaredPolicyDays));
    if (row.policyDays)
        line(SecretsCommand::tr("Policy"), msg(SecretsCommand::tr("%1 days (%2)"), *row.policyDays, row.policyReason));
    else
        line(SecretsCommand::tr("Policy"), msg(SecretsCommand::tr("not evaluated yet (`bulkheadctl secrets evaluate`)")));
    if (row.dueAt) {
        const bool late = *row.dueAt <= now;
        line(SecretsCommand::tr("Due"),
             late ? msg(SecretsCommand::tr("%1 (overdue by %2 days)"), day(*row.dueAt), daysBetween(*row.dueAt, now))
                  : msg(SecretsCommand::tr("%1 (in %2 days)"), day(*row.dueAt), daysBetween(now, *row.dueAt)));
    } else if (row.policyDays) {
        line(SecretsCommand::tr("Due"), msg(SecretsCommand::tr("unknown (no change time)")));
    }
    line(SecretsCommand::tr("Labels"), labelsText(s));
    if (s.store == SecretStoreKind::Vault)
        line(SecretsCommand::tr("Version"), std::to_string(s.currentVersion));
    line(SecretsCommand::tr("Collected"), isoTimestamp(row.collectedAt));
    if (s.store == SecretStoreKind::Kubernetes) {
        if (s.uses.empty())
            std::printf("\n%s\n", msg(s.usageKnown ? SecretsCommand::tr("Uses: none (no workload refers to it)")
                                                 : SecretsCommand::tr("Uses: none seen (not every workload kind was listed)")).c_str());
        else
            std::printf("\n%s\n", msg(SecretsCommand::tr("Uses (%1):"), s.uses.size()).c_str());
        for (const SecretUse &u : s.uses)
            std::printf("  %-40s %-20s %s\n", (u.workloadKind + '/' + u.workloadName).c_str(),
                        u.container.empty() ? "-" : u.container.c_str(), u.how.c_str());
    }
    if (!s.versions.empty()) {
        std::printf("\n%s\n", msg(SecretsCommand::tr("Versions (%1):"), s.versions.size()).c_str());
        for (const SecretVersion &v : s.versions)
            std::printf("  %4d  %s%s%s\n", v.version,
                        padded(SecretsCommand::tr("created %1").arg(msgArg(isoTimestamp(v.createdAt))), 28).c_str(),
                        v.deletedAt ? msg(SecretsCommand::tr("  deleted %1"), isoTimestamp(v.deletedAt)).c_str() : "",
                        v.destroyed ? msg(SecretsCommand::tr("  destroyed")).c_str() : "");
    }
}

// The listing's object with the path, labels, uses and versions.
nlohmann::ordered_json toJson(const SecretRow &row, const SecretRecord &s, std::int64_t now)
{
    nlohmann::ordered_json j;
    j["path"] = secretPath(s);
    j.update(rowJson(row, now));
    j["service_account"] = s.serviceAccount;
    nlohmann::ordered_json labels = nlohmann::ordered_json::object();
    for (const auto &[k, v] : s.labels)
        labels[k] = v;
    j["labels"] = std::move(labels);
    nlohmann::ordered_json uses = nlohmann::ordered_json::array();
    for (const SecretUse &u : s.uses)
        uses.push_back({{"workload_kind", u.workloadKind}, {"workload_name", u.workloadName},
                        {"container", u.container}, {"how", u.how}});
    j["use_list"] = std::move(uses);
    j["current_version"] = s.currentVersion;
    nlohmann::ordered_json versions = nlohmann::ordered_json::array();
    for (const SecretVersion &v : s.versions)
        versions.push_back({{"version", v.version}, {"created_at", isoTimestamp(v.createdAt)},
                            {"deleted_at", isoTimestamp(v.deletedAt)}, {"destroyed", v.destroyed}});
    j["versions"] = std::move(versions);
    return j;
}

} // namespace

int runShow(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (const int done = parseArgs(args, rawArgs, "show", kHelp); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("show", kHelp, args.positional().empty() ? msg(SecretsCommand::tr("which secret? (STORE/ORIGIN/LOCATION/NAME)"))
                                                               : msg(SecretsCommand::tr("one secret at a time")));
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("show", kHelp, msg(SecretsCommand::tr("--format must be table or json")));
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        SecretRepository repo(db);
        std::string problem;
        const std::optional<SecretRow> row = findSecret(repo, args.positional()[0], problem);
        if (!row) {
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1"), problem).c_str());
            return Failed;
        }
        const std::optional<SecretRecord> detail = repo.detail(row->id);
        if (!detail) {
            std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: the secret %1 went away while it was read"), args.positional()[0]).c_str());
            return Failed;
        }
        const std::int64_t now = nowSeconds();
        if (format == "json")
            std::printf("%s\n", toJson(*row, *detail, now).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        else
            printTable(*row, *detail, now);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(SecretsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli::secrets
