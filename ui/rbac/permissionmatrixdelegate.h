#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Paints a permission matrix cell as a square: filled where the subject may, in the findings'
// "high" colour where the permission is one the risk rules flag (secrets, exec, escalate, "*"),
// paler where only cluster-wide bindings grant it (seen from a namespace), outlined where only
// named objects are allowed. The glyph stays for readers without colour.
class PermissionMatrixDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor allowedColor(bool sensitive);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
