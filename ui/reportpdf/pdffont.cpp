#include "pdffont.h"

#include <QGlyphRun>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bulkhead::pdf {

namespace {

const QChar kEllipsis(0x2026);

// Characters drawn correctly glyph by glyph, without shaping: Latin with Latin-1 and Latin
// Extended (no combining marks), and general punctuation, symbols and arrows.
bool needsNoShaping(char16_t c)
{
    return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x0300) || (c >= 0x2000 && c < 0x2800 && c != 0x200d);
}

} // namespace

PdfFont::PdfFont(const QFont &font)
    : font_(font), raw_(QRawFont::fromFont(font)), metrics_(font)
{
    if (raw_.isValid()) {
        rawScaled_ = raw_;
        rawScaled_.setPixelSize(raw_.pixelSize() * kUnitsPerPoint);
        ascent_ = raw_.ascent();
        lineHeight_ = raw_.ascent() + raw_.descent() + raw_.leading();
        quint32 glyph = 0;
        int count = 1;
        if (raw_.glyphIndexesForChars(&kEllipsis, 1, &glyph, &count) && count == 1 && glyph != 0) {
            ellipsis_ = glyph;
            ellipsisWidth_ = advance(glyph);
        }
    } else {
        ascent_ = metrics_.ascent();
        lineHeight_ = metrics_.height() + metrics_.leading();
    }
}

bool PdfFont::toGlyphs(const QString &text) const
{
    if (!raw_.isValid() || ellipsis_ == 0)
        return false;
    for (const QChar c : text)
        if (!needsNoShaping(c.unicode()))
            return false;
    scratch_.resize(static_cast<std::size_t>(text.size()));
    int count = static_cast<int>(text.size());
    if (!raw_.glyphIndexesForChars(text.constData(), count, scratch_.data(), &count) || count != text.size())
        return false;
    return std::find(scratch_.begin(), scratch_.end(), 0u) == scratch_.end(); // 0: the font lacks it
}

double PdfFont::advance(quint32 glyph) const
{
    if (glyph >= advances_.size())
        advances_.resize(glyph + 1, -1.f);
    float &a = advances_[glyph];
    if (a < 0) {
        QPointF adv;
        raw_.advancesForGlyphIndexes(&glyph, &adv, 1, QRawFont::UseDesignMetrics);
        a = static_cast<float>(adv.x());
    }
    return a;
}

double PdfFont::width(const QString &text) const
{
    if (!toGlyphs(text))
        return metrics_.horizontalAdvance(text);
    double w = 0;
    for (quint32 g : scratch_)
        w += advance(g);
    return w;
}

QString PdfFont::elided(const QString &text, double maxWidth) const
{
    if (!toGlyphs(text))
        return metrics_.elidedText(text, Qt::ElideRight, maxWidth);
    double w = 0;
    qsizetype fit = 0;
    for (quint32 g : scratch_) {
        w += advance(g);
        if (w > maxWidth)
            break;
        ++fit;
    }
    if (fit == text.size())
        return text;
    w = 0;
    fit = 0;
    for (quint32 g : scratch_) {
        w += advance(g);
        if (w + ellipsisWidth_ > maxWidth)
            break;
        ++fit;
    }
    return text.left(fit) + kEllipsis;
}

double PdfFont::appendGlyphs(const QString &text, QPointF origin, double maxWidth, std::vector<quint32> &glyphs,
                             std::vector<QPointF> &positions) const
{
    if (!toGlyphs(text))
        return -1;
    double total = 0;
    for (quint32 g : scratch_)
        total += advance(g);
    const bool elide = maxWidth > 0 && total > maxWidth;
    double x = origin.x();
    const double y = std::round(origin.y() * kUnitsPerPoint);
    for (quint32 g : scratch_) {
        const double a = advance(g);
        if (elide && x - origin.x() + a + ellipsisWidth_ > maxWidth)
            break;
        glyphs.push_back(g);
        positions.emplace_back(std::round(x * kUnitsPerPoint), y);
        x += a;
    }
    if (elide) {
        glyphs.push_back(ellipsis_);
        positions.emplace_back(std::round(x * kUnitsPerPoint), y);
        x += ellipsisWidth_;
    }
    return x - origin.x();
}

void PdfFont::drawGlyphs(QPainter &painter, const std::vector<quint32> &glyphs, const std::vector<QPointF> &positions) const
{
    if (glyphs.empty())
        return;
    QGlyphRun run;
    run.setRawFont(rawScaled_);
    run.setRawData(glyphs.data(), positions.data(), static_cast<int>(glyphs.size()));
    const QTransform transform = painter.transform();
    painter.scale(1 / kUnitsPerPoint, 1 / kUnitsPerPoint);
    painter.drawGlyphRun(QPointF(0, 0), run);
    painter.setTransform(transform);
}

void PdfFont::drawLine(QPainter &painter, const QString &text, QPointF origin, double maxWidth) const
{
    std::vector<quint32> glyphs;
    std::vector<QPointF> positions;
    if (appendGlyphs(text, origin, maxWidth, glyphs, positions) >= 0) {
        drawGlyphs(painter, glyphs, positions);
        return;
    }
    painter.setFont(font_);
    painter.drawText(origin, maxWidth > 0 ? metrics_.elidedText(text, Qt::ElideRight, maxWidth) : text);
}

std::vector<QString> PdfFont::wrap(const QString &text, double maxWidth) const
{
    std::vector<QString> lines;
    const double space = width(QStringLiteral(" "));
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        QString line;
        double lineWidth = 0;
        for (const QString &word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            double w = width(word);
            if (!line.isEmpty() && lineWidth + space + w <= maxWidth) {
                line += QLatin1Char(' ') + word;
                lineWidth += space + w;
                continue;
            }
            if (!line.isEmpty())
                lines.push_back(line);
            line = word;
            lineWidth = w;
            // A word wider than the line (a digest, a long path) is cut by characters.
            while (lineWidth > maxWidth && line.size() > 1) {
                qsizetype cut = 1;
                while (cut + 1 < line.size() && width(line.left(cut + 1)) <= maxWidth)
                    ++cut;
                lines.push_back(line.left(cut));
                line = line.mid(cut);
                lineWidth = width(line);
            }
        }
        lines.push_back(line);
    }
    return lines;
}

} // namespace bulkhead::pdf
