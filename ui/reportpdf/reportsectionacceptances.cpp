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
    doc.heading(1, PdfReport::tr("Risk acceptances"));
    if (m.acceptances.empty()) {
        doc.paragraph(PdfReport::tr("No finding in scope is marked as an accepted risk."));
        return true;
    }
    const auto expired = std::count_if(m.acceptances.begin(), m.acceptances.end(),
                                       [](const ReportAcceptance &a) { return a.expired; });
    // The verb follows the first count; the expired ones are a sentence part of their own.
    doc.paragraph(PdfReport::tr("%Ln findings are accepted risks, %1 as of %2 (an expired acceptance counts as open again). "
                                "Soonest expiry first.",
                                nullptr, static_cast<int>(m.acceptances.size()))
                      .arg(PdfReport::tr("%Ln of them expired", nullptr, static_cast<int>(expired)), day(m.title.asOf)));
    doc.beginTable({{PdfReport::tr("Severity"), 1.2},
                    {PdfReport::tr("Rule"), 1.5},
                    {PdfReport::tr("Asset"), 2.2, Qt::AlignLeft, true},
                    {PdfReport::tr("Accepted"), 1.6, Qt::AlignLeft, true},
                    {PdfReport::tr("Expires"), 1},
                    {PdfReport::tr("Justification"), 2.7, Qt::AlignLeft, true}});
    for (const ReportAcceptance &a : m.acceptances) {
        const QString asset = a.package.empty() ? q(a.asset) : q(a.asset) + QStringLiteral(" (") + q(a.package) + QLatin1Char(')');
        doc.tableRow({{severityLabel(a.severity), severityColor(a.severity), {}, true},
                      {q(a.rule)},
                      {asset},
                      {PdfReport::tr("%1, %2", "accepted by whom, on which day").arg(q(a.acceptedBy), day(a.acceptedAt))},
                      {a.expiresAt == 0 ? PdfReport::tr("no expiry")
                       : a.expired    ? PdfReport::tr("%1 (expired)").arg(day(a.expiresAt))
                                      : day(a.expiresAt),
                       a.expired ? QColor(0xb9, 0x1c, 0x1c) : QColor(), {}, a.expired},
                      {q(a.justification)}});
        if (!ctx.row())
            return false;
    }
    doc.endTable();
    return true;
}

} // namespace bulkhead::pdf
