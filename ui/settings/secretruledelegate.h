#pragma once

#include <QStyledItemDelegate>

namespace bulkhead::ui {

// Editors of the rotation rules table that only let valid values in: the store is chosen from the
// three kinds (or any), the interval is a number of days from 0 ("always overdue") to ten years.
// Every other column edits as text.
class SecretRuleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretRuleDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace bulkhead::ui
