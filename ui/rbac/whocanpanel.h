#pragma once

#include <QWidget>

#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bulkhead::ui {

class RbacQueries;
class WhoCanModel;
struct RbacWhoCanAnswer;
struct RbacWhyText;

// The "Who can" tab: a question (verb, resource[/subresource], namespace) answered with every
// binding subject that may do it and the binding and role that grant it; and for one subject
// typed in, "why" (the granting chain) or "why not" (the closest grant and what differs). The
// answers come from RbacQueries' worker; this widget never reads the store.
class WhoCanPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoCanPanel)

public:
    WhoCanPanel(RbacQueries *queries, QWidget *parent = nullptr);

    void setCluster(const std::string &cluster); // the answers shown go: they were another cluster's
    void ask();     // who can
    void explain(); // why / why not, for the subject typed in

    QComboBox *verbCombo() const { return m_verb; }
    QLineEdit *resourceField() const { return m_resource; }
    QLineEdit *namespaceField() const { return m_namespace; }
    QLineEdit *subjectField() const { return m_subject; }
    QPushButton *askButton() const { return m_ask; }
    QPushButton *explainButton() const { return m_explain; }
    WhoCanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPlainTextEdit *chainText() const { return m_chain; }

Q_SIGNALS:
    void answered();  // a who-can answer (or its error) is shown
    void explained(); // a why answer (or its error) is shown

private:
    void onWhoCan(const RbacWhoCanAnswer &answer);
    void onWhy(const RbacWhyText &answer);

    RbacQueries *m_queries;
    std::string m_cluster;
    QComboBox *m_verb = nullptr;
    QLineEdit *m_resource = nullptr;
    QLineEdit *m_namespace = nullptr;
    QPushButton *m_ask = nullptr;
    QLabel *m_summary = nullptr;
    WhoCanModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_subject = nullptr;
    QPushButton *m_explain = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_chain = nullptr;
};

} // namespace bulkhead::ui
