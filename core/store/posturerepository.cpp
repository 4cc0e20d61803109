#include "store/posturerepository.h"

#include "model/findingstatus.h"

namespace bulkhead {

namespace {
// Statuses that still need work.
constexpr const char *kOpenStatuses = "(0, 1)"; // FindingStatus::Open, Confirmed
static_assert(static_cast<int>(FindingStatus::Open) == 0 && static_cast<int>(FindingStatus::Confirmed) == 1);
} // namespace

PostureSummary PostureRepository::summary(const SlaPolicy &sla, std::int64_t now, int expiryWindowDays,
                                          int topAssetCount) const
{
    PostureSummary out;
    SqliteStatement bySeverity = m_db.prepare(std::string("SELECT severity, count(*) FROM findings WHERE status IN ")
                                              + kOpenStatuses + " GROUP BY severity");
    while (bySeverity.step())
        out.openBySeverity[static_cast<std::size_t>(bySeverity.int64(0)) % 6] = bySeverity.int64(1);

    // Due date = first_seen + SLA days of the severity; severities without a deadline never count.
    SqliteStatement overdue = m_db.prepare(
        std::string("SELECT count(*) FROM findings WHERE status IN ") + kOpenStatuses
        + " AND CASE severity WHEN 5 THEN ?5 WHEN 4 THEN ?4 WHEN 3 THEN ?3 WHEN 2 THEN ?2 WHEN 1 THEN ?1 ELSE ?6 END > 0"
          " AND first_seen + 86400 * CASE severity WHEN 5 THEN ?5 WHEN 4 THEN ?4 WHEN 3 THEN ?3 WHEN 2 THEN ?2"
          " WHEN 1 THEN ?1 ELSE ?6 END < ?7");
    overdue.bind(1, sla.daysFor(Severity::Info)).bind(2, sla.daysFor(Severity::Low))
        .bind(3, sla.daysFor(Severity::Medium)).bind(4, sla.daysFor(Severity::High))
        .bind(5, sla.daysFor(Severity::Critical)).bind(6, sla.daysFor(Severity::Unknown)).bind(7, now);
    if (overdue.step())
        out.overdue = overdue.int64(0);

    SqliteStatement expiring = m_db.prepare(
        "SELECT count(*) FROM triage t JOIN findings f ON f.id = t.finding_id WHERE t.status = ?1 "
        "AND f.resolved_at IS NULL AND t.expires_at > ?2 AND t.expires_at <= ?3");
    expiring.bind(1, static_cast<int>(FindingStatus::RiskAccepted)).bind(2, now)
        .bind(3, now + std::int64_t(expiryWindowDays) * 86400);
    if (expiring.step())
        out.acceptancesExpiringSoon = expiring.int64(0);

    SqliteStatement top = m_db.prepare(
        std::string("SELECT a.id, a.name, sum(CASE f.severity WHEN 5 THEN 10 WHEN 4 THEN 5 WHEN 3 THEN 2 WHEN 2 THEN 1 "
                    "ELSE 0 END) AS score, sum(f.severity = 5), sum(f.severity = 4), sum(f.severity = 3), "
                    "sum(f.severity = 2), sum(f.severity = 1), sum(f.severity = 0) "
                    "FROM findings f JOIN assets a ON a.id = f.asset_id WHERE f.status IN ")
        + kOpenStatuses + " GROUP BY a.id ORDER BY score DESC, a.name LIMIT ?1");
    top.bind(1, topAssetCount);
    while (top.step()) {
        AssetRisk r;
        r.assetId = top.int64(0);
        r.name = top.text(1);
        r.score = top.int64(2);
        for (int s = 5; s >= 0; --s)
            r.openBySeverity[static_cast<std::size_t>(s)] = top.int64(3 + (5 - s));
        out.topAssets.push_back(std::move(r));
    }
    return out;
}

} // namespace bulkhead
