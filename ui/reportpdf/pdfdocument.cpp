#include "pdfdocument.h"

#include "pdffont.h"
#include "pdfreport.h"
#include "pdfstyle.h"

#include <QPainter>
#include <QPdfWriter>
#include <QRectF>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace bulkhead::pdf {

namespace {

// Page geometry in points.
constexpr double kMarginX = 50;
constexpr double kMarginY = 36;
constexpr double kBand = 26;        // header and footer bands, inside the margins
constexpr double kCellPadX = 3;
constexpr double kCellPadY = 2.5;
constexpr double kTableGap = 8;     // after a table
constexpr int kMaxHeaderLines = 3; // a column title wraps to at most this many lines
constexpr double kTocEntryGap = 3;
constexpr double kTocTitleGap = 12;

QSizeF pageSizePt(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4).size(QPageSize::Point);
}

// QPdfEngine copies each finished page's content through two 10 MB buffers; glibc serves them
// with mmap and unmaps them again, so every page paid for fresh zeroed pages (a third of the
// time of a table-heavy report). Serving them from the heap and not trimming it while painting
// keeps those pages; the defaults come back when the document ends.
struct AllocatorTuning {
    AllocatorTuning()
    {
#ifdef __GLIBC__
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    }
    ~AllocatorTuning()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 128 * 1024);
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        malloc_trim(0);
#endif
    }
};

} // namespace

struct PdfDocument::Impl {
    Pass pass;
    DocumentOptions options;
    QPdfWriter *writer = nullptr;
    const PdfDocument *measured = nullptr;
    QPainter painter;
    std::optional<AllocatorTuning> tuning;

    QSizeF page;
    QRectF content;
    int pageNo = 1;
    int pageTotal = 0;        // Paint: the measured count
    double y = 0;
    bool pageEmpty = true;
    bool finished = false;
    QString headerRight;
    std::vector<TocEntry> headings;

    // Table of contents: where it starts and how many pages the measuring pass reserved.
    int tocStart = 0;
    int tocReserved = 0;

    // Fonts per style, regular and bold, made on first use.
    mutable std::array<std::unique_ptr<PdfFont>, 14> fonts;

    // The open table.
    bool inTable = false;
    std::vector<TableColumn> columns;
    std::vector<double> colX, colW;
    bool anyWrap = false;
    long rowIndex = 0;
    std::vector<std::vector<QString>> headerTitles; // layoutHeader()
    int headerLines = 1;

    // Glyph runs of the row being painted, one per (bold, colour).
    struct Batch {
        bool bold = false;
        QRgb colour = 0;
        std::vector<quint32> glyphs;
        std::vector<QPointF> positions;
    };
    std::vector<Batch> batches;
    std::size_t batchesUsed = 0;

    bool painting() const { return pass == Pass::Paint && painter.isActive(); }

    const PdfFont &font(TextStyle style, bool bold = false) const
    {
        auto &slot = fonts[static_cast<std::size_t>(style) * 2 + (bold ? 1 : 0)];
        if (!slot)
            slot = std::make_unique<PdfFont>(styleFont(style, bold));
        return *slot;
    }

    double bottom() const { return content.bottom(); }

    void decorate()
    {
        if (!painting())
            return;
        const PdfFont &f = font(TextStyle::Small);
        const double left = content.left();
        const double width = content.width();
        painter.setPen(colours::muted());
        if (pageNo > 1) { // the title page has no running header
            const double base = kMarginY + f.ascent();
            const double rightWidth = std::min(width * 0.45, f.width(headerRight));
            f.drawLine(painter, options.title, QPointF(left, base), width - rightWidth - 12);
            f.drawLine(painter, headerRight, QPointF(content.right() - rightWidth, base), width * 0.45);
            painter.fillRect(QRectF(left, kMarginY + f.lineHeight() + 3, width, 0.5), colours::rule());
        }
        const double footTop = page.height() - kMarginY - f.lineHeight();
        painter.fillRect(QRectF(left, footTop - 4, width, 0.5), colours::rule());
        const QString pageText = PdfReport::tr("Page %1 of %2").arg(pageNo).arg(pageTotal);
        const double pageWidth = f.width(pageText);
        f.drawLine(painter, options.footerLeft, QPointF(left, footTop + f.ascent()), width - pageWidth - 12);
        f.drawLine(painter, pageText, QPointF(content.right() - pageWidth, footTop + f.ascent()), 0);
        painter.setPen(colours::text());
    }

    void newPage()
    {
        if (painting())
            writer->newPage();
        ++pageNo;
        y = content.top();
        pageEmpty = true;
        decorate();
    }

