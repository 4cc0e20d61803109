// RBAC review: per cluster, how many bindings are reviewed and current, due, never reviewed or
// changed since their review; then every high and critical risky subject.
#include "reportsections.h"
#include "reportsectiontext.h"

#include <QStringList>

namespace bulkhead::pdf {

using namespace reporttext;

bool renderRbac(SectionContext &ctx)
{
    const ReportRbac &r = ctx.model.rbac;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("RBAC review"));
    if (r.clusters.empty()) {
        doc.paragraph(PdfReport::tr("No cluster's RBAC is in the store (none collected in scope), so there is nothing to review."));
        return true;
    }
    doc.paragraph(PdfReport::tr("Review status of the role bindings of each cluster as collected now (the RBAC review is not "
                     "kept per day, so an as-of date does not change it). A binding is current when its review has "
                     "not expired and it has not changed since."));
    doc.beginTable({{PdfReport::tr("Cluster"), 2.4},
                    {PdfReport::tr("Bindings"), 1, Qt::AlignRight},
                    {PdfReport::tr("Current"), 1, Qt::AlignRight},
                    {PdfReport::tr("Due"), 1, Qt::AlignRight},
                    {PdfReport::tr("Never reviewed"), 1.3, Qt::AlignRight},
                    {PdfReport::tr("Changed"), 1, Qt::AlignRight},
                    {PdfReport::tr("High risk"), 1, Qt::AlignRight},
                    {PdfReport::tr("Reviewed"), 1, Qt::AlignRight}});
    for (const ReportRbacCluster &c : r.clusters)
        doc.tableRow({{q(c.cluster)},
                      {number(c.bindings)},
                      {number(c.current)},
                      {number(c.due)},
                      {number(c.neverReviewed)},
                      {number(c.changed)},
                      {number(c.highRisk), c.highRisk > 0 ? severityColor(static_cast<int>(Severity::High)) : QColor(), {}, c.highRisk > 0},
                      {percent(c.current, c.bindings)}});
    doc.endTable();

    doc.heading(2, PdfReport::tr("Risky subjects (%1)").arg(number(static_cast<std::int64_t>(r.riskySubjects.size()))));
    if (r.riskySubjects.empty()) {
        doc.paragraph(PdfReport::tr("No subject holds a high or critical risk rule."));
        return true;
    }
    doc.beginTable({{PdfReport::tr("Cluster"), 1.3},
                    {PdfReport::tr("Subject"), 2.4, Qt::AlignLeft, true},
                    {PdfReport::tr("Worst"), 0.9},
                    {PdfReport::tr("Why risky"), 3.2, Qt::AlignLeft, true},
                    {PdfReport::tr("Bindings"), 0.8, Qt::AlignRight},
                    {PdfReport::tr("Review"), 1.2}});
    for (const ReportRiskySubject &s : r.riskySubjects) {
        QString subject = q(s.kind) + QLatin1Char(' ') + q(s.name);
        if (!s.nameSpace.empty())
            subject = PdfReport::tr("%1 (namespace %2)", "RBAC subject").arg(subject, q(s.nameSpace));
        QStringList rules;
        for (const std::string &rule : s.rules)
            rules << q(rule);
        doc.tableRow({{q(s.cluster)},
                      {subject},
                      {severityLabel(s.worstRisk), severityColor(s.worstRisk), {}, true},
                      {rules.join(QStringLiteral("; "))},
                      {number(s.bindings)},
                      {reviewStateLabel(s.reviewState)}});
        if (!ctx.row())
            return false;
    }
    doc.endTable();
    return true;
}

} // namespace bulkhead::pdf
