// The report's findings sections: open counts by severity, all findings by status, open findings
// per control, every open critical and high finding, the rest summarised per severity and kind,
// and the assets with open findings. Everything is in scope (scopesql) and as of `asOf`: findings
// first seen by then and not resolved before it, each with the status it had then (its current
// triage, or resolved when it was resolved by then). Two streaming queries: one counting pass over
// the findings in scope, and the critical and high list.
#include "analysis/slapolicysettings.h"
#include "controls/controlcatalog.h"
#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "report/reportgather.h"
#include "report/scopesql.h"
#include "store/database.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <vector>

namespace bulkhead {

void gatherFindingAcceptances(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportModel &out);

namespace {

constexpr std::int64_t kDay = 86400;

// ?1 = asOf; the scope from ?2.
constexpr int kScopeParam = 2;

// The status a finding had at ?1: resolved when a scan resolved it by then; the current triage
// decision when it was resolved only later (findings.status then says "resolved", triage holds the
// decision); else findings.status, which mirrors triage while the finding is present.
constexpr const char *kStatusAt =
    "(CASE WHEN f.resolved_at IS NULL THEN f.status WHEN f.resolved_at <= ?1 THEN 5 "
    "ELSE coalesce((SELECT t.status FROM triage t WHERE t.finding_id = f.id), 0) END)";

bool isOpen(std::int64_t status)
{
    return status == static_cast<int>(FindingStatus::Open) || status == static_cast<int>(FindingStatus::Confirmed);
}

std::size_t severityIndex(std::int64_t severity)
{
    return static_cast<std::size_t>(std::clamp<std::int64_t>(severity, 0, 5));
}

std::string kindName(std::int64_t kind)
{
    return std::string(findingKindName(static_cast<FindingKind>(kind)));
}


// One pass over the findings first seen by asOf in scope, counted here rather than by GROUP BY:
// SQLite's GROUP BY sorts its million input rows (about a second of CPU); this loop adds them to
// a few small arrays. Fills openBySeverity, findingsByStatus, byControl, others and
// assetsWithFindings.
void countFindings(const Database &db, const ScopeSql &scope, std::int64_t asOf, const SlaPolicy &sla,
                   ReportModel &out)
{
    // Each rule's control as a small index: the rules are read once (tens of thousands of rows)
    // instead of once per finding.
    std::vector<std::string> controls{""};
    std::map<std::string, std::size_t> controlIndex{{"", 0}};
    std::vector<std::uint16_t> ruleControl;
    {
        SqliteStatement rules = db.prepare("SELECT id, control FROM rules WHERE control IS NOT NULL AND control <> ''");
        while (rules.step()) {
            const auto id = static_cast<std::size_t>(rules.int64(0));
            auto [it, added] = controlIndex.emplace(rules.text(1), controls.size());
            if (added)
                controls.push_back(it->first);
            if (ruleControl.size() <= id)
                ruleControl.resize(id + 1, 0);
            ruleControl[id] = static_cast<std::uint16_t>(it->second);
        }
    }

    SqliteStatement st = db.prepare(std::string("SELECT ") + kStatusAt + ", f.severity, f.kind, f.rule_id, "
                                    "coalesce(f.fixed_version, '') <> '', f.first_seen, f.asset_id FROM findings f "
                                    "WHERE f.first_seen <= ?1" + scope.andClause());
    st.bind(1, asOf);
    scope.bind(st);

    std::array<std::int64_t, 6> byStatus{};
    std::vector<std::array<std::int64_t, 6>> byControl(controls.size());
    constexpr std::size_t kKinds = 4; // FindingKind 1..3; 0 for anything else
    std::array<std::array<ReportFindingSummaryRow, kKinds>, 6> others{};
    std::vector<bool> assetOpen;
    sqlite3_stmt *h = st.handle(); // plain column reads: this loop runs a million times
    while (st.step()) {
        const std::int64_t status = sqlite3_column_int64(h, 0);
        byStatus[static_cast<std::size_t>(std::clamp<std::int64_t>(status, 0, 5))] += 1;
        if (!isOpen(status))
            continue;
        const std::size_t severity = severityIndex(sqlite3_column_int64(h, 1));
        const auto rule = static_cast<std::size_t>(sqlite3_column_int64(h, 3));
        out.summary.openBySeverity[severity] += 1;
        byControl[rule < ruleControl.size() ? ruleControl[rule] : 0][severity] += 1;
        const auto asset = static_cast<std::size_t>(sqlite3_column_int64(h, 6));
        if (assetOpen.size() <= asset)
            assetOpen.resize(asset + 1, false);
        assetOpen[asset] = true;
        if (severity >= static_cast<std::size_t>(Severity::High))
            continue;
        const std::int64_t kind = sqlite3_column_int64(h, 2);
        ReportFindingSummaryRow &row = others[severity][kind >= 1 && kind <= 3 ? static_cast<std::size_t>(kind) : 0];
        row.open += 1;
        row.withFix += sqlite3_column_int64(h, 4);
        row.pastSla += sla.isOverdue(static_cast<Severity>(severity), sqlite3_column_int64(h, 5), asOf) ? 1 : 0;
    }

    for (std::size_t s = 0; s < byStatus.size(); ++s) {
        if (byStatus[s] > 0)
            out.summary.findingsByStatus[std::string(findingStatusName(static_cast<FindingStatus>(s)))] = byStatus[s];
    }
    out.findings.assetsWithFindings = std::count(assetOpen.begin(), assetOpen.end(), true);
    // Worst severity first, then kind by name.
    for (int s = static_cast<int>(Severity::Medium); s >= 0; --s) {
        std::vector<ReportFindingSummaryRow> rows;
        for (std::size_t k = 0; k < kKinds; ++k) {
            ReportFindingSummaryRow row = others[static_cast<std::size_t>(s)][k];
            if (row.open == 0)
                continue;
            row.severity = s;
            row.kind = kindName(static_cast<std::int64_t>(k));
            rows.push_back(std::move(row));
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.kind < b.kind; });
        for (ReportFindingSummaryRow &row : rows)
            out.findings.others.push_back(std::move(row));
    }

