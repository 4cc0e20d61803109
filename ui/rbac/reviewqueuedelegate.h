#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Paints the review queue's risk as a pill in the severity colours of the findings table (worst
// severity and rule count: "High · 3") and the review state as a pill in its own colour, so that
// the eye finds risky and changed bindings in a screen of text.
class ReviewQueueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
