#pragma once

#include "rbac/rbacqueries.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace bulkhead::ui {

class PermissionMatrixModel;

// The right half of the Subjects tab: the chosen subject's permission matrix with a scope chooser
// (cluster-wide, or one of the namespaces where it has grants) and, under it, the detail of the
// current cell: which binding, role and rule grant it. It shows answers; RbacView asks for them.
class PermissionMatrixPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermissionMatrixPanel)

public:
    explicit PermissionMatrixPanel(QWidget *parent = nullptr);

    // A matrix is being built for this subject (the old one stays until it arrives).
    void showBuilding(const RbacSubject &subject);
    void setAnswer(const RbacMatrixAnswer &answer);
    // Nothing chosen: `message` says what to do.
    void showMessage(const QString &message);
    // The scope chosen ("" = cluster-wide).
    std::string scope() const;
    bool isBuilding() const { return m_building; }

    PermissionMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLabel *titleLabel() const { return m_title; }
    QPlainTextEdit *detail() const { return m_detail; }

Q_SIGNALS:
    void scopeChanged(const std::string &scope);

private:
    void showCellDetail();

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_scope = nullptr;
    PermissionMatrixModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_legend = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    bool m_updating = false;
    bool m_building = false;
};

} // namespace bulkhead::ui
