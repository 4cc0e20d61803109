#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Paints the subjects list's risk as a severity pill (the findings view's colours) followed by a
// small badge per risk rule ("secrets", "exec", "escalate"), and the review state as a coloured
// chip, so that the eye finds the subjects to look at first in a screen of names.
class RbacSubjectsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacSubjectsDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
