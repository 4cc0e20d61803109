// The translation loader: installTranslations("de") / ("fr") loads the compiled .qm files of every
// domain from BULKHEAD_TRANSLATIONS_DIR (the build tree's translations folder), so that tr() gives
// the text the committed .ts files hold (read here with the test's own parser, not through Qt);
// "en" installs the English plural forms only; installing again replaces the earlier language; a folder without files for
// the language gives an error naming every folder searched. effectiveLanguage follows the
// environment as Qt reads it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), checked in child processes of
// this executable because Qt reads the system locale once per process.
#include "i18n/languagesetting.h"
#include "i18n/translationloader.h"
#include "i18ntestsupport.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cstdio>

namespace ti = bulkhead::test::i18n;
using bulkhead::i18n::installTranslations;

namespace {

constexpr char kPrintOption[] = "--print-effective-language";

// The translators installTranslations left in the application.
qsizetype installedTranslators()
{
    return QCoreApplication::instance()->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size();
}

QString lreleasePath()
{
    const QString beside = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
    return QFileInfo(beside).isExecutable() ? beside : QStringLiteral("/usr/lib/qt6/bin/lrelease");
}

// What Qt makes of a plural form for n: %Ln with the default locale's digits and separators, %n plain.
QString fill(QString form, int n)
{
    form.replace(QStringLiteral("%Ln"), QLocale().toString(n));
    return form.replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

    QString m_qmDir;

    // Checks tr() against every finished entry of the .ts files for `language`; returns how many.
    // `singular` and `plural` are counts that take the first and the second plural form.
    static int verifyTranslated(const QString &language, int singular, int plural)
    {
        int checked = 0;
        for (const QString &path : ti::tsFiles()) {
            if (!path.endsWith(QStringLiteral("_%1.ts").arg(language)))
                continue;
            const ti::TsFile ts = ti::readTsFile(path);
            if (!ts.error.isEmpty()) {
                QTest::qFail(qPrintable(ts.error), __FILE__, __LINE__);
                return -1;
            }
            for (const ti::TsMessage &m : ts.messages) {
                if (!m.type.isEmpty() || m.forms.isEmpty() || m.forms.contains(QString()))
                    continue; // unfinished: the files test reports it
                const QByteArray context = m.context.toUtf8();
                const QByteArray source = m.source.toUtf8();
                const QByteArray comment = m.comment.toUtf8();
                const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
                const QString where = QStringLiteral("%1: %2 \"%3\"").arg(QFileInfo(path).fileName(), m.context, m.source);
                if (m.numerus && m.forms.size() == 2) {
                    const QString one = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, singular);
                    const QString many = QCoreApplication::translate(context.constData(), source.constData(), disambiguation, plural);
                    if (one != fill(m.forms.at(0), singular) || many != fill(m.forms.at(1), plural)) {
                        QTest::qFail(qPrintable(QStringLiteral("%1 gives \"%2\" / \"%3\"").arg(where, one, many)),
                                     __FILE__, __LINE__);
                        return -1;
                    }
                } else if (!m.numerus) {
                    const QString got = QCoreApplication::translate(context.constData(), source.constData(), disambiguation);
                    if (got != m.forms.first()) {
                        QTest::qFail(qPrintable(QStringLiteral("%1 gives \"%2\", the file says \"%3\"")
                                                    .arg(where, got, m.forms.first())),
                                     __FILE__, __LINE__);
                        return -1;
                    }
                }
                ++checked;
            }
        }
        return checked;
    }

