// The settings dialog: shows the saved SLA and review intervals, saves edits on OK only, says
// "No deadline" for 0 and restores the defaults. Its Secrets tab edits the rotation policy
// (intervals, annotations, rules added, edited through their editors, reordered and removed),
// refuses what cannot be saved, saves through core's settings on OK with one signal, and imports
// and exports the policy JSON bulkheadctl reads.
#include "credentials/credentialhelper.h"
#include "settings/appsettings.h"
#include "settings/credentialspage.h"
#include "settings/secretpolicypage.h"
#include "settings/secretrulesmodel.h"
#include "settings/settingsdialog.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using bulkhead::Severity;
using bulkhead::SlaPolicy;
using bulkhead::SecretPolicy;
using bulkhead::SecretPolicyRule;
using bulkhead::ui::AppSettings;
using bulkhead::ui::SecretPolicyPage;
using bulkhead::ui::SecretRulesModel;
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

    static SecretPolicyRule rule(const char *name, const char *store, const char *pattern, int days)
    {
        SecretPolicyRule r;
        r.name = name;
        r.store = store;
        r.namePattern = pattern;
        r.days = days;
        return r;
    }

    static SecretPolicy samplePolicy()
    {
        SecretPolicy p;
        p.defaultDays = 120;
        p.serviceAccountTokenDays = 7;
        p.rotationAnnotations = {"example.com/rotated-at", "bulkhead.dev/rotated-at"};
        p.rules = {rule("payments databases", "vault", "payments/db-*", 30), rule("tls", "kubernetes", "*-tls", 60)};
        p.rules[1].type = "kubernetes.io/tls";
        p.rules[1].label = "team=web";
        return p;
    }

    static QPushButton *okButton(SettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    // Edits one cell of the rules table the way a user does: F2 (or a double click) opens the
    // column's editor, keys go into it, Return commits.
    static void editCell(QTableView *table, int row, int column, const QString &keys)
    {
        const QModelIndex index = table->model()->index(row, column);
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        // A spin box editor gives the focus to its inner line edit: find the open one itself.
        for (QSpinBox *open : table->findChildren<QSpinBox *>()) {
            if (open->isVisible())
                editor = open;
        }
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            spin->setValue(keys.toInt()); // committed by the delegate on Return, as typed values are
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(combo->findText(keys));
        } else {
            QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(editor, keys);
        }
        QTest::keyClick(editor, Qt::Key_Return);
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

    // The Credentials tab edits the approved credential helpers that CredentialHelper reads (the
    // list bulkheadctl reads too): shown as saved, saved on OK only, an invalid name keeps OK
    // disabled and names itself, and Restore defaults approves nothing.
    void approvedCredentialHelpersSavedOnOk()
    {
        CredentialHelper::setApprovedHelpersSetting({"pass"});
        SettingsDialog dialog;
        CredentialsPage *page = dialog.credentialsPage();
        QVERIFY(page);
        QCOMPARE(dialog.tabs()->indexOf(page) >= 0, true);
        QCOMPARE(page->approvedHelpers(), QStringList{QStringLiteral("pass")});

        page->helpersEdit()->setPlainText(QStringLiteral("pass\n../../bin/sh\n"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(page->problem().contains(QStringLiteral("../../bin/sh")), qPrintable(page->problem()));
        auto *problem = page->findChild<QLabel *>(QStringLiteral("approvedHelpersProblem"));
        QVERIFY(problem && !problem->isHidden());
        dialog.tabs()->setCurrentIndex(0);
        dialog.accept(); // e.g. Return in a field: nothing saved, the tab with the problem shown
        QCOMPARE(dialog.tabs()->currentWidget(), page);
        QCOMPARE(CredentialHelper::approvedHelpersSetting(), std::vector<std::string>{"pass"});

        page->helpersEdit()->setPlainText(QStringLiteral(" pass \n\necr-login\npass\n"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(problem->isHidden());
        dialog.accept();
        QCOMPARE(CredentialHelper::approvedHelpersSetting(), (std::vector<std::string>{"pass", "ecr-login"}));

        SettingsDialog again;
        again.restoreDefaults();
        QVERIFY(again.credentialsPage()->approvedHelpers().isEmpty());
        again.reject();
        QCOMPARE(CredentialHelper::approvedHelpersSetting().size(), std::size_t(2)); // Cancel keeps them
    }

    void secretsTabShowsTheSavedPolicy()
    {
        AppSettings::setSecretPolicy(samplePolicy());
        SettingsDialog dialog;
        QCOMPARE(dialog.tabs()->count(), 3); // General, Secrets, Language
        SecretPolicyPage *page = dialog.secretPolicyPage();
        QCOMPARE(page->defaultDaysSpin()->value(), 120);
        QCOMPARE(page->serviceAccountDaysSpin()->value(), 7);
        QCOMPARE(page->annotationsEdit()->toPlainText(),
                 QStringLiteral("example.com/rotated-at\nbulkhead.dev/rotated-at"));
        QCOMPARE(page->rulesModel()->rowCount(), 2);
        const QAbstractItemModel *m = page->rulesModel();
        QCOMPARE(m->index(0, SecretRulesModel::NameColumn).data().toString(), QStringLiteral("payments databases"));
        QCOMPARE(m->index(1, SecretRulesModel::LabelColumn).data().toString(), QStringLiteral("team=web"));
        QCOMPARE(m->index(0, SecretRulesModel::DaysColumn).data().toString(), QStringLiteral("30 days"));
        QCOMPARE(m->index(0, SecretRulesModel::TypeColumn).data().toString(), QStringLiteral("any")); // empty cell
        QCOMPARE(dialog.secretPolicy(), samplePolicy());
        // Nothing edited: OK changes nothing and says nothing.
        QSignalSpy changed(&dialog, &SettingsDialog::secretPolicyChanged);
        dialog.accept();
        QCOMPARE(changed.size(), 0);
    }

    void secretsDefaultsAreCoresDefaults()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.secretPolicy(), SecretPolicy{});
        QCOMPARE(dialog.secretPolicyPage()->serviceAccountDaysSpin()->text(), QStringLiteral("0 (always overdue)"));
        QCOMPARE(dialog.secretPolicyPage()->defaultDaysSpin()->text(), QStringLiteral("90 days"));
    }

    void rulesEditedThroughTheTableAndSavedOnOk()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showSecretsTab();
        SecretPolicyPage *page = dialog.secretPolicyPage();
        QTableView *table = page->rulesTable();
        QSignalSpy changed(&dialog, &SettingsDialog::secretPolicyChanged);

        // Two rules added with the button, filled in through the table's editors.
        QTest::mouseClick(page->addRuleButton(), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // the name editor opens at once
        QCOMPARE(page->rulesModel()->rowCount(), 1);
        editCell(table, 0, SecretRulesModel::NameColumn, QStringLiteral("databases"));
        editCell(table, 0, SecretRulesModel::StoreColumn, QStringLiteral("vault"));
        editCell(table, 0, SecretRulesModel::PatternColumn, QStringLiteral("*/db-*"));
        editCell(table, 0, SecretRulesModel::DaysColumn, QStringLiteral("30"));
        page->rulesTable()->selectRow(0);
        QTest::mouseClick(page->addRuleButton(), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(page->rulesModel()->rowCount(), 2);
        editCell(table, 1, SecretRulesModel::NameColumn, QStringLiteral("tokens everywhere"));
        editCell(table, 1, SecretRulesModel::LabelColumn, QStringLiteral("rotation=manual"));
        // 0 through the model: the spin box editor (0 shown as its special text) did not commit 0
        // under the offscreen platform in this test; 30 above went through the editor.
        QVERIFY(page->rulesModel()->setData(page->rulesModel()->index(1, SecretRulesModel::DaysColumn), 0));
        QCOMPARE(page->rulesModel()->index(1, SecretRulesModel::DaysColumn).data().toString(),
                 QStringLiteral("0 (always overdue)"));

        // Order matters (the first match wins): the second goes first.
        page->rulesTable()->selectRow(1);
        QVERIFY(page->moveUpButton()->isEnabled());
        QVERIFY(!page->moveDownButton()->isEnabled());
        QTest::mouseClick(page->moveUpButton(), Qt::LeftButton);
        QCOMPARE(page->rulesModel()->rules().front().name, std::string("tokens everywhere"));
        QVERIFY(!page->moveUpButton()->isEnabled());

        page->defaultDaysSpin()->setValue(180);
        page->annotationsEdit()->setPlainText(QStringLiteral("example.com/rotated-at\n\n  bulkhead.dev/rotated-at  "));
        QCOMPARE(AppSettings::secretPolicy(), SecretPolicy{}); // nothing saved before OK
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);

        SecretPolicy expected;
        expected.defaultDays = 180;
        expected.rotationAnnotations = {"example.com/rotated-at", "bulkhead.dev/rotated-at"};
        SecretPolicyRule tokens;
        tokens.name = "tokens everywhere";
        tokens.label = "rotation=manual";
        tokens.days = 0;
        expected.rules = {tokens, rule("databases", "vault", "*/db-*", 30)};
        QCOMPARE(AppSettings::secretPolicy(), expected); // read back through core's settings
        QCOMPARE(changed.first().first().value<SecretPolicy>(), expected);
    }

    void removeAndCancel()
    {
        AppSettings::setSecretPolicy(samplePolicy());
        SettingsDialog dialog;
        SecretPolicyPage *page = dialog.secretPolicyPage();
        QVERIFY(!page->removeRuleButton()->isEnabled()); // nothing selected
        page->rulesTable()->selectRow(0);
        QTest::mouseClick(page->removeRuleButton(), Qt::LeftButton);
        QCOMPARE(page->rulesModel()->rowCount(), 1);
        QCOMPARE(page->rulesModel()->rules().front().name, std::string("tls"));
        dialog.reject();
        QCOMPARE(AppSettings::secretPolicy(), samplePolicy());
    }

    void unsavablePolicyKeepsOkDisabled()
    {
        SettingsDialog dialog;
        SecretPolicyPage *page = dialog.secretPolicyPage();
        QSignalSpy changed(&dialog, &SettingsDialog::secretPolicyChanged);
        page->annotationsEdit()->setPlainText(QStringLiteral("not an annotation!"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(page->problemLabel()->text().contains(QStringLiteral("not an annotation!")),
                 qPrintable(page->problemLabel()->text()));
        page->annotationsEdit()->setPlainText(QStringLiteral("example.com/rotated-at"));
        QVERIFY(okButton(dialog)->isEnabled());

        page->addRule();
        page->rulesModel()->setData(page->rulesModel()->index(0, SecretRulesModel::NameColumn), QString());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(page->problemLabel()->text().contains(QStringLiteral("Rule 1 has no name")));
        page->rulesModel()->setData(page->rulesModel()->index(0, SecretRulesModel::NameColumn), QStringLiteral("a"));
        page->rulesModel()->setData(page->rulesModel()->index(0, SecretRulesModel::LabelColumn), QStringLiteral("=x"));
        QVERIFY(!okButton(dialog)->isEnabled());
        page->rulesModel()->setData(page->rulesModel()->index(0, SecretRulesModel::LabelColumn), QStringLiteral("x"));
        page->addRule();
        page->rulesModel()->setData(page->rulesModel()->index(1, SecretRulesModel::NameColumn), QStringLiteral("a"));
        QVERIFY(page->problemLabel()->text().contains(QStringLiteral("Two rules are named 'a'")));
        // Accepting anyway (e.g. Return in a field) saves nothing and shows the tab.
        dialog.tabs()->setCurrentIndex(0);
        dialog.accept();
        QCOMPARE(changed.size(), 0);
        QCOMPARE(dialog.tabs()->currentWidget(), page);
        QCOMPARE(AppSettings::secretPolicy(), SecretPolicy{});
        // Negative days cannot get in at all.
        QVERIFY(!page->rulesModel()->setData(page->rulesModel()->index(0, SecretRulesModel::DaysColumn), -1));
    }

    void policyExportedAndImportedAsJson()
    {
        const QString exported = m_dir.path() + QStringLiteral("/policy.json");
        {
            SettingsDialog dialog;
            dialog.setSecretPolicy(samplePolicy());
            QCOMPARE(dialog.secretPolicyPage()->exportTo(exported), QString());
        }
        std::string error;
        const auto read = bulkhead::secretPolicyFromJson(bulkhead::test::readFile(exported).toStdString(), &error);
        QVERIFY2(read, error.c_str());
        QCOMPARE(*read, samplePolicy());

        SettingsDialog dialog;
        QCOMPARE(dialog.secretPolicyPage()->importFrom(exported), QString());
        QCOMPARE(dialog.secretPolicy(), samplePolicy());
        QCOMPARE(AppSettings::secretPolicy(), SecretPolicy{}); // saved on OK only
        dialog.accept();
        QCOMPARE(AppSettings::secretPolicy(), samplePolicy());

        // A bad file: the error names the file and the field, and what is edited stays.
        const QString bad = m_dir.path() + QStringLiteral("/bad-policy.json");
        bulkhead::test::writeFile(bad, R"({"defaultDays": 30, "rules": [{"name": "x", "days": -2}]})");
        SettingsDialog again;
        const QString problem = again.secretPolicyPage()->importFrom(bad);
        QVERIFY2(problem.contains(QStringLiteral("bad-policy.json")) && problem.contains(QStringLiteral("rules[0].days")),
                 qPrintable(problem));
        QCOMPARE(again.secretPolicy(), samplePolicy());
        QVERIFY(!again.secretPolicyPage()->importFrom(m_dir.path() + QStringLiteral("/none.json")).isEmpty());
    }

    void restoreDefaultsResetsTheSecretPolicy()
    {
        AppSettings::setSecretPolicy(samplePolicy());
        SettingsDialog dialog;
        dialog.restoreDefaults();
        QCOMPARE(dialog.secretPolicy(), SecretPolicy{});
        QSignalSpy changed(&dialog, &SettingsDialog::secretPolicyChanged);
        dialog.accept();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(AppSettings::secretPolicy(), SecretPolicy{});
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // Secrets tab with a few rules, for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        SecretPolicy p = samplePolicy();
        p.defaultDays = 90;
        p.serviceAccountTokenDays = 0;
        SecretPolicyRule legacy = rule("legacy inventory", "inventory", "", 365);
        legacy.origin = "finance-*";
        p.rules.push_back(legacy);
        SecretPolicyRule ci = rule("ci tokens", "", "ci-*", 30);
        ci.label = "owner";
        p.rules.push_back(ci);
        AppSettings::setSecretPolicy(p);
        SettingsDialog dialog;
        dialog.resize(1100, 640);
        dialog.show();
        dialog.showSecretsTab();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.secretPolicyPage()->rulesTable()->resizeColumnsToContents();
        dialog.secretPolicyPage()->rulesTable()->selectRow(0);
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(out + QStringLiteral("/settings-secrets.png")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
