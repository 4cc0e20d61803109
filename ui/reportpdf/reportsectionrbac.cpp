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
    doc.heading(1, tr("RBAC review"));
    if (r.clusters.empty()) {
        doc.paragraph(tr("No cluster's RBAC is in the store (none collected in scope), so there is nothing to review."));
        return true;
    }
    doc.paragraph(tr("Review status of the role bindings of each cluster as collected now (the RBAC review is not "
                     "kept per day, so an as-of date does not change it). A binding is current when its review has "
                     "not expired and it has not changed since."));
    doc.beginTable({{tr("Cluster"), 2.4},
                    {tr("Bindings"), 1, Qt::AlignRight},
                    {tr("Current"), 1, Qt::AlignRight},
                    {tr("Due"), 1, Qt::AlignRight},
                    {tr("Never reviewed"), 1.3, Qt::AlignRight},
                    {tr("Changed"), 1, Qt::AlignRight},
                    {tr("High risk"), 1, Qt::AlignRight},
                    {tr("Reviewed"), 1, Qt::AlignRight}});
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

    doc.heading(2, tr("Risky subjects (%1)").arg(number(static_cast<std::int64_t>(r.riskySubjects.size()))));
    if (r.riskySubjects.empty()) {
        doc.paragraph(tr("No subject holds a high or critical risk rule."));
        return true;
    }
    doc.beginTable({{tr("Cluster"), 1.3},
                    {tr("Subject"), 2.4, Qt::AlignLeft, true},
                    {tr("Worst"), 0.9},
                    {tr("Why risky"), 3.2, Qt::AlignLeft, true},
                    {tr("Bindings"), 0.8, Qt::AlignRight},
                    {tr("Review"), 1.2}});
    for (const ReportRiskySubject &s : r.riskySubjects) {
        QString subject = q(s.kind) + QLatin1Char(' ') + q(s.name);
        if (!s.nameSpace.empty())
            subject += tr(" (namespace %1)").arg(q(s.nameSpace));
        QStringList rules;
        for (const std::string &rule : s.rules)
            rules << q(rule);
        doc.tableRow({{q(s.cluster)},
                      {subject},
                      {severityLabel(s.worstRisk), severityColor(s.worstRisk), {}, true},
                      {rules.join(QStringLiteral("; "))},
                      {number(s.bindings)},
                      {q(s.reviewState)}});
        if (!ctx.row())
            return false;
    }
    doc.endTable();
    return true;
}

} // namespace bulkhead::pdf
