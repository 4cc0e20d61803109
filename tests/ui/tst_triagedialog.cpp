// TriageDialog: OK stays disabled, with a reason, until each mode has what TriageRepository
// requires (justification, a future expiry, a comment), and the change it returns carries the
// status, justification, expiry, assignee and note that were entered.
#include "findings/triagedialog.h"
#include "testsupport.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using bulkhead::FindingStatus;
using bulkhead::ui::TriageDialog;
using Mode = TriageDialog::Mode;

namespace {

QPushButton *okButton(TriageDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template <typename T>
T *field(TriageDialog &d, const char *name)
{
    return d.findChild<T *>(QString::fromLatin1(name));
}

// Whether the reason label is shown (a hidden dialog's children are never "visible").
bool problemShown(TriageDialog &d)
{
    return !field<QLabel>(d, "problemLabel")->isHidden();
}

} // namespace

class TestTriageDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void statusModesWithoutRequirements_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<FindingStatus>("status");
        QTest::newRow("confirm") << Mode::Confirm << FindingStatus::Confirmed;
        QTest::newRow("mitigate") << Mode::Mitigate << FindingStatus::Mitigated;
        QTest::newRow("reopen") << Mode::Reopen << FindingStatus::Open;
    }

    void statusModesWithoutRequirements()
    {
        QFETCH(Mode, mode);
        QFETCH(FindingStatus, status);
        TriageDialog d(mode, 3);
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(!problemShown(d));
        QVERIFY(!field<QPlainTextEdit>(d, "justification"));
        field<QPlainTextEdit>(d, "note")->setPlainText("  checked with the team  ");
        const bulkhead::TriageChange c = d.change();
        QCOMPARE(c.status, std::optional<FindingStatus>(status));
        QCOMPARE(c.note, std::string("checked with the team"));
        QVERIFY(c.justification.empty());
        QVERIFY(!c.assignee);
        QCOMPARE(c.expiresAt, std::int64_t(0));
        QVERIFY(c.actor.empty());
    }

    void falsePositiveNeedsJustification()
    {
        TriageDialog d(Mode::FalsePositive, 1);
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(problemShown(d));
        QVERIFY(!field<QLabel>(d, "problemLabel")->text().isEmpty());
        QVERIFY(!field<QPlainTextEdit>(d, "note"));
        auto *why = field<QPlainTextEdit>(d, "justification");
        why->setPlainText("   \n ");
        QVERIFY(!okButton(d)->isEnabled()); // blank is no justification
        why->setPlainText("function not compiled in");
        QVERIFY(okButton(d)->isEnabled());
        QVERIFY(!problemShown(d));
        const bulkhead::TriageChange c = d.change();
        QCOMPARE(c.status, std::optional<FindingStatus>(FindingStatus::FalsePositive));
        QCOMPARE(c.justification, std::string("function not compiled in"));
    }

    void acceptRiskNeedsJustificationAndFutureExpiry()
    {
        TriageDialog d(Mode::AcceptRisk, 1204);
        auto *expiry = field<QDateEdit>(d, "expiry");
        QVERIFY(expiry);
        QCOMPARE(expiry->date(), QDate::currentDate().addDays(90));
        QVERIFY(!okButton(d)->isEnabled()); // no justification yet

        field<QPlainTextEdit>(d, "justification")->setPlainText("WAF rule 12 blocks the vector");
        QVERIFY(okButton(d)->isEnabled());

        expiry->setDate(QDate::currentDate()); // ends today: not in the future
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(field<QLabel>(d, "problemLabel")->text().contains("future"));
        expiry->setDate(QDate::currentDate().addDays(-3)); // refused by the editor itself
        QVERIFY(expiry->date() >= QDate::currentDate());
        QVERIFY(!okButton(d)->isEnabled());

        const QDate until = QDate::currentDate().addDays(30);
        expiry->setDate(until);
        QVERIFY(okButton(d)->isEnabled());
        const bulkhead::TriageChange c = d.change();
        QCOMPARE(c.status, std::optional<FindingStatus>(FindingStatus::RiskAccepted));
        QCOMPARE(c.justification, std::string("WAF rule 12 blocks the vector"));
        // The acceptance ends when that date begins (UTC), as `bulkheadctl triage --expires DATE`.
        QCOMPARE(c.expiresAt, QDateTime(until, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(c.expiresAt > QDateTime::currentSecsSinceEpoch());

        // The count says how many findings the decision covers.
        QVERIFY(field<QLabel>(d, "countLabel")->text().contains(QLocale().toString(qint64(1204))));
    }

    void assignSetsOrClears()
    {
        TriageDialog d(Mode::Assign, 2);
        QVERIFY(okButton(d)->isEnabled()); // empty clears: valid as it is
        QCOMPARE(d.change().assignee, std::optional<std::string>(""));
        QVERIFY(!d.change().status);
        d.setAssignee("  dana ");
        QCOMPARE(field<QLineEdit>(d, "assignee")->text(), QStringLiteral("  dana "));
        QCOMPARE(d.change().assignee, std::optional<std::string>("dana"));
    }

    void commentNeedsText()
    {
        TriageDialog d(Mode::Comment, 1);
        QVERIFY(!okButton(d)->isEnabled());
        field<QPlainTextEdit>(d, "note")->setPlainText("asked the vendor");
        QVERIFY(okButton(d)->isEnabled());
        const bulkhead::TriageChange c = d.change();
        QVERIFY(!c.status);
        QVERIFY(!c.assignee);
        QCOMPARE(c.note, std::string("asked the vendor"));
    }

    void nothingSelected()
    {
        TriageDialog d(Mode::Confirm, 0);
        QVERIFY(!okButton(d)->isEnabled());
        QVERIFY(problemShown(d));
    }

    void askReturnsTheChangeOrNothing()
    {
        // Accept: fill the justification, then press OK on the open dialog.
        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<TriageDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            d->findChild<QPlainTextEdit *>(QStringLiteral("justification"))->setPlainText("test data only");
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        const auto accepted = TriageDialog::ask(nullptr, Mode::FalsePositive, 5);
        QVERIFY(accepted);
        QCOMPARE(accepted->justification, std::string("test data only"));

        QTimer::singleShot(0, this, [] {
            auto *d = qobject_cast<TriageDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            d->reject();
        });
        QVERIFY(!TriageDialog::ask(nullptr, Mode::Confirm, 5));

        if (const QByteArray dir = qgetenv("BULKHEAD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            TriageDialog d(Mode::AcceptRisk, 1204);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.grab().save(QString::fromLocal8Bit(dir) + "/triagedialog.png");
        }
    }
};

QTEST_MAIN(TestTriageDialog)
#include "tst_triagedialog.moc"
