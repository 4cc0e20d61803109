// The report's findings sections: open counts by severity, all findings by status, open findings
// per control, every open critical and high finding, the rest summarised per severity and kind,
// and the assets with open findings. Everything is in scope (scopesql) and as of `asOf`: findings
// first seen by then and not resolved before it, each with the status it had then (its current
// triage, or resolved when it was resolved by then). One streaming pass over the findings in scope
// both counts and lists: a second full scan for the list would cost as much as the counting.
#include "analysis/slapolicysettings.h"
#include "analysis/ruletexttr.h"
#include "controls/controlcatalog.h"
#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "report/reportgather.h"
#include "report/scopesql.h"
#include "store/database.h"

#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <string>
#include <unordered_map>
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

// Texts of a table row by id, read on first use: the critical and high findings of a big store
// name some thousands of rules, assets and packages, each read once instead of once per finding.
// Row ids of these tables are dense (SQLite's rowids, never chosen), so a plain array indexed by
// id finds a cached row; an id beyond the array's reach goes through a map.
class TextLookup
{
public:
    // `sql`: "SELECT <columns> FROM <table> WHERE id = ?1"; `maxIdSql`: "SELECT max(id) FROM <table>".
    TextLookup(const Database &db, const char *sql, const char *maxIdSql) : m_st(db.prepare(sql))
    {
        constexpr std::int64_t kDenseLimit = 8'000'000;
        const std::int64_t maxId = db.scalar(maxIdSql);
        m_slot.assign(static_cast<std::size_t>(std::clamp<std::int64_t>(maxId + 1, 1, kDenseLimit)), -1);
    }

    // The row's columns; empty texts when there is no such row (id 0: no package).
    const std::vector<std::string> &operator()(std::int64_t id)
    {
        if (id >= 0 && static_cast<std::uint64_t>(id) < m_slot.size()) {
            std::int32_t &slot = m_slot[static_cast<std::size_t>(id)];
            if (slot < 0) {
                slot = static_cast<std::int32_t>(m_rows.size());
                m_rows.push_back(read(id));
            }
            return m_rows[static_cast<std::size_t>(slot)];
        }
        auto [it, added] = m_sparse.try_emplace(id);
        if (added)
            it->second = read(id);
        return it->second;
    }

private:
    std::vector<std::string> read(std::int64_t id)
    {
        std::vector<std::string> row(static_cast<std::size_t>(m_st.columnCount()));
        m_st.bind(1, id);
        if (m_st.step()) {
            for (std::size_t c = 0; c < row.size(); ++c)
                row[c] = m_st.text(static_cast<int>(c));
        }
        m_st.reset();
        return row;
    }

    SqliteStatement m_st;
    std::vector<std::int32_t> m_slot;              // id -> index in m_rows, -1 = not read yet
    std::deque<std::vector<std::string>> m_rows;   // a deque: references stay valid as it grows
    std::unordered_map<std::int64_t, std::vector<std::string>> m_sparse;
};

// The counts: by status, open by severity and control, the rest per severity and kind, and the
// assets with open findings. Plain arrays indexed by small numbers: this runs once per finding.
class FindingTally
{
public:
    explicit FindingTally(const Database &db)
    {
        // Each rule's control as a small index, from one read of the rules with a control.
        m_controls.push_back("");
        m_controlIndex.emplace("", 0);
        SqliteStatement rules = db.prepare("SELECT id, control FROM rules WHERE control IS NOT NULL AND control <> ''");
        while (rules.step()) {
            const auto id = static_cast<std::size_t>(rules.int64(0));
            auto [it, added] = m_controlIndex.emplace(rules.text(1), static_cast<std::uint16_t>(m_controls.size()));
            if (added)
                m_controls.push_back(it->first);
            if (m_ruleControl.size() <= id)
                m_ruleControl.resize(id + 1, 0);
            m_ruleControl[id] = it->second;
        }
        m_byControl.resize(m_controls.size());
    }

    void add(std::int64_t status, std::size_t severity, std::int64_t kind, std::int64_t rule, bool fix, bool overdue,
             std::int64_t asset)
    {
        m_byStatus[static_cast<std::size_t>(std::clamp<std::int64_t>(status, 0, 5))] += 1;
        if (!isOpen(status))
            return;
        m_openBySeverity[severity] += 1;
        const auto r = static_cast<std::size_t>(rule);
        m_byControl[r < m_ruleControl.size() ? m_ruleControl[r] : 0][severity] += 1;
        const auto a = static_cast<std::size_t>(asset);
        if (m_assetOpen.size() <= a)
            m_assetOpen.resize(a + 1, false);
        m_assetOpen[a] = true;
        if (severity >= static_cast<std::size_t>(Severity::High))
            return;
        ReportFindingSummaryRow &row = m_others[severity][kind >= 1 && kind <= 3 ? static_cast<std::size_t>(kind) : 0];
        row.open += 1;
        row.withFix += fix ? 1 : 0;
        row.pastSla += overdue ? 1 : 0;
    }

