#pragma once

#include <QColor>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;
class QRectF;

namespace bulkhead::pdf {

// A small flowing layout engine over QPdfWriter: headings, wrapped paragraphs, key/value lists,
// tables that break across pages with their header row repeated, and drawings (charts) painted
// straight into the PDF so their text stays text. Every string is drawn with QPainter::drawText
// as plain text: nothing is ever interpreted as markup, so a name like `<img src=http://x>`
// prints literally and nothing is fetched.
//
// Two passes make "page x of y" and a table of contents with page numbers possible without
// going back: the renderer calls the same build function twice, first on a measuring document
// (Pass::Measure: lays out, paints nothing, records page breaks and headings), then on the
// painting one, which knows the page count and every heading's page from the first pass. Layout
// must be deterministic: the same calls give the same pages. Table rows are one line each
// (elided to the column) unless the column wraps, so a 200,000-row table measures in
// arithmetic.

enum class Pass { Measure, Paint };

enum class Paper { A4, Letter };

enum class TextStyle { Title, Subtitle, Heading1, Heading2, Body, Small, Mono };

struct DocumentOptions {
    Paper paper = Paper::A4;
    QString title;         // PDF metadata title, and the running header's left text
    QString creator;       // PDF metadata creator ("Bulkhead 0.9.0")
    QString headerRight;   // the running header's right text (scope / "DEMO STORE")
    QString footerLeft;    // the footer's left text ("Generated 2026-11-29 10:00 UTC by alice")
};

struct TableColumn {
    QString title;
    double width = 1;      // share of the text width (normalised over the columns)
    Qt::Alignment align = Qt::AlignLeft;
    bool wrap = false;     // wrap long text onto further lines instead of eliding
};

struct TableCell {
    QString text;
    QColor foreground{};   // invalid = default text colour
    QColor background{};   // invalid = none (rows alternate a light stripe)
    bool bold = false;
};

// A heading as recorded by the measuring pass: the contents page lists these.
struct TocEntry {
    int level = 1;
    QString text;
    int page = 0;          // 1-based
};

class PdfDocument
{
public:
    // Measure: `writer` may be null. Paint: `writer` is the open QPdfWriter; `measured` is the
    // first pass's result (page count, headings).
    PdfDocument(Pass pass, const DocumentOptions &options, QPdfWriter *writer,
                const PdfDocument *measured = nullptr);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    Pass pass() const;
    // The text area of a page in points (1/72 inch), inside margins, header and footer.
    QRectF contentRect() const;

    // Level 1 starts a new page unless the page is empty. Levels 1 and 2 are listed in the
    // contents (and as PDF outline entries where Qt allows).
    void heading(int level, const QString &text);
    void paragraph(const QString &text, TextStyle style = TextStyle::Body, const QColor &color = {});
    // Label/value pairs in two columns (title page, summaries).
    void keyValues(const std::vector<std::pair<QString, QString>> &rows);
    // A coloured badge with text then a paragraph on the same line ("FAIL  RUN-1 Privileged ...").
    void badgeLine(const QString &badge, const QColor &badgeColor, const QString &text, TextStyle style = TextStyle::Heading2);

    void beginTable(const std::vector<TableColumn> &columns);
    void tableRow(const std::vector<TableCell> &cells);
    void endTable();

    // A drawing of `heightPt` points on the current page (a new page when it does not fit);
    // `paint` is called in Pass::Paint only, with the rectangle to fill. The painter works in
    // points (the writer's resolution is 72 dpi), so a font of 9 pt set on it prints at 9 pt.
    void drawing(double heightPt, const std::function<void(QPainter &, const QRectF &)> &paint);
    void spacing(double pt);
    void pageBreak();

    // The table of contents: reserves as many pages as the measured headings need (pass 1
    // estimates from the headings given so far; call it once, where it goes, e.g. after the
    // title page). In Pass::Paint it prints each heading with its page number.
    void tableOfContents();

    // Starts a new page unless `heightPt` still fits below the current position: keeps a heading
    // with the block after it, or a block together.
    void ensureSpace(double heightPt);
    double remainingHeight() const;   // points left on the current page
    // The running header's right text from the next page on (a section's own scope, say).
    void setHeaderRight(const QString &text);
    // The width `text` takes in `style`, in points (the layout's own measure, both passes).
    double textWidth(const QString &text, TextStyle style) const;

    int pageNumber() const;           // current page, 1-based
    int pageCount() const;            // Measure: pages so far; Paint: the measured total
    const std::vector<TocEntry> &headings() const;
    // Ends the document (Paint: finishes the last page). Returns false with `error` set when
    // the writer failed (disk full, ...).
    bool finish(QString &error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead::pdf