    void ensure(double height)
    {
        if (y + height > bottom() + 0.01 && !pageEmpty)
            newPage();
    }

    // Lines of one style, wrapped to `width`, starting at `x`, breaking pages between lines.
    void lines(const std::vector<QString> &text, const PdfFont &f, const QColor &colour, double x, double width)
    {
        for (const QString &line : text) {
            ensure(f.lineHeight());
            if (painting()) {
                painter.setPen(colour.isValid() ? colour : colours::text());
                f.drawLine(painter, line, QPointF(x, y + f.ascent()), width);
            }
            y += f.lineHeight();
            pageEmpty = false;
        }
    }

    // Table of contents geometry: entries on the first page below the title, then per page.
    double tocEntryHeight() const { return font(TextStyle::Body).lineHeight() + kTocEntryGap; }
    double tocTitleHeight() const { return font(TextStyle::Heading1).lineHeight() + kTocTitleGap; }
    int tocPages(std::size_t entries) const
    {
        const auto first = static_cast<std::size_t>(std::max(1.0, std::floor((content.height() - tocTitleHeight()) / tocEntryHeight())));
        const auto other = static_cast<std::size_t>(std::max(1.0, std::floor(content.height() / tocEntryHeight())));
        if (entries <= first)
            return 1;
        return 1 + static_cast<int>((entries - first + other - 1) / other);
    }

    // Table rows.
    double rowHeight(int lineCount) const { return lineCount * font(TextStyle::Small).lineHeight() + 2 * kCellPadY; }
    int maxRowLines() const
    {
        const double room = content.height() - rowHeight(headerLines) - 2 * kCellPadY;
        return std::max(1, static_cast<int>(std::floor(room / font(TextStyle::Small).lineHeight())));
    }

    Batch &batch(bool bold, QRgb colour)
    {
        for (std::size_t i = 0; i < batchesUsed; ++i)
            if (batches[i].bold == bold && batches[i].colour == colour)
                return batches[i];
        if (batchesUsed == batches.size())
            batches.emplace_back();
        Batch &b = batches[batchesUsed++];
        b.bold = bold;
        b.colour = colour;
        b.glyphs.clear();
        b.positions.clear();
        return b;
    }

    void flushBatches()
    {
        for (std::size_t i = 0; i < batchesUsed; ++i) {
            Batch &b = batches[i];
            painter.setPen(QColor::fromRgb(b.colour));
            font(TextStyle::Small, b.bold).drawGlyphs(painter, b.glyphs, b.positions);
        }
        batchesUsed = 0;
    }

    void paintCellLine(const QString &text, const TableCell *cell, bool bold, std::size_t col, double baseline)
    {
        const PdfFont &f = font(TextStyle::Small, bold);
        const double avail = colW[col] - 2 * kCellPadX;
        const QColor colour = cell && cell->foreground.isValid() ? cell->foreground : colours::text();
        double x = colX[col] + kCellPadX;
        const Qt::Alignment align = columns[col].align;
        if (align & (Qt::AlignRight | Qt::AlignHCenter)) {
            const double w = std::min(avail, f.width(text));
            x += (align & Qt::AlignRight) ? avail - w : (avail - w) / 2;
        }
        Batch &b = batch(bold, colour.rgba());
        if (f.appendGlyphs(text, QPointF(x, baseline), avail, b.glyphs, b.positions) < 0) {
            painter.setPen(colour);
            f.drawLine(painter, text, QPointF(x, baseline), avail);
        }
    }

