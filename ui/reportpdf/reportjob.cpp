// One report from store to recorded file. The store is read through a read-only connection of
// its own (gatherReport's one transaction); only the history row needs the write connection,
// opened after the PDF is complete so a long report never holds the store's writer.
#include "reportjob.h"

#include "pdfreport.h"

#include "store/database.h"
#include "store/reporthistoryrepository.h"
#include "store/storeerror.h"
#include "util/osuser.h"

#include <QDateTime>
#include <QFileInfo>

namespace bulkhead::pdf {

namespace {

std::string paperName(Paper paper)
{
    return paper == Paper::Letter ? "letter" : "a4";
}

} // namespace

ReportPdfResult generateReport(const QString &storePath, const ReportOptions &options, const QString &pdfPath,
                               const ReportPdfOptions &pdfOptions)
{
    ReportPdfResult result;
    ReportOptions o = options;
    if (o.now == 0)
        o.now = QDateTime::currentSecsSinceEpoch();
    if (o.generatedBy.empty())
        o.generatedBy = osUserName();
    if (o.storePath.empty())
        o.storePath = storePath.toStdString();
    if (!o.cancel)
        o.cancel = pdfOptions.cancel;

    ReportModel model;
    try {
        const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
        std::string error;
        if (!gatherReport(db, o, model, error)) {
            result.error = storePath + QStringLiteral(": ") + QString::fromStdString(error);
            return result;
        }
    } catch (const StoreError &e) {
        result.error = QString::fromStdString(e.what());
        return result;
    }

    result = writeReportPdf(model, pdfPath, pdfOptions);
    if (!result.ok)
        return result;

    GeneratedReport row;
    row.kind = "pdf";
    row.path = QFileInfo(pdfPath).absoluteFilePath().toStdString();
    row.sha256 = result.sha256.toStdString();
    row.bytes = result.bytes;
    row.pages = result.pages;
    row.paper = paperName(pdfOptions.paper);
    row.scope = model.title.scopeLine.empty() ? o.scope.describe() : model.title.scopeLine;
    row.asOf = model.title.asOf;
    row.generatedAt = model.title.generatedAt ? model.title.generatedAt : o.now;
    row.generatedBy = o.generatedBy;
    row.version = model.title.version.empty() ? std::string(BULKHEAD_VERSION) : model.title.version;
    try {
        recordGeneratedFile(storePath.toStdString(), row);
    } catch (const StoreError &e) {
        // The PDF is complete and its checksum beside it: keep it, but say the trail is missing.
        result.ok = false;
        result.error = PdfReport::tr("%1 was written but not recorded in the report history: %2")
                           .arg(pdfPath, QString::fromStdString(e.what()));
    }
    return result;
}

} // namespace bulkhead::pdf
