// Secret rotation compliance per store (Kubernetes clusters, Vault, the inventory) and every
// secret past its rotation policy, most overdue first.
#include "reportsections.h"
#include "reportsectiontext.h"

namespace bulkhead::pdf {

using namespace reporttext;

namespace {
constexpr std::int64_t kDay = 86400;
}

bool renderSecrets(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    const ReportSecrets &s = m.secrets;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Secret rotation"));
    if (s.groups.empty()) {
        doc.paragraph(PdfReport::tr("No secret is in the store in scope: no cluster, Vault or inventory secrets collected."));
        return true;
    }
    doc.paragraph(PdfReport::tr("Ages as of %1 against each secret's rotation policy. The age comes from the last rotation when "
                     "it is known, else from the creation time (an upper bound); a secret whose age cannot be told "
                     "is counted as unknown, not as compliant.")
                      .arg(day(m.title.asOf)));
    doc.beginTable({{PdfReport::tr("Store"), 1.2},
                    {PdfReport::tr("Origin"), 2},
                    {PdfReport::tr("Secrets"), 1, Qt::AlignRight},
                    {PdfReport::tr("Within policy"), 1.2, Qt::AlignRight},
                    {PdfReport::tr("Due in 14 days"), 1.2, Qt::AlignRight},
                    {PdfReport::tr("Overdue"), 1, Qt::AlignRight},
                    {PdfReport::tr("Age unknown"), 1.1, Qt::AlignRight},
                    {PdfReport::tr("Compliant"), 1, Qt::AlignRight}});
    for (const ReportSecretGroup &g : s.groups)
        doc.tableRow({{secretStoreLabel(g.store)},
                      {q(g.origin)},
                      {number(g.total)},
                      {number(g.withinPolicy)},
                      {number(g.dueWithin14Days)},
                      {number(g.overdue), g.overdue > 0 ? QColor(0xb9, 0x1c, 0x1c) : QColor(), {}, g.overdue > 0},
                      {number(g.unknownAge)},
                      {percent(g.withinPolicy, g.total)}});
    doc.endTable();

    doc.heading(2, PdfReport::tr("Overdue secrets (%1)").arg(number(static_cast<std::int64_t>(s.overdue.size()))));
    if (s.overdue.empty()) {
        doc.paragraph(PdfReport::tr("No secret is past its rotation policy."));
        return true;
    }
    doc.beginTable({{PdfReport::tr("Store"), 1},
                    {PdfReport::tr("Origin"), 1.1, Qt::AlignLeft, true},
                    {PdfReport::tr("Location"), 1.2, Qt::AlignLeft, true},
                    {PdfReport::tr("Name"), 1.8, Qt::AlignLeft, true},
                    {PdfReport::tr("Type"), 1.1, Qt::AlignLeft, true},
                    {PdfReport::tr("Age"), 0.75, Qt::AlignRight},
                    {PdfReport::tr("Policy"), 0.85, Qt::AlignRight},
                    {PdfReport::tr("Overdue"), 1.15, Qt::AlignRight},
                    {PdfReport::tr("Age from"), 1.7, Qt::AlignLeft, true}});
    for (const ReportSecretRow &r : s.overdue) {
        doc.tableRow({{secretStoreLabel(r.store)},
                      {q(r.origin)},
                      {q(r.location)},
                      {q(r.name)},
                      {q(r.type)},
                      {days(r.ageDays)},
                      {days(r.policyDays)},
                      {r.dueAt ? days((m.title.asOf - r.dueAt) / kDay) : QString(), QColor(0xb9, 0x1c, 0x1c)},
                      {ageSourceLabel(r.ageSource)}});
        if (!ctx.row())
            return false;
    }
    doc.endTable();
    return true;
}

} // namespace bulkhead::pdf
