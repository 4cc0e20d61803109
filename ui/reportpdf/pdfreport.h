#pragma once

#include <QCoreApplication>

namespace bulkhead::pdf {

// The translation context of every word the PDF prints ("PdfReport" in
// translations/bulkhead_report_*.ts). A class with Q_DECLARE_TR_FUNCTIONS rather than a free tr()
// wrapper: lupdate files PdfReport::tr("...") under the macro's argument, the same context tr()
// looks up at run time, whichever namespace or function the call sits in. Texts are translated
// when a report is laid out, never cached, so a report follows the language installed in the
// process at that moment (the GUI's setting, bulkheadctl --lang).
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

} // namespace bulkhead::pdf