    // Catalog order; a control the catalog lacks (a rule mapped to an unknown id) after those, by
    // id; findings of no control last.
    auto openIn = [&](std::size_t i) {
        return std::any_of(byControl[i].begin(), byControl[i].end(), [](std::int64_t n) { return n > 0; });
    };
    std::vector<bool> listed(controls.size(), false);
    for (const ControlDefinition &c : ControlCatalog::builtin().controls()) {
        const auto it = controlIndex.find(c.id);
        if (it != controlIndex.end() && it->second != 0 && openIn(it->second)) {
            out.findings.byControl.push_back({c.id, byControl[it->second]});
            listed[it->second] = true;
        }
    }
    for (const auto &[control, i] : controlIndex) { // a std::map: by id
        if (i != 0 && !listed[i] && openIn(i))
            out.findings.byControl.push_back({control, byControl[i]});
    }
    if (openIn(0))
        out.findings.byControl.push_back({"", byControl[0]});
}

// Every critical and high finding open at asOf, worst first, then oldest: one streaming query.
// The severity filter goes through a full scan (+f.severity): a third of all findings are high or
// critical, and reading the table in order beats a third of it in random order through the index.
// The order is made here: SQLite's sorter would copy every row's texts through its records (a
// third of the query's time at 200,000 rows); here only small keys are sorted.
void listCriticalHigh(const Database &db, const ScopeSql &scope, std::int64_t asOf, const SlaPolicy &sla,
                      ReportModel &out)
{
    SqliteStatement st = db.prepare(
        std::string("SELECT f.severity, f.kind, r.key, coalesce(r.title, ''), a.name, coalesce(p.name, ''), "
                    "coalesce(f.installed_version, ''), coalesce(f.fixed_version, ''), ") + kStatusAt + " AS st, "
        "f.first_seen, f.id FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets a ON a.id = f.asset_id "
        "LEFT JOIN packages p ON p.id = f.package_id WHERE +f.severity >= 4 AND f.first_seen <= ?1 AND st IN (0, 1)"
        + scope.andClause());
    st.bind(1, asOf);
    scope.bind(st);
    struct Key {
        int severity;
        std::int64_t firstSeen, id;
        std::size_t row;
    };
    // countFindings counted them: the list is as long as the open high and critical findings.
    const auto expected = static_cast<std::size_t>(out.summary.openBySeverity[static_cast<std::size_t>(Severity::High)]
                                                   + out.summary.openBySeverity[static_cast<std::size_t>(Severity::Critical)]);
    std::vector<Key> keys;
    std::vector<ReportFindingRow> rows;
    keys.reserve(expected);
    rows.reserve(expected);
    while (st.step()) {
        ReportFindingRow row;
        row.severity = static_cast<int>(severityIndex(st.int64(0)));
        row.kind = kindName(st.int64(1));
        row.rule = st.text(2);
        row.title = st.text(3);
        row.asset = st.text(4);
        row.package = st.text(5);
        row.installed = st.text(6);
        row.fixed = st.text(7);
        row.status = std::string(findingStatusName(static_cast<FindingStatus>(st.int64(8))));
        row.firstSeen = st.int64(9);
        row.ageDays = static_cast<int>(std::max<std::int64_t>(0, asOf - row.firstSeen) / kDay);
        const auto severity = static_cast<Severity>(row.severity);
        row.slaDueAt = sla.dueAt(severity, row.firstSeen);
        row.slaOverdue = sla.isOverdue(severity, row.firstSeen, asOf);
        keys.push_back({row.severity, row.firstSeen, st.int64(10), rows.size()});
        rows.push_back(std::move(row));
    }
    std::sort(keys.begin(), keys.end(), [](const Key &x, const Key &y) {
        if (x.severity != y.severity)
            return x.severity > y.severity;
        return x.firstSeen != y.firstSeen ? x.firstSeen < y.firstSeen : x.id < y.id;
    });
    // Rows into their places by following the permutation's cycles: no second vector of rows.
    std::vector<bool> placed(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (placed[i])
            continue;
        ReportFindingRow first = std::move(rows[i]);
        std::size_t at = i;
        for (;;) {
            placed[at] = true;
            const std::size_t from = keys[at].row;
            if (from == i) {
                rows[at] = std::move(first);
                break;
            }
            rows[at] = std::move(rows[from]);
            at = from;
        }
    }
    out.findings.criticalHigh = std::move(rows);
}

} // namespace

void gatherFindingSections(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportModel &out)
{
    const SlaPolicy sla = loadSlaPolicy();
    const ScopeSql findingScope = scopeFindingsSql(scope, "f", kScopeParam);
    out.summary.openBySeverity = {};
    out.summary.findingsByStatus.clear();
    out.findings = ReportFindings{};
    countFindings(db, findingScope, asOf, sla, out);
    listCriticalHigh(db, findingScope, asOf, sla, out);
    gatherFindingAcceptances(db, scope, asOf, out);
}

} // namespace bulkhead
