// `bulkheadctl gate` (the real binary, $BULKHEADCTL) on a real store written through ImportWriter:
// exit codes 0 (pass), 1 (violations) and 2 (invalid policy, missing store, usage, a scope naming
// nothing), the printed lines, the JUnit XML parsed back with QXmlStreamReader (testcases,
// failures, a name full of markup kept as text), the SARIF parsed back, and the gate_runs row each
// evaluation leaves (none for an error). Expected counts come from the scans the test wrote.
#include "findingscan.h"
#include "testsupport.h"

#include "store/database.h"
#include "store/gaterunrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace bulkhead;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

constexpr std::int64_t kDay = 86400;

// Image names as a scanner may write them; the second is markup that must stay text in the XML.
const std::string kApi = "ghcr.io/acme/api:1.0";
const std::string kOdd = "ghcr.io/acme/<img src=http://x>&\"q\":2";

struct Scan {
    std::string image, rule;
    Severity severity;
};

const std::vector<Scan> kScans{
    {kApi, "CVE-2024-1", Severity::Critical},
    {kOdd, "CVE-2024-2", Severity::Critical},
    {kApi + "-b", "CVE-2024-3", Severity::High},
    {kOdd + "-b", "CVE-2024-4", Severity::Low},
};

std::int64_t countOf(Severity s)
{
    return std::count_if(kScans.begin(), kScans.end(), [s](const Scan &x) { return x.severity == s; });
}

} // namespace

class TestGateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;

    Run ctl(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config"))); // default settings
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"),
                QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("gate")} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString writePolicy(const QString &name, const QByteArray &json)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::vector<GateRun> runs()
    {
        const Database db = Database::open(m_db.toStdString(), Database::Access::ReadOnly);
        return GateRunRepository(db).list(100);
    }

    QString failingPolicy()
    {
        return writePolicy(QStringLiteral("failing.json"), R"({
          "version": 1, "name": "release",
          "rules": [
            {"id": "no-criticals", "type": "max_open_findings", "max": {"critical": 0, "high": 5}},
            {"id": "lows", "type": "max_open_findings", "max": {"low": 0}},
            {"type": "images_non_root"}
          ]})");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!qEnvironmentVariable("BULKHEADCTL").isEmpty(), "BULKHEADCTL is not set");
        m_db = m_tmp.filePath(QStringLiteral("store.db"));
        Database db = Database::open(m_db.toStdString());
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        for (const Scan &s : kScans)
            test::writeOneFindingScan(db, s.image, FindingKind::Vulnerability, s.rule, s.severity, now - kDay);
    }

    void passes()
    {
        const QString policy = writePolicy(QStringLiteral("pass.json"),
                                           R"({"version": 1, "name": "lenient", "rules": [
                                               {"type": "max_open_findings", "max": {"critical": 2, "high": 1}}]})");
        const std::size_t before = runs().size();
        const Run r = ctl({QStringLiteral("--policy"), policy});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("pass max_open_findings: %1 open critical findings (max 2); %2 open high "
                                               "finding (max 1)")
                                    .arg(countOf(Severity::Critical))
                                    .arg(countOf(Severity::High))),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("Gate lenient: PASSED, 0 of 1 rules violated (scope: Whole store)\n")),
                 qPrintable(r.out));
        const std::vector<GateRun> after = runs();
        QCOMPARE(after.size(), before + 1);
        QVERIFY(after.front().passed);
        QCOMPARE(after.front().policyName, std::string("lenient"));
        QCOMPARE(after.front().rules, 1);
        QCOMPARE(after.front().violations, 0);
        QCOMPARE(after.front().summary, std::string("{}"));
        QFile f(policy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(after.front().policySha256,
                 QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString());
        QVERIFY(!after.front().ranBy.empty());
    }

    void failsWithEvidenceJunitAndSarif()
    {
        const QString junit = m_tmp.filePath(QStringLiteral("gate.xml"));
        const QString sarif = m_tmp.filePath(QStringLiteral("gate.sarif"));
        const Run r = ctl({QStringLiteral("--policy"), failingPolicy(), QStringLiteral("--junit"), junit,
                           QStringLiteral("--sarif"), sarif});
        QCOMPARE(r.exitCode, 1);
        const std::int64_t critical = countOf(Severity::Critical), low = countOf(Severity::Low);
        QVERIFY2(r.out.contains(QStringLiteral("FAIL no-criticals (max_open_findings): %1 open critical findings (max 0)\n")
                                    .arg(critical)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromStdString("     - critical: CVE-2024-1 in " + kApi + "\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromStdString("     - critical: CVE-2024-2 in " + kOdd + "\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("FAIL lows (max_open_findings): %1 open low finding (max 0)\n").arg(low)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("pass images_non_root: 0 registry images of 0 running as root\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("Gate release: FAILED, 2 of 3 rules violated (scope: Whole store)\n")),
                 qPrintable(r.out));

        // JUnit: one testsuite, a testcase per rule, a failure per violated one; the odd name is text.
        QFile xmlFile(junit);
        QVERIFY(xmlFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&xmlFile);
        int suites = 0, cases = 0, failures = 0;
        QString suiteTests, suiteFailures, failureText, failureMessage;
        QStringList caseNames;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"testsuite") {
                ++suites;
                suiteTests = xml.attributes().value(QStringLiteral("tests")).toString();
                suiteFailures = xml.attributes().value(QStringLiteral("failures")).toString();
            } else if (xml.name() == u"testcase") {
                ++cases;
                caseNames << xml.attributes().value(QStringLiteral("name")).toString();
            } else if (xml.name() == u"failure") {
                ++failures;
                if (failureMessage.isEmpty()) {
                    failureMessage = xml.attributes().value(QStringLiteral("message")).toString();
                    failureText = xml.readElementText();
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suites, 1);
        QCOMPARE(cases, 3);
        QCOMPARE(failures, 2);
        QCOMPARE(suiteTests, QStringLiteral("3"));
        QCOMPARE(suiteFailures, QStringLiteral("2"));
        QCOMPARE(caseNames, (QStringList{"no-criticals", "lows", "images_non_root"}));
        QCOMPARE(failureMessage, QStringLiteral("%1 open critical findings (max 0)").arg(critical));
        QVERIFY2(failureText.contains(QString::fromStdString("critical: CVE-2024-2 in " + kOdd)), qPrintable(failureText));
        xmlFile.seek(0);
        QVERIFY(!xmlFile.readAll().contains("<img")); // escaped in the file, text once parsed

        // SARIF: version, one run, a rule per policy rule, a result per violated rule.
        const QJsonObject doc = test::readJson(sarif).object();
        QCOMPARE(doc.value("version").toString(), QStringLiteral("2.1.0"));
        QCOMPARE(doc.value("$schema").toString(), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
        const QJsonArray sarifRuns = doc.value("runs").toArray();
        QCOMPARE(sarifRuns.size(), 1);
        const QJsonObject run = sarifRuns[0].toObject();
        QCOMPARE(run["tool"]["driver"]["rules"].toArray().size(), 3);
        const QJsonArray results = run["results"].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0]["ruleId"].toString(), QStringLiteral("no-criticals"));
        QCOMPARE(results[0]["level"].toString(), QStringLiteral("error"));
        QVERIFY(results[0]["message"]["text"].toString().contains(QString::fromStdString(kOdd)));
        QCOMPARE(results[1]["ruleId"].toString(), QStringLiteral("lows"));

        // The run is recorded with the violated rules and their counts.
        const GateRun last = runs().front();
        QVERIFY(!last.passed);
        QCOMPARE(last.rules, 3);
        QCOMPARE(last.violations, 2);
        const QJsonObject summary = QJsonDocument::fromJson(QByteArray::fromStdString(last.summary)).object();
        QCOMPARE(summary.value("no-criticals").toInteger(), critical);
        QCOMPARE(summary.value("lows").toInteger(), low);
        QCOMPARE(summary.size(), 2);
    }

    void jsonFormatAndScope()
    {
        const Run r = ctl({QStringLiteral("--policy"), failingPolicy(), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--scope"), QStringLiteral("source=trivy")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value("passed").toBool(true), false);
        QCOMPARE(doc.value("scope").toString(), QStringLiteral("sources trivy"));
        const QJsonArray rules = doc.value("rules").toArray();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules[0]["violating"].toInteger(), countOf(Severity::Critical));
        QCOMPARE(runs().front().scope, std::string("sources trivy"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("stderrPart");
        const QString bad = writePolicy(QStringLiteral("bad.json"),
                                        R"({"version": 1, "rules": [{"type": "max_open_findings", "max": {"critcal": 0}}]})");
        const QString good = writePolicy(QStringLiteral("good.json"),
                                         R"({"version": 1, "rules": [{"type": "images_non_root"}]})");
        QTest::newRow("invalid policy") << QStringList{"--policy", bad}
                                        << bad + ": /rules/0/max/critcal: unknown severity \"critcal\"";
        QTest::newRow("missing policy") << QStringList{"--policy", m_tmp.filePath("none.json")}
                                        << m_tmp.filePath("none.json") + ": cannot read the policy file";
        QTest::newRow("no policy") << QStringList{} << QStringLiteral("--policy FILE is required");
        QTest::newRow("bad format") << QStringList{"--policy", good, "--format", "xml"}
                                    << QStringLiteral("--format must be text or json");
        QTest::newRow("bad scope key") << QStringList{"--policy", good, "--scope", "team=a"}
                                       << QStringLiteral("--scope key \"team\" is not one of");
        QTest::newRow("scope names nothing") << QStringList{"--policy", good, "--scope", "cluster=nope"}
                                             << QStringLiteral("--scope cluster=nope: no cluster source");
        QTest::newRow("unknown option") << QStringList{"--policy", good, "--strict"} << QStringLiteral("--strict");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, stderrPart);
        const std::size_t before = runs().size();
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(runs().size(), before); // an error records nothing
    }

    void missingStoreIsNotCreated()
    {
        const QString policy = writePolicy(QStringLiteral("p.json"), R"({"version": 1, "rules": [{"type": "images_non_root"}]})");
        const QString store = m_tmp.filePath(QStringLiteral("absent/store.db"));
        const Run r = ctl({QStringLiteral("--policy"), policy}, store);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(store + QStringLiteral(": no Bulkhead store here")), qPrintable(r.err));
        QVERIFY(!QFile::exists(store));

        // A file that is no store is an error too, left as it was.
        const QString notStore = writePolicy(QStringLiteral("notastore.db"), "hello");
        const Run n = ctl({QStringLiteral("--policy"), policy}, notStore);
        QCOMPARE(n.exitCode, 2);
        QVERIFY2(n.err.contains(notStore), qPrintable(n.err));
        QFile f(notStore);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("hello"));
    }
};

QTEST_GUILESS_MAIN(TestGateCli)
#include "tst_gatecli.moc"
