// The report's risk acceptances: every finding in scope whose current triage is "risk accepted",
// present at asOf (first seen by then, not resolved before it), with the justification, who
// accepted it and when (the newest change of its status to risk_accepted in the append-only
// triage history; the triage row's last update when the history has none), and its expiry.
// Soonest expiry first; acceptances without an expiry (none are written today) last.
#include "model/findingstatus.h"
#include "report/reportgather.h"
#include "report/scopesql.h"
#include "store/database.h"

#include <algorithm>

namespace bulkhead {

void gatherFindingAcceptances(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportModel &out);

namespace {

// The newest history entry that set the status to risk_accepted (triage_history_finding index).
std::string acceptedColumn(const char *column)
{
    return std::string("(SELECT h.") + column + " FROM triage_history h WHERE h.finding_id = f.id AND h.field = "
        "'status' AND h.new_value = ?2 ORDER BY h.changed_at DESC, h.id DESC LIMIT 1)";
}

} // namespace

void gatherFindingAcceptances(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportModel &out)
{
    // ?1 asOf, ?2 "risk_accepted", ?3 its FindingStatus number, scope from ?4.
    const ScopeSql findingScope = scopeFindingsSql(scope, "f", 4);
    SqliteStatement st = db.prepare(
        "SELECT r.key, a.name, coalesce(p.name, ''), f.severity, coalesce(t.justification, ''), coalesce("
        + acceptedColumn("changed_by") + ", t.updated_by), coalesce(" + acceptedColumn("changed_at")
        + ", t.updated_at), coalesce(t.expires_at, 0) AS expiry FROM triage t CROSS JOIN findings f ON f.id = "
          "t.finding_id JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id LEFT JOIN packages p "
          "ON p.id = f.package_id WHERE t.status = ?3 AND f.first_seen <= ?1 AND (f.resolved_at IS NULL OR "
          "f.resolved_at > ?1)"
        + findingScope.andClause() + " ORDER BY expiry = 0, expiry, f.severity DESC, r.key, a.name, f.id");
    st.bind(1, asOf).bind(2, findingStatusName(FindingStatus::RiskAccepted));
    st.bind(3, static_cast<int>(FindingStatus::RiskAccepted));
    findingScope.bind(st);
    out.acceptances.clear();
    while (st.step()) {
        ReportAcceptance a;
        a.rule = st.text(0);
        a.asset = st.text(1);
        a.package = st.text(2);
        a.severity = static_cast<int>(std::clamp<std::int64_t>(st.int64(3), 0, 5));
        a.justification = st.text(4);
        a.acceptedBy = st.text(5);
        a.acceptedAt = st.int64(6);
        a.expiresAt = st.int64(7);
        a.expired = a.expiresAt != 0 && a.expiresAt <= asOf;
        out.acceptances.push_back(std::move(a));
    }
}

} // namespace bulkhead
