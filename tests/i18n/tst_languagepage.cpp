// The Settings dialog's Language tab: lists "System default (<the system's language>)" and the
// shipped languages, each named in its own language; shows the saved choice; saves a change on OK
// only (through i18n::setLanguageSetting, where bulkheadctl reads it too), with one languageChanged
// signal; "System default" removes the choice; and it says the change applies at the next start.
#include "i18n/languagesetting.h"
#include "settings/languagepage.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using bulkhead::ui::LanguagePage;
using bulkhead::ui::SettingsDialog;
namespace i18n = bulkhead::i18n;

class TestLanguagePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QComboBox *combo(SettingsDialog &dialog) { return dialog.languagePage()->languageCombo(); }

    static void choose(SettingsDialog &dialog, const QString &language)
    {
        QComboBox *box = combo(dialog);
        const int index = box->findData(language);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index); // as a user's pick does: currentIndexChanged
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never the user's settings: a folder of the test's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagepage"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().clear(); }

    void listsLanguagesInTheirOwnNames()
    {
        SettingsDialog dialog;
        QTabWidget *tabs = dialog.tabs();
        QVERIFY(tabs->indexOf(dialog.languagePage()) >= 0);
        QComboBox *box = combo(dialog);
        QCOMPARE(box->count(), 4);
        const QString detected = LanguagePage::nativeName(i18n::effectiveLanguage(QString()));
        QCOMPARE(box->itemText(0), QStringLiteral("System default (%1)").arg(detected));
        QCOMPARE(box->itemData(0).toString(), QString());
        QCOMPARE(box->itemText(1), QStringLiteral("English"));
        QCOMPARE(box->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(box->itemText(3), QStringLiteral("Fran\u00e7ais"));
        QCOMPARE(box->itemData(1).toString(), QStringLiteral("en"));
        QCOMPARE(box->itemData(2).toString(), QStringLiteral("de"));
        QCOMPARE(box->itemData(3).toString(), QStringLiteral("fr"));
        QCOMPARE(i18n::shippedLanguages().size(), 3);
    }

    void showsTheSavedChoice_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<int>("index");
        QTest::newRow("none") << QString() << 0;
        QTest::newRow("en") << "en" << 1;
        QTest::newRow("de") << "de" << 2;
        QTest::newRow("fr") << "fr" << 3;
        QTest::newRow("unknown") << "xx" << 0; // edited by hand: the system default
    }

    void showsTheSavedChoice()
    {
        QFETCH(QString, saved);
        QFETCH(int, index);
        QSettings().setValue(QStringLiteral("general/language"), saved); // what an older run wrote
        QCOMPARE(i18n::languageSetting(), saved);
        SettingsDialog dialog;
        QCOMPARE(combo(dialog)->currentIndex(), index);
        QCOMPARE(dialog.language(), index == 0 ? QString() : saved);
    }

    void savesOnOkOnly()
    {
        {
            SettingsDialog dialog;
            QSignalSpy changed(&dialog, &SettingsDialog::languageChanged);
            choose(dialog, QStringLiteral("fr"));
            dialog.reject();
            QCOMPARE(changed.count(), 0);
        }
        QCOMPARE(i18n::languageSetting(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("general/language")));

        SettingsDialog dialog;
        QSignalSpy changed(&dialog, &SettingsDialog::languageChanged);
        choose(dialog, QStringLiteral("de"));
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("de"));
        QCOMPARE(i18n::languageSetting(), QStringLiteral("de"));
        // Written where bulkheadctl (core) reads it, in the settings file.
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("general/language")).toString(), QStringLiteral("de"));

        // OK without a change: no signal, nothing rewritten.
        SettingsDialog again;
        QSignalSpy unchanged(&again, &SettingsDialog::languageChanged);
        QCOMPARE(again.language(), QStringLiteral("de"));
        again.accept();
        QCOMPARE(unchanged.count(), 0);
    }

    void systemDefaultRemovesTheChoice()
    {
        i18n::setLanguageSetting(QStringLiteral("fr"));
        SettingsDialog dialog;
        QSignalSpy changed(&dialog, &SettingsDialog::languageChanged);
        choose(dialog, QString());
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("general/language")));
    }

    void restoreDefaultsFollowsTheSystem()
    {
        i18n::setLanguageSetting(QStringLiteral("de"));
        SettingsDialog dialog;
        dialog.restoreDefaults();
        QCOMPARE(dialog.language(), QString());
        QCOMPARE(i18n::languageSetting(), QStringLiteral("de")); // saved only on OK
    }

    void saysTheChangeAppliesAtTheNextStart()
    {
        SettingsDialog dialog;
        QLabel *note = dialog.languagePage()->restartNote();
        QVERIFY(note->text().contains(QStringLiteral("next time it starts")));
        QVERIFY(!note->text().contains(QStringLiteral("Restart")));
        choose(dialog, QStringLiteral("de"));
        QVERIFY2(note->text().contains(QStringLiteral("Restart Bulkhead")), qPrintable(note->text()));
        choose(dialog, QString()); // back to what is saved
        QVERIFY(!note->text().contains(QStringLiteral("Restart")));
    }
};

QTEST_MAIN(TestLanguagePage)
#include "tst_languagepage.moc"
