// SecretRepository's reads: the Secrets view's pages, counts and chart, the detail pane, and the
// evaluation's walk over every secret. Filtering, sorting and bucketing happen in SQL.
#include "store/secretrepository.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;

// The stored integer of a store name; 0 (matching no row) for a name that is not one.
int storeValue(const std::string &name)
{
    SecretStoreKind kind{};
    return parseSecretStoreKindName(name, kind) ? static_cast<int>(kind) : 0;
}

// WHERE over `secrets s`; parameters ?1 store, ?2 origin, ?3 location, ?4 text, ?5 now.
struct SecretWhere {
    std::string sql;
    const SecretFilter &filter;

    explicit SecretWhere(const SecretFilter &f, const char *extra = nullptr) : filter(f)
    {
        std::vector<std::string> terms;
        if (!f.store.empty())
            terms.emplace_back("s.store = ?1");
        if (!f.origin.empty())
            terms.emplace_back("s.origin = ?2");
        if (!f.location.empty())
            terms.emplace_back("s.location = ?3");
        // instr on lower-cased text instead of LIKE: no wildcard in the user's text to escape.
        if (!f.text.empty())
            terms.emplace_back("(instr(lower(s.name), lower(?4)) > 0 OR instr(lower(s.location), lower(?4)) > 0 "
                               "OR instr(lower(s.origin), lower(?4)) > 0 OR instr(lower(s.owner), lower(?4)) > 0)");
        if (f.overdue)
            terms.emplace_back("s.due_at <= ?5");
        if (f.unused)
            terms.emplace_back("s.usage_known = 1 AND s.use_count = 0");
        if (f.viaEnv)
            terms.emplace_back("s.via_env = 1");
        if (extra)
            terms.emplace_back(extra);
        for (std::size_t i = 0; i < terms.size(); ++i)
            sql += (i ? " AND " : " WHERE ") + terms[i];
    }

    void bind(SqliteStatement &st) const
    {
        if (!filter.store.empty())
            st.bind(1, storeValue(filter.store));
        if (!filter.origin.empty())
            st.bind(2, std::string_view(filter.origin));
        if (!filter.location.empty())
            st.bind(3, std::string_view(filter.location));
        if (!filter.text.empty())
            st.bind(4, std::string_view(filter.text));
        if (sqlite3_bind_parameter_count(st.handle()) >= 5)
            st.bind(5, filter.now);
    }
};

// ORDER BY: the key in the asked direction, then store, origin, location, name and id ascending
// so that pages are stable. Unknown times sort last either way ("IS NULL" first, as the
// secrets_age and secrets_due indexes have it). Age descending is the largest age first, i.e. the
// oldest change first.
std::string orderBy(SecretSort sort, bool descending)
{
    const std::string dir = descending ? " DESC" : "";
    std::string key;
    switch (sort) {
    case SecretSort::Name: key = "s.name" + dir; break;
    case SecretSort::Store: key = "s.store" + dir; break;
    case SecretSort::Location: key = "s.location" + dir; break;
    case SecretSort::Type: key = "s.type" + dir; break;
    case SecretSort::Age:
        key = std::string("s.last_change_at IS NULL, s.last_change_at") + (descending ? "" : " DESC");
        break;
    case SecretSort::Uses: key = "s.use_count" + dir; break;
    case SecretSort::Due: key = "s.due_at IS NULL, s.due_at" + dir; break;
    }
    return " ORDER BY " + key + ", s.store, s.origin, s.location, s.name, s.id";
}

constexpr const char *kRowColumns =
    "s.id, s.store, s.origin, s.location, s.name, s.type, s.owner, coalesce(s.created_at, 0), "
    "coalesce(s.last_change_at, 0), s.age_source, s.age_detail, s.declared_policy_days, s.labels, "
    "s.current_version, s.service_account, s.usage_known, s.use_count, s.via_env, s.via_volume, s.policy_days, "
    "coalesce(s.policy_reason, ''), s.due_at, s.collected_at";

