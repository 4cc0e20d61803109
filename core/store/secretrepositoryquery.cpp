// SecretRepository's reads: the Secrets view's pages, counts and chart, the detail pane, and the
// evaluation's walk over every secret. Filtering, sorting and bucketing happen in SQL.
#include "store/secretrepository.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;

// The stored integer of a store name; 0 (matching no row) for a name that is not one.
int storeValue(const std::string &name)
{
    SecretStoreKind kind{};
    return parseSecretStoreKindName(name, kind) ? static_cast<int>(kind) : 0;
}

// "%text%" for LIKE ... ESCAPE '\': the user's text matched literally, ASCII case-insensitively
// (as lower() would; LIKE compares without building lower-cased copies of 120,000 rows).
std::string likePattern(std::string_view text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "%";
}

// FROM and WHERE over `secrets s`; parameters ?1 store, ?2 origin, ?3 location, ?4 text, ?5 now.
// For a page (`sort` given) the terms are written so that the planner walks the sort's index and
// never sorts: "+column" keeps a term from choosing another index (except a term on the sort's
// leading columns, which narrows the walk). The sort indexes hold every filtered column but the
// owner and due_at (in secrets_due only), so the walk reads the table only for the overdue
// filter under another sort than Due: one row per entry passed, cheap for the first pages (a set
// of the overdue ids built first cost more than that at 100,000 overdue rows).
// A text filter reads the owner, so it scans the table instead (NOT INDEXED), which is cheaper
// than looking up each row an index walk passes. For a count (no sort) any index may serve.
struct SecretWhere {
    std::string from, sql;
    const SecretFilter &filter;
    std::string pattern;

    explicit SecretWhere(const SecretFilter &f, std::optional<SecretSort> sort = std::nullopt,
                         const char *extra = nullptr)
        : filter(f)
    {
        from = f.text.empty() ? " FROM secrets s" : " FROM secrets s NOT INDEXED";
        const bool walk = sort.has_value();
        auto term = [&](const char *column, bool leading) {
            return std::string(walk && !leading ? "+" : "") + column;
        };
        const bool byStore = sort == SecretSort::Store, byLocation = sort == SecretSort::Location;
        std::vector<std::string> terms;
        if (!f.store.empty())
            terms.push_back(term("s.store", byStore) + " = ?1");
        if (!f.origin.empty())
            terms.push_back(term("s.origin", byStore && !f.store.empty()) + " = ?2");
        if (!f.location.empty())
            terms.push_back(term("s.location", byLocation) + " = ?3");
        if (!f.text.empty()) {
            pattern = likePattern(f.text);
            terms.emplace_back("(s.name LIKE ?4 ESCAPE '\\' OR s.location LIKE ?4 ESCAPE '\\' "
                               "OR s.origin LIKE ?4 ESCAPE '\\' OR s.owner LIKE ?4 ESCAPE '\\')");
        }
        if (f.overdue)
            terms.push_back(term("s.due_at", sort == SecretSort::Due) + " <= ?5");
        if (f.unused)
            terms.push_back(term("s.usage_known", false) + " = 1 AND " + term("s.use_count", false) + " = 0");
        if (f.viaEnv)
            terms.push_back(term("s.via_env", false) + " = 1");
        if (extra)
            terms.emplace_back(extra);
        for (std::size_t i = 0; i < terms.size(); ++i)
            sql += (i ? " AND " : " WHERE ") + terms[i];
    }

    // " WHERE ... AND <term>" or " WHERE <term>".
    std::string with(const std::string &term) const { return sql + (sql.empty() ? " WHERE " : " AND ") + term; }

    void bind(SqliteStatement &st) const
    {
        if (!filter.store.empty())
            st.bind(1, storeValue(filter.store));
        if (!filter.origin.empty())
            st.bind(2, std::string_view(filter.origin));
        if (!filter.location.empty())
            st.bind(3, std::string_view(filter.location));
        if (!filter.text.empty())
            st.bind(4, std::string_view(pattern));
        if (sqlite3_bind_parameter_count(st.handle()) >= 5)
            st.bind(5, filter.now);
    }
};

