#include "store/findingdetailrepository.h"


namespace bulkhead {

namespace {

// One URL per line in rules.refs; blank lines and surrounding spaces are not references.
std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
            line.remove_suffix(1);
        if (!line.empty())
            out.emplace_back(line);
        start = end + 1;
    }
    return out;
}

} // namespace

std::optional<FindingDetail> FindingDetailRepository::load(std::int64_t findingId, int maxAffected) const
{
    // Every join is on a primary key: the cost does not grow with the store.
    SqliteStatement st = m_db.prepare(
        "SELECT f.fingerprint, f.kind, f.severity, f.status, f.rule_id, r.key, r.title, r.description, r.refs, "
        "r.cwe, r.cvss_score, r.cvss_vector, r.published, r.modified, r.control, "
        "a.kind, a.identity, a.name, a.repository, a.digest, a.namespace, a.cluster, a.os, "
        "p.name, p.type, f.installed_version, f.fixed_version, l.path, f.message, "
        "f.first_seen, f.last_seen, f.resolved_at, f.first_report_id, f.last_report_id, f.tool_mask "
        "FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id "
        "LEFT JOIN packages p ON p.id = f.package_id LEFT JOIN locations l ON l.id = f.location_id "
        "WHERE f.id = ?1");
    st.bind(1, findingId);
    if (!st.step())
        return std::nullopt;

    FindingDetail d;
    d.id = findingId;
    d.fingerprint = static_cast<std::uint64_t>(st.int64(0));
    d.kind = static_cast<FindingKind>(st.int64(1));
    d.severity = static_cast<Severity>(st.int64(2));
    d.status = static_cast<FindingStatus>(st.int64(3));
    const std::int64_t ruleId = st.int64(4);
    d.ruleKey = st.text(5);
    d.title = st.text(6);
    d.description = st.text(7);
    d.references = splitLines(st.textView(8));
    d.cwe = st.text(9);
    if (!st.isNull(10))
        d.cvssScore = st.real(10);
    d.cvssVector = st.text(11);
    d.published = st.int64(12);
    d.modified = st.int64(13);
    d.control = st.text(14);
    d.asset.kind = static_cast<AssetKind>(st.int64(15));
    d.asset.identity = st.text(16);
    d.asset.name = st.text(17);
    d.asset.repository = st.text(18);
    d.asset.digest = st.text(19);
    d.asset.nameSpace = st.text(20);
    d.asset.cluster = st.text(21);
    d.asset.os = st.text(22);
    d.package = st.text(23);
    d.packageType = st.text(24);
    d.installedVersion = st.text(25);
    d.fixedVersion = st.text(26);
    d.location = st.text(27);
    d.message = st.text(28);
    d.firstSeen = st.int64(29);
    d.lastSeen = st.int64(30);
    d.resolvedAt = st.int64(31);
    const std::int64_t firstReport = st.int64(32), lastReport = st.int64(33), toolMask = st.int64(34);

    loadReport(firstReport, d.firstReport);
    loadReport(lastReport, d.lastReport);
    d.tools = toolNames(toolMask);
    loadDecision(d);
    loadHistory(d);
    loadAffected(ruleId, d, maxAffected);
    return d;
}

void FindingDetailRepository::loadReport(std::int64_t reportId, FindingSourceReport &out) const
{
    SqliteStatement st = m_db.prepare(
        "SELECT r.path, r.format, t.name, r.tool_version, r.scanned_at, r.imported_at FROM reports r "
        "LEFT JOIN tools t ON t.id = r.tool_id WHERE r.id = ?1");
    st.bind(1, reportId);
    if (!st.step())
        return;
    out.id = reportId;
    out.path = st.text(0);
    out.format = st.text(1);
    out.tool = st.text(2);
    out.toolVersion = st.text(3);
    out.scannedAt = st.int64(4);
    out.importedAt = st.int64(5);
}