    void paintRow(const std::vector<TableCell> &cells, const std::vector<std::vector<QString>> *wrapped, int lineCount,
                  bool header)
    {
        const double h = rowHeight(lineCount);
        const double left = content.left();
        if (header)
            painter.fillRect(QRectF(left, y, content.width(), h), colours::tableHeader());
        else if (rowIndex % 2 == 1)
            painter.fillRect(QRectF(left, y, content.width(), h), colours::stripe());
        const PdfFont &f = font(TextStyle::Small);
        const double base = y + kCellPadY + f.ascent();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const TableCell *cell = c < cells.size() ? &cells[c] : nullptr;
            if (cell && cell->background.isValid())
                painter.fillRect(QRectF(colX[c], y, colW[c], h), cell->background);
            const bool bold = header || (cell && cell->bold);
            if (wrapped && !(*wrapped)[c].empty()) {
                const auto &ls = (*wrapped)[c];
                for (std::size_t i = 0; i < ls.size() && static_cast<int>(i) < lineCount; ++i)
                    paintCellLine(ls[i], cell, bold, c, base + static_cast<double>(i) * f.lineHeight());
            } else if (cell) {
                paintCellLine(cell->text, cell, bold, c, base);
            }
        }
        flushBatches();
    }

    // The column titles wrapped to their columns (at most kMaxHeaderLines lines): a translated title
    // is often longer than the English one its column was sized for ("Actions done", "Erledigte
    // Maßnahmen"), and an elided title says nothing.
    void layoutHeader()
    {
        const PdfFont &f = font(TextStyle::Small, true);
        headerTitles.assign(columns.size(), {});
        headerLines = 1;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            std::vector<QString> lines = f.wrap(columns[c].title, colW[c] - 2 * kCellPadX);
            if (static_cast<int>(lines.size()) > kMaxHeaderLines) {
                lines.resize(static_cast<std::size_t>(kMaxHeaderLines));
                lines.back() = f.elided(lines.back() + QStringLiteral(" \u2026"), colW[c] - 2 * kCellPadX);
            }
            headerLines = std::max(headerLines, static_cast<int>(lines.size()));
            headerTitles[c] = std::move(lines);
        }
    }

    void headerRow()
    {
        std::vector<TableCell> cells;
        cells.reserve(columns.size());
        for (const TableColumn &c : columns)
            cells.push_back(TableCell{c.title, {}, {}, true});
        if (painting())
            paintRow(cells, &headerTitles, headerLines, true);
        y += rowHeight(headerLines);
        pageEmpty = false;
    }
};

