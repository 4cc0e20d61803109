#pragma once

#include "rbac/permissionmatrix.h"

#include <QAbstractTableModel>

#include <memory>

namespace bulkhead::ui {

// A PermissionMatrix as a table: one row per resource (the vertical header names it), one column
// per verb. It only shows what the worker built (no store, no analysis here). A cell says whether
// the subject may, readable without colour ("✓", "✓*" for named objects only), and explains
// which binding, role and rule grant it (tooltip, cellDetail()).
class PermissionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixModel)

public:
    enum Role {
        AllowedRole = Qt::UserRole + 1, // bool
        NamedObjectsOnlyRole,           // bool: only objects the rule names
        ClusterWideOnlyRole,            // bool: in a namespace, granted only by cluster-wide bindings
        SensitiveRole,                  // bool: a permission the risk rules look at (secrets, exec, escalate, *)
        GrantCountRole,                 // int
    };

    explicit PermissionMatrixModel(QObject *parent = nullptr);
    ~PermissionMatrixModel() override;

    void setMatrix(std::shared_ptr<const PermissionMatrix> matrix);
    void clear();
    const PermissionMatrix *matrix() const { return m_matrix.get(); }

    // What a cell means, for people: the question, then one line per grant (binding -> role ->
    // rule, scope, group), or why nothing grants it.
    QString cellDetail(const QModelIndex &index) const;
    // Whether the risk rules would flag this verb on this resource (for the highlight).
    static bool isSensitive(const PermissionMatrixRow &row, const std::string &verb);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString question(int row, int column) const;

    std::shared_ptr<const PermissionMatrix> m_matrix;
};

} // namespace bulkhead::ui
