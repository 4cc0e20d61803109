#include "review/signoffdialog.h"

#include "common/background.h"
#include "review/reviewjson.h"
#include "review/weeklyreviewtext.h"
#include "store/database.h"
#include "store/signoffrepository.h"
#include "util/osuser.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

namespace bulkhead::ui {

namespace {

struct WriteResult {
    qint64 id = 0;
    QString error;
};

// What the review held, in one line for the dialog.
QString contents(const ReviewDiff &d)
{
    const QLocale l;
    auto n = [&l](std::int64_t v) { return l.toString(static_cast<qlonglong>(v)); };
    QStringList parts{
        SignoffDialog::tr("%1 new and %2 resolved critical or high findings")
            .arg(n(d.newFindingsTotal), n(d.resolvedFindingsTotal)),
        SignoffDialog::tr("%Ln RBAC bindings new or changed", nullptr, int(d.bindingsTotal)),
        SignoffDialog::tr("%Ln secrets overdue", nullptr, int(d.secretsOverdueTotal)),
        SignoffDialog::tr("%1 acceptances and %2 attestations expiring")
            .arg(n(d.acceptancesExpiringTotal), n(static_cast<std::int64_t>(d.attestationsExpiring.size()))),
        SignoffDialog::tr("%Ln drills or actions due", nullptr, int(d.drillsDue.size())),
        SignoffDialog::tr("%Ln control status changes", nullptr, int(d.controlChanges.size())),
        SignoffDialog::tr("%Ln coverage changes", nullptr, int(d.coverage.size())),
    };
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace

SignoffDialog::SignoffDialog(QString storePath, ReviewDiff diff, std::int64_t now, QWidget *parent)
    : QDialog(parent), m_storePath(std::move(storePath)), m_diff(std::move(diff)), m_now(now), m_signer(osUserName())
{
    setWindowTitle(tr("Sign off the weekly review"));
    auto *form = new QFormLayout;
    auto *who = new QLabel(QString::fromStdString(m_signer), this);
    who->setObjectName(QStringLiteral("signoffSigner"));
    form->addRow(tr("Signed by:"), who);
    QString scoreText = tr("%1 → %2").arg(weeklytext::score(m_diff.scoreBefore), weeklytext::score(m_diff.scoreNow));
    if (const QString delta = weeklytext::delta(m_diff.scoreBefore, m_diff.scoreNow); !delta.isEmpty())
        scoreText += QStringLiteral(" (%1)").arg(delta);
    scoreText += QLatin1Char(' ') + tr("— %1 of %2 controls assessed").arg(m_diff.current.assessed).arg(m_diff.current.controls);
    auto *score = new QLabel(scoreText, this);
    score->setObjectName(QStringLiteral("signoffScore"));
    form->addRow(tr("Score:"), score);
    auto *since = new QLabel(m_diff.baseline ? weeklytext::dateTime(m_diff.baseline->takenAt) : tr("no earlier snapshot"), this);
    form->addRow(tr("Compared with:"), since);
    auto *held = new QLabel(contents(m_diff), this);
    held->setWordWrap(true);
    form->addRow(tr("The review:"), held);

    auto *note = new QLabel(tr("This sign-off takes a snapshot of the posture now; the next review compares with it. "
                               "Sign-offs are kept and cannot be changed."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("signoffNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was decided: who fixes what by when, what is accepted and why."));
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 6 + 10);
    auto *notesLabel = new QLabel(tr("&Notes (required):"), this);
    notesLabel->setBuddy(m_notes);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("signoffProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    signButton()->setText(tr("Sign off"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignoffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_notes, &QPlainTextEdit::textChanged, this, &SignoffDialog::updateState);
    updateState();
    m_notes->setFocus();
}

QPushButton *SignoffDialog::signButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SignoffDialog::problem() const
{
    if (m_signer.empty())
        return tr("The operating-system user name is unknown, so the sign-off cannot say who signed.");
    if (m_notes->toPlainText().trimmed().isEmpty())
        return tr("Write what was decided in the notes.");
    return {};
}

void SignoffDialog::updateState()
{
    const QString why = m_writing ? QString() : problem();
    if (!m_writing) {
        m_problem->setText(why);
        m_problem->setVisible(!why.isEmpty());
    }
    signButton()->setEnabled(!m_writing && why.isEmpty());
    m_notes->setReadOnly(m_writing);
}

void SignoffDialog::accept()
{
    if (m_writing || !problem().isEmpty())
        return;
    Signoff s;
    s.signedBy = m_signer;
    s.signedAt = m_now; // 0: SignoffRepository takes the clock
    s.since = m_diff.since;
    s.score = m_diff.scoreNow;
    s.notes = m_notes->toPlainText().trimmed().toStdString();
    s.summary = reviewSummaryJson(m_diff);
    m_writing = true;
    m_problem->setText(tr("Signing off…"));
    m_problem->setVisible(true);
    updateState();
    const QString path = m_storePath;
    runInBackground<WriteResult>(
        this,
        [path, s] {
            WriteResult r;
            try {
                Database db = Database::open(path.toStdString());
                r.id = SignoffRepository(db).signOff(s);
            } catch (const std::exception &e) {
                r.error = QString::fromUtf8(e.what());
            }
            return r;
        },
        [this](WriteResult r) { onWritten(r.id, r.error); });
}

void SignoffDialog::reject()
{
    if (!m_writing)
        QDialog::reject();
}

void SignoffDialog::onWritten(qint64 id, const QString &error)
{
    m_writing = false;
    if (!error.isEmpty()) {
        updateState();
        m_problem->setText(tr("The sign-off was not recorded: %1").arg(error));
        m_problem->setVisible(true);
        return;
    }
    Q_EMIT signedOff(id);
    QDialog::accept();
}

} // namespace bulkhead::ui
