#pragma once

#include "reportpdf/pdfdocument.h"
#include "report/findingsexport.h"
#include "report/reportscope.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace bulkhead::ui {

// What the Report dialog asks for: a PDF report (format empty) or a findings export (format set;
// asOfDate and paper do not apply).
struct ReportRequest {
    std::optional<FindingsExportFormat> exportFormat;
    ReportScope scope;
    QString asOfDate;               // "YYYY-MM-DD"; empty = now
    pdf::Paper paper = pdf::Paper::A4;
    QString path;                   // the file to write (absolute)

    bool isExport() const { return exportFormat.has_value(); }
};

// How a generation or export ended, for the page's result line.
struct ReportOutcome {
    bool ok = false;
    bool cancelled = false;
    QString error;                  // names the store or the file
    QString warning;                // written, but something after it failed (the history row)
    QString kind;                   // "pdf", "openvex", "trivyignore", "sarif"
    QString path;
    int pages = 0;
    qint64 bytes = 0;
    qint64 items = 0;               // export statements / entries / results
    QString sha256;
};

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::ReportOutcome)
