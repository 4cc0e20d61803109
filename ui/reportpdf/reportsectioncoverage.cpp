// Collection coverage (what the report could see, what it could not and why) and the appendix
// of sources with how the report was made.
#include "reportsections.h"
#include "reportsectiontext.h"

namespace bulkhead::pdf {

using namespace reporttext;

bool renderCoverage(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Collection coverage"));
    if (m.coverage.empty()) {
        doc.paragraph(PdfReport::tr("Nothing was collected or imported: no source is configured and no scanner report was imported, "
                         "so every control is not assessed."));
        return true;
    }
    doc.paragraph(PdfReport::tr("Each source as of now (coverage is not kept per day): its last successful collection and what it "
                     "could not collect. A control that depends on something missing here is not assessed, or "
                     "assessed on what was seen."));
    doc.beginTable({{PdfReport::tr("Kind"), 1},
                    {PdfReport::tr("Name"), 1.8, Qt::AlignLeft, true},
                    {PdfReport::tr("Status"), 1.2},
                    {PdfReport::tr("Last success"), 2.0},
                    {PdfReport::tr("Items"), 1.0, Qt::AlignRight},
                    {PdfReport::tr("Not collected, and why"), 2.8, Qt::AlignLeft, true}});
    for (const ReportCoverageRow &r : m.coverage) {
        const bool bad = r.status != "complete" && r.status != "imported";
        doc.tableRow({{sourceKindLabel(r.kind)},
                      {q(r.name)},
                      {collectionStatusLabel(r.status), bad ? QColor(0xb4, 0x53, 0x09) : QColor(), {}, bad},
                      {dateTime(r.lastSuccessAt)},
                      {number(r.items)},
                      {r.gaps.empty() ? QStringLiteral("-") : q(r.gaps)}});
        if (!ctx.row())
            return false;
    }
    doc.endTable();
    return true;
}

bool renderSourcesAppendix(SectionContext &ctx)
{
    const ReportModel &m = ctx.model;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Appendix: sources"));
    if (m.sources.empty()) {
        doc.paragraph(PdfReport::tr("No source is configured and no scanner report was imported."));
    } else {
        doc.beginTable({{PdfReport::tr("Kind"), 1},
                        {PdfReport::tr("Name"), 1.6, Qt::AlignLeft, true},
                        {PdfReport::tr("Location"), 2.6, Qt::AlignLeft, true},
                        {PdfReport::tr("Added"), 1},
                        {PdfReport::tr("Last run"), 1},
                        {PdfReport::tr("Last status"), 1.1},
                        {PdfReport::tr("Runs"), 0.7, Qt::AlignRight}});
        for (const ReportSourceRow &r : m.sources) {
            doc.tableRow({{sourceKindLabel(r.kind)},
                          {q(r.name)},
                          {q(r.location)},
                          {day(r.addedAt)},
                          {day(r.lastRunAt)},
                          {collectionStatusLabel(r.lastStatus)},
                          {number(r.runs)}});
            if (!ctx.row())
                return false;
        }
        doc.endTable();
    }
    doc.heading(2, PdfReport::tr("How this report was made"));
    const ReportTitle &t = m.title;
    doc.paragraph(PdfReport::tr("Bulkhead %1 read the store %2 (store id %3) in one read transaction on %4 and laid this report out "
                     "from what it read. Scores follow docs/controls-and-score.md; the findings lists and the SLA "
                     "follow docs/reports.md.")
                      .arg(q(t.version), q(t.storePath), q(t.storeId), dateTime(t.generatedAt)));
    for (const std::string &note : t.scopeNotes)
        doc.paragraph(QStringLiteral("\u2022 ") + q(note), TextStyle::Small);
    return true;
}

} // namespace bulkhead::pdf
