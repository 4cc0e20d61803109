#include "rbac/reviewqueuedelegate.h"

#include "findings/severitydelegate.h"
#include "rbac/reviewqueuemodel.h"
#include "rbac/reviewtext.h"

#include <QPainter>

namespace bulkhead::ui {

void ReviewQueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    const QString text = index.data(Qt::DisplayRole).toString();
    if ((column != ReviewQueueModel::RiskColumn && column != ReviewQueueModel::StateColumn) || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternate rows) as the style draws it, then the pill on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor fill = column == ReviewQueueModel::RiskColumn
        ? SeverityDelegate::severityColor(index.data(ReviewQueueModel::SeverityRole).toInt())
        : reviewtext::stateColor(static_cast<ReviewState>(index.data(ReviewQueueModel::StateRole).toInt()));
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 2);
    const int width = std::min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 12);
    const QRect pill(option.rect.left() + 3, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

} // namespace bulkhead::ui
