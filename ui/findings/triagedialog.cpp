#include "findings/triagedialog.h"
#include "i18n/localeformat.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {


struct ModeText {
    const char *title;
    const char *explanation;
};

ModeText modeText(TriageDialog::Mode mode)
{
    using Mode = TriageDialog::Mode;
    switch (mode) {
    case Mode::Confirm:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Confirm"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "The finding is real and needs a fix. Its SLA keeps running.")};
    case Mode::FalsePositive:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Mark as false positive"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "The scanner is wrong here. Say why, so that a reviewer can check it.")};
    case Mode::AcceptRisk:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Accept risk"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "The finding stays but is not fixed for now. Say why and until when; "
                                                    "on that date it opens again.")};
    case Mode::Mitigate:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Mark as mitigated"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Something else (a network policy, a WAF rule, a configuration) removes the risk.")};
    case Mode::Reopen:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Reopen"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Back to open: the earlier decision no longer holds.")};
    case Mode::Assign:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Assign"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Who takes care of it. Leave empty to clear the assignee.")};
    case Mode::Comment:
        return {QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Comment"),
                QT_TRANSLATE_NOOP("bulkhead::ui::TriageDialog", "Adds a note to the triage history; nothing else changes.")};
    }
    return {"", ""};
}

std::string trimmed(const QPlainTextEdit *edit)
{
    return edit ? edit->toPlainText().trimmed().toStdString() : std::string();
}

} // namespace

TriageDialog::TriageDialog(Mode mode, qint64 findingCount, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_count(findingCount)
{
    const ModeText text = modeText(mode);
    setWindowTitle(tr(text.title));

    auto *explanation = new QLabel(tr(text.explanation), this);
    explanation->setWordWrap(true);
    // "1 finding" / "1,204 findings". English keeps a singular and a plural source (it ships no
    // translation to pick one); each is a plural entry, so that a translation picks its own form.
    auto *count = new QLabel(findingCount == 1 ? tr("Applies to %n finding.", nullptr, 1)
                                               : tr("Applies to %Ln findings.", nullptr, static_cast<int>(findingCount)),
                             this);
    count->setObjectName(QStringLiteral("countLabel"));
    QFont bold = count->font();
    bold.setBold(true);
    count->setFont(bold);

    auto *form = new QFormLayout;
    if (needsJustification()) {
        m_justification = new QPlainTextEdit(this);
        m_justification->setObjectName(QStringLiteral("justification"));
        m_justification->setTabChangesFocus(true);
        m_justification->setPlaceholderText(mode == Mode::FalsePositive
                                                ? tr("e.g. the vulnerable function is not in this build")
                                                : tr("e.g. only reachable from the internal network; fix planned with the 2.0 base image"));
        m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 5);
        form->addRow(tr("&Justification:"), m_justification);
        connect(m_justification, &QPlainTextEdit::textChanged, this, &TriageDialog::updateState);
    }
    if (mode == Mode::AcceptRisk) {
        m_expiry = new QDateEdit(defaultExpiry(), this);
        m_expiry->setObjectName(QStringLiteral("expiry"));
        m_expiry->setCalendarPopup(true);
        m_expiry->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
        m_expiry->setMinimumDate(QDate::currentDate()); // today is shown, and refused, with a reason
        form->addRow(tr("Accepted &until:"), m_expiry);
        connect(m_expiry, &QDateEdit::dateChanged, this, &TriageDialog::updateState);
    }
    if (mode == Mode::Assign) {
        m_assignee = new QLineEdit(this);
        m_assignee->setObjectName(QStringLiteral("assignee"));
        m_assignee->setPlaceholderText(tr("empty clears the assignee"));
        m_assignee->setClearButtonEnabled(true);
        form->addRow(tr("&Assignee:"), m_assignee);
    }
    if (!needsJustification()) {
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("note"));
        m_note->setTabChangesFocus(true);
        m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
        form->addRow(mode == Mode::Comment ? tr("&Comment:") : tr("&Note (optional):"), m_note);
        connect(m_note, &QPlainTextEdit::textChanged, this, &TriageDialog::updateState);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr(text.title));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(count);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    if (m_justification)
        m_justification->setFocus();
    else if (m_assignee)
        m_assignee->setFocus();
    else
        m_note->setFocus();
    updateState();
}

std::optional<TriageChange> TriageDialog::ask(QWidget *parent, Mode mode, qint64 findingCount)
{
    TriageDialog dialog(mode, findingCount, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.change();
}

QDate TriageDialog::defaultExpiry()
{
    return QDate::currentDate().addDays(90);
}

void TriageDialog::setAssignee(const QString &assignee)
{
    if (m_assignee)
        m_assignee->setText(assignee);
}

std::int64_t TriageDialog::expiresAt() const
{
    return m_expiry ? QDateTime(m_expiry->date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() : 0;
}

QString TriageDialog::problem() const
{
    if (m_count <= 0)
        return tr("No finding is selected.");
    if (m_justification && m_justification->toPlainText().trimmed().isEmpty())
        return m_mode == Mode::FalsePositive ? tr("Say why this is a false positive.")
                                             : tr("Say why the risk is accepted.");
    if (m_expiry) {
        if (m_expiry->date() <= QDate::currentDate() || expiresAt() <= QDateTime::currentSecsSinceEpoch())
            return tr("The expiry date must be in the future.");
    }
    if (m_mode == Mode::Comment && m_note->toPlainText().trimmed().isEmpty())
        return tr("Write the comment.");
    return {};
}

TriageChange TriageDialog::change() const
{
    TriageChange c;
    switch (m_mode) {
    case Mode::Confirm: c.status = FindingStatus::Confirmed; break;
    case Mode::FalsePositive: c.status = FindingStatus::FalsePositive; break;
    case Mode::AcceptRisk: c.status = FindingStatus::RiskAccepted; break;
    case Mode::Mitigate: c.status = FindingStatus::Mitigated; break;
    case Mode::Reopen: c.status = FindingStatus::Open; break;
    case Mode::Assign: c.assignee = m_assignee->text().trimmed().toStdString(); break;
    case Mode::Comment: break;
    }
    c.justification = trimmed(m_justification);
    c.expiresAt = expiresAt();
    c.note = trimmed(m_note);
    return c;
}

void TriageDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace bulkhead::ui
