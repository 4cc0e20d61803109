#pragma once

#include "report/reportgather.h"
#include "reportpdfwriter.h"

#include <QString>

namespace bulkhead::pdf {

// The whole "make a report" operation shared by `bulkheadctl report` and the Reports page:
// open the store read-only (its own connection), gatherReport, writeReportPdf, then record the
// file in generated_reports (ReportHistoryRepository) through a write connection. Runs on the
// caller's thread: the GUI calls it on a worker. `result.error` names the store or the file.
ReportPdfResult generateReport(const QString &storePath, const ReportOptions &options, const QString &pdfPath,
                               const ReportPdfOptions &pdfOptions);

} // namespace bulkhead::pdf
