#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace bulkhead::ui {

// The Settings dialog's Credentials tab: which Docker credential helpers (docker-credential-NAME,
// named by "credsStore"/"credHelpers" in a docker config) Bulkhead may run to get a registry login.
// A docker config is data that may come from anywhere; running a program it names is only done for
// helpers the user approved here (the setting credentials/approvedHelpers, shared with bulkheadctl).
// One name per line; a name that is not a valid helper name is reported and blocks OK, as the
// Secrets tab does with a broken rule.
class CredentialsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsPage)

public:
    explicit CredentialsPage(QWidget *parent = nullptr);

    QStringList approvedHelpers() const; // as edited: trimmed, empty lines and duplicates dropped
    void setApprovedHelpers(const QStringList &names);
    QString problem() const; // "" when every name is valid

    QPlainTextEdit *helpersEdit() const { return m_helpers; } // for tests

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    void updateProblem();

    QPlainTextEdit *m_helpers = nullptr;
    QLabel *m_problem = nullptr;
    QString m_lastProblem;
};

} // namespace bulkhead::ui
