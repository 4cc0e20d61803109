// bulkheadctl end to end, as CI and users run it: exit codes, every kind of bad input, idempotent
// re-import through the CLI, the JSON output contract, and a SIGKILL in the middle of an import.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sqlite3.h>

using bulkhead::test::writeFile;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString ctlPath()
{
    return qEnvironmentVariable("BULKHEADCTL");
}

Run ctl(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(ctlPath(), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("bulkheadctl did not finish: %s", qPrintable(args.join(' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 queryInt(const QString &db, const char *sql)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(db.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(db));
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
    qint64 v = -1;
    if (st && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return v;
}

QString queryText(const QString &db, const char *sql)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(db.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw, sql, -1, &st, nullptr);
    QString v;
    while (st && sqlite3_step(st) == SQLITE_ROW)
        v += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) + '\n';
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return v;
}

} // namespace

class TestBulkheadctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(ctlPath()).isExecutable(), "BULKHEADCTL must point at the built bulkheadctl");
    }

    void usageAndVersion()
    {
        QCOMPARE(ctl({"--version"}).exitCode, 0);
        QVERIFY(ctl({"--version"}).out.startsWith("bulkheadctl "));
        QCOMPARE(ctl({"--help"}).exitCode, 0);
        for (const char *cmd : {"import", "findings", "stats", "triage"}) {
            const Run help = ctl({cmd, "--help"});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("Usage: bulkheadctl"), cmd);
        }
        QVERIFY(ctl({"import", "--version"}).out.startsWith("bulkheadctl "));
        QCOMPARE(ctl({}).exitCode, 2);
        QCOMPARE(ctl({"frobnicate"}).exitCode, 2);
        QCOMPARE(ctl({"import"}).exitCode, 2);
        QCOMPARE(ctl({"findings", "--severity", "bad"}).exitCode, 2);
        QCOMPARE(ctl({"findings", "--bogus"}).exitCode, 2);
    }

    void badInputsImportNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        const QByteArray good = bulkhead::test::trivyReport(1, 50);
        QTest::newRow("truncated") << good.left(good.size() / 2) << "invalid JSON";
        QTest::newRow("not json") << QByteArray("this is not a report\n") << "not a JSON document";
        QTest::newRow("unknown format") << QByteArray(R"({"hello": [1, 2, 3]})") << "unknown report format";
        QTest::newRow("top-level array") << QByteArray(R"([{"SchemaVersion": 2}])") << "not a scanner report";
        QTest::newRow("schema version 1") << QByteArray(good).replace("\"SchemaVersion\":2", "\"SchemaVersion\":1")
                                         << "SchemaVersion 1";
        QTest::newRow("sarif 2.0") << QByteArray(R"({"version": "2.0.0", "runs": []})") << "SARIF version";
        QByteArray deep = R"({"SchemaVersion":2,"Results":)";
        deep += QByteArray(200, '[') + QByteArray(200, ']') + "}";
        QTest::newRow("nesting") << deep << "nesting deeper than 64";
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("invalid utf-8") << QByteArray(good).replace("issue 3\"", "issue \xff\xfe\"") << "invalid JSON";
    }

    void badInputsImportNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString db = m_dir.path() + "/bad-" + QTest::currentDataTag() + ".db";
        const QString good = m_dir.path() + "/good-first.json";
        writeFile(good, bulkhead::test::trivyReport(2, 10));
        QCOMPARE(ctl({"--db", db, "import", good}).exitCode, 0);
        const QString before = queryText(db, "SELECT fingerprint || status FROM findings ORDER BY id");

        const QString bad = m_dir.path() + "/bad-" + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') + ".json";
        writeFile(bad, content);
        const Run r = ctl({"--db", db, "import", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        if (QByteArray(QTest::currentDataTag()) == "truncated" || QByteArray(QTest::currentDataTag()) == "nesting")
            QVERIFY2(r.err.contains(QRegularExpression("byte [0-9]+:")), qPrintable(r.err));
        QCOMPARE(queryText(db, "SELECT fingerprint || status FROM findings ORDER BY id"), before);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM reports"), 1);
    }

    void oversizedFileRefusedBeforeReading()
    {
        const QString big = m_dir.path() + "/huge.json";
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(600ll * 1024 * 1024)); // sparse: no disk used
        f.close();
        const Run r = ctl({"--db", m_dir.path() + "/huge.db", "import", big});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(big) && r.err.contains("over the import limit"), qPrintable(r.err));
    }

    void mixedBatchImportsTheGoodOnes()
    {
        const QString dir = m_dir.path() + "/mixed";
        QDir().mkpath(dir + "/nested");
        writeFile(dir + "/a.json", bulkhead::test::trivyReport(10, 30));
        writeFile(dir + "/nested/b.json", bulkhead::test::trivyReport(11, 20));
        writeFile(dir + "/c.json", "{\"broken\": ");
        writeFile(dir + "/README.txt", "not a report");
        const QString db = m_dir.path() + "/mixed.db";
        const Run r = ctl({"--db", db, "import", dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("skipped " + dir + "/README.txt"));
        QVERIFY(r.err.contains(dir + "/c.json"));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM findings"), 50);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM reports"), 2);
    }

    void reimportAndJsonContract()
    {
        const QString db = m_dir.path() + "/contract.db";
        const QString file = m_dir.path() + "/contract.json";
        writeFile(file, bulkhead::test::trivyReport(20, 40));
        const Run first = ctl({"--db", db, "import", file});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("40 findings (40 new, 0 unchanged, 0 resolved, 0 reopened)"), qPrintable(first.out));
        const QString ids = queryText(db, "SELECT id || ':' || fingerprint FROM findings ORDER BY id");
        const Run again = ctl({"--db", db, "import", file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("40 findings (0 new, 40 unchanged, 0 resolved, 0 reopened)"), qPrintable(again.out));
        QCOMPARE(queryText(db, "SELECT id || ':' || fingerprint FROM findings ORDER BY id"), ids);

        const Run json = ctl({"--db", db, "findings", "--format", "json", "--severity", "critical"});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 10); // every 4th of 40 is CRITICAL in trivyReport()
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"fingerprint", "kind", "rule_id", "severity", "status", "asset", "package",
                                    "installed_version", "fixed_version", "title", "first_seen", "last_seen", "sources"})
                QVERIFY2(o.contains(key), key);
            QCOMPARE(o["severity"].toString(), QStringLiteral("critical"));
            QCOMPARE(o["first_seen"].toString(), QStringLiteral("2024-05-01T10:00:00Z"));
            QCOMPARE(o["sources"].toArray().first().toString(), QStringLiteral("Trivy"));
            QCOMPARE(o["fingerprint"].toString().size(), 16);
        }
        const Run stats = ctl({"--db", db, "stats", "--format", "json"});
        const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(s["findings"].toInt(), 40);
        QCOMPARE(s["by_severity"].toObject()["medium"].toInt(), 30);

        // Triage through the CLI survives a newer scan; the fixed finding is resolved.
        const QString fp = rows.first().toObject()["fingerprint"].toString();
        QCOMPARE(ctl({"--db", db, "triage", "--status", "false_positive", "--justification", "test image", fp}).exitCode, 0);
        QCOMPARE(ctl({"--db", db, "triage", "--status", "risk_accepted", fp}).exitCode, 1); // no justification
        writeFile(file, bulkhead::test::trivyReport(20, 39, "2024-06-01T10:00:00Z"));
        const Run rescan = ctl({"--db", db, "import", file});
        QVERIFY2(rescan.out.contains("39 findings (0 new, 39 unchanged, 1 resolved, 0 reopened)"), qPrintable(rescan.out));
        const Run fps = ctl({"--db", db, "findings", "--format", "csv", "--status", "false_positive"});
        QVERIFY2(fps.out.contains(fp), qPrintable(fps.out));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM findings WHERE status = 5"), 1);
    }

    void killDuringImportLeavesConsistentStore()
    {
        // A store with data in it, then a large import killed while it runs: the store must be
        // exactly what it was, intact, and usable.
        const QString db = m_dir.path() + "/killed.db";
        const QString first = m_dir.path() + "/before-kill.json";
        writeFile(first, bulkhead::test::trivyReport(99, 500));
        QCOMPARE(ctl({"--db", db, "import", first}).exitCode, 0);
        const QString before = queryText(db, "SELECT id || ':' || fingerprint || ':' || status FROM findings ORDER BY id");

        const QString dir = m_dir.path() + "/many";
        QDir().mkpath(dir);
        const int reports = 40, perReport = 4000;
        for (int i = 0; i < reports; ++i)
            writeFile(QStringLiteral("%1/r%2.json").arg(dir).arg(i, 3, 10, QChar('0')), bulkhead::test::trivyReport(100 + i, perReport));
        QProcess p;
        p.start(ctlPath(), {"--db", db, "import", "--threads", "1", dir});
        QVERIFY(p.waitForStarted());
        // Wait until some reports are written into the open transaction, then kill without warning.
        QByteArray out;
        while (out.count("imported ") < 3 && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        QVERIFY2(p.state() == QProcess::Running, "the import finished before it could be killed");
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished());

        QCOMPARE(queryText(db, "PRAGMA integrity_check").trimmed(), QStringLiteral("ok"));
        QCOMPARE(queryText(db, "SELECT id || ':' || fingerprint || ':' || status FROM findings ORDER BY id"), before);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM reports"), 1);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM assets"), 1);
        // The store still works: running the import again adds all of it.
        const Run rest = ctl({"--db", db, "import", dir});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM findings"), qint64(reports) * perReport + 500);
        QCOMPARE(queryInt(db, "SELECT count(*) FROM reports r WHERE r.finding_count <> "
                              "(SELECT count(*) FROM findings f WHERE f.first_report_id = r.id)"), 0);
    }

    void importsEveryScannerFixture()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/juice-shop-v10.2.0.json");
        // The fixture folders that hold scanner reports (the others hold Kubernetes objects,
        // kubeconfigs, registry manifests and Vault responses, which are not reports).
        QStringList dirs;
        for (const char *d : {"trivy", "grype", "dockle", "syft", "cyclonedx-examples", "trivy-operator", "kubescape"})
            dirs << bulkhead::test::fixturePath(d);
        const QString db = m_dir.path() + "/fixtures.db";
        const Run first = ctl(QStringList{"--db", db, "import"} + dirs);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(!first.err.contains("error"), qPrintable(first.err));
        int files = 0;
        for (const QString &d : dirs)
            files += QDir(d).entryList(QDir::Files).size();
        QVERIFY2(first.out.contains(QStringLiteral("total: %1 files imported, 0 not imported").arg(files)), qPrintable(first.out));
        const qint64 findings = queryInt(db, "SELECT count(*) FROM findings");
        QVERIFY(findings > 0);
        // Every format's own checks live in tests/core; here: the whole set again changes nothing.
        const Run again = ctl(QStringList{"--db", db, "import"} + dirs);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("(0 new, 0 resolved, 0 reopened)")), qPrintable(again.out));
        QCOMPARE(queryInt(db, "SELECT count(*) FROM findings"), findings);
        // No secret material reaches the store: Trivy's secret fixtures carry their (redacted)
        // matches, "----BEGIN RSA PRIVATE KEY-----***" and "export AWS_ACCESS_KEY_ID=***".
        QVERIFY(queryInt(db, "SELECT count(*) FROM findings WHERE kind = 3") >= 3);
        QCOMPARE(queryInt(db, "SELECT (SELECT count(*) FROM findings WHERE message LIKE '%PRIVATE KEY-----%' "
                              "OR message LIKE '%AWS_ACCESS_KEY_ID=%' OR message LIKE '%****%') "
                              "+ (SELECT count(*) FROM rules WHERE description LIKE '%PRIVATE KEY-----%' "
                              "OR description LIKE '%AWS_ACCESS_KEY_ID=%') "
                              "+ (SELECT count(*) FROM locations WHERE path LIKE '%****%')"), 0);
    }

    void newerStoreRefused()
    {
        const QString db = m_dir.path() + "/future.db";
        QCOMPARE(ctl({"--db", db, "stats"}).exitCode, 1); // does not exist: read-only open fails
        writeFile(m_dir.path() + "/one.json", bulkhead::test::trivyReport(1, 1));
        QCOMPARE(ctl({"--db", db, "import", m_dir.path() + "/one.json"}).exitCode, 0);
        {
            sqlite3 *raw = nullptr;
            sqlite3_open(db.toUtf8().constData(), &raw);
            sqlite3_exec(raw, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        }
        const Run r = ctl({"--db", db, "import", m_dir.path() + "/one.json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(db) && r.err.contains("newer"), qPrintable(r.err));
        QCOMPARE(queryInt(db, "PRAGMA user_version"), 999);
    }
};

QTEST_GUILESS_MAIN(TestBulkheadctl)
#include "tst_bulkheadctl.moc"
