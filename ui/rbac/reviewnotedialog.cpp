#include "rbac/reviewnotedialog.h"

#include "rbac/reviewtext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
constexpr ReviewDecision kDecisions[] = {ReviewDecision::Keep, ReviewDecision::Reduce, ReviewDecision::Remove,
                                         ReviewDecision::Escalate};
// The mnemonic of each radio button is the queue's key for it (K, R, X, E).
const char *const kLabels[] = {QT_TRANSLATE_NOOP("bulkhead::ui::ReviewNoteDialog", "&Keep"),
                               QT_TRANSLATE_NOOP("bulkhead::ui::ReviewNoteDialog", "&Reduce"),
                               QT_TRANSLATE_NOOP("bulkhead::ui::ReviewNoteDialog", "Remove (&X)"),
                               QT_TRANSLATE_NOOP("bulkhead::ui::ReviewNoteDialog", "&Escalate")};
} // namespace

ReviewNoteDialog::ReviewNoteDialog(ReviewDecision decision, int bindingCount, const QString &subject, QWidget *parent)
    : QDialog(parent), m_count(bindingCount)
{
    setWindowTitle(tr("Review bindings"));
    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("countLabel"));
    count->setText(bindingCount == 1 && !subject.isEmpty()
                       ? tr("Review of %1").arg(subject)
                       : tr("Applies to %Ln bindings.", nullptr, bindingCount));
    count->setWordWrap(true);
    QFont bold = count->font();
    bold.setBold(true);
    count->setFont(bold);

    m_decisions = new QButtonGroup(this);
    auto *choices = new QHBoxLayout;
    for (std::size_t i = 0; i < std::size(kDecisions); ++i) {
        auto *button = new QRadioButton(tr(kLabels[i]), this);
        button->setObjectName(QStringLiteral("decision-%1").arg(QLatin1String(reviewDecisionName(kDecisions[i]))));
        m_decisions->addButton(button, static_cast<int>(kDecisions[i]));
        choices->addWidget(button);
    }
    choices->addStretch(1);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. still needed by the deploy pipeline; owner: platform team"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 10);
    m_note->installEventFilter(this);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    auto *hint = new QLabel(tr("Enter records the review; Shift+Enter starts a new line."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record review"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(count);
    layout->addLayout(choices);
    layout->addWidget(m_explanation);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_decisions, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateState();
    });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewNoteDialog::updateState);
    setDecision(decision);
    m_note->setFocus();
}

ReviewDecision ReviewNoteDialog::decision() const
{
    const int id = m_decisions->checkedId();
    return id < 0 ? ReviewDecision::Keep : static_cast<ReviewDecision>(id);
}

void ReviewNoteDialog::setDecision(ReviewDecision decision)
{
    m_decisions->button(static_cast<int>(decision))->setChecked(true);
    updateState();
}

std::string ReviewNoteDialog::note() const
{
    return m_note->toPlainText().trimmed().toStdString();
}

QString ReviewNoteDialog::problem() const
{
    if (m_count <= 0)
        return tr("No binding is selected.");
    // A binding kept as it is needs no story; any other decision is work for someone, who has to
    // know what to do.
    if (decision() != ReviewDecision::Keep && note().empty())
        return tr("Say what should happen to the binding (%1).").arg(reviewtext::decisionTitle(decision()).toLower());
    return {};
}

void ReviewNoteDialog::updateState()
{
    m_explanation->setText(reviewtext::decisionExplanation(decision()));
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

bool ReviewNoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In the note, Enter and Ctrl+Enter record the review (when it is complete); Shift+Enter is a
    // line break. Elsewhere the dialog's default button takes Enter anyway.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ShiftModifier)) {
            if (problem().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace bulkhead::ui
