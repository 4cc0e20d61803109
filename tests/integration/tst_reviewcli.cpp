// `bulkheadctl review` (the real binary, $BULKHEADCTL) and the snapshot hook of `bulkheadctl
// import`: every import records a snapshot; `review diff` (text and json) against the oldest
// snapshot, a chosen date and the last sign-off; `review signoff` (notes required) and `review
// history`; usage errors exit 2, store errors 1. Expected counts of new critical findings come
// from the reports the test generated, read with Qt's JSON parser.

#include "store/database.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

// Critical and high vulnerabilities of a generated Trivy report, counted from its JSON.
int criticalOrHigh(const QByteArray &report)
{
    int n = 0;
    for (const QJsonValue &result : QJsonDocument::fromJson(report).object().value("Results").toArray()) {
        for (const QJsonValue &v : result.toObject().value("Vulnerabilities").toArray()) {
            const QString severity = v.toObject().value("Severity").toString();
            n += severity == QLatin1String("CRITICAL") || severity == QLatin1String("HIGH");
        }
    }
    return n;
}

} // namespace

class TestReviewCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    Run ctl(const QString &db, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The evidence settings of this test only, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject diffJson(const QString &db, const QStringList &extra = {})
    {
        const Run r = ctl(db, QStringList{"review", "diff", "--format", "json"} + extra);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    static std::int64_t snapshots(const QString &db, const char *reason)
    {
        const bulkhead::Database store = bulkhead::Database::open(db.toStdString(), bulkhead::Database::Access::ReadOnly);
        bulkhead::SqliteStatement st = store.prepare("SELECT count(*) FROM snapshots WHERE reason = ?1");
        st.bind(1, std::string_view(reason));
        return st.step() ? st.int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("BULKHEADCTL"))
            QSKIP("BULKHEADCTL is not set (run through ctest)");
        QVERIFY(m_tmp.isValid());
    }

    void weeklyReviewFromTheCommandLine()
    {
        const QString db = m_tmp.filePath(QStringLiteral("review.db"));
        const QByteArray old = bulkhead::test::trivyReport(1, 23, QStringLiteral("2024-05-01T10:00:00Z"));
        const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        const QByteArray recent = bulkhead::test::trivyReport(2, 17, yesterday);
        bulkhead::test::writeFile(m_tmp.filePath("old.json"), old);
        bulkhead::test::writeFile(m_tmp.filePath("recent.json"), recent);

        // Each import records a snapshot.
        Run r = ctl(db, {"import", "--quiet", m_tmp.filePath("old.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("warning"), qPrintable(r.err));
        QCOMPARE(snapshots(db, "import"), std::int64_t(1));

        // No sign-off: the oldest snapshot is the baseline; the 2024 findings are older than it.
        QJsonObject d = diffJson(db);
        QVERIFY(d.value("baseline").isObject());
        QCOMPARE(d.value("new_findings_total").toInt(), 0);
        // A date before every snapshot: no baseline, the 2024 report's criticals read as new.
        d = diffJson(db, {"--since", "2024-04-01"});
        QVERIFY(d.value("baseline").isNull());
        QCOMPARE(d.value("new_findings_total").toInt(), criticalOrHigh(old));
        QCOMPARE(d.value("since").toString(), QStringLiteral("2024-04-01T00:00:00Z"));
        for (const QJsonValue &item : d.value("new_findings").toArray()) {
            QCOMPARE(item.toObject().value("page").toString(), QStringLiteral("findings"));
            QCOMPARE(item.toObject().value("severity").toString(), QStringLiteral("critical"));
        }
        // The scanner is a source, new since no baseline.
        bool scannerListed = false;
        for (const QJsonValue &c : d.value("coverage").toArray())
            scannerListed = scannerListed || c.toObject().value("source").toString() == QLatin1String("scanner:Trivy");
        QVERIFY(scannerListed);

        // Sign-off: notes required; then id and score printed, history lists it.
        r = ctl(db, {"review", "signoff"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--notes"));
        r = ctl(db, {"review", "history"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No review signed off yet"));
        r = ctl(db, {"review", "signoff", "--notes", "week 48: api criticals assigned"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("signed off review 1 (score "), qPrintable(r.out));
        QCOMPARE(snapshots(db, "sign-off"), std::int64_t(1));
        r = ctl(db, {"review", "history", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray history = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].toObject().value("notes").toString(), QStringLiteral("week 48: api criticals assigned"));
        QVERIFY(history[0].toObject().value("summary").isObject());
        r = ctl(db, {"review", "history"});
        QVERIFY(r.out.contains("week 48: api criticals assigned"));

        // After the sign-off, a report scanned yesterday: its findings were first seen before the
        // sign-off, so the default review (since the sign-off) has none new; since two days ago
        // (no snapshot that old) they are.
        r = ctl(db, {"import", "--quiet", m_tmp.filePath("recent.json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(snapshots(db, "import"), std::int64_t(2));
        d = diffJson(db);
        QCOMPARE(d.value("baseline").toObject().value("reason").toString(), QStringLiteral("sign-off"));
        QCOMPARE(d.value("new_findings_total").toInt(), 0);
        const QString twoDaysAgo = QDateTime::currentDateTimeUtc().addDays(-2).date().toString(Qt::ISODate);
        d = diffJson(db, {"--since", twoDaysAgo});
        QCOMPARE(d.value("new_findings_total").toInt(), criticalOrHigh(recent));

        // Text output names the baseline and the score line.
        r = ctl(db, {"review", "diff"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("sign-off") && r.out.contains("Score: "), qPrintable(r.out));
    }

    void usageAndStoreErrors()
    {
        const QString db = m_tmp.filePath(QStringLiteral("errors.db"));
        QCOMPARE(ctl(db, {"review"}).exitCode, 2);
        QCOMPARE(ctl(db, {"review", "bogus"}).exitCode, 2);
        QCOMPARE(ctl(db, {"review", "diff", "--since", "2026-13-45"}).exitCode, 2);
        QCOMPARE(ctl(db, {"review", "diff", "--since", "last week"}).exitCode, 2);
        QCOMPARE(ctl(db, {"review", "diff", "--format", "xml"}).exitCode, 2);
        QCOMPARE(ctl(db, {"review", "history", "extra"}).exitCode, 2);
        QCOMPARE(ctl(db, {"review", "diff", "--help"}).exitCode, 0);
        const Run missing = ctl(m_tmp.filePath("no/such/dir/x.db"), {"review", "history"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.startsWith("error: "));
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
