// The report in two passes over the same section renderers: the measuring pass lays everything
// out to learn the page count and each heading's page, the painting pass draws it into a
// QPdfWriter on the temporary file writeFileAtomically gives, so a cancelled or failed report
// never leaves a file under its name.
#include "reportpdfwriter.h"

#include "reportfile.h"
#include "reportsections.h"
#include "reportsectiontext.h"

#include <QIODevice>
#include <QPdfWriter>

namespace bulkhead::pdf {

using namespace reporttext;

namespace {

DocumentOptions documentOptions(const ReportModel &model, Paper paper)
{
    const ReportTitle &t = model.title;
    DocumentOptions o;
    o.paper = paper;
    o.title = reportTitle(t);
    o.creator = QStringLiteral("Bulkhead ") + q(t.version);
    // A demo store's pages must never pass for a real assessment, whichever page is printed.
    o.headerRight = t.demo ? PdfReport::tr("DEMO STORE") : q(t.scopeLine);
    o.footerLeft = PdfReport::tr("Generated %1 by %2").arg(dateTime(t.generatedAt), q(t.generatedBy));
    return o;
}

} // namespace

ReportPdfResult writeReportPdf(const ReportModel &model, const QString &path, const ReportPdfOptions &options)
{
    ReportPdfResult result;
    const DocumentOptions docOptions = documentOptions(model, options.paper);
    const QString cancelled = PdfReport::tr("%1: cancelled, no file written").arg(path);

    PdfDocument measured(Pass::Measure, docOptions, nullptr);
    {
        SectionContext ctx(measured, model, options.cancel, {});
        if (!renderReport(ctx)) {
            result.error = cancelled;
            return result;
        }
        QString error;
        if (!measured.finish(error)) {
            result.error = path + QStringLiteral(": ") + error;
            return result;
        }
    }
    const int total = measured.pageCount();
    if (options.progress)
        options.progress(0, total);

    int pages = 0;
    const WrittenFile written = writeFileAtomically(path, [&](QIODevice &out, QString &error) {
        QPdfWriter writer(&out);
        writer.setTitle(docOptions.title);
        writer.setCreator(docOptions.creator);
        PdfDocument doc(Pass::Paint, docOptions, &writer, &measured);
        SectionContext ctx(doc, model, options.cancel, options.progress);
        if (!renderReport(ctx)) {
            error = cancelled;
            return false;
        }
        if (!doc.finish(error))
            return false;
        pages = doc.pageCount();
        return true;
    });
    if (!written.ok) {
        result.error = written.error;
        return result;
    }
    if (options.progress)
        options.progress(pages, pages);
    result.ok = true;
    result.pages = pages;
    result.bytes = written.bytes;
    result.sha256 = written.sha256;
    return result;
}

} // namespace bulkhead::pdf
