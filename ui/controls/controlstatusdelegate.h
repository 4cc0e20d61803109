#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Draws the status column as a coloured badge (controlstext::statusColor) with the status's name,
// so that fail, partial and pass read at a glance; the text stays the cell's display text.
class ControlStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
