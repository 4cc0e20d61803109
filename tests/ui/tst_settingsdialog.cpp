// The settings dialog: shows the saved SLA and review intervals, saves edits on OK only, says
// "No deadline" for 0 and restores the defaults.
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "uitestsupport.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using bulkhead::Severity;
using bulkhead::SlaPolicy;
using bulkhead::ui::AppSettings;
using bulkhead::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static SlaPolicy policy(int critical, int high, int medium, int low)
    {
        SlaPolicy p;
        p.days[static_cast<std::size_t>(Severity::Critical)] = critical;
        p.days[static_cast<std::size_t>(Severity::High)] = high;
        p.days[static_cast<std::size_t>(Severity::Medium)] = medium;
        p.days[static_cast<std::size_t>(Severity::Low)] = low;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bulkhead::test::isolateSettings(m_dir, "tst_settingsdialog");
    }

    void init() { QSettings().clear(); }

    void showsSavedPolicy()
    {
        AppSettings::setSlaPolicy(policy(2, 14, 60, 0));
        SettingsDialog dialog;
        QCOMPARE(dialog.slaSpinBox(Severity::Critical)->value(), 2);
        QCOMPARE(dialog.slaSpinBox(Severity::High)->value(), 14);
        QCOMPARE(dialog.slaSpinBox(Severity::Medium)->value(), 60);
        QCOMPARE(dialog.slaSpinBox(Severity::Low)->value(), 0);
        QCOMPARE(dialog.slaSpinBox(Severity::Low)->text(), QStringLiteral("No deadline"));
        QCOMPARE(dialog.slaSpinBox(Severity::Medium)->text(), QStringLiteral("60 days"));
        QVERIFY(!dialog.slaSpinBox(Severity::Info));
    }

    void okSavesTypedValues()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &SettingsDialog::slaPolicyChanged);
        QSpinBox *high = dialog.slaSpinBox(Severity::High);
        high->setFocus();
        high->selectAll();
        QTest::keyClicks(high, QStringLiteral("21"));
        QSpinBox *low = dialog.slaSpinBox(Severity::Low);
        low->setFocus();
        low->selectAll();
        QTest::keyClicks(low, QStringLiteral("0"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(AppSettings::slaPolicy(), policy(7, 21, 90, 0));
        QCOMPARE(changed.size(), 1);
    }

    void cancelSavesNothing()
    {
        SettingsDialog dialog;
        QSignalSpy changed(&dialog, &SettingsDialog::slaPolicyChanged);
        dialog.slaSpinBox(Severity::Critical)->setValue(1);
        dialog.reject();
        QCOMPARE(AppSettings::slaPolicy(), SlaPolicy{});
        QCOMPARE(changed.size(), 0);
    }

    void unchangedOkSignalsNothing()
    {
        SettingsDialog dialog;
        QSignalSpy changed(&dialog, &SettingsDialog::slaPolicyChanged);
        dialog.accept();
        QCOMPARE(changed.size(), 0);
    }

    void restoreDefaults()
    {
        AppSettings::setSlaPolicy(policy(1, 2, 3, 4));
        SettingsDialog dialog;
        auto *restore = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(dialog.slaPolicy(), SlaPolicy{});
        QCOMPARE(AppSettings::slaPolicy(), policy(1, 2, 3, 4)); // not saved before OK
        dialog.accept();
        QCOMPARE(AppSettings::slaPolicy(), SlaPolicy{});
    }

    void reviewIntervalsSavedOnOk()
    {
        bulkhead::ReviewPolicy saved;
        saved.intervalDays = 120;
        saved.highRiskIntervalDays = 20;
        AppSettings::setReviewPolicy(saved);
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSpinBox *every = dialog.reviewIntervalSpinBox();
        QSpinBox *high = dialog.highRiskReviewIntervalSpinBox();
        QCOMPARE(every->value(), 120);
        QCOMPARE(high->value(), 20);
        QCOMPARE(every->minimum(), 1); // 0 would read back as the default
        QSignalSpy changed(&dialog, &SettingsDialog::reviewPolicyChanged);

        high->setFocus();
        high->selectAll();
        QTest::keyClicks(high, QStringLiteral("7"));
        QCOMPARE(AppSettings::reviewPolicy().highRiskIntervalDays, 20); // not saved before OK
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(AppSettings::reviewPolicy().intervalDays, 120);
        QCOMPARE(AppSettings::reviewPolicy().highRiskIntervalDays, 7);

        // Unchanged: no signal. Cancel: nothing saved. Restore defaults: 90 and 30 after OK.
        SettingsDialog again;
        QSignalSpy unchanged(&again, &SettingsDialog::reviewPolicyChanged);
        again.accept();
        QCOMPARE(unchanged.size(), 0);
        SettingsDialog cancelled;
        cancelled.reviewIntervalSpinBox()->setValue(5);
        cancelled.reject();
        QCOMPARE(AppSettings::reviewPolicy().intervalDays, 120);
        SettingsDialog restored;
        restored.restoreDefaults();
        QCOMPARE(restored.reviewIntervalSpinBox()->value(), 90);
        QCOMPARE(restored.highRiskReviewIntervalSpinBox()->value(), 30);
        restored.accept();
        QCOMPARE(AppSettings::reviewPolicy().intervalDays, 90);
        QCOMPARE(AppSettings::reviewPolicy().highRiskIntervalDays, 30);
    }

    void trustedRegistriesSavedOnOk()
    {
        AppSettings::setTrustedRegistries({QStringLiteral("registry.example.com")});
        SettingsDialog dialog;
        QCOMPARE(dialog.trustedRegistries(), QStringList{QStringLiteral("registry.example.com")});
        QSignalSpy changed(&dialog, &SettingsDialog::trustedRegistriesChanged);
        dialog.trustedRegistriesEdit()->setPlainText(QStringLiteral("registry.example.com\n\n  ghcr.io/team  \n"));
        QCOMPARE(dialog.trustedRegistries(),
                 (QStringList{QStringLiteral("registry.example.com"), QStringLiteral("ghcr.io/team")}));
        QCOMPARE(AppSettings::trustedRegistries().size(), 1); // not saved before OK
        dialog.accept();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(AppSettings::trustedRegistries(),
                 (QStringList{QStringLiteral("registry.example.com"), QStringLiteral("ghcr.io/team")}));
        // Restore defaults empties the list: the check is then not applicable.
        SettingsDialog again;
        again.restoreDefaults();
        QVERIFY(again.trustedRegistries().isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
