#include "findings/severitydelegate.h"

#include "findings/findingslistmodel.h"

#include <QPainter>

namespace bulkhead::ui {

QColor SeverityDelegate::severityColor(int severity)
{
    switch (static_cast<Severity>(severity)) {
    case Severity::Critical: return QColor(0x9b, 0x1c, 0x1c);
    case Severity::High: return QColor(0xd9, 0x4a, 0x1e);
    case Severity::Medium: return QColor(0xc7, 0x8a, 0x00);
    case Severity::Low: return QColor(0x3b, 0x7d, 0xc4);
    case Severity::Info: return QColor(0x6b, 0x72, 0x80);
    case Severity::Unknown: break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool severity = index.column() == FindingsListModel::SeverityColumn;
    const bool overdueDue = index.column() == FindingsListModel::DueColumn
        && index.data(FindingsListModel::OverdueRole).toBool();
    const QString text = index.data(Qt::DisplayRole).toString();
    if ((!severity && !overdueDue) || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternate rows) as the style draws it, then the pill on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString label = overdueDue ? tr("%1 overdue").arg(text) : text;
    const QColor fill = overdueDue ? QColor(0xb9, 0x1c, 0x1c)
                                   : severityColor(index.data(FindingsListModel::SeverityRole).toInt());
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int h = std::min(option.rect.height() - 4, fm.height() + 2);
    const int w = std::min(option.rect.width() - 6, fm.horizontalAdvance(label) + 12);
    const QRect pill(option.rect.left() + 3, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

} // namespace bulkhead::ui