    void finish(ReportModel &out) const
    {
        out.summary.openBySeverity = m_openBySeverity;
        for (std::size_t s = 0; s < m_byStatus.size(); ++s) {
            if (m_byStatus[s] > 0)
                out.summary.findingsByStatus[std::string(findingStatusName(static_cast<FindingStatus>(s)))] = m_byStatus[s];
        }
        out.findings.assetsWithFindings = std::count(m_assetOpen.begin(), m_assetOpen.end(), true);
        // Worst severity first, then kind by name.
        for (int s = static_cast<int>(Severity::Medium); s >= 0; --s) {
            std::vector<ReportFindingSummaryRow> rows;
            for (std::size_t k = 0; k < kKinds; ++k) {
                ReportFindingSummaryRow row = m_others[static_cast<std::size_t>(s)][k];
                if (row.open == 0)
                    continue;
                row.severity = s;
                row.kind = kindName(static_cast<std::int64_t>(k));
                rows.push_back(std::move(row));
            }
            std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.kind < b.kind; });
            out.findings.others.insert(out.findings.others.end(), rows.begin(), rows.end());
        }
        // Catalog order; a control the catalog lacks (a rule mapped to an unknown id) after those,
        // by id; findings of no control last.
        std::vector<bool> listed(m_controls.size(), false);
        for (const ControlDefinition &c : ControlCatalog::builtin().controls()) {
            const auto it = m_controlIndex.find(c.id);
            if (it != m_controlIndex.end() && it->second != 0 && anyOpen(it->second)) {
                out.findings.byControl.push_back({c.id, m_byControl[it->second]});
                listed[it->second] = true;
            }
        }
        for (const auto &[control, i] : m_controlIndex) { // a std::map: by id
            if (i != 0 && !listed[i] && anyOpen(i))
                out.findings.byControl.push_back({control, m_byControl[i]});
        }
        if (anyOpen(0))
            out.findings.byControl.push_back({"", m_byControl[0]});
    }

private:
    static constexpr std::size_t kKinds = 4; // FindingKind 1..3; 0 for anything else

    bool anyOpen(std::size_t control) const
    {
        const auto &counts = m_byControl[control];
        return std::any_of(counts.begin(), counts.end(), [](std::int64_t n) { return n > 0; });
    }

    std::vector<std::string> m_controls;          // index -> id; 0 = no control
    std::map<std::string, std::uint16_t> m_controlIndex;
    std::vector<std::uint16_t> m_ruleControl;     // rule id -> control index
    std::array<std::int64_t, 6> m_byStatus{}, m_openBySeverity{};
    std::vector<std::array<std::int64_t, 6>> m_byControl;
    std::array<std::array<ReportFindingSummaryRow, kKinds>, 6> m_others{};
    std::vector<bool> m_assetOpen;                // asset id -> has an open finding
};

// Every critical and high finding open at asOf, put in order at the end (worst first, then
// oldest). Only small keys are sorted; the rows are then moved into place along the permutation's
// cycles, so no second vector of 200,000 rows is ever allocated (on the 1M-finding demo store a
// deque plus a sorted copy peaked at 190 MB, this at 129 MB).
class CriticalHighList
{
public:
    // `atMost`: an upper bound of the rows to come. Reserved memory that is never written stays
    // untouched address space, not resident memory; growing instead would move every row at each
    // doubling and keep two buffers alive at once.
    explicit CriticalHighList(std::size_t atMost)
    {
        m_keys.reserve(atMost);
        m_rows.reserve(atMost);
    }

    // A new row, built in place by the caller.
    ReportFindingRow &add(int severity, std::int64_t firstSeen, std::int64_t id)
    {
        m_keys.push_back({severity, firstSeen, id, m_rows.size()});
        return m_rows.emplace_back();
    }

