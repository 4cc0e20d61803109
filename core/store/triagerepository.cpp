#include "store/triagerepository.h"

#include "store/storeerror.h"

namespace bulkhead {

namespace {
std::string statusText(std::int64_t v)
{
    return std::string(findingStatusName(static_cast<FindingStatus>(v)));
}
} // namespace

std::int64_t TriageRepository::apply(const std::vector<std::int64_t> &findingIds, const TriageChange &change)
{
    if (change.actor.empty())
        throw StoreError("a triage change needs the name of who made it");
    if (change.status == FindingStatus::Resolved)
        throw StoreError("resolved is set by scans, not by triage");
    if (change.status == FindingStatus::RiskAccepted) {
        if (change.justification.empty())
            throw StoreError("accepting a risk needs a justification");
        if (change.expiresAt <= change.at)
            throw StoreError("accepting a risk needs an expiry date in the future");
    }
    if (change.status == FindingStatus::FalsePositive && change.justification.empty())
        throw StoreError("marking a false positive needs a justification");

    Transaction tx(m_db);
    SqliteStatement current = m_db.prepare(
        "SELECT f.status, f.resolved_at IS NOT NULL, t.status, t.assignee FROM findings f "
        "LEFT JOIN triage t ON t.finding_id = f.id WHERE f.id = ?1");
    SqliteStatement upsert = m_db.prepare(
        "INSERT INTO triage(finding_id, status, justification, expires_at, assignee, updated_by, updated_at) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(finding_id) DO UPDATE SET status = excluded.status, "
        "justification = CASE WHEN ?8 THEN excluded.justification ELSE justification END, "
        "expires_at = CASE WHEN ?8 THEN excluded.expires_at ELSE expires_at END, assignee = excluded.assignee, "
        "updated_by = excluded.updated_by, updated_at = excluded.updated_at");
    SqliteStatement setStatus = m_db.prepare(
        "UPDATE findings SET status = ?2 WHERE id = ?1 AND resolved_at IS NULL");
    SqliteStatement history = m_db.prepare(
        "INSERT INTO triage_history(finding_id, changed_at, changed_by, field, old_value, new_value, note) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    std::int64_t changed = 0;
    for (std::int64_t id : findingIds) {
        current.bind(1, id);
        if (!current.step())
            throw StoreError("no finding with id " + std::to_string(id));
        const bool resolved = current.int64(1) != 0;
        const std::int64_t oldStatus = current.isNull(2) ? (resolved ? 0 : current.int64(0)) : current.int64(2);
        const std::string oldAssignee = current.text(3);
        current.reset();

        const std::int64_t newStatus = change.status ? static_cast<std::int64_t>(*change.status) : oldStatus;
        const std::string newAssignee = change.assignee ? *change.assignee : oldAssignee;
        upsert.bind(1, id).bind(2, newStatus);
        if (newStatus == static_cast<std::int64_t>(FindingStatus::RiskAccepted)
            || newStatus == static_cast<std::int64_t>(FindingStatus::FalsePositive)) {
            upsert.bindOrNull(3, change.justification);
        }
        if (newStatus == static_cast<std::int64_t>(FindingStatus::RiskAccepted))
            upsert.bind(4, change.expiresAt);
        // An assignment or a comment alone keeps the decision's justification and expiry.
        upsert.bindOrNull(5, newAssignee).bindText(6, change.actor).bind(7, change.at)
            .bind(8, change.status.has_value() ? 1 : 0).exec();
        setStatus.bind(1, id).bind(2, newStatus).exec();

        bool any = false;
        if (change.status && newStatus != oldStatus) {
            const std::string o = statusText(oldStatus), n = statusText(newStatus);
            history.bind(1, id).bind(2, change.at).bindText(3, change.actor).bind(4, std::string_view("status"))
                .bindText(5, o).bindText(6, n).bindOrNull(7, change.justification.empty() ? change.note : change.justification);
            history.exec();
            any = true;
        }
        if (change.assignee && newAssignee != oldAssignee) {
            history.bind(1, id).bind(2, change.at).bindText(3, change.actor).bind(4, std::string_view("assignee"))
                .bindOrNull(5, oldAssignee).bindOrNull(6, newAssignee).bindOrNull(7, change.note).exec();
            any = true;
        }
        if (!any && !change.note.empty()) {
            history.bind(1, id).bind(2, change.at).bindText(3, change.actor).bind(4, std::string_view("comment"))
                .bindText(7, change.note).exec();
            any = true;
        }
        if (any)
            ++changed;
    }
    tx.commit();
    return changed;
}

std::vector<std::int64_t> TriageRepository::idsForFingerprints(const std::vector<std::string> &fingerprints,
                                                                std::vector<std::string> &missing) const
{
    // Fingerprints are indexed per asset only, so look them all up in one pass over findings.
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS wanted_fingerprints(fingerprint INTEGER PRIMARY KEY, hex TEXT NOT NULL)");
    m_db.exec("DELETE FROM temp.wanted_fingerprints");
    SqliteStatement add = m_db.prepare("INSERT OR IGNORE INTO temp.wanted_fingerprints(fingerprint, hex) VALUES(?1, ?2)");
    for (const std::string &hex : fingerprints) {
        std::uint64_t v = 0;
        bool ok = hex.size() == 16;
        for (char c : hex) {
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<std::uint64_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<std::uint64_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<std::uint64_t>(c - 'A' + 10);
            else ok = false;
        }
        if (!ok) {
            missing.push_back(hex);
            continue;
        }
        add.bind(1, static_cast<std::int64_t>(v)).bindText(2, hex).exec();
    }
    std::vector<std::int64_t> ids;
    SqliteStatement found = m_db.prepare(
        "SELECT f.id FROM findings f WHERE f.fingerprint IN (SELECT fingerprint FROM temp.wanted_fingerprints)");
    while (found.step())
        ids.push_back(found.int64(0));
    SqliteStatement absent = m_db.prepare(
        "SELECT hex FROM temp.wanted_fingerprints w WHERE NOT EXISTS "
        "(SELECT 1 FROM findings f WHERE f.fingerprint = w.fingerprint)");
    if (ids.size() < fingerprints.size() - missing.size()) {
        while (absent.step())
            missing.push_back(absent.text(0));
    }
    m_db.exec("DELETE FROM temp.wanted_fingerprints");
    return ids;
}

std::int64_t TriageRepository::reopenExpired(std::int64_t now, const std::string &actor)
{
    Transaction tx(m_db);
    SqliteStatement history = m_db.prepare(
        "INSERT INTO triage_history(finding_id, changed_at, changed_by, field, old_value, new_value, note) "
        "SELECT finding_id, ?1, ?2, 'status', 'risk_accepted', 'open', 'risk acceptance expired' FROM triage "
        "WHERE status = ?3 AND expires_at IS NOT NULL AND expires_at <= ?1");
    history.bind(1, now).bindText(2, actor).bind(3, static_cast<int>(FindingStatus::RiskAccepted)).exec();
    const std::int64_t n = sqlite3_changes(m_db.handle());
    SqliteStatement findings = m_db.prepare(
        "UPDATE findings SET status = 0 WHERE resolved_at IS NULL AND id IN (SELECT finding_id FROM triage "
        "WHERE status = ?2 AND expires_at IS NOT NULL AND expires_at <= ?1)");
    findings.bind(1, now).bind(2, static_cast<int>(FindingStatus::RiskAccepted)).exec();
    SqliteStatement triage = m_db.prepare(
        "UPDATE triage SET status = 0, expires_at = NULL, updated_by = ?3, updated_at = ?1 "
        "WHERE status = ?2 AND expires_at IS NOT NULL AND expires_at <= ?1");
    triage.bind(1, now).bind(2, static_cast<int>(FindingStatus::RiskAccepted)).bindText(3, actor).exec();
    tx.commit();
    return n;
}

} // namespace bulkhead
