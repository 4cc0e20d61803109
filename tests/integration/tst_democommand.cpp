// `bulkheadctl demo` end to end: the store it writes is read back through `stats`, it goes to
// its own file by default, and it never overwrites a store that is not a demo.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

// Runs the real bulkheadctl with XDG_DATA_HOME pointing into `dataHome`, so that the default
// paths never reach the user's own store.
Outcome runCtl(const QString &dataHome, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("BULKHEADCTL"), args);
    if (!process.waitForFinished(300000))
        qFatal("bulkheadctl %s did not finish", qPrintable(args.join(' ')));
    Outcome o;
    o.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(bulkhead::test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestDemoCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // `stats --format json` of a store, as a user would read it.
    QJsonObject stats(const QString &db)
    {
        const Outcome o = runCtl(m_dir.path(), {"--db", db, "stats", "--format", "json"});
        if (o.code != 0)
            qWarning("stats failed: %s", qPrintable(o.err));
        return QJsonDocument::fromJson(o.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("BULKHEADCTL")).isExecutable(),
                 "BULKHEADCTL must point at the built bulkheadctl");
        QVERIFY(m_dir.isValid());
    }

    void writesExactlyNFindings()
    {
        const QString db = m_dir.path() + "/demo-2500.db";
        const Outcome o = runCtl(m_dir.path(), {"--db", db, "demo", "--findings", "2500"});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY(o.out.contains(QStringLiteral("findings:  2500")));
        QVERIFY(o.out.contains(QStringLiteral("bulkhead --db ") + db));
        const QJsonObject s = stats(db);
        QCOMPARE(s.value("findings").toInteger(), 2500);
        QVERIFY(s.value("by_kind").toObject().value("misconfiguration").toInteger() > 0);
        QVERIFY(s.value("by_status").toObject().value("resolved").toInteger() > 0);
        QVERIFY(s.value("by_status").toObject().value("risk_accepted").toInteger() > 0);
        QVERIFY(s.value("assets").toInteger() >= 40);
    }

    void defaultsToItsOwnFile()
    {
        QTemporaryDir home;
        const Outcome o = runCtl(home.path(), {"demo", "--findings", "100"});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QString demoPath = home.path() + "/bulkhead/demo.db";
        QVERIFY(QFileInfo::exists(demoPath));
        QVERIFY(!QFileInfo::exists(home.path() + "/bulkhead/bulkhead.db"));
        QCOMPARE(stats(demoPath).value("findings").toInteger(), 100);
    }

    void refusesARealStore()
    {
        // A store with real imported data, written by the CLI itself.
        const QString report = m_dir.path() + "/report.json";
        bulkhead::test::writeFile(report, bulkhead::test::trivyReport(1, 12));
        const QString db = m_dir.path() + "/real.db";
        QCOMPARE(runCtl(m_dir.path(), {"--db", db, "import", report}).code, 0);
        const QByteArray before = digest(db);

        for (const QStringList &extra : {QStringList{}, QStringList{"--force"}}) {
            const Outcome o = runCtl(m_dir.path(), QStringList{"--db", db, "demo", "--findings", "50"} + extra);
            QCOMPARE(o.code, 2);
            QVERIFY2(o.err.contains(QStringLiteral("not a demo store")), qPrintable(o.err));
            QCOMPARE(digest(db), before);
        }
        QCOMPARE(stats(db).value("findings").toInteger(), 12);
    }

    void replacesADemoOnlyWithForce()
    {
        const QString db = m_dir.path() + "/again.db";
        QCOMPARE(runCtl(m_dir.path(), {"--db", db, "demo", "--findings", "40"}).code, 0);
        const Outcome refused = runCtl(m_dir.path(), {"--db", db, "demo", "--findings", "60"});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--force")));
        QCOMPARE(stats(db).value("findings").toInteger(), 40);
        const Outcome forced = runCtl(m_dir.path(), {"--db", db, "demo", "--findings", "60", "--force"});
        QVERIFY2(forced.code == 0, qPrintable(forced.err));
        QCOMPARE(stats(db).value("findings").toInteger(), 60);
    }

    void usageErrors()
    {
        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("-5"), QStringLiteral("12x")}) {
            const Outcome o = runCtl(m_dir.path(), {"--db", m_dir.path() + "/x.db", "demo", "--findings", bad});
            QCOMPARE(o.code, 2);
            QVERIFY(o.err.contains(QStringLiteral("--findings")));
        }
        QVERIFY(!QFileInfo::exists(m_dir.path() + "/x.db"));
        const Outcome help = runCtl(m_dir.path(), {"demo", "--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--findings N")));
    }
};

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "tst_democommand.moc"
