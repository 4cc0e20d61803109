// Placeholder of the issue-9 contract: owner B2 replaces it.
#include "reportjob.h"

namespace bulkhead::pdf {

ReportPdfResult generateReport(const QString &, const ReportOptions &, const QString &pdfPath, const ReportPdfOptions &)
{
    ReportPdfResult r;
    r.error = pdfPath + QStringLiteral(": reports are not built yet");
    return r;
}

} // namespace bulkhead::pdf
