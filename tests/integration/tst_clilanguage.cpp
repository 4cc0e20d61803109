// `bulkheadctl --lang`: the built tool speaks German and French. Each expectation comes from the
// compiled .qm files themselves (loaded here with a QTranslator of the test's own) applied to the
// English the tool prints with --lang en, so the test checks that the tool installs the right
// translations and looks its messages up under the contexts lupdate filed them in (a wrong
// context prints English), not any particular wording. An unknown language is a usage error.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

// The build's translations folder: build/translations beside build/tests/<area>/ or build/tests/.
QString qmFolder()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &relative : {QStringLiteral("/../../translations"), QStringLiteral("/../translations")}) {
        const QString folder = QDir::cleanPath(here + relative);
        if (QFileInfo::exists(folder + QStringLiteral("/bulkhead_cli_de.qm")))
            return folder;
    }
    return {};
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // The real bulkheadctl under the C locale with an empty configuration, so that neither the
    // machine's language nor a language chosen in the GUI's settings decides.
    Outcome run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("BULKHEADCTL"), args);
        if (!process.waitForFinished(60000))
            qFatal("bulkheadctl %s did not finish", qPrintable(args.join(' ')));
        Outcome o;
        o.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        o.out = QString::fromUtf8(process.readAllStandardOutput());
        o.err = QString::fromUtf8(process.readAllStandardError());
        return o;
    }

    // `text` (an English source string) in `language`, as the .qm file has it; empty when missing.
    static QString translated(const QString &language, const char *context, const QString &text, int n = -1)
    {
        QTranslator translator;
        if (!translator.load(qmFolder() + QStringLiteral("/bulkhead_cli_%1.qm").arg(language)))
            return {};
        return translator.translate(context, text.toUtf8().constData(), nullptr, n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("BULKHEADCTL")).isExecutable(),
                 "BULKHEADCTL must point at the built bulkheadctl");
        QVERIFY2(!qmFolder().isEmpty(), "build/translations/bulkhead_cli_de.qm is missing (target bulkhead_translations)");
        QVERIFY(m_home.isValid());
    }

    // The C locale and no setting: English, exactly the usage text the translations start from.
    void englishByDefault()
    {
        const Outcome plain = run({"--help"});
        QCOMPARE(plain.code, 0);
        QVERIFY2(plain.out.startsWith(QLatin1String("Usage: bulkheadctl [--db PATH] COMMAND")), qPrintable(plain.out));
        QVERIFY(plain.out.contains(QLatin1String("--lang LANG")));
        const Outcome en = run({"--lang", "en", "--help"});
        QCOMPARE(en.code, 0);
        QCOMPARE(en.out, plain.out);
    }

    void usageText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("option");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("--lang");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("--lang");
        QTest::newRow("de, --lang=") << QStringLiteral("de") << QStringLiteral("--lang=");
    }

    // The tool's usage text and a command's help come out as the .qm translates them.
    void usageText()
    {
        QFETCH(QString, language);
        QFETCH(QString, option);
        const QStringList lang = option.endsWith('=') ? QStringList{option + language}
                                                      : QStringList{option, language};
        const QString english = run({"--lang", "en", "--help"}).out;
        const QString expected = translated(language, "BulkheadCtl", english);
        QVERIFY2(!expected.isEmpty(), "the usage text has no translation");
        QVERIFY(expected != english);
        const Outcome o = run(lang + QStringList{"--help"});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out, expected);

        const QString englishImport = run({"--lang", "en", "import", "--help"}).out;
        const QString expectedImport = translated(language, "ImportCommand", englishImport);
        QVERIFY2(!expectedImport.isEmpty() && expectedImport != englishImport, "import --help has no translation");
        QCOMPARE(run(lang + QStringList{"import", "--help"}).out, expectedImport);
    }

    void errorMessage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // A usage error composed in app/cli (an argument in a translated pattern) and an option error
    // of the shared parser, each followed by the translated usage or help.
    void errorMessage()
    {
        QFETCH(QString, language);
        const Outcome unknown = run({"--lang", language, "no-such-command"});
        QCOMPARE(unknown.code, 2);
        const QString pattern = translated(language, "BulkheadCtl", QStringLiteral("bulkheadctl: unknown command \"%1\""));
        QVERIFY2(!pattern.isEmpty(), "the unknown-command message has no translation");
        const QString usage = translated(language, "BulkheadCtl", run({"--lang", "en", "--help"}).out);
        QCOMPARE(unknown.err, pattern.arg(QStringLiteral("no-such-command")) + QStringLiteral("\n\n") + usage);

        const Outcome option = run({"--lang", language, "findings", "--no-such-option"});
        QCOMPARE(option.code, 2);
        const QString optionError = translated(language, "CliArgs", QStringLiteral("unknown option %1"));
        QVERIFY2(!optionError.isEmpty(), "the parser's unknown-option message has no translation");
        const QString help = translated(language, "FindingsCommand", run({"--lang", "en", "findings", "--help"}).out);
        QCOMPARE(option.err, QStringLiteral("bulkheadctl findings: ") + optionError.arg(QStringLiteral("--no-such-option"))
                                 + QStringLiteral("\n\n") + help);
    }

    // Only the shipped languages: anything else is a usage error (exit 2) that names them.
    void unknownLanguage()
    {
        for (const QStringList &args : {QStringList{"--lang", "xx", "--help"}, QStringList{"--lang=xx", "stats"}}) {
            const Outcome o = run(args);
            QCOMPARE(o.code, 2);
            QVERIFY(o.out.isEmpty());
            QVERIFY2(o.err.contains(QLatin1String("\"xx\"")), qPrintable(o.err));
            QVERIFY2(o.err.contains(QLatin1String("en, de, fr")), qPrintable(o.err));
        }
        const Outcome missing = run({"--lang"});
        QCOMPARE(missing.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
