#pragma once

#include "secrets/secretpolicy.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace bulkhead::ui {

class SecretRulesModel;

// The Settings dialog's Secrets tab: the default rotation interval, the service-account token
// interval, the rotation annotations (one per line, tried in order) and the rules table (add,
// remove, reorder, edit in place; import and export as the JSON `bulkheadctl secrets policy`
// reads and writes). It edits a SecretPolicy; the dialog saves it on OK.
class SecretPolicyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPolicyPage)

public:
    explicit SecretPolicyPage(QWidget *parent = nullptr);

    SecretPolicy policy() const; // as currently edited
    void setPolicy(const SecretPolicy &policy);
    // The first problem of what is typed (a rule without a name, a malformed annotation), "" when
    // the policy can be saved.
    QString problem() const;

    // Imports / exports the policy as JSON (secretPolicyFromJson / secretPolicyToJson). An import
    // replaces what is edited (saved only on OK); errors name the file and the field. Empty on
    // success, else the error (also shown on the page).
    QString importFrom(const QString &path);
    QString exportTo(const QString &path) const;

    // Widgets, for tests.
    QSpinBox *defaultDaysSpin() const { return m_defaultDays; }
    QSpinBox *serviceAccountDaysSpin() const { return m_tokenDays; }
    QPlainTextEdit *annotationsEdit() const { return m_annotations; }
    QTableView *rulesTable() const { return m_table; }
    SecretRulesModel *rulesModel() const { return m_rules; }
    QPushButton *addRuleButton() const { return m_add; }
    QPushButton *removeRuleButton() const { return m_remove; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }
    QLabel *problemLabel() const { return m_problem; }

    void addRule();
    void removeSelectedRule();
    void moveSelectedRule(int delta);

Q_SIGNALS:
    void problemChanged(const QString &problem); // "" when the page can be saved

private:
    QWidget *createIntervals();
    QWidget *createAnnotations();
    QWidget *createRules();
    int selectedRow() const;
    void updateState();

    QSpinBox *m_defaultDays = nullptr;
    QSpinBox *m_tokenDays = nullptr;
    QPlainTextEdit *m_annotations = nullptr;
    SecretRulesModel *m_rules = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_fileMessage = nullptr;
    QString m_lastProblem;
};

} // namespace bulkhead::ui
