// Finding rules: open findings per severity against a maximum, and findings past their SLA. "Open"
// is open or confirmed, as everywhere in Bulkhead; a policy may count risk-accepted, false-positive
// or mitigated findings too. Resolved findings never count. Each count is one aggregate; only the
// evidence lines are read row by row.
#include "gate/gaterules.h"

#include "gate/gatetext.h"
#include "i18n/pluralcount.h"

#include <QStringList>

#include "model/findingstatus.h"
#include "store/database.h"

namespace bulkhead::gaterules {

namespace {

constexpr std::int64_t kDay = 86400;

std::string statusList(const GateRule &rule)
{
    std::string s = std::to_string(int(FindingStatus::Open)) + "," + std::to_string(int(FindingStatus::Confirmed));
    if (rule.countRiskAccepted)
        s += "," + std::to_string(int(FindingStatus::RiskAccepted));
    if (rule.countFalsePositives)
        s += "," + std::to_string(int(FindingStatus::FalsePositive));
    if (rule.countMitigated)
        s += "," + std::to_string(int(FindingStatus::Mitigated));
    return "(" + s + ")";
}

// The WHERE of the findings a rule counts (over findings f JOIN assets a).
std::string where(const Context &c, const GateRule &rule)
{
    std::string w = " WHERE +f.status IN " + statusList(rule) + c.scope.findings.andClause();
    if (rule.onlyFixable)
        w += " AND f.fixed_version IS NOT NULL AND f.fixed_version <> ''";
    if (!rule.kinds.empty()) {
        std::string kinds;
        for (FindingKind k : rule.kinds)
            kinds += (kinds.empty() ? "" : ",") + std::to_string(int(k));
        w += " AND f.kind IN (" + kinds + ")";
    }
    return w;
}

// "CVE-2024-1 in ghcr.io/a/b (openssl 3.0.1 -> 3.0.2)" from columns key, asset, package,
// installed, fixed (starting at `at`).
QString findingLine(SqliteStatement &st, int at)
{
    const QString key = QString::fromStdString(st.text(at)), asset = QString::fromStdString(st.text(at + 1));
    const std::string package = st.text(at + 2), installed = st.text(at + 3), fixed = st.text(at + 4);
    const QString version = QString::fromStdString(installed.empty() ? package : package + " " + installed);
    if (!package.empty() && !fixed.empty())
        return GateText::tr("%1 in %2 (%3 -> %4)", "finding, asset, package and version, fixed version")
            .arg(key, asset, version, QString::fromStdString(fixed));
    if (!package.empty())
        return GateText::tr("%1 in %2 (%3, no fix known)", "finding, asset, package and version").arg(key, asset, version);
    if (!fixed.empty())
        return GateText::tr("%1 in %2 (fixed in %3)").arg(key, asset, QString::fromStdString(fixed));
    return GateText::tr("%1 in %2", "finding, asset").arg(key, asset);
}

constexpr const char *kFindingColumns =
    "r.key, a.name, coalesce(p.name, ''), coalesce(f.installed_version, ''), coalesce(f.fixed_version, '')";
constexpr const char *kFindingJoins =
    " FROM findings f CROSS JOIN assets a ON a.id = f.asset_id CROSS JOIN rules r ON r.id = f.rule_id "
    "LEFT JOIN packages p ON p.id = f.package_id";

// "the rule counts open and confirmed findings, and risk-accepted ones" for the notes: the statuses
// and limits as a list, so that no sentence is glued from translated pieces.
QString countedNote(const GateRule &rule)
{
    QStringList extra;
    if (rule.countRiskAccepted)
        extra << GateText::tr("risk-accepted", "finding status");
    if (rule.countFalsePositives)
        extra << GateText::tr("false-positive", "finding status");
    if (rule.countMitigated)
        extra << GateText::tr("mitigated", "finding status");
    QStringList limits;
    if (rule.onlyFixable)
        limits << GateText::tr("only findings with a fix available");
    if (!rule.kinds.empty()) {
        QStringList kinds;
        for (FindingKind k : rule.kinds)
            kinds << QString::fromLatin1(findingKindName(k).data(), qsizetype(findingKindName(k).size()));
        limits << GateText::tr("only findings of kind %1").arg(kinds.join(QStringLiteral(", ")));
    }
    QString text = extra.isEmpty() ? GateText::tr("the rule counts open and confirmed findings")
                                   : GateText::tr("the rule counts open and confirmed findings, and those marked %1")
                                         .arg(extra.join(QStringLiteral(", ")));
    if (!limits.isEmpty())
        text = GateText::tr("%1; %2", "counted statuses; limits").arg(text, limits.join(QStringLiteral("; ")));
    return text;
}

bool countsMoreThanOpen(const GateRule &rule)
{
    return rule.countRiskAccepted || rule.countFalsePositives || rule.countMitigated;
}

} // namespace

void maxOpenFindings(const Context &c, const GateRule &rule, GateRuleResult &out)
{
    std::map<Severity, std::int64_t> counts;
    SqliteStatement st = c.db.prepare("SELECT f.severity, count(*) FROM findings f CROSS JOIN assets a ON a.id = "
                                      "f.asset_id" + where(c, rule) + " GROUP BY f.severity");
    c.scope.findings.bind(st);
    while (st.step())
        counts[static_cast<Severity>(st.int64(0) % 6)] = st.int64(1);
    std::vector<std::string> over, within;
    std::string exceeded;
    for (auto it = rule.maxBySeverity.rbegin(); it != rule.maxBySeverity.rend(); ++it) {
        const std::int64_t n = counts[it->first];
        const QString severity = GateText::severity(it->first), max = QString::number(it->second);
        const std::string text = gateStr(
            countsMoreThanOpen(rule)
                ? GateText::tr("%n counted %1 findings (max %2)", nullptr, i18n::pluralCount(n)).arg(severity, max)
                : GateText::tr("%n open %1 findings (max %2)", nullptr, i18n::pluralCount(n)).arg(severity, max));
        if (n > it->second) {
            over.push_back(text);
            out.violating += n;
            exceeded += (exceeded.empty() ? "" : ",") + std::to_string(int(it->first));
        } else {
            within.push_back(text);
        }
    }
    out.passed = over.empty();
    const std::vector<std::string> &parts = over.empty() ? within : over;
    for (const std::string &p : parts)
        out.message += (out.message.empty() ? "" : "; ") + p;
    out.notes.push_back(gateStr(countedNote(rule)));
    if (!c.scope.findingsNote.empty())
        out.notes.push_back(c.scope.findingsNote);
    if (out.passed)
        return;
    SqliteStatement ex = c.db.prepare(std::string("SELECT ") + kFindingColumns + ", f.severity" + kFindingJoins
                                      + where(c, rule) + " AND f.severity IN (" + exceeded
                                      + ") ORDER BY f.severity DESC, r.key, a.name, f.id LIMIT ?1");
    c.scope.findings.bind(ex);
    readEvidence(c, ex, out, [](SqliteStatement &row) {
        return gateStr(GateText::tr("%1: %2", "severity, finding")
                           .arg(GateText::severity(static_cast<Severity>(row.int64(5) % 6)), findingLine(row, 0)));
    });
}

void findingsPastSla(const Context &c, const GateRule &rule, GateRuleResult &out)
{
    const SlaPolicy sla = rule.sla.value_or(c.options.sla);
    // Due = first_seen + SLA days of the severity; severities without a deadline never fall due.
    std::string days = "CASE f.severity";
    for (int s = 5; s >= 0; --s)
        days += " WHEN " + std::to_string(s) + " THEN " + std::to_string(sla.daysFor(static_cast<Severity>(s)));
    days += " ELSE 0 END";
    const std::string overdue = " AND f.severity >= " + std::to_string(int(rule.minSeverity)) + " AND (" + days
        + ") > 0 AND f.first_seen + " + std::to_string(kDay) + " * (" + days + ") < " + std::to_string(c.options.now);
    const std::string w = where(c, rule) + overdue;
    SqliteStatement count = c.db.prepare("SELECT count(*) FROM findings f CROSS JOIN assets a ON a.id = f.asset_id" + w);
    c.scope.findings.bind(count);
    out.violating = count.step() ? count.int64(0) : 0;
    out.passed = out.violating == 0;
    QStringList deadlines;
    for (int s = 5; s >= int(rule.minSeverity) && s >= 1; --s) {
        if (const int d = sla.daysFor(static_cast<Severity>(s)))
            deadlines << GateText::tr("%1 %n days", "severity and its SLA", d).arg(GateText::severity(static_cast<Severity>(s)));
    }
    const QString slaText = deadlines.isEmpty() ? GateText::tr("no deadline") : deadlines.join(QStringLiteral(", "));
    const int n = i18n::pluralCount(out.violating);
    const QString worst = GateText::severity(rule.minSeverity);
    out.message = gateStr(countsMoreThanOpen(rule)
                              ? GateText::tr("%n counted findings of severity %1 or worse past the SLA (%2)", nullptr, n)
                                    .arg(worst, slaText)
                              : GateText::tr("%n open findings of severity %1 or worse past the SLA (%2)", nullptr, n)
                                    .arg(worst, slaText));
    out.notes.push_back(gateStr(countedNote(rule)));
    if (!c.scope.findingsNote.empty())
        out.notes.push_back(c.scope.findingsNote);
    if (out.passed)
        return;
    SqliteStatement ex = c.db.prepare(std::string("SELECT ") + kFindingColumns + ", f.severity, f.first_seen + "
                                      + std::to_string(kDay) + " * (" + days + ")" + kFindingJoins + w
                                      + " ORDER BY f.severity DESC, f.first_seen, r.key, a.name, f.id LIMIT ?1");
    c.scope.findings.bind(ex);
    const std::int64_t now = c.options.now;
    readEvidence(c, ex, out, [now](SqliteStatement &row) {
        const std::int64_t due = row.int64(6);
        return gateStr(GateText::tr("%1: %2, due %3 (%n days overdue)", "severity, finding, due date",
                                    i18n::pluralCount((now - due) / kDay))
                           .arg(GateText::severity(static_cast<Severity>(row.int64(5) % 6)), findingLine(row, 0),
                                QString::fromStdString(day(due))));
    });
}

} // namespace bulkhead::gaterules
