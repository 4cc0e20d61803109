#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRawFont>
#include <QString>

#include <vector>

class QPainter;

namespace bulkhead::pdf {

// One style's font with the measuring and drawing the layout needs, fast for big tables.
//
// QPainter::drawText shapes every string with HarfBuzz and the PDF engine wraps each call in its
// own graphics state; at a million cells that dominated the report. Text made only of
// characters that need no shaping (Latin, Latin-1, general punctuation, arrows) and that the
// font has takes the fast path instead: glyph indexes from QRawFont, advances from a per-glyph
// cache, and glyph runs gathered per table row and drawn in one call. Everything else (other
// scripts, characters DejaVu lacks) goes through Qt's own layout with font fallback. Both
// passes measure with the same numbers, so the layout is the same in both.
class PdfFont
{
public:
    explicit PdfFont(const QFont &font);

    const QFont &font() const { return font_; }
    double ascent() const { return ascent_; }
    double lineHeight() const { return lineHeight_; }

    double width(const QString &text) const;
    // `text` cut to `maxWidth` with "…" at the end when it is longer.
    QString elided(const QString &text, double maxWidth) const;
    // Word-wrapped lines (hard breaks at '\n', words longer than the width cut by characters).
    std::vector<QString> wrap(const QString &text, double maxWidth) const;

    // Fast path: appends `text`'s glyphs (elided to `maxWidth` when > 0) at baseline `origin` and
    // returns the width used; returns -1, appending nothing, when the text needs Qt's layout.
    // Positions are stored in units of 1/kUnitsPerPoint point, rounded (see drawGlyphs).
    double appendGlyphs(const QString &text, QPointF origin, double maxWidth, std::vector<quint32> &glyphs,
                        std::vector<QPointF> &positions) const;
    // Draws glyphs gathered by appendGlyphs in one call. The PDF engine writes one "dx dy Td"
    // per glyph; in whole 1/16 points those are short integers instead of nine-digit decimals,
    // which makes the page streams a fifth smaller and faster to write and deflate.
    void drawGlyphs(QPainter &painter, const std::vector<quint32> &glyphs, const std::vector<QPointF> &positions) const;
    // Draws one line, elided to `maxWidth` (> 0), by whichever path suits the text.
    void drawLine(QPainter &painter, const QString &text, QPointF origin, double maxWidth) const;

    static constexpr double kUnitsPerPoint = 16;

private:
    // Glyph indexes of `text` into scratch_, or false when the fast path cannot draw it.
    bool toGlyphs(const QString &text) const;
    double advance(quint32 glyph) const;

    QFont font_;
    QRawFont raw_;
    QRawFont rawScaled_; // raw_ at kUnitsPerPoint times the size, for drawing in 1/16 points
    QFontMetricsF metrics_;
    double ascent_ = 0;
    double lineHeight_ = 0;
    quint32 ellipsis_ = 0;
    double ellipsisWidth_ = 0;
    mutable std::vector<float> advances_;   // per glyph index; < 0 = not looked up yet
    mutable std::vector<quint32> scratch_;
};

} // namespace bulkhead::pdf
