// The report's secret rotation section: per store and origin how many secrets are within their
// rotation policy, fall due within 14 days, are overdue or have no known age, and every overdue
// secret. Due times are those of the last evaluation (last change + policy days), which do not
// depend on when it ran, so they are compared with the as-of moment directly.
#include "report/reportgatherparts.h"
#include "secrets/secretrecord.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

namespace bulkhead::reportparts {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr int kSoonDays = 14;

// The kind of source a secret's origin is, as sourceInScope names kinds.
std::string originKind(SecretStoreKind store)
{
    switch (store) {
    case SecretStoreKind::Kubernetes: return "cluster";
    case SecretStoreKind::Vault: return "vault";
    case SecretStoreKind::Inventory: return "inventory";
    }
    return {};
}

SecretStoreKind storeAt(const SqliteStatement &st, int column)
{
    return static_cast<SecretStoreKind>(st.int64(column));
}

// WHERE of the secrets in the as-of view: not created after it (a secret collected later but made
// earlier stays); with namespaces in the scope, only Kubernetes secrets in them. ?1 asOf, ?3 the
// namespaces as a JSON array.
std::string whereClause(const ReportScope &scope)
{
    std::string where = " WHERE (created_at IS NULL OR created_at <= ?1)";
    if (!scope.namespaces.empty())
        where += " AND store = " + std::to_string(static_cast<int>(SecretStoreKind::Kubernetes))
            + " AND location IN (SELECT value FROM json_each(?3))";
    return where;
}

// A due time counts only when the change it is counted from had happened by the as-of moment: a
// secret rotated since has an unknown age at that moment.
constexpr const char *kKnownDue = "(due_at IS NOT NULL AND last_change_at <= ?1)";

} // namespace

void gatherSecrets(const Database &db, const ReportScope &given, std::int64_t asOf, ReportSecrets &out)
{
    // Registries hold no secrets: that field does not narrow this section.
    ReportScope scope = given;
    scope.registries.clear();
    const std::string namespaces = nlohmann::json(scope.namespaces).dump();
    const std::string where = whereClause(scope);
    const std::string known = kKnownDue;
    // One grouped pass; the four counts partition the total.
    SqliteStatement groups = db.prepare(
        "SELECT store, origin, count(*), coalesce(sum(" + known + " AND due_at > ?2), 0), coalesce(sum(" + known
        + " AND due_at > ?1 AND due_at <= ?2), 0), coalesce(sum(" + known + " AND due_at <= ?1), 0), coalesce(sum(NOT "
        + known + "), 0) FROM secrets" + where + " GROUP BY store, origin ORDER BY store, origin");
    groups.bind(1, asOf).bind(2, asOf + kSoonDays * kDay);
    if (!scope.namespaces.empty())
        groups.bindText(3, namespaces);
    while (groups.step()) {
        const SecretStoreKind store = storeAt(groups, 0);
        const std::string origin = groups.text(1);
        if (!sourceInScope(scope, originKind(store), origin))
            continue;
        ReportSecretGroup g;
        g.store = secretStoreKindName(store);
        g.origin = origin;
        g.total = static_cast<int>(groups.int64(2));
        g.withinPolicy = static_cast<int>(groups.int64(3));
        g.dueWithin14Days = static_cast<int>(groups.int64(4));
        g.overdue = static_cast<int>(groups.int64(5));
        g.unknownAge = static_cast<int>(groups.int64(6));
        out.groups.push_back(std::move(g));
    }

    // Most overdue first: the earliest due time.
    SqliteStatement overdue = db.prepare("SELECT store, origin, location, name, type, last_change_at, policy_days, "
                                         "due_at, age_source, age_detail FROM secrets"
                                         + where + " AND " + known + " AND due_at <= ?1 "
                                         "ORDER BY due_at, store, origin, location, name");
    overdue.bind(1, asOf);
    if (!scope.namespaces.empty())
        overdue.bindText(3, namespaces);
    while (overdue.step()) {
        const SecretStoreKind store = storeAt(overdue, 0);
        ReportSecretRow row;
        row.origin = overdue.text(1);
        if (!sourceInScope(scope, originKind(store), row.origin))
            continue;
        row.store = secretStoreKindName(store);
        row.location = overdue.text(2);
        row.name = overdue.text(3);
        row.type = overdue.text(4);
        row.ageDays = static_cast<int>((asOf - overdue.int64(5)) / kDay);
        row.policyDays = overdue.isNull(6) ? 0 : static_cast<int>(overdue.int64(6));
        row.dueAt = overdue.int64(7);
        row.ageSource = ageSourceName(static_cast<AgeSource>(overdue.int64(8)));
        if (!overdue.textView(9).empty())
            row.ageSource += " (" + overdue.text(9) + ")";
        out.overdue.push_back(std::move(row));
    }
}

} // namespace bulkhead::reportparts
