#include "settings/credentialspage.h"

#include "credentials/credentialhelper.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bulkhead::ui {

CredentialsPage::CredentialsPage(QWidget *parent) : QWidget(parent)
{
    auto *explain = new QLabel(
        tr("A registry's docker config may name a credential helper (\"credsStore\" or \"credHelpers\") that "
           "gives the login. Bulkhead runs docker-credential-NAME only for the helpers listed here, because a "
           "config file could otherwise make it run any program. The login the helper returns is used for "
           "the collection and never stored."),
        this);
    explain->setWordWrap(true);
    auto *label = new QLabel(tr("&Approved credential helpers (one name per line, e.g. pass, secretservice, ecr-login):"),
                             this);
    label->setWordWrap(true);
    m_helpers = new QPlainTextEdit(this);
    m_helpers->setObjectName(QStringLiteral("approvedHelpersEdit"));
    m_helpers->setTabChangesFocus(true);
    label->setBuddy(m_helpers);
    auto *environment = new QLabel(
        tr("bulkheadctl reads the same list; BULKHEAD_APPROVED_CREDENTIAL_HELPERS=name,... adds to it for one run."),
        this);
    environment->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("approvedHelpersProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(label);
    layout->addWidget(m_helpers, 1);
    layout->addWidget(environment);
    layout->addWidget(m_problem);
    connect(m_helpers, &QPlainTextEdit::textChanged, this, &CredentialsPage::updateProblem);
}

QStringList CredentialsPage::approvedHelpers() const
{
    QStringList out;
    for (const QString &line : m_helpers->toPlainText().split(QLatin1Char('\n'))) {
        const QString name = line.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

void CredentialsPage::setApprovedHelpers(const QStringList &names)
{
    m_helpers->setPlainText(names.join(QLatin1Char('\n')));
    updateProblem();
}

QString CredentialsPage::problem() const
{
    for (const QString &name : approvedHelpers()) {
        if (!CredentialHelper::validName(name.toStdString()))
            return tr("\"%1\" is not a credential helper name: use letters, digits, '.', '_' and '-' (the part after "
                      "docker-credential-).")
                .arg(name);
    }
    return {};
}

void CredentialsPage::updateProblem()
{
    const QString now = problem();
    m_problem->setText(now);
    m_problem->setVisible(!now.isEmpty());
    if (now != m_lastProblem) {
        m_lastProblem = now;
        Q_EMIT problemChanged(now);
    }
}

} // namespace bulkhead::ui
