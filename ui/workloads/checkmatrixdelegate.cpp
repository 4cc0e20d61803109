#include "workloads/checkmatrixdelegate.h"

#include "findings/severitydelegate.h"
#include "workloads/workloadslistmodel.h"
#include "workloads/workloadtext.h"

#include <QPainter>

namespace bulkhead::ui {

void CheckMatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(WorkloadsListModel::LoadedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    if (WorkloadsListModel::isCheckColumn(index.column())) {
        paintCell(painter, option, index);
        return;
    }
    if (index.column() == WorkloadsListModel::FailedColumn && index.data(Qt::DisplayRole).toInt() > 0) {
        paintFailed(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QSize CheckMatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (WorkloadsListModel::isCheckColumn(index.column()))
        return {option.fontMetrics.height() + 10, option.fontMetrics.height() + 6};
    return QStyledItemDelegate::sizeHint(option, index);
}

void CheckMatrixDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    // Selection and alternate rows as the style draws them; the content goes on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

void CheckMatrixDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const auto state = static_cast<CheckState>(index.data(WorkloadsListModel::CellStateRole).toInt());
    const auto severity = static_cast<Severity>(index.data(WorkloadsListModel::CellSeverityRole).toInt());
    const QColor fill = workloadtext::stateColor(state, severity);
    // Inset, so that the row's selection shows around the cells.
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    painter->save();
    painter->fillRect(cell, fill);
    if (state == CheckState::NotAssessed) {
        // Hatched: "we do not know" must never be mistaken for a colour of its own.
        painter->fillRect(cell, QBrush(fill.darker(135), Qt::BDiagPattern));
    }
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(workloadtext::textOn(fill));
    painter->drawText(cell, Qt::AlignCenter, workloadtext::stateGlyph(state));
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(cell.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

void CheckMatrixDelegate::paintFailed(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const int worst = index.data(WorkloadsListModel::WorstSeverityRole).toInt();
    const QString label = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics fm(font);
    const int h = std::min(option.rect.height() - 4, fm.height() + 2);
    const int w = std::min(option.rect.width() - 6, std::max(h, fm.horizontalAdvance(label) + 12));
    // Right-aligned, as the other numbers are.
    const QRect pill(option.rect.right() - 3 - w, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(SeverityDelegate::severityColor(worst));
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, label);
    painter->restore();
}

} // namespace bulkhead::ui
