#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Paints the Images table's judgement columns so that a screen of images reads at a glance: the
// signature state as a coloured pill with a symbol (the shape says it too, for colour-blind eyes),
// "not scanned" / stale scans in red, a root user in amber, and the vulnerability counts as four
// severity-coloured numbers (zeros greyed).
class ImagesDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintSignature(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCounts(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace bulkhead::ui