    std::vector<ReportFindingRow> finish()
    {
        std::sort(m_keys.begin(), m_keys.end(), [](const Key &x, const Key &y) {
            if (x.severity != y.severity)
                return x.severity > y.severity;
            return x.firstSeen != y.firstSeen ? x.firstSeen < y.firstSeen : x.id < y.id;
        });
        // Position `at` takes the row m_keys[at].row.
        std::vector<bool> placed(m_rows.size(), false);
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (placed[i])
                continue;
            ReportFindingRow first = std::move(m_rows[i]);
            std::size_t at = i;
            for (;;) {
                placed[at] = true;
                const std::size_t from = m_keys[at].row;
                if (from == i) {
                    m_rows[at] = std::move(first);
                    break;
                }
                m_rows[at] = std::move(m_rows[from]);
                at = from;
            }
        }
        return std::move(m_rows);
    }

private:
    struct Key {
        int severity;
        std::int64_t firstSeen, id;
        std::size_t row;
    };
    std::vector<Key> m_keys;
    std::vector<ReportFindingRow> m_rows;
};

} // namespace

// One pass over the findings first seen by asOf in scope, counted in memory: SQLite's GROUP BY
// would sort all million input rows first. The texts of a critical or high finding are read only
// for those rows. +f.first_seen keeps SQLite off the first_seen index, whose walk would read
// nearly every row of the table in random order; the pass is a plain scan, or, with a scope of
// assets, goes through the (asset_id, fingerprint) index to just their findings.
void gatherFindingSections(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportModel &out)
{
    const SlaPolicy sla = loadSlaPolicy();
    const ScopeSql findingScope = scopeFindingsSql(scope, "f", kScopeParam);
    SqliteStatement st = db.prepare(
        std::string("SELECT ") + kStatusAt + ", f.severity, f.kind, f.rule_id, coalesce(f.fixed_version, '') <> '', "
        "f.first_seen, f.asset_id, coalesce(f.package_id, 0), f.id, CASE WHEN f.severity >= 4 THEN "
        "f.installed_version END, CASE WHEN f.severity >= 4 THEN f.fixed_version END FROM findings f "
        "WHERE +f.first_seen <= ?1" + findingScope.andClause());
    st.bind(1, asOf);
    findingScope.bind(st);

    FindingTally tally(db);
    // High and critical findings of the whole store, counted from their index in milliseconds.
    CriticalHighList list(static_cast<std::size_t>(db.scalar("SELECT count(*) FROM findings WHERE severity >= 4")));
    TextLookup rules(db, "SELECT key, coalesce(title, '') FROM rules WHERE id = ?1", "SELECT max(id) FROM rules");
    TextLookup assets(db, "SELECT name FROM assets WHERE id = ?1", "SELECT max(id) FROM assets");
    TextLookup packages(db, "SELECT name FROM packages WHERE id = ?1", "SELECT max(id) FROM packages");
    sqlite3_stmt *h = st.handle(); // plain column reads: this loop runs a million times
    while (st.step()) {
        const std::int64_t status = sqlite3_column_int64(h, 0);
        const std::size_t severity = severityIndex(sqlite3_column_int64(h, 1));
        const std::int64_t firstSeen = sqlite3_column_int64(h, 5);
        const bool overdue = sla.isOverdue(static_cast<Severity>(severity), firstSeen, asOf);
        tally.add(status, severity, sqlite3_column_int64(h, 2), sqlite3_column_int64(h, 3),
                  sqlite3_column_int64(h, 4) != 0, overdue, sqlite3_column_int64(h, 6));
        if (!isOpen(status) || severity < static_cast<std::size_t>(Severity::High))
            continue;
        ReportFindingRow &row = list.add(static_cast<int>(severity), firstSeen, sqlite3_column_int64(h, 8));
        row.severity = static_cast<int>(severity);
        row.kind = kindName(sqlite3_column_int64(h, 2));
        const std::vector<std::string> &rule = rules(sqlite3_column_int64(h, 3));
        row.rule = rule[0];
        row.title = RuleText::translated(rule[1]).toStdString(); // the report speaks the reader's language
        row.asset = assets(sqlite3_column_int64(h, 6))[0];
        row.package = packages(sqlite3_column_int64(h, 7))[0];
        row.installed = st.text(9);
        row.fixed = st.text(10);
        row.status = std::string(findingStatusName(static_cast<FindingStatus>(status)));
        row.firstSeen = firstSeen;
        row.ageDays = static_cast<int>(std::max<std::int64_t>(0, asOf - firstSeen) / kDay);
        row.slaDueAt = sla.dueAt(static_cast<Severity>(severity), firstSeen);
        row.slaOverdue = overdue;
    }

    out.summary.openBySeverity = {};
    out.summary.findingsByStatus.clear();
    out.findings = ReportFindings{};
    tally.finish(out);
    out.findings.criticalHigh = list.finish();
    gatherFindingAcceptances(db, scope, asOf, out);
}

} // namespace bulkhead