    // effectiveLanguage(chosen) in a child process with `vars` as its only locale variables.
    static QString effectiveIn(const QStringList &vars, const QString &chosen = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG"})
            env.remove(QString::fromLatin1(name));
        for (const QString &var : vars)
            env.insert(var.section(QLatin1Char('='), 0, 0), var.section(QLatin1Char('='), 1));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kPrintOption), chosen});
        if (!child.waitForFinished(30000))
            return QStringLiteral("<timeout>");
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_qmDir = ti::buildDir() + QStringLiteral("/translations");
        QVERIFY2(!QDir(m_qmDir).entryList({QStringLiteral("bulkhead_*_de.qm")}).isEmpty(),
                 qPrintable(QStringLiteral("no .qm files in %1: build the bulkhead_translations target").arg(m_qmDir)));
        QVERIFY2(!ti::tsFiles().isEmpty(), "source tree with translations/*.ts not found; set BULKHEAD_SOURCE_DIR");
        qputenv("BULKHEAD_TRANSLATIONS_DIR", m_qmDir.toLocal8Bit());
    }

    void cleanup() { installTranslations(QStringLiteral("en")); }

    // English is the source language: only its plural forms ("%n findings" -> "1 finding") are installed,
    // and no Qt translation; under the C locale (ctest, CI) dates and numbers stay ISO and plain.
    void englishInstallsPluralFormsOnly()
    {
        QCOMPARE(installTranslations(QStringLiteral("en")), QString());
        const qsizetype files = QDir(m_qmDir).entryList({QStringLiteral("bulkhead_*_en.qm")}).size();
        QCOMPARE(installedTranslators(), files);
        if (QLocale::system().language() == QLocale::C)
            QCOMPARE(QLocale().language(), QLocale::C);
        else
            QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), QStringLiteral("Settings"));
    }

    void loadsEveryDomain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("locale");
        QTest::addColumn<int>("singular"); // a count that takes the first plural form
        QTest::addColumn<int>("plural");   // one that takes the second
        QTest::newRow("en") << "en" << QLocale::English << 1 << 5; // plural forms only: 1 / other
        QTest::newRow("de") << "de" << QLocale::German << 1 << 5;  // 1 / other
        QTest::newRow("fr") << "fr" << QLocale::French << 0 << 2;  // 0 and 1 / other
    }

    void loadsEveryDomain()
    {
        QFETCH(QString, language);
        QFETCH(QLocale::Language, locale);
        QFETCH(int, singular);
        QFETCH(int, plural);
        QCOMPARE(installTranslations(language), QString());
        // One translator per domain's .qm file (and Qt's own when Debian's qttranslations are there).
        const qsizetype files = QDir(m_qmDir).entryList({QStringLiteral("bulkhead_*_%1.qm").arg(language)}).size();
        QVERIFY2(installedTranslators() >= files, qPrintable(QString::number(installedTranslators())));
        if (language != QLatin1String("en") || QLocale::system().language() != QLocale::C)
            QCOMPARE(QLocale().language(), locale); // the C locale counts as English
        const int checked = verifyTranslated(language, singular, plural);
        if (checked < 0)
            return;
        if (checked == 0)
            QSKIP("no finished translation for the language in translations/*.ts yet");
        qInfo("%d entries give the committed translation", checked);
    }

    // The mechanism on a file made here, so that it is checked whatever the committed files hold: a
    // folder named by BULKHEAD_TRANSLATIONS_DIR comes first, every bulkhead_*_<lang>.qm in it is
    // loaded, and plural entries pick the language's form.
    void loadsFromTheNamedFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("bulkhead_probe_de.ts"));
        QFile file(ts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Probe</name>
    <message>
        <source>Open</source>
        <comment>button</comment>
        <translation>&#xd6;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n findings</source>
        <translation><numerusform>%n Befund</numerusform><numerusform>%n Befunde</numerusform></translation>
    </message>
</context>
</TS>
)");
        file.close();
        QProcess lrelease;
        lrelease.start(lreleasePath(), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                                        dir.filePath(QStringLiteral("bulkhead_probe_de.qm"))});
        QVERIFY2(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());

        qputenv("BULKHEAD_TRANSLATIONS_DIR", dir.path().toLocal8Bit());
        const QString problem = installTranslations(QStringLiteral("de"));
        qputenv("BULKHEAD_TRANSLATIONS_DIR", m_qmDir.toLocal8Bit());
        QCOMPARE(problem, QString());
        QCOMPARE(QCoreApplication::translate("Probe", "Open", "button"), QStringLiteral("\u00d6ffnen"));
        QCOMPARE(QCoreApplication::translate("Probe", "%n findings", nullptr, 1), QStringLiteral("1 Befund"));
        QCOMPARE(QCoreApplication::translate("Probe", "%n findings", nullptr, 5), QStringLiteral("5 Befunde"));
        QCOMPARE(QLocale().language(), QLocale::German);
    }

    void installingAgainReplaces()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QString());
        const qsizetype once = installedTranslators();
        QCOMPARE(installTranslations(QStringLiteral("de")), QString());
        QCOMPARE(installedTranslators(), once);
        QCOMPARE(installTranslations(QStringLiteral("en")), QString());
        QCOMPARE(installedTranslators(), QDir(m_qmDir).entryList({QStringLiteral("bulkhead_*_en.qm")}).size());
    }

    void missingFilesNameTheFolders()
    {
        const QByteArray missing = "/nonexistent/bulkhead-translations";
        qputenv("BULKHEAD_TRANSLATIONS_DIR", missing);
        const QString error = installTranslations(QStringLiteral("nl")); // no Dutch files anywhere
        qputenv("BULKHEAD_TRANSLATIONS_DIR", m_qmDir.toLocal8Bit());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QString::fromLatin1(missing)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("\"nl\"")), qPrintable(error));
        for (const QString &path : bulkhead::i18n::translationSearchPaths())
            QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(installedTranslators(), 0);
    }

    void effectiveLanguage_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("expected");
        const QString none;
        QTest::newRow("LANGUAGE=fr:de") << QStringList{"LANGUAGE=fr:de", "LANG=en_US.UTF-8"} << none << "fr";
        QTest::newRow("LANGUAGE=ja:de") << QStringList{"LANGUAGE=ja:de", "LANG=ja_JP.UTF-8"} << none << "de";
        QTest::newRow("LANG=de_AT") << QStringList{"LANG=de_AT.UTF-8"} << none << "de";
        QTest::newRow("LANG=fr_CA") << QStringList{"LANG=fr_CA.UTF-8"} << none << "fr";
        QTest::newRow("LANG=ja_JP") << QStringList{"LANG=ja_JP.UTF-8"} << none << "en";
        QTest::newRow("LANG=C") << QStringList{"LANG=C"} << none << "en";
        QTest::newRow("nothing set") << QStringList{} << none << "en";
        QTest::newRow("LC_ALL over LANG") << QStringList{"LC_ALL=fr_FR.UTF-8", "LANG=de_DE.UTF-8"} << none << "fr";
        QTest::newRow("chosen over system") << QStringList{"LANG=fr_FR.UTF-8"} << "de" << "de";
        QTest::newRow("chosen en over system") << QStringList{"LANG=de_DE.UTF-8"} << "en" << "en";
        QTest::newRow("unknown choice") << QStringList{"LANG=de_DE.UTF-8"} << "xx" << "de";
    }

    void effectiveLanguage()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, chosen);
        QFETCH(QString, expected);
        QCOMPARE(effectiveIn(environment, chosen), expected);
    }
};

int main(int argc, char **argv)
{
    // The child process of effectiveLanguage(): no application object, nothing but the answer.
    if (argc >= 2 && qstrcmp(argv[1], kPrintOption) == 0) {
        const QString chosen = argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QString();
        std::fputs(qPrintable(bulkhead::i18n::effectiveLanguage(chosen)), stdout);
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestTranslationLoader test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translationloader.moc"