PdfDocument::PdfDocument(Pass pass, const DocumentOptions &options, QPdfWriter *writer, const PdfDocument *measured)
    : d(std::make_unique<Impl>())
{
    d->pass = pass;
    d->options = options;
    d->writer = pass == Pass::Paint ? writer : nullptr;
    d->measured = measured;
    d->headerRight = options.headerRight;
    d->page = pageSizePt(options.paper);
    d->content = QRectF(kMarginX, kMarginY + kBand, d->page.width() - 2 * kMarginX,
                        d->page.height() - 2 * kMarginY - 2 * kBand);
    d->y = d->content.top();
    d->pageTotal = measured ? measured->pageCount() : 0;
    if (d->writer) {
        // 72 dpi: the painter's unit is the point, the layout's unit.
        d->writer->setPageSize(QPageSize(options.paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
        d->writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        d->writer->setResolution(72);
        d->writer->setTitle(options.title);
        d->writer->setCreator(options.creator);
        d->tuning.emplace();
        if (d->painter.begin(d->writer)) {
            d->painter.setPen(colours::text());
            d->decorate();
        }
    }
}

PdfDocument::~PdfDocument()
{
    if (d->painter.isActive())
        d->painter.end();
}

Pass PdfDocument::pass() const { return d->pass; }
QRectF PdfDocument::contentRect() const { return d->content; }

void PdfDocument::heading(int level, const QString &text)
{
    const PdfFont &f = d->font(level == 1 ? TextStyle::Heading1 : TextStyle::Heading2);
    if (level == 1) {
        if (!d->pageEmpty)
            d->newPage();
    } else {
        if (!d->pageEmpty)
            d->y += 8;
        // Never the last thing on a page: keep it with a few lines of what follows.
        d->ensure(f.lineHeight() + 4 + 3 * d->font(TextStyle::Body).lineHeight());
    }
    if (level <= 2)
        d->headings.push_back(TocEntry{level, text, d->pageNo});
    if (d->painting()) {
        d->painter.setPen(colours::text());
        f.drawLine(d->painter, text, QPointF(d->content.left(), d->y + f.ascent()), d->content.width());
        if (level == 1)
            d->painter.fillRect(QRectF(d->content.left(), d->y + f.lineHeight() + 2, d->content.width(), 0.75), colours::rule());
    }
    d->y += f.lineHeight() + (level == 1 ? 10 : 4);
    d->pageEmpty = false;
}

void PdfDocument::paragraph(const QString &text, TextStyle style, const QColor &color)
{
    const PdfFont &f = d->font(style);
    d->lines(f.wrap(text, d->content.width()), f, color, d->content.left(), d->content.width());
    d->y += 4;
}

void PdfDocument::keyValues(const std::vector<std::pair<QString, QString>> &rows)
{
    const PdfFont &label = d->font(TextStyle::Body, true);
    const PdfFont &value = d->font(TextStyle::Body);
    double labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, label.width(row.first));
    labelWidth = std::min(d->content.width() * 0.35, labelWidth + 14);
    const double valueX = d->content.left() + labelWidth;
    const double valueWidth = d->content.width() - labelWidth;
    for (const auto &[key, val] : rows) {
        const std::vector<QString> lines = value.wrap(val, valueWidth);
        d->ensure(value.lineHeight() * std::min<double>(3, static_cast<double>(lines.size())));
        if (d->painting()) {
            d->painter.setPen(colours::muted());
            label.drawLine(d->painter, key, QPointF(d->content.left(), d->y + label.ascent()), labelWidth - 8);
        }
        d->lines(lines, value, {}, valueX, valueWidth);
        d->y += 2;
    }
    d->y += 4;
}

void PdfDocument::badgeLine(const QString &badge, const QColor &badgeColor, const QString &text, TextStyle style)
{
    const PdfFont &f = d->font(style);
    const PdfFont &bf = d->font(TextStyle::Small, true);
    const double badgeWidth = bf.width(badge) + 10;
    const double badgeHeight = bf.lineHeight() + 2;
    const double lineHeight = std::max(f.lineHeight(), badgeHeight);
    d->ensure(lineHeight + 4);
    const double top = d->y + 2;
    if (d->painting()) {
        const QRectF box(d->content.left(), top + (lineHeight - badgeHeight) / 2, badgeWidth, badgeHeight);
        d->painter.save();
        d->painter.setRenderHint(QPainter::Antialiasing);
        d->painter.setPen(Qt::NoPen);
        d->painter.setBrush(badgeColor);
        d->painter.drawRoundedRect(box, 2.5, 2.5);
        d->painter.restore();
        d->painter.setPen(Qt::white);
        bf.drawLine(d->painter, badge, QPointF(box.left() + 5, box.top() + 1 + bf.ascent()), 0);
        d->painter.setPen(colours::text());
        const double textX = box.right() + 6;
        f.drawLine(d->painter, text, QPointF(textX, top + (lineHeight - f.lineHeight()) / 2 + f.ascent()),
                   d->content.right() - textX);
    }
    d->y += lineHeight + 4;
    d->pageEmpty = false;
}

void PdfDocument::beginTable(const std::vector<TableColumn> &columns)
{
    d->inTable = true;
    d->columns = columns;
    d->rowIndex = 0;
    d->anyWrap = false;
    double total = 0;
    for (const TableColumn &c : columns) {
        total += std::max(0.0, c.width);
        d->anyWrap = d->anyWrap || c.wrap;
    }
    d->colX.clear();
    d->colW.clear();
    double x = d->content.left();
    for (const TableColumn &c : columns) {
        const double w = total > 0 ? d->content.width() * std::max(0.0, c.width) / total
                                   : d->content.width() / static_cast<double>(columns.size());
        d->colX.push_back(x);
        d->colW.push_back(w);
        x += w;
    }
    d->layoutHeader();
    d->ensure(d->rowHeight(d->headerLines) + d->rowHeight(1)); // a header alone at the foot of a page helps nobody
    d->headerRow();
}

void PdfDocument::tableRow(const std::vector<TableCell> &cells)
{
    if (!d->inTable)
        return;
    int lineCount = 1;
    std::vector<std::vector<QString>> wrapped;
    if (d->anyWrap) {
        // Only wrapping columns need measuring; single-line rows are pure arithmetic.
        wrapped.resize(d->columns.size());
        const PdfFont &f = d->font(TextStyle::Small);
        for (std::size_t c = 0; c < d->columns.size() && c < cells.size(); ++c) {
            if (!d->columns[c].wrap)
                continue;
            wrapped[c] = f.wrap(cells[c].text, d->colW[c] - 2 * kCellPadX);
            const int maxLines = d->maxRowLines();
            if (static_cast<int>(wrapped[c].size()) > maxLines) { // a cell longer than a page: cut
                wrapped[c].resize(static_cast<std::size_t>(maxLines));
                wrapped[c].back() = f.elided(wrapped[c].back() + QStringLiteral(" \u2026"), d->colW[c] - 2 * kCellPadX);
            }
            lineCount = std::max(lineCount, static_cast<int>(wrapped[c].size()));
        }
    }
    const double h = d->rowHeight(lineCount);
    if (d->y + h > d->bottom() + 0.01) {
        d->newPage();
        d->headerRow();
    }
    if (d->painting())
        d->paintRow(cells, d->anyWrap ? &wrapped : nullptr, lineCount, false);
    d->y += h;
    d->pageEmpty = false;
    ++d->rowIndex;
}

void PdfDocument::endTable()
{
    d->inTable = false;
    d->y += kTableGap;
}

void PdfDocument::drawing(double heightPt, const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const double h = std::min(heightPt, d->content.height());
    d->ensure(h);
    if (d->painting() && paint) {
        d->painter.save();
        paint(d->painter, QRectF(d->content.left(), d->y, d->content.width(), h));
        d->painter.restore();
        d->painter.setPen(colours::text());
    }
    d->y += h + 6;
    d->pageEmpty = false;
}

void PdfDocument::spacing(double pt)
{
    d->y = std::min(d->y + pt, d->bottom());
}

void PdfDocument::pageBreak()
{
    if (!d->pageEmpty)
        d->newPage();
}

void PdfDocument::tableOfContents()
{
    if (!d->pageEmpty)
        d->newPage();
    d->tocStart = d->pageNo;
    const PdfFont &title = d->font(TextStyle::Heading1);
    if (d->pass == Pass::Measure) {
        // The headings come later: reserve one page now, finish() corrects the count.
        d->tocReserved = 1;
        d->pageEmpty = false;
        d->newPage();
        return;
    }
    const std::vector<TocEntry> &entries = d->measured ? d->measured->headings() : d->headings;
    const int pages = d->tocPages(entries.size());
    const PdfFont &f = d->font(TextStyle::Body);
    const PdfFont &bold = d->font(TextStyle::Body, true);
    if (d->painting()) {
        d->painter.setPen(colours::text());
        title.drawLine(d->painter, PdfReport::tr("Contents"), QPointF(d->content.left(), d->y + title.ascent()), 0);
    }
    d->y += d->tocTitleHeight();
    int page = 1;
    for (const TocEntry &e : entries) {
        if (d->y + d->tocEntryHeight() > d->bottom() + 0.01 && page < pages) {
            d->newPage();
            ++page;
        }
        if (d->painting()) {
            const PdfFont &ef = e.level == 1 ? bold : f;
            const QString number = QString::number(e.page);
            const double numberWidth = ef.width(number);
            const double indent = e.level == 1 ? 0 : 14;
            d->painter.setPen(colours::text());
            ef.drawLine(d->painter, e.text, QPointF(d->content.left() + indent, d->y + ef.ascent()),
                        d->content.width() - indent - numberWidth - 16);
            ef.drawLine(d->painter, number, QPointF(d->content.right() - numberWidth, d->y + ef.ascent()), 0);
        }
        d->y += d->tocEntryHeight();
    }
    while (page < pages) { // keep the measured page count even if the entries were fewer
        d->newPage();
        ++page;
    }
    d->pageEmpty = false;
    d->newPage();
}

void PdfDocument::ensureSpace(double heightPt) { d->ensure(heightPt); }
double PdfDocument::remainingHeight() const { return std::max(0.0, d->bottom() - d->y); }
void PdfDocument::setHeaderRight(const QString &text) { d->headerRight = text; }
double PdfDocument::textWidth(const QString &text, TextStyle style) const { return d->font(style).width(text); }

int PdfDocument::pageNumber() const { return d->pageNo; }

int PdfDocument::pageCount() const
{
    return d->pass == Pass::Paint && d->measured ? d->pageTotal : d->pageNo;
}

const std::vector<TocEntry> &PdfDocument::headings() const { return d->headings; }

bool PdfDocument::finish(QString &error)
{
    if (d->finished)
        return true;
    d->finished = true;
    if (d->pass == Pass::Measure) {
        if (d->tocReserved > 0) {
            // Now the headings are known: move everything after the contents by the pages it
            // really needs. The contents start and end on a page boundary, so this is exact.
            const int delta = d->tocPages(d->headings.size()) - d->tocReserved;
            for (TocEntry &e : d->headings)
                if (e.page > d->tocStart)
                    e.page += delta;
            d->pageNo += delta;
            d->tocReserved += delta;
        }
        return true;
    }
    if (!d->painter.isActive()) {
        error = PdfReport::tr("the PDF writer could not start painting");
        return false;
    }
    const bool ended = d->painter.end();
    d->tuning.reset();
    if (!ended) {
        error = PdfReport::tr("the PDF writer failed to finish the document");
        return false;
    }
    if (d->measured && d->pageNo != d->pageTotal) {
        error = PdfReport::tr("the layout differs between passes (measured %1 pages, painted %2)")
                    .arg(d->pageTotal)
                    .arg(d->pageNo);
        return false;
    }
    return true;
}

} // namespace bulkhead::pdf
