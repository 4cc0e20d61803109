// Findings as evidence: open findings by control (rules.control), fix-available findings past
// their SLA (SUP-5) and scanner recency (SUP-1). Every number is one aggregate in SQLite; only the
// few examples are read row by row.
#include "model/findingstatus.h"
#include "store/evidencegather.h"

#include <array>
#include <map>

namespace bulkhead::evidence {

namespace {

constexpr std::int64_t kDay = 86400;
// FindingStatus::Open, Confirmed: still needing work (as PostureRepository counts "open").
constexpr const char *kOpen = "(0, 1)";
static_assert(static_cast<int>(FindingStatus::Open) == 0 && static_cast<int>(FindingStatus::Confirmed) == 1);

struct ControlCounts {
    std::int64_t all = 0, open = 0;
    std::array<std::int64_t, 6> openBySeverity{};
};

// "CVE-2024-1 on shop/api:1.4" for the open findings of `control`, worst first, up to `limit`:
// one query per severity that has open findings, each stopping at its first rows. The unary + keep
// SQLite on the control's rules (findings_rule) rather than every finding of a severity.
std::vector<std::string> examples(const Database &db, const std::string &control, const ControlCounts &counts,
                                  std::size_t limit)
{
    std::vector<std::string> out;
    SqliteStatement st = db.prepare(std::string("SELECT DISTINCT r.key, a.name FROM rules r CROSS JOIN findings f ON "
                                                "f.rule_id = r.id CROSS JOIN assets a ON a.id = f.asset_id WHERE "
                                                "r.control = ?1 AND +f.severity = ?2 AND +f.status IN ")
                                    + kOpen + " LIMIT ?3");
    for (int s = 5; s >= 0 && out.size() < limit; --s) {
        if (counts.openBySeverity[static_cast<std::size_t>(s)] == 0)
            continue;
        st.bind(1, std::string_view(control)).bind(2, s).bind(3, static_cast<std::int64_t>(limit - out.size()));
        while (st.step())
            out.push_back(str(QCoreApplication::translate("EvidenceText", "%1 on %2", "a rule id on an asset")
                                  .arg(QString::fromStdString(st.text(0)), QString::fromStdString(st.text(1)))));
        st.reset();
    }
    return out;
}

// "3 critical": a count of open findings of one severity.
QString severityCount(Severity s, std::int64_t n)
{
    switch (s) {
    case Severity::Critical: return EvidenceText::tr("%1 critical", "open findings").arg(n);
    case Severity::High: return EvidenceText::tr("%1 high", "open findings").arg(n);
    case Severity::Medium: return EvidenceText::tr("%1 medium", "open findings").arg(n);
    case Severity::Low: return EvidenceText::tr("%1 low", "open findings").arg(n);
    case Severity::Info: return EvidenceText::tr("%1 info", "open findings").arg(n);
    case Severity::Unknown: break;
    }
    return EvidenceText::tr("%1 unknown", "open findings").arg(n);
}

void openFindings(const Context &c, std::vector<EvidenceMeasure> &out)
{
    std::map<std::string, ControlCounts> byControl;
    // One sequential pass over findings against the (small) rule -> control map: looked up in the
    // rules table itself, or walked rule by rule through findings_rule, a million findings cost
    // twice as much (random reads of wide rule rows or of the findings table).
    SqliteStatement st = c.db.prepare(std::string("WITH rc AS MATERIALIZED (SELECT id, control FROM rules "
                                                  "WHERE control IS NOT NULL) SELECT rc.control, f.severity, "
                                                  "count(*), coalesce(sum(f.status IN ")
                                      + kOpen + "), 0) FROM findings f CROSS JOIN rc ON rc.id = f.rule_id "
                                                "GROUP BY rc.control, f.severity");
    while (st.step()) {
        ControlCounts &counts = byControl[st.text(0)];
        const auto severity = static_cast<std::size_t>(st.int64(1)) % 6;
        counts.all += st.int64(2);
        counts.open += st.int64(3);
        counts.openBySeverity[severity] += st.int64(3);
    }
    // A control no finding speaks to gets no findings measure: "no findings" about something never
    // scanned is no evidence, and its population measures say what was (not) checked.
    for (const auto &[control, counts] : byControl) {
        EvidenceMeasure m = makeMeasure(control, "open-findings",
                                        str(EvidenceText::tr("findings of this control resolved or decided")), "findings",
                                        "open");
        m.assessed = true;
        m.severityBased = true;
        m.checked = counts.all;
        m.failing = counts.open;
        for (int s = 5; s >= 0; --s) {
            if (counts.openBySeverity[static_cast<std::size_t>(s)] > 0) {
                m.worst = static_cast<Severity>(s);
                break;
            }
        }
        if (counts.open > 0) {
            m.examples = examples(c.db, control, counts, 5);
            std::vector<std::string> parts;
            for (int s = 5; s >= 1; --s) {
                if (const std::int64_t n = counts.openBySeverity[static_cast<std::size_t>(s)])
                    parts.push_back(str(severityCount(static_cast<Severity>(s), n)));
            }
            if (!parts.empty())
                m.detail = str(EvidenceText::tr("Open by severity: %1.").arg(QString::fromStdString(joinTexts(parts, ", "))));
        }
        m.link = {"findings", "control=" + control + "&status=open"};
        out.push_back(std::move(m));
    }
}

// SUP-5: open findings with a fixed version known, past the SLA of their severity.
void fixPastSla(const Context &c, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure m = makeMeasure("SUP-5", "fix-past-sla",
                                    str(EvidenceText::tr("findings with a fix available remediated within their SLA")),
                                    "open findings with a fix available", "past their SLA");
    m.severityBased = true;
    m.link = {"findings", "kind=vulnerability&status=open"};
    const SlaPolicy &sla = c.settings.sla;
    // Due = first_seen + SLA days of the severity; severities without a deadline never fall due.
    const std::string days = "CASE severity WHEN 5 THEN ?5 WHEN 4 THEN ?4 WHEN 3 THEN ?3 WHEN 2 THEN ?2 WHEN 1 THEN ?1 "
                             "ELSE ?6 END";
    const std::string overdue = "(" + days + " > 0 AND first_seen + 86400 * " + days + " < ?7)";
    // +status: most findings are open, and a sequential scan reads them cheaper than findings_status.
    const std::string where = std::string(" FROM findings WHERE +status IN ") + kOpen
        + " AND fixed_version IS NOT NULL AND fixed_version <> ''";
    auto bindSla = [&](SqliteStatement &st) {
        st.bind(1, sla.daysFor(Severity::Info)).bind(2, sla.daysFor(Severity::Low));
        st.bind(3, sla.daysFor(Severity::Medium));
        st.bind(4, sla.daysFor(Severity::High)).bind(5, sla.daysFor(Severity::Critical));
        st.bind(6, sla.daysFor(Severity::Unknown)).bind(7, c.now);
    };
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(" + overdue + "), 0), max(CASE WHEN " + overdue
                                      + " THEN severity END)" + where);
    bindSla(st);
    if (st.step()) {
        m.checked = st.int64(0);
        m.failing = st.int64(1);
        m.worst = st.isNull(2) ? Severity::Unknown : static_cast<Severity>(st.int64(2) % 6);
    }
    // Without any vulnerability scan, "nothing past SLA" says nothing.
    const bool scanned = c.db.scalar("SELECT EXISTS (SELECT 1 FROM asset_scans WHERE kind = 1)") != 0;
    if (!scanned && m.checked == 0) {
        setNotAssessed(m, str(EvidenceText::tr("no vulnerability scan imported")));
        out.push_back(std::move(m));
        return;
    }
    m.assessed = true;
    if (m.failing > 0) {
        SqliteStatement ex = c.db.prepare("SELECT r.key, a.name, f.fixed_version FROM (SELECT rule_id, asset_id, "
                                          "fixed_version, severity, first_seen" + where + " AND " + overdue
                                          + " ORDER BY severity DESC, first_seen LIMIT 5) f JOIN rules r ON r.id = "
                                            "f.rule_id JOIN assets a ON a.id = f.asset_id ORDER BY f.severity DESC, "
                                            "f.first_seen");
        bindSla(ex);
        while (ex.step())
            m.examples.push_back(str(EvidenceText::tr("%1 on %2 (fixed in %3)")
                                         .arg(QString::fromStdString(ex.text(0)), QString::fromStdString(ex.text(1)),
                                              QString::fromStdString(ex.text(2)))));
    }
    m.detail = str(EvidenceText::tr("SLA days: critical %1, high %2, medium %3, low %4.")
                       .arg(sla.daysFor(Severity::Critical))
                       .arg(sla.daysFor(Severity::High))
                       .arg(sla.daysFor(Severity::Medium))
                       .arg(sla.daysFor(Severity::Low)));
    out.push_back(std::move(m));
}

// SUP-1: every scanner whose reports the store holds delivered one within scanMaxAgeDays: a
// pipeline that stopped scanning shows as a scanner gone quiet. Bulkhead's own collectors
// ("bulkhead-registry", "bulkhead-cluster", ...) write reports too; they are no pipeline scan.
// Per scanner rather than per asset: an image scanned once and long gone is BLD-2's concern only
// while it is still in a registry or cluster.
void scanRecency(const Context &c, std::vector<EvidenceMeasure> &out)
{
    const int maxAge = std::max(1, c.settings.scanMaxAgeDays);
    EvidenceMeasure m = makeMeasure("SUP-1", "scan-recency",
                                    str(EvidenceText::tr("scanners that delivered a report within %n days", nullptr, maxAge)),
                                    "scanners", "without a recent report");
    const std::int64_t cutoff = c.now - std::int64_t(maxAge) * kDay;
    SqliteStatement st = c.db.prepare("SELECT t.name, max(r.scanned_at) AS newest FROM reports r JOIN tools t ON "
                                      "t.id = r.tool_id WHERE substr(t.name, 1, 9) <> 'bulkhead-' GROUP BY t.id "
                                      "ORDER BY newest, t.name");
    std::int64_t newest = 0;
    while (st.step()) {
        ++m.checked;
        const std::int64_t at = st.int64(1);
        newest = std::max(newest, at);
        if (at < cutoff) {
            ++m.failing;
            if (m.examples.size() < 5)
                m.examples.push_back(str(EvidenceText::tr("%1 (newest report %2)")
                                             .arg(QString::fromStdString(st.text(0)), QString::fromStdString(dayOf(at)))));
        }
    }
    if (emptyPopulation(m, str(EvidenceText::tr("no scanner report imported")), out))
        return;
    m.detail = str(EvidenceText::tr("Newest scanner report %1. A `bulkheadctl gate` run against this store shows as its "
                                    "own measure; a pipeline gating elsewhere needs an attestation.")
                       .arg(QString::fromStdString(dayOf(newest))));
    out.push_back(std::move(m));
}

} // namespace

void gatherFindings(const Context &c, std::vector<EvidenceMeasure> &out)
{
    openFindings(c, out);
    fixPastSla(c, out);
    scanRecency(c, out);
}

} // namespace bulkhead::evidence
