#pragma once

#include "rbac/rbacqueries.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// The answers to one who-can question (computed on the worker), as a table: the binding subject
// that may do it, the binding and role that grant it, the scope and the group it comes through.
class WhoCanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoCanModel)

public:
    enum Column { KindColumn, SubjectColumn, BindingColumn, RoleColumn, ScopeColumn, ViaGroupColumn, ColumnCount };
    enum Role { SubjectKeyRole = Qt::UserRole + 1 };

    explicit WhoCanModel(QObject *parent = nullptr);
    ~WhoCanModel() override;

    void setRows(std::vector<RbacWhoCanRow> rows);
    const RbacWhoCanRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<RbacWhoCanRow> m_rows;
};

} // namespace bulkhead::ui
