#include "store/findingrepository.h"

#include <array>

namespace bulkhead {

std::string fingerprintHex(std::uint64_t fingerprint)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i) {
        s[static_cast<std::size_t>(i)] = hex[fingerprint & 15];
        fingerprint >>= 4;
    }
    return s;
}

namespace {

// Builds the WHERE clause; values are bound, never spliced (except enum integers we produced).
struct WhereClause {
    std::string sql;
    std::string likePattern;
};

template <typename Enum>
void appendIn(std::string &sql, const char *column, const std::vector<Enum> &values)
{
    if (values.empty())
        return;
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += column;
    sql += " IN (";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i)
            sql += ',';
        sql += std::to_string(static_cast<int>(values[i]));
    }
    sql += ')';
}

WhereClause buildWhere(const FindingQuery &q)
{
    WhereClause w;
    appendIn(w.sql, "f.severity", q.severities);
    appendIn(w.sql, "f.status", q.statuses);
    appendIn(w.sql, "f.kind", q.kinds);
    if (!q.search.empty()) {
        std::string escaped;
        for (char c : q.search) {
            if (c == '%' || c == '_' || c == '\\')
                escaped.push_back('\\');
            escaped.push_back(c);
        }
        w.likePattern = "%" + escaped + "%";
        w.sql += w.sql.empty() ? " WHERE " : " AND ";
        w.sql += "(f.rule_id IN (SELECT id FROM rules WHERE key LIKE ?1 ESCAPE '\\' OR title LIKE ?1 ESCAPE '\\' "
                 "OR description LIKE ?1 ESCAPE '\\') OR f.package_id IN (SELECT id FROM packages WHERE name LIKE ?1 "
                 "ESCAPE '\\'))";
    }
    if (q.afterSeverity >= 0) {
        w.sql += w.sql.empty() ? " WHERE " : " AND ";
        w.sql += "(f.severity < " + std::to_string(q.afterSeverity) + " OR (f.severity = "
            + std::to_string(q.afterSeverity) + " AND f.id < " + std::to_string(q.afterId) + "))";
    }
    return w;
}

std::vector<std::string> toolNames(const Database &db)
{
    std::vector<std::string> names(64);
    SqliteStatement st = db.prepare("SELECT id, name FROM tools");
    while (st.step()) {
        const auto id = st.int64(0);
        if (id >= 1 && id <= 63)
            names[static_cast<std::size_t>(id)] = st.text(1);
    }
    return names;
}

} // namespace

void FindingRepository::forEach(const FindingQuery &query, const std::function<bool(const FindingRow &)> &callback) const
{
    const WhereClause where = buildWhere(query);
    std::string sql =
        "SELECT f.id, f.fingerprint, f.kind, r.key, f.severity, f.status, a.name, p.name, f.installed_version, "
        "f.fixed_version, l.path, r.title, f.first_seen, f.last_seen, coalesce(f.resolved_at, 0), f.tool_mask "
        "FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id "
        "LEFT JOIN packages p ON p.id = f.package_id LEFT JOIN locations l ON l.id = f.location_id";
    sql += where.sql;
    sql += " ORDER BY f.severity DESC, f.id DESC";
    if (query.limit >= 0)
        sql += " LIMIT " + std::to_string(query.limit);
    const std::vector<std::string> tools = toolNames(m_db);
    SqliteStatement st = m_db.prepare(sql);
    if (!where.likePattern.empty())
        st.bindText(1, where.likePattern);
    FindingRow row;
    while (st.step()) {
        row.id = st.int64(0);
        row.fingerprint = static_cast<std::uint64_t>(st.int64(1));
        row.kind = static_cast<FindingKind>(st.int64(2));
        row.ruleKey = st.text(3);
        row.severity = static_cast<Severity>(st.int64(4));
        row.status = static_cast<FindingStatus>(st.int64(5));
        row.asset = st.text(6);
        row.package = st.text(7);
        row.installedVersion = st.text(8);
        row.fixedVersion = st.text(9);
        row.location = st.text(10);
        row.title = st.text(11);
        row.firstSeen = st.int64(12);
        row.lastSeen = st.int64(13);
        row.resolvedAt = st.int64(14);
        row.sources.clear();
        const auto mask = static_cast<std::uint64_t>(st.int64(15));
        for (std::size_t bit = 0; bit < 63; ++bit) {
            if (mask & (std::uint64_t(1) << bit))
                row.sources.push_back(tools[bit + 1]);
        }
        if (!callback(row))
            break;
    }
}

std::int64_t FindingRepository::count(const FindingQuery &query) const
{
    const WhereClause where = buildWhere(query);
    SqliteStatement st = m_db.prepare("SELECT count(*) FROM findings f" + where.sql);
    if (!where.likePattern.empty())
        st.bindText(1, where.likePattern);
    return st.step() ? st.int64(0) : 0;
}

FindingStats FindingRepository::stats() const
{
    FindingStats s;
    s.total = m_db.scalar("SELECT count(*) FROM findings");
    s.assets = m_db.scalar("SELECT count(*) FROM assets");
    s.reports = m_db.scalar("SELECT count(*) FROM reports");
    s.rules = m_db.scalar("SELECT count(*) FROM rules");
    SqliteStatement kinds = m_db.prepare("SELECT kind, count(*) FROM findings GROUP BY kind");
    while (kinds.step())
        s.byKind[std::string(findingKindName(static_cast<FindingKind>(kinds.int64(0))))] = kinds.int64(1);
    SqliteStatement sev = m_db.prepare("SELECT severity, count(*) FROM findings GROUP BY severity");
    while (sev.step())
        s.bySeverity[std::string(severityName(static_cast<Severity>(sev.int64(0))))] = sev.int64(1);
    SqliteStatement status = m_db.prepare("SELECT status, count(*) FROM findings GROUP BY status");
    while (status.step())
        s.byStatus[std::string(findingStatusName(static_cast<FindingStatus>(status.int64(0))))] = status.int64(1);
    return s;
}

} // namespace bulkhead
