// Placeholder of the issue-9 contract: owner B2 replaces it.
#include "reportpdfwriter.h"

namespace bulkhead::pdf {

ReportPdfResult writeReportPdf(const ReportModel &, const QString &path, const ReportPdfOptions &)
{
    ReportPdfResult r;
    r.error = path + QStringLiteral(": the PDF report is not built yet");
    return r;
}

} // namespace bulkhead::pdf
