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

constexpr const char *kHelp =
    "Usage: bulkheadctl [--db PATH] secrets show STORE/ORIGIN/LOCATION/NAME [--format table|json]\n"
    "\n"
    "One secret: type, owner, the age and the signal it rests on, the rotation policy that applies\n"
    "and why, the due date, the workloads using it (Kubernetes) and the version history (Vault).\n"
    "STORE is kubernetes, vault or inventory; ORIGIN the cluster or vault source or the inventory;\n"
    "LOCATION the namespace, mount or inventory store; NAME may hold slashes (a Vault path), as\n"
    "`bulkheadctl secrets` lists them: kubernetes/prod/shop/db-password, vault/corp/secret/team-a/db.\n";

// The row of STORE/ORIGIN/LOCATION/NAME. A location and a name may both hold slashes, so every
// split of the rest is tried (exact matches only).
std::optional<SecretRow> findSecret(const SecretRepository &repo, const std::string &path, std::string &problem)
{
    const auto a = path.find('/');
    const auto b = a == std::string::npos ? a : path.find('/', a + 1);
    if (b == std::string::npos || path.find('/', b + 1) == std::string::npos) {
        problem = "\"" + path + "\" is not STORE/ORIGIN/LOCATION/NAME";
        return std::nullopt;
    }
    SecretFilter filter;
    filter.store = path.substr(0, a);
    if (SecretStoreKind kind; !parseSecretStoreKindName(filter.store, kind)) {
        problem = "\"" + filter.store + "\" is not a store (kubernetes, vault or inventory)";
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
    problem = "no secret " + path + " (see `bulkheadctl secrets --search`)";
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
    auto line = [](const char *label, const std::string &value) {
        if (!value.empty())
            std::printf("%-16s %s\n", label, value.c_str());
    };
    line("Secret", secretPath(s));
    line("Type", s.type);
    line("Owner", s.owner);
    line("Service account", s.serviceAccount);
    line("Created", isoTimestamp(s.createdAt));
    if (!s.lastChangeAt) {
        line("Last change", "unknown (" + std::string(ageSourceName(s.ageSource)) + ")");
    } else if (s.ageSource == AgeSource::CreationOnly) {
        line("Last change", "on or after " + isoTimestamp(s.lastChangeAt)
                                + " (creation only: no later change is visible, so the age is at most "
                                + std::to_string(daysBetween(s.lastChangeAt, now)) + " days)");
    } else {
        line("Last change", isoTimestamp(s.lastChangeAt) + " (" + ageSourceName(s.ageSource)
                                + (s.ageDetail.empty() ? "" : ": " + s.ageDetail) + "), "
                                + std::to_string(daysBetween(s.lastChangeAt, now)) + " days ago");
    }
    if (s.declaredPolicyDays)
        line("Declared", std::to_string(*s.declaredPolicyDays) + " days on the secret");
    if (row.policyDays)
        line("Policy", std::to_string(*row.policyDays) + " days (" + row.policyReason + ")");
    else
        line("Policy", "not evaluated yet (`bulkheadctl secrets evaluate`)");
    if (row.dueAt) {
        const bool late = *row.dueAt <= now;
        line("Due", day(*row.dueAt) + (late ? " (overdue by " + std::to_string(daysBetween(*row.dueAt, now)) + " days)"
                                            : " (in " + std::to_string(daysBetween(now, *row.dueAt)) + " days)"));
    } else if (row.policyDays) {
        line("Due", "unknown (no change time)");
    }
    line("Labels", labelsText(s));
    if (s.store == SecretStoreKind::Vault)
        line("Version", std::to_string(s.currentVersion));
    line("Collected", isoTimestamp(row.collectedAt));
    if (s.store == SecretStoreKind::Kubernetes) {
        if (s.uses.empty())
            std::printf("\nUses: %s\n", s.usageKnown ? "none (no workload refers to it)"
                                                      : "none seen (not every workload kind was listed)");
        else
            std::printf("\nUses (%zu):\n", s.uses.size());
        for (const SecretUse &u : s.uses)
            std::printf("  %-40s %-20s %s\n", (u.workloadKind + '/' + u.workloadName).c_str(),
                        u.container.empty() ? "-" : u.container.c_str(), u.how.c_str());
    }
    if (!s.versions.empty()) {
        std::printf("\nVersions (%zu):\n", s.versions.size());
        for (const SecretVersion &v : s.versions)
            std::printf("  %4d  created %-20s%s%s\n", v.version, isoTimestamp(v.createdAt).c_str(),
                        v.deletedAt ? ("  deleted " + isoTimestamp(v.deletedAt)).c_str() : "",
                        v.destroyed ? "  destroyed" : "");
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
        return usage("show", kHelp, args.positional().empty() ? "which secret? (STORE/ORIGIN/LOCATION/NAME)"
                                                               : "one secret at a time");
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("show", kHelp, "--format must be table or json");
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        SecretRepository repo(db);
        std::string problem;
        const std::optional<SecretRow> row = findSecret(repo, args.positional()[0], problem);
        if (!row) {
            std::fprintf(stderr, "error: %s\n", problem.c_str());
            return Failed;
        }
        const std::optional<SecretRecord> detail = repo.detail(row->id);
        if (!detail) {
            std::fprintf(stderr, "error: the secret %s went away while it was read\n", args.positional()[0].c_str());
            return Failed;
        }
        const std::int64_t now = nowSeconds();
        if (format == "json")
            std::printf("%s\n", toJson(*row, *detail, now).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        else
            printTable(*row, *detail, now);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli::secrets
