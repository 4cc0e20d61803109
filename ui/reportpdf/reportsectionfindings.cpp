// Open findings: counts by severity and by control, EVERY open or confirmed critical and high
// finding on a line of its own, and the rest summarised per severity and kind.
#include "reportsections.h"
#include "reportsectiontext.h"

#include "controls/controlcatalog.h"

namespace bulkhead::pdf {

using namespace reporttext;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::size_t kWrapRows = 10000;
const QColor kOverdue(0xb9, 0x1c, 0x1c);

QString slaText(const ReportFindingRow &r, std::int64_t asOf)
{
    if (r.slaDueAt == 0)
        return PdfReport::tr("no SLA");
    if (r.slaOverdue)
        return PdfReport::tr("overdue %1", "SLA: overdue by a number of days").arg(days((asOf - r.slaDueAt) / kDay));
    return PdfReport::tr("due %1", "SLA: due on a day").arg(day(r.slaDueAt));
}

QString versions(const ReportFindingRow &r)
{
    if (r.installed.empty() && r.fixed.empty())
        return {};
    return q(r.installed) + QStringLiteral(" \u2192 ") + (r.fixed.empty() ? PdfReport::tr("no fix") : q(r.fixed));
}

std::int64_t other(const std::array<std::int64_t, 6> &bySeverity)
{
    return bySeverity[static_cast<std::size_t>(Severity::Low)] + bySeverity[static_cast<std::size_t>(Severity::Info)]
        + bySeverity[static_cast<std::size_t>(Severity::Unknown)];
}

std::int64_t at(const std::array<std::int64_t, 6> &bySeverity, Severity s)
{
    return bySeverity[static_cast<std::size_t>(s)];
}

} // namespace

bool renderFindings(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    const ReportFindings &f = m.findings;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Open findings"));
    std::int64_t open = 0;
    for (std::int64_t n : m.summary.openBySeverity)
        open += n;
    // The sentence's verb follows the first count; the assets count has a sentence part of its own.
    doc.paragraph(PdfReport::tr("%Ln findings are open or confirmed in scope, on %1. Every critical and high one is listed "
                                "below with its SLA state (due date from the SLA policy set in Bulkhead's settings, "
                                "counted from first seen); medium and below are summarised.",
                                nullptr, static_cast<int>(open))
                      .arg(PdfReport::tr("%Ln assets", nullptr, static_cast<int>(f.assetsWithFindings))));

    doc.heading(2, PdfReport::tr("By severity"));
    doc.beginTable({{PdfReport::tr("Severity"), 2}, {PdfReport::tr("Open"), 1, Qt::AlignRight}, {PdfReport::tr("Share"), 1, Qt::AlignRight}});
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info, Severity::Unknown}) {
        const std::int64_t n = at(m.summary.openBySeverity, s);
        doc.tableRow({{severityLabel(static_cast<int>(s)), severityColor(static_cast<int>(s)), {}, true},
                      {number(n)},
                      {percent(n, open)}});
    }
    doc.tableRow({{PdfReport::tr("Total"), {}, {}, true}, {number(open), {}, {}, true}, {}});
    doc.endTable();

    doc.heading(2, PdfReport::tr("By control"));
    if (f.byControl.empty()) {
        doc.paragraph(PdfReport::tr("No open findings."));
    } else {
        const ControlCatalog &catalog = ControlCatalog::builtin();
        doc.beginTable({{PdfReport::tr("Control"), 4},
                        {PdfReport::tr("Critical", "severity"), 1, Qt::AlignRight},
                        {PdfReport::tr("High", "severity"), 1, Qt::AlignRight},
                        {PdfReport::tr("Medium", "severity"), 1, Qt::AlignRight},
                        {PdfReport::tr("Low and other"), 1.3, Qt::AlignRight}});
        for (const ReportControlFindings &c : f.byControl) {
            const ControlDefinition *def = catalog.find(c.control);
            const QString name = c.control.empty() ? PdfReport::tr("(rules mapped to no control)")
                                                   : q(c.control) + (def ? QStringLiteral("  ") + q(def->title) : QString());
            doc.tableRow({{name},
                          {number(at(c.openBySeverity, Severity::Critical))},
                          {number(at(c.openBySeverity, Severity::High))},
                          {number(at(c.openBySeverity, Severity::Medium))},
                          {number(other(c.openBySeverity))}});
        }
        doc.endTable();
    }

    doc.heading(2, PdfReport::tr("Critical and high findings (%1)").arg(number(static_cast<std::int64_t>(f.criticalHigh.size()))));
    if (f.criticalHigh.empty()) {
        doc.paragraph(PdfReport::tr("No critical or high finding is open."));
    } else {
        // Long image references, package names and version strings wrap so nothing is cut; past
        // kWrapRows the rows stay one line each (elided), so a store with hundreds of thousands
        // of them still lays out in arithmetic; the findings export has every field in full.
        const bool wrap = f.criticalHigh.size() <= kWrapRows;
        // Widths leave room for the longest translated titles ("Schweregrad", "Alter").
        doc.beginTable({{PdfReport::tr("Severity"), 1.45},
                        {PdfReport::tr("Rule"), 1.7, Qt::AlignLeft, wrap},
                        {PdfReport::tr("Asset"), 1.75, Qt::AlignLeft, wrap},
                        {PdfReport::tr("Package"), 1.4, Qt::AlignLeft, wrap},
                        {PdfReport::tr("Installed \u2192 fix"), 1.7, Qt::AlignLeft, wrap},
                        {PdfReport::tr("Age"), 0.7, Qt::AlignRight},
                        {PdfReport::tr("SLA due"), 1.5}});
        for (const ReportFindingRow &r : f.criticalHigh) {
            doc.tableRow({{severityLabel(r.severity), severityColor(r.severity), {}, true},
                          {q(r.rule)},
                          {q(r.asset)},
                          {q(r.package)},
                          {versions(r)},
                          {days(r.ageDays)},
                          {slaText(r, m.title.asOf), r.slaOverdue ? kOverdue : QColor(), {}, r.slaOverdue}});
            if (!ctx.row())
                return false;
        }
        doc.endTable();
    }

    doc.heading(2, PdfReport::tr("Medium and below"));
    if (f.others.empty()) {
        doc.paragraph(PdfReport::tr("No medium, low or unrated finding is open."));
    } else {
        doc.beginTable({{PdfReport::tr("Severity"), 1.2},
                        {PdfReport::tr("Kind"), 2},
                        {PdfReport::tr("Open"), 1, Qt::AlignRight},
                        {PdfReport::tr("Fix known"), 1, Qt::AlignRight},
                        {PdfReport::tr("Past SLA"), 1, Qt::AlignRight}});
        for (const ReportFindingSummaryRow &r : f.others)
            doc.tableRow({{severityLabel(r.severity), severityColor(r.severity), {}, true},
                          {findingKindLabel(r.kind)},
                          {number(r.open)},
                          {number(r.withFix)},
                          {number(r.pastSla)}});
        doc.endTable();
    }
    return true;
}

} // namespace bulkhead::pdf
