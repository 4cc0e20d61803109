#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Paints the findings table's severity as a coloured pill and an overdue SLA date as a red
// badge, so that the eye finds critical and late rows in a screen of text.
class SeverityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeverityDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor severityColor(int severity);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
