#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Paints the Workloads table's check matrix: each check cell a coloured square (a failure red,
// darker the more severe; a pass green; n/a light grey; not assessed grey and hatched) carrying a
// glyph (✗ ✓ – ?) so that it reads without colour too; and the failing count as a pill in the
// colour of the worst failing check's severity.
class CheckMatrixDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckMatrixDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintFailed(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace bulkhead::ui