std::vector<std::string> FindingDetailRepository::toolNames(std::int64_t toolMask) const
{
    // Bit (id - 1) of the mask is tools(id); the tools table holds a handful of rows.
    std::vector<std::string> names;
    SqliteStatement st = m_db.prepare("SELECT id, name FROM tools ORDER BY name");
    while (st.step()) {
        const std::int64_t id = st.int64(0);
        if (id >= 1 && id <= 63 && (toolMask >> (id - 1)) & 1)
            names.push_back(st.text(1));
    }
    return names;
}

void FindingDetailRepository::loadDecision(FindingDetail &d) const
{
    SqliteStatement st = m_db.prepare(
        "SELECT status, justification, expires_at, assignee, updated_by, updated_at FROM triage WHERE finding_id = ?1");
    st.bind(1, d.id);
    if (!st.step())
        return;
    d.decision.decided = true;
    d.decision.status = static_cast<FindingStatus>(st.int64(0));
    d.decision.justification = st.text(1);
    d.decision.expiresAt = st.int64(2);
    d.decision.assignee = st.text(3);
    d.decision.updatedBy = st.text(4);
    d.decision.updatedAt = st.int64(5);
}

void FindingDetailRepository::loadHistory(FindingDetail &d) const
{
    // Index triage_history_finding(finding_id, changed_at); the id breaks ties between changes
    // made in the same second (a bulk change and the comment after it).
    SqliteStatement st = m_db.prepare(
        "SELECT changed_at, changed_by, field, old_value, new_value, note FROM triage_history "
        "WHERE finding_id = ?1 ORDER BY changed_at DESC, id DESC");
    st.bind(1, d.id);
    while (st.step()) {
        FindingHistoryEntry &e = d.history.emplace_back();
        e.changedAt = st.int64(0);
        e.changedBy = st.text(1);
        e.field = st.text(2);
        e.oldValue = st.text(3);
        e.newValue = st.text(4);
        e.note = st.text(5);
    }
}

void FindingDetailRepository::loadAffected(std::int64_t ruleId, FindingDetail &d, int maxAffected) const
{
    // Both queries walk findings_rule for this rule only.
    SqliteStatement counts = m_db.prepare(
        "SELECT count(*), coalesce(sum(resolved_at IS NULL), 0) FROM findings WHERE rule_id = ?1 AND id <> ?2");
    counts.bind(1, ruleId).bind(2, d.id);
    if (counts.step()) {
        d.affectedCount = counts.int64(0);
        d.affectedActiveCount = counts.int64(1);
    }
    if (maxAffected <= 0)
        return;

    // Still-reported findings first, newest first within each group; each query stops after the
    // rows it needs because findings_rule is ordered by id within a rule.
    SqliteStatement rows = m_db.prepare(
        "SELECT f.id, a.name, p.name, f.installed_version, f.severity, f.status, f.resolved_at IS NOT NULL "
        "FROM findings f JOIN assets a ON a.id = f.asset_id LEFT JOIN packages p ON p.id = f.package_id "
        "WHERE f.rule_id = ?1 AND f.id <> ?2 AND (f.resolved_at IS NOT NULL) = ?3 ORDER BY f.id DESC LIMIT ?4");
    for (int resolved = 0; resolved <= 1; ++resolved) {
        const int wanted = maxAffected - static_cast<int>(d.affected.size());
        if (wanted <= 0)
            break;
        rows.bind(1, ruleId).bind(2, d.id).bind(3, resolved).bind(4, wanted);
        while (rows.step()) {
            AffectedFinding &a = d.affected.emplace_back();
            a.findingId = rows.int64(0);
            a.asset = rows.text(1);
            a.package = rows.text(2);
            a.installedVersion = rows.text(3);
            a.severity = static_cast<Severity>(rows.int64(4));
            a.status = static_cast<FindingStatus>(rows.int64(5));
            a.resolved = rows.int64(6) != 0;
        }
        rows.reset();
    }
}

} // namespace bulkhead