std::vector<std::pair<std::string, std::string>> decodeLabels(std::string_view text)
{
    std::vector<std::pair<std::string, std::string>> out;
    const nlohmann::json labels = nlohmann::json::parse(text, nullptr, false);
    if (!labels.is_object())
        return out;
    for (const auto &[key, value] : labels.items()) // sorted by key (nlohmann::json's object is a std::map)
        out.emplace_back(key, value.is_string() ? value.get<std::string>() : value.dump());
    return out;
}

// A row of kRowColumns.
SecretRow readRow(const SqliteStatement &st)
{
    SecretRow r;
    r.id = st.int64(0);
    SecretRecord &s = r.secret;
    s.store = static_cast<SecretStoreKind>(std::clamp<std::int64_t>(st.int64(1), 1, 3));
    s.origin = st.text(2);
    s.location = st.text(3);
    s.name = st.text(4);
    s.type = st.text(5);
    s.owner = st.text(6);
    s.createdAt = st.int64(7);
    s.lastChangeAt = st.int64(8);
    s.ageSource = static_cast<AgeSource>(std::clamp<std::int64_t>(st.int64(9), 1, 6));
    s.ageDetail = st.text(10);
    if (!st.isNull(11))
        s.declaredPolicyDays = static_cast<int>(st.int64(11));
    s.labels = decodeLabels(st.textView(12));
    s.currentVersion = static_cast<int>(st.int64(13));
    s.serviceAccount = st.text(14);
    s.usageKnown = st.int64(15) != 0;
    r.useCount = static_cast<int>(st.int64(16));
    r.viaEnv = st.int64(17) != 0;
    r.viaVolume = st.int64(18) != 0;
    if (!st.isNull(19))
        r.policyDays = static_cast<int>(st.int64(19));
    r.policyReason = st.text(20);
    if (!st.isNull(21))
        r.dueAt = st.int64(21);
    r.collectedAt = st.int64(22);
    return r;
}

SecretVersion readVersion(const SqliteStatement &st, int first)
{
    return {static_cast<int>(st.int64(first)), st.int64(first + 1), st.int64(first + 2), st.int64(first + 3) != 0};
}

SecretUse readUse(const SqliteStatement &st, int first)
{
    return {st.text(first), st.text(first + 1), st.text(first + 2), st.text(first + 3)};
}

constexpr const char *kUseOrder = " ORDER BY u.secret_id, u.workload_kind, u.workload_name, u.container, u.how";

// Versions and uses of one secret.
void loadChildren(Database &db, std::int64_t id, SecretRecord &secret)
{
    SqliteStatement versions = db.prepare("SELECT v.version, v.created_at, v.deleted_at, v.destroyed FROM "
                                          "secret_versions v WHERE v.secret_id = ?1 ORDER BY v.version");
    versions.bind(1, id);
    while (versions.step())
        secret.versions.push_back(readVersion(versions, 0));
    SqliteStatement uses = db.prepare(std::string("SELECT u.workload_kind, u.workload_name, u.container, u.how FROM "
                                                  "secret_uses u WHERE u.secret_id = ?1")
                                      + kUseOrder);
    uses.bind(1, id);
    while (uses.step())
        secret.uses.push_back(readUse(uses, 0));
}

} // namespace

std::int64_t SecretRepository::count(const SecretFilter &filter) const
{
    const SecretWhere where(filter);
    SqliteStatement st = m_db.prepare("SELECT count(*) FROM secrets s" + where.sql);
    where.bind(st);
    return st.step() ? st.int64(0) : 0;
}

std::vector<SecretRow> SecretRepository::page(const SecretFilter &filter, SecretSort sort, bool descending,
                                              std::int64_t offset, int limit) const
{
    if (limit <= 0 || offset < 0)
        return {};
    const SecretWhere where(filter);
    SqliteStatement st = m_db.prepare(std::string("SELECT ") + kRowColumns + " FROM secrets s" + where.sql
                                      + orderBy(sort, descending) + " LIMIT " + std::to_string(limit) + " OFFSET "
                                      + std::to_string(offset));
    where.bind(st);
    std::vector<SecretRow> out;
    while (st.step())
        out.push_back(readRow(st));
    return out;
}

