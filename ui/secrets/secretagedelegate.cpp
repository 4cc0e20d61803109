#include "secrets/secretagedelegate.h"

#include "secrets/secretslistmodel.h"
#include "secrets/secretstext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace bulkhead::ui {

namespace {

constexpr double kTrackIntervals = 1.5; // the track holds this many intervals
constexpr int kFallbackDays = 90;       // the scale before a decision exists (the default interval)

} // namespace

double SecretAgeDelegate::barFraction(double ageDays, int policyDays)
{
    if (policyDays <= 0)
        return 1.0;
    return std::clamp(ageDays / (policyDays * kTrackIntervals), 0.0, 1.0);
}

void SecretAgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant age = index.data(SecretsListModel::AgeDaysRole);
    if (!index.data(SecretsListModel::LoadedRole).toBool() || !age.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternate rows) as the style draws it, then the bar and the days.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto state = static_cast<secretstext::AgeState>(index.data(SecretsListModel::AgeStateRole).toInt());
    const QVariant policy = index.data(SecretsListModel::PolicyDaysRole);
    const int policyDays = policy.isValid() ? policy.toInt() : kFallbackDays;
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics fm(option.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("≤ 9,999 d"));
    const QRect cell = option.rect.adjusted(4, 0, -4, 0);
    const QRect textRect(cell.right() - textWidth, cell.top(), textWidth, cell.height());
    const int barHeight = std::max(6, std::min(10, cell.height() / 3));
    const QRectF track(cell.left(), cell.center().y() - barHeight / 2.0, std::max(0, cell.width() - textWidth - 6),
                       barHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (track.width() > 12) {
        const bool selected = option.state & QStyle::State_Selected;
        QColor groove = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Mid);
        groove.setAlpha(60);
        painter->setPen(Qt::NoPen);
        painter->setBrush(groove);
        painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);

        const QColor color = secretstext::ageColor(state);
        const double fraction = barFraction(age.toDouble(), policyDays);
        const QRectF bar(track.left(), track.top(), std::max<qreal>(barHeight, track.width() * fraction), track.height());
        if (state == secretstext::AgeState::LowerBound) {
            // Solid up to a little before the end, then dashes: the true end may lie further left.
            const qreal dashed = std::min<qreal>(bar.width() * 0.35, 3.0 * barHeight);
            painter->setBrush(color);
            painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() - dashed, bar.height()), barHeight / 2.0,
                                     barHeight / 2.0);
            const qreal step = barHeight * 0.9;
            for (qreal x = bar.right() - dashed + step * 0.4; x + step * 0.5 <= bar.right() + 0.5; x += step)
                painter->drawRect(QRectF(x, bar.top() + 1, step * 0.5, bar.height() - 2));
        } else {
            painter->setBrush(color);
            painter->drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
        }
        // The interval's tick, where the bar turns overdue.
        if (policyDays > 0 && policy.isValid()) {
            const qreal x = track.left() + track.width() / kTrackIntervals;
            painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text), 1.5));
            painter->drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3));
        }
    }
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignRight, fm.elidedText(text, Qt::ElideLeft, textRect.width()));
    painter->restore();
}

QSize SecretAgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 180));
    return size;
}

} // namespace bulkhead::ui
