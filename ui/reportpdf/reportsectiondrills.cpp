// Incident readiness: each drill with its cadence, last completion and open actions, then the
// post-incident reviews with their actions and the controls they touched.
#include "reportsections.h"
#include "reportsectiontext.h"

#include <QStringList>

namespace bulkhead::pdf {

using namespace reporttext;

namespace {
const QColor kOverdue(0xb9, 0x1c, 0x1c);
}

bool renderDrills(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    const ReportDrills &d = m.drills;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Drills and post-incident reviews"));
    if (d.drills.empty()) {
        doc.paragraph(PdfReport::tr("No drill is planned in the store."));
    } else {
        doc.paragraph(PdfReport::tr("Drills as of %1: a drill is overdue when its cadence has passed since it was last completed "
                         "(or since it was planned, when never completed).")
                          .arg(day(m.title.asOf)));
        doc.beginTable({{PdfReport::tr("Drill"), 2.0, Qt::AlignLeft, true},
                        {PdfReport::tr("Kind"), 1.1},
                        {PdfReport::tr("Owner"), 1.1},
                        {PdfReport::tr("Every"), 0.8, Qt::AlignRight},
                        {PdfReport::tr("Last done"), 1.1},
                        {PdfReport::tr("Next due"), 1.1},
                        {PdfReport::tr("Runs"), 0.8, Qt::AlignRight},
                        {PdfReport::tr("Open actions"), 1, Qt::AlignRight}});
        for (const ReportDrill &r : d.drills) {
            QString name = q(r.name);
            if (!r.templateTitle.empty() && r.templateTitle != r.name)
                name += QStringLiteral(" (") + q(r.templateTitle) + QLatin1Char(')');
            doc.tableRow({{name},
                          {drillKindLabel(r.kind)},
                          {q(r.owner)},
                          {days(r.cadenceDays)},
                          {day(r.lastCompletedAt)},
                          {r.overdue ? PdfReport::tr("%1 overdue", "due day of a drill").arg(day(r.nextDueAt)) : day(r.nextDueAt),
                           r.overdue ? kOverdue : QColor(), {}, r.overdue},
                          {number(r.runs)},
                          {r.overdueActions > 0 ? PdfReport::tr("%1 (%2 overdue)", "open actions").arg(number(r.openActions), number(r.overdueActions))
                                                : number(r.openActions)}});
        }
        doc.endTable();
    }

    doc.heading(2, PdfReport::tr("Post-incident reviews (%1)").arg(number(static_cast<std::int64_t>(d.postIncidentReviews.size()))));
    if (d.postIncidentReviews.empty()) {
        doc.paragraph(PdfReport::tr("No post-incident review is recorded."));
        return true;
    }
    doc.beginTable({{PdfReport::tr("Review"), 1.6, Qt::AlignLeft, true},
                    {PdfReport::tr("Incident"), 1.9, Qt::AlignLeft, true},
                    {PdfReport::tr("Held"), 1.1},
                    {PdfReport::tr("Completed"), 1.2},
                    {PdfReport::tr("Actions done"), 1.1, Qt::AlignRight},
                    {PdfReport::tr("Overdue"), 1.0, Qt::AlignRight},
                    {PdfReport::tr("Controls"), 1.3, Qt::AlignLeft, true}});
    for (const ReportPostIncidentReview &r : d.postIncidentReviews) {
        QStringList controls;
        for (const std::string &c : r.controls)
            controls << q(c);
        doc.tableRow({{q(r.drill)},
                      {q(r.incident)},
                      {day(r.heldOn)},
                      {r.completedAt ? day(r.completedAt) : PdfReport::tr("open", "post-incident review not completed")},
                      {PdfReport::tr("%1 of %2").arg(number(r.actionsDone), number(r.actions))},
                      {number(r.actionsOverdue), r.actionsOverdue > 0 ? kOverdue : QColor()},
                      {controls.join(QStringLiteral(", "))}});
    }
    doc.endTable();
    return true;
}

} // namespace bulkhead::pdf