// ORDER BY: the key, then store, origin, location and name (unique together, so the order is
// total), all in one direction: exactly one walk of the sort's index, forwards or backwards.
// `key` is "" for the Store sort (its key is the first tie).
std::string orderBy(const std::string &key, bool backwards)
{
    const char *dir = backwards ? " DESC" : "";
    std::string out = " ORDER BY ";
    if (!key.empty())
        out += key + dir + ", ";
    for (const char *tie : {"s.store", "s.origin", "s.location", "s.name"})
        out += std::string(tie) + dir + (std::string_view(tie) == "s.name" ? "" : ", ");
    return out;
}

std::string limitOffset(std::int64_t limit, std::int64_t offset)
{
    return " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
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
    SqliteStatement st = m_db.prepare("SELECT count(*)" + where.from + where.sql);
    where.bind(st);
    return st.step() ? st.int64(0) : 0;
}

std::vector<SecretRow> SecretRepository::page(const SecretFilter &filter, SecretSort sort, bool descending,
                                              std::int64_t offset, int limit) const
{
    if (limit <= 0 || offset < 0)
        return {};
    const SecretWhere where(filter, sort);
    auto ids = [&](const std::string &sql, std::int64_t n, std::int64_t skip, std::vector<std::int64_t> &out) {
        SqliteStatement st = m_db.prepare("SELECT s.id" + where.from + sql + limitOffset(n, skip));
        where.bind(st);
        while (st.step())
            out.push_back(st.int64(0));
    };
    // The page's ids from one index walk, then only those rows from the table.
    std::vector<std::int64_t> pageIds;
    const bool timed = sort == SecretSort::Age || sort == SecretSort::Due;
    if (!timed) {
        std::string key;
        switch (sort) {
        case SecretSort::Name: key = "s.name"; break;
        case SecretSort::Location: key = "s.location"; break;
        case SecretSort::Type: key = "s.type"; break;
        case SecretSort::Uses: key = "s.use_count"; break;
        default: break; // Store: the ties alone
        }
        ids(where.sql + orderBy(key, descending), limit, offset, pageIds);
    } else {
        // Unknown times last in both directions: the known ones in the asked order, then the
        // unknown ones (two ranges of the same index). Age descending = the oldest change first.
        const std::string column = sort == SecretSort::Age ? "s.last_change_at" : "s.due_at";
        const bool backwards = sort == SecretSort::Age ? !descending : descending;
        ids(where.with(column + " IS NOT NULL") + orderBy(column, backwards), limit, offset, pageIds);
        if (pageIds.size() < static_cast<std::size_t>(limit)) {
            // How many known rows precede the unknown ones: this page's, or a count when the page
            // started past them all.
            std::int64_t known = offset + static_cast<std::int64_t>(pageIds.size());
            if (pageIds.empty() && offset > 0) {
                SqliteStatement st = m_db.prepare("SELECT count(*)" + where.from + where.with(column + " IS NOT NULL"));
                where.bind(st);
                known = st.step() ? st.int64(0) : 0;
            }
            ids(where.with(column + " IS NULL") + orderBy(std::string(), backwards),
                limit - static_cast<std::int64_t>(pageIds.size()), std::max<std::int64_t>(0, offset - known), pageIds);
        }
    }
    if (pageIds.empty())
        return {};
    const std::string idJson = nlohmann::json(pageIds).dump();
    SqliteStatement st = m_db.prepare(std::string("SELECT ") + kRowColumns
                                      + " FROM secrets s WHERE s.id IN (SELECT value FROM json_each(?1))");
    st.bind(1, std::string_view(idJson));
    std::unordered_map<std::int64_t, std::size_t> position;
    for (std::size_t i = 0; i < pageIds.size(); ++i)
        position.emplace(pageIds[i], i);
    std::vector<SecretRow> out(pageIds.size());
    while (st.step()) {
        SecretRow row = readRow(st);
        out[position.at(row.id)] = std::move(row);
    }
    // A row a writer removed between the two reads is left out.
    out.erase(std::remove_if(out.begin(), out.end(), [](const SecretRow &r) { return r.id == 0; }), out.end());
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
    SqliteStatement secrets = m_db.prepare(std::string("SELECT ") + kRowColumns + where.from + where.sql
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
    const SecretWhere where(filter, std::nullopt, "s.last_change_at IS NOT NULL");
    SqliteStatement st = m_db.prepare("SELECT b, count(*) FROM (SELECT " + bucket + " AS b" + where.from + where.sql
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
