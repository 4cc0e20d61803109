#include "overview/countertile.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

namespace bulkhead::ui {

namespace {
constexpr int kPadding = 14;
constexpr int kStripe = 5;

QFont scaled(const QFont &base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}
} // namespace

CounterTile::CounterTile(QString title, QString caption, QColor accent, QWidget *parent)
    : QAbstractButton(parent), m_title(std::move(title)), m_caption(std::move(caption)), m_accent(std::move(accent))
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setValue(-1);
}

void CounterTile::setValue(qint64 value)
{
    m_value = value;
    // The button's text is what screen readers and tests read: the number and what it counts.
    setText(value < 0 ? m_title : QLocale().toString(value) + QLatin1Char(' ') + m_title);
    update();
}

void CounterTile::setCaption(const QString &caption)
{
    m_caption = caption;
    update();
}

QSize CounterTile::sizeHint() const
{
    const QFontMetrics title(scaled(font(), 1.0, true));
    const QFontMetrics value(scaled(font(), 2.4, true));
    const QFontMetrics caption(font());
    const int height = kPadding * 2 + title.height() + value.height() + caption.height() + 6;
    const int width = std::max({title.horizontalAdvance(m_title), caption.horizontalAdvance(m_caption),
                                value.horizontalAdvance(QStringLiteral("000,000"))})
        + kPadding * 2 + kStripe;
    return {std::max(width, 200), height};
}

QSize CounterTile::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void CounterTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const bool hot = underMouse() || isDown();
    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    p.fillPath(shape, palette().color(isDown() ? QPalette::AlternateBase : QPalette::Base));
    p.save();
    p.setClipPath(shape);
    p.fillRect(QRectF(card.left(), card.top(), kStripe, card.height()), m_accent);
    p.restore();
    p.setPen(QPen(hot || hasFocus() ? m_accent : palette().color(QPalette::Mid), hasFocus() ? 2 : 1));
    p.drawPath(shape);

    const int left = kPadding + kStripe;
    QRect area = rect().adjusted(left, kPadding, -kPadding, -kPadding);
    const QFont titleFont = scaled(font(), 1.0, true);
    const QFont valueFont = scaled(font(), 2.4, true);
    p.setFont(titleFont);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop, m_title);
    area.setTop(area.top() + QFontMetrics(titleFont).height() + 2);
    p.setFont(valueFont);
    p.setPen(m_value > 0 ? m_accent : palette().color(QPalette::WindowText));
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop, m_value < 0 ? QStringLiteral("–") : QLocale().toString(m_value));
    area.setTop(area.top() + QFontMetrics(valueFont).height() + 2);
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(area, Qt::AlignLeft | Qt::AlignTop, m_caption);
}

void CounterTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace bulkhead::ui