std::optional<SecretRow> SecretRepository::find(std::int64_t id) const
{
    SqliteStatement st = m_db.prepare(std::string("SELECT ") + kRowColumns + " FROM secrets s WHERE s.id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    SecretRow row = readRow(st);
    loadChildren(m_db, id, row.secret);
    return row;
}

std::optional<SecretRecord> SecretRepository::detail(std::int64_t id) const
{
    std::optional<SecretRow> row = find(id);
    if (!row)
        return std::nullopt;
    return std::move(row->secret);
}

void SecretRepository::forEach(const std::string &store, const std::string &origin,
                               const std::function<void(std::int64_t id, const SecretRecord &)> &visit) const
{
    SecretFilter filter;
    filter.store = store;
    filter.origin = origin;
    const SecretWhere where(filter);
    // Three cursors in secret id order, merged: one pass over each table instead of two lookups
    // per secret (120,000 secrets).
    SqliteStatement secrets = m_db.prepare(std::string("SELECT ") + kRowColumns + " FROM secrets s" + where.sql
                                           + " ORDER BY s.id");
    SqliteStatement versions = m_db.prepare("SELECT v.secret_id, v.version, v.created_at, v.deleted_at, v.destroyed "
                                            "FROM secret_versions v JOIN secrets s ON s.id = v.secret_id"
                                            + where.sql + " ORDER BY v.secret_id, v.version");
    SqliteStatement uses = m_db.prepare("SELECT u.secret_id, u.workload_kind, u.workload_name, u.container, u.how "
                                        "FROM secret_uses u JOIN secrets s ON s.id = u.secret_id"
                                        + where.sql + kUseOrder);
    where.bind(secrets);
    where.bind(versions);
    where.bind(uses);
    bool moreVersions = versions.step(), moreUses = uses.step();
    while (secrets.step()) {
        const std::int64_t id = secrets.int64(0);
        SecretRecord secret = readRow(secrets).secret;
        for (; moreVersions && versions.int64(0) <= id; moreVersions = versions.step())
            if (versions.int64(0) == id)
                secret.versions.push_back(readVersion(versions, 1));
        for (; moreUses && uses.int64(0) <= id; moreUses = uses.step())
            if (uses.int64(0) == id)
                secret.uses.push_back(readUse(uses, 1));
        visit(id, secret);
    }
}

std::vector<std::int64_t> SecretRepository::ageDistribution(const SecretFilter &filter,
                                                            const std::vector<int> &edgesDays) const
{
    std::vector<std::int64_t> counts(edgesDays.size(), 0);
    if (edgesDays.empty())
        return counts;
    if (!std::is_sorted(edgesDays.begin(), edgesDays.end()))
        throw std::invalid_argument("ageDistribution: the bucket edges must be ascending");
    // The bucket of each age (in seconds at ?5), the highest edge first; an age below the first
    // edge (a change time in the future) is in none.
    std::string bucket = "CASE";
    for (std::size_t i = edgesDays.size(); i-- > 0;)
        bucket += " WHEN ?5 - s.last_change_at >= " + std::to_string(edgesDays[i] * kDay) + " THEN "
            + std::to_string(i);
    bucket += " END";
    const SecretWhere where(filter, "s.last_change_at IS NOT NULL");
    SqliteStatement st = m_db.prepare("SELECT b, count(*) FROM (SELECT " + bucket + " AS b FROM secrets s" + where.sql
                                      + ") WHERE b IS NOT NULL GROUP BY b");
    where.bind(st);
    while (st.step())
        counts.at(static_cast<std::size_t>(st.int64(0))) = st.int64(1);
    return counts;
}

std::vector<std::pair<std::string, std::string>> SecretRepository::origins() const
{
    SqliteStatement st = m_db.prepare("SELECT DISTINCT store, origin FROM secrets");
    std::vector<std::pair<std::string, std::string>> out;
    while (st.step()) {
        const auto store = static_cast<SecretStoreKind>(std::clamp<std::int64_t>(st.int64(0), 1, 3));
        out.emplace_back(secretStoreKindName(store), st.text(1));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> SecretRepository::locations(const std::string &origin) const
{
    SqliteStatement st = m_db.prepare(std::string("SELECT DISTINCT location FROM secrets")
                                      + (origin.empty() ? "" : " WHERE origin = ?1") + " ORDER BY location");
    if (!origin.empty())
        st.bind(1, std::string_view(origin));
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

} // namespace bulkhead
