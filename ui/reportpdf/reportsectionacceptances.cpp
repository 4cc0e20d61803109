// Risk acceptances: who accepted what, why, and until when (soonest expiry first).
#include "reportsections.h"
#include "reportsectiontext.h"

#include <algorithm>

namespace bulkhead::pdf {

using namespace reporttext;

bool renderAcceptances(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, tr("Risk acceptances"));
    if (m.acceptances.empty()) {
        doc.paragraph(tr("No finding in scope is marked as an accepted risk."));
        return true;
    }
    const auto expired = std::count_if(m.acceptances.begin(), m.acceptances.end(),
                                       [](const ReportAcceptance &a) { return a.expired; });
    doc.paragraph(tr("%1 findings are accepted risks, %2 of them expired as of %3 (an expired acceptance counts as "
                     "open again). Soonest expiry first.")
                      .arg(number(static_cast<std::int64_t>(m.acceptances.size())), number(expired), day(m.title.asOf)));
    doc.beginTable({{tr("Severity"), 0.9},
                    {tr("Rule"), 1.5},
                    {tr("Asset"), 2.2, Qt::AlignLeft, true},
                    {tr("Accepted"), 1.6, Qt::AlignLeft, true},
                    {tr("Expires"), 1},
                    {tr("Justification"), 3, Qt::AlignLeft, true}});
    for (const ReportAcceptance &a : m.acceptances) {
        const QString asset = a.package.empty() ? q(a.asset) : q(a.asset) + QStringLiteral(" (") + q(a.package) + QLatin1Char(')');
        doc.tableRow({{severityLabel(a.severity), severityColor(a.severity), {}, true},
                      {q(a.rule)},
                      {asset},
                      {tr("%1, %2").arg(q(a.acceptedBy), day(a.acceptedAt))},
                      {a.expiresAt == 0 ? tr("no expiry") : day(a.expiresAt) + (a.expired ? tr(" (expired)") : QString()),
                       a.expired ? QColor(0xb9, 0x1c, 0x1c) : QColor(), {}, a.expired},
                      {q(a.justification)}});
        if (!ctx.row())
            return false;
    }
    doc.endTable();
    return true;
}

} // namespace bulkhead::pdf
