#include "report/findingsexportrows.h"

#include "report/scopesql.h"
#include "store/database.h"

namespace bulkhead {

namespace {

// ?1 is the first tool filter (0 = none); the scope's parameters follow from ?2.
// The decision's text: triage keeps a justification only for false positives and risk
// acceptances; for the others (mitigated, confirmed) it is the note of the newest status change.
// The purl comes from the asset's inventory row of the same package and version; the
// correlated lookup is a primary-key probe (components is keyed by asset, package, version).
// `+f.status` / `+f.kind`: the walk goes along the primary key whatever the filters, so the
// statement never sorts: exports mostly select large shares of the table (every open finding).
constexpr const char *kSelect =
    "SELECT f.id, f.fingerprint, f.kind, f.rule_id, r.key, r.title, r.cvss_score, f.severity, f.status, "
    "a.kind, a.name, a.identity, a.repository, a.digest, a.namespace, a.cluster, p.name, p.type, "
    "f.installed_version, f.fixed_version, l.path, f.message, f.first_seen, f.tool_mask, "
    "CASE WHEN t.finding_id IS NOT NULL THEN coalesce(nullif(t.justification, ''), (SELECT h.note FROM "
    " triage_history h WHERE h.finding_id = f.id AND h.field = 'status' ORDER BY h.changed_at DESC, h.id DESC "
    " LIMIT 1)) END, t.expires_at, t.updated_by, t.updated_at, "
    "(SELECT c.purl FROM components c WHERE c.asset_id = f.asset_id AND c.package_id = f.package_id "
    " AND c.version = f.installed_version) "
    "FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id "
    "LEFT JOIN packages p ON p.id = f.package_id LEFT JOIN locations l ON l.id = f.location_id "
    "LEFT JOIN triage t ON t.finding_id = f.id "
    "WHERE (?1 = 0 OR (f.tool_mask & -f.tool_mask) = (1 << (?1 - 1)))";

template <typename Enum>
std::string inList(const char *column, const std::vector<Enum> &values)
{
    if (values.empty())
        return {};
    std::string sql = std::string(" AND ") + column + " IN (";
    for (std::size_t i = 0; i < values.size(); ++i)
        sql += (i ? "," : "") + std::to_string(static_cast<int>(values[i]));
    return sql + ")";
}

ExportFinding rowOf(const SqliteStatement &st)
{
    ExportFinding f;
    f.id = st.int64(0);
    f.fingerprint = static_cast<std::uint64_t>(st.int64(1));
    f.kind = static_cast<FindingKind>(st.int64(2));
    f.ruleId = st.int64(3);
    f.ruleKey = st.text(4);
    f.ruleTitle = st.text(5);
    f.cvss = st.isNull(6) ? -1 : st.real(6);
    f.severity = static_cast<Severity>(st.int64(7));
    f.status = static_cast<FindingStatus>(st.int64(8));
    f.assetKind = static_cast<AssetKind>(st.int64(9));
    f.assetName = st.text(10);
    f.assetIdentity = st.text(11);
    f.repository = st.text(12);
    f.digest = st.text(13);
    f.nameSpace = st.text(14);
    f.cluster = st.text(15);
    f.package = st.text(16);
    f.packageType = st.text(17);
    f.installedVersion = st.text(18);
    f.fixedVersion = st.text(19);
    f.location = st.text(20);
    f.message = st.text(21);
    f.firstSeen = st.int64(22);
    f.toolMask = static_cast<std::uint64_t>(st.int64(23));
    f.justification = st.text(24);
    f.expiresAt = st.isNull(25) ? 0 : st.int64(25);
    f.updatedBy = st.text(26);
    f.updatedAt = st.isNull(27) ? 0 : st.int64(27);
    f.purl = st.text(28);
    return f;
}

} // namespace

void ExportFindingReader::forEach(const ExportFindingQuery &query,
                                  const std::function<bool(const ExportFinding &)> &row) const
{
    const ScopeSql scope = scopeFindingsSql(query.scope, "f", 2);
    const std::string sql = std::string(kSelect) + inList("+f.status", query.statuses)
        + inList("+f.kind", query.kinds) + scope.andClause() + " ORDER BY f.id";
    SqliteStatement st = m_db.prepare(sql);
    st.bind(1, query.firstToolId);
    scope.bind(st);
    while (st.step()) {
        if (!row(rowOf(st)))
            return;
    }
}

ExportRule ExportFindingReader::rule(std::int64_t ruleId) const
{
    ExportRule r;
    SqliteStatement st = m_db.prepare("SELECT title, description, refs, control FROM rules WHERE id = ?1");
    st.bind(1, ruleId);
    if (st.step()) {
        r.title = st.text(0);
        r.description = st.text(1);
        r.references = st.text(2);
        r.control = st.text(3);
    }
    return r;
}

std::vector<ExportTool> ExportFindingReader::tools() const
{
    std::vector<ExportTool> out;
    SqliteStatement st = m_db.prepare(
        "SELECT t.id, t.name, (SELECT coalesce(rp.tool_version, '') FROM reports rp WHERE rp.tool_id = t.id "
        "ORDER BY rp.scanned_at DESC, rp.id DESC LIMIT 1) FROM tools t ORDER BY t.id");
    while (st.step())
        out.push_back({st.int64(0), st.text(1), st.text(2)});
    return out;
}

std::string percentEncoded(std::string_view text, std::string_view keep)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '-' || c == '_' || c == '~' || keep.find(ch) != std::string_view::npos;
        if (plain) {
            out.push_back(ch);
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

} // namespace bulkhead
