// Placeholder of the issue-9 contract: owner B1 replaces it.
#include "pdfdocument.h"

#include <QRectF>

namespace bulkhead::pdf {

struct PdfDocument::Impl {
    Pass pass;
    std::vector<TocEntry> headings;
};

PdfDocument::PdfDocument(Pass pass, const DocumentOptions &, QPdfWriter *, const PdfDocument *) : d(new Impl{pass, {}}) {}
PdfDocument::~PdfDocument() = default;
Pass PdfDocument::pass() const { return d->pass; }
QRectF PdfDocument::contentRect() const { return {}; }
void PdfDocument::heading(int, const QString &) {}
void PdfDocument::paragraph(const QString &, TextStyle, const QColor &) {}
void PdfDocument::keyValues(const std::vector<std::pair<QString, QString>> &) {}
void PdfDocument::badgeLine(const QString &, const QColor &, const QString &, TextStyle) {}
void PdfDocument::beginTable(const std::vector<TableColumn> &) {}
void PdfDocument::tableRow(const std::vector<TableCell> &) {}
void PdfDocument::endTable() {}
void PdfDocument::drawing(double, const std::function<void(QPainter &, const QRectF &)> &) {}
void PdfDocument::spacing(double) {}
void PdfDocument::pageBreak() {}
void PdfDocument::tableOfContents() {}
int PdfDocument::pageNumber() const { return 1; }
int PdfDocument::pageCount() const { return 1; }
const std::vector<TocEntry> &PdfDocument::headings() const { return d->headings; }
bool PdfDocument::finish(QString &error)
{
    error = QStringLiteral("PDF layout is not built yet");
    return false;
}

} // namespace bulkhead::pdf
