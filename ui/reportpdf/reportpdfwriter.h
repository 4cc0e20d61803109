#pragma once

#include "pdfdocument.h"
#include "report/reportmodel.h"

#include <QString>

#include <atomic>
#include <functional>

namespace bulkhead::pdf {

struct ReportPdfOptions {
    Paper paper = Paper::A4;
    // Called from the writing thread with the pages painted so far and the total; may be empty.
    std::function<void(int done, int total)> progress;
    const std::atomic<bool> *cancel = nullptr;
};

struct ReportPdfResult {
    bool ok = false;
    QString error;     // names the file and the reason
    int pages = 0;
    qint64 bytes = 0;
    QString sha256;
};

// Lays out the whole report (title page, contents, executive summary with charts, controls,
// findings, acceptances, RBAC, secrets, drills, coverage, sources appendix) and writes it to
// `path` through writeFileAtomically, with `path`.sha256 beside it. Needs a QApplication (Qt
// Charts draws the charts); under bulkheadctl the offscreen platform does.
ReportPdfResult writeReportPdf(const ReportModel &model, const QString &path, const ReportPdfOptions &options);

} // namespace bulkhead::pdf
