// `bulkheadctl export` (the real binary, $BULKHEADCTL) on a real store written through the import
// writer and triage: OpenVEX to stdout, SARIF to a file with FILE.sha256 that `sha256sum -c`
// accepts and a report-history row with the same checksum, .trivyignore.yaml narrowed by
// --scope, usage errors (exit 2) and failures (exit 1: no store, a file that cannot be written,
// leaving neither a file nor a history row). Expected counts come from what the test wrote.

#include "findingscan.h"
#include "testsupport.h"

#include "store/database.h"
#include "store/reporthistoryrepository.h"
#include "store/triagerepository.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead;
using Json = nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

constexpr std::int64_t kDay = 86400;

// What the test writes: one finding per image (each a complete scan of its image), and the
// decision on it ("" = none, still open).
struct Written {
    const char *image;
    FindingKind kind;
    const char *rule;
    Severity severity;
    std::optional<FindingStatus> decision;
};

const std::vector<Written> kWritten{
    {"ghcr.io/acme/api:1.0", FindingKind::Vulnerability, "CVE-2026-1000", Severity::Critical, std::nullopt},
    {"ghcr.io/acme/api:1.0", FindingKind::Secret, "aws-access-key-id", Severity::High, std::nullopt},
    {"ghcr.io/acme/worker:1.0", FindingKind::Vulnerability, "CVE-2026-1001", Severity::High,
     FindingStatus::FalsePositive},
    {"registry.example/shop/web:2.0", FindingKind::Vulnerability, "CVE-2026-1002", Severity::Medium,
     FindingStatus::RiskAccepted},
};

qsizetype countWritten(const std::function<bool(const Written &)> &pred)
{
    return std::count_if(kWritten.begin(), kWritten.end(), pred);
}

bool decided(const Written &w)
{
    return w.decision.has_value();
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;

    Run ctl(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    std::int64_t historyRows()
    {
        const Database db = Database::open(m_db.toStdString(), Database::Access::ReadOnly);
        return ReportHistoryRepository(db).count();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("BULKHEADCTL"), "BULKHEADCTL names the bulkheadctl binary");
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("store.db"));
        Database db = Database::open(m_db.toStdString());
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        for (const Written &w : kWritten)
            test::writeOneFindingScan(db, w.image, w.kind, w.rule, w.severity, now - 2 * kDay);
        TriageRepository triage(db);
        for (const Written &w : kWritten) {
            if (!w.decision)
                continue;
            SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id "
                                            "WHERE r.key = ?1");
            st.bind(1, std::string_view(w.rule));
            QVERIFY(st.step());
            TriageChange change;
            change.status = w.decision;
            change.justification = "decided in the test";
            change.actor = "alice";
            change.at = now - kDay;
            change.expiresAt = now + 30 * kDay;
            triage.apply({st.int64(0)}, change);
        }
    }

    void openVexToStdout()
    {
        const std::int64_t before = historyRows();
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("openvex")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Json doc = Json::parse(r.out.toStdString());
        QCOMPARE(doc.at("@context").get<std::string>(), std::string("https://openvex.dev/ns/v0.2.0"));
        QCOMPARE(qsizetype(doc.at("statements").size()), countWritten([](const Written &w) {
                     return decided(w) && w.kind == FindingKind::Vulnerability;
                 }));
        QCOMPARE(historyRows(), before); // stdout is not a file anyone can verify later
    }

    void sarifToFileWithChecksumAndHistory()
    {
        const std::int64_t before = historyRows();
        const QString file = m_tmp.filePath(QStringLiteral("out/findings.sarif"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("sarif"), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const Json doc = Json::parse(bytes.toStdString());
        qsizetype results = 0;
        for (const Json &run : doc.at("runs"))
            results += qsizetype(run.at("results").size());
        QCOMPARE(results, countWritten([](const Written &w) { return !decided(w); }));

        // FILE.sha256 in sha256sum's format, and sha256sum itself agrees.
        const QString hex = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QFile sum(file + QStringLiteral(".sha256"));
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(sum.readAll()), hex + QStringLiteral("  findings.sarif\n"));
        QProcess check;
        check.setWorkingDirectory(QFileInfo(file).absolutePath());
        check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("findings.sarif.sha256")});
        QVERIFY(check.waitForFinished(30000));
        QCOMPARE(check.exitCode(), 0);

        // The history row names the file and its checksum.
        QCOMPARE(historyRows(), before + 1);
        const Database db = Database::open(m_db.toStdString(), Database::Access::ReadOnly);
        const GeneratedReport row = ReportHistoryRepository(db).list(1).at(0);
        QCOMPARE(row.kind, std::string("sarif"));
        QCOMPARE(row.path, QFileInfo(file).absoluteFilePath().toStdString());
        QCOMPARE(row.sha256, hex.toStdString());
        QCOMPARE(row.bytes, std::int64_t(bytes.size()));
        QCOMPARE(row.scope, std::string("Whole store"));
        QVERIFY(!row.generatedBy.empty());
    }

    void trivyIgnoreInScope()
    {
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("trivyignore"), QStringLiteral("--scope"),
                           QStringLiteral("registry=ghcr.io")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const YAML::Node doc = YAML::Load(r.out.toStdString());
        const auto inGhcr = [](const Written &w) { return QString::fromLatin1(w.image).startsWith("ghcr.io/"); };
        QCOMPARE(qsizetype(doc["vulnerabilities"].size()), countWritten([&](const Written &w) {
                     return inGhcr(w) && decided(w) && w.kind == FindingKind::Vulnerability;
                 }));
        QCOMPARE(doc["vulnerabilities"][0]["id"].as<std::string>(), std::string("CVE-2026-1001"));

        const Run all = ctl({QStringLiteral("export"), QStringLiteral("trivyignore")});
        QCOMPARE(qsizetype(YAML::Load(all.out.toStdString())["vulnerabilities"].size()),
                 countWritten([](const Written &w) { return decided(w) && w.kind == FindingKind::Vulnerability; }));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no kind") << QStringList{QStringLiteral("export")};
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("export"), QStringLiteral("csv")};
        QTest::newRow("two kinds") << QStringList{QStringLiteral("export"), QStringLiteral("sarif"),
                                                  QStringLiteral("openvex")};
        QTest::newRow("bad scope") << QStringList{QStringLiteral("export"), QStringLiteral("sarif"),
                                                  QStringLiteral("--scope"), QStringLiteral("planet=mars")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("sarif"),
                                                       QStringLiteral("--format"), QStringLiteral("json")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("bulkheadctl export")));
    }

    void help()
    {
        const Run r = ctl({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"openvex", "trivyignore", "sarif", "--out", "--scope"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    void failures()
    {
        // No store: an error naming it, and no store created.
        const QString missing = m_tmp.filePath(QStringLiteral("missing.db"));
        Run r = ctl({QStringLiteral("export"), QStringLiteral("sarif")}, missing);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(missing));

        // A file that cannot be written: nothing under the name, nothing recorded.
        const std::int64_t before = historyRows();
        const QString unwritable = m_tmp.filePath(QStringLiteral("no/such/dir/x.sarif"));
        r = ctl({QStringLiteral("export"), QStringLiteral("sarif"), QStringLiteral("--out"), unwritable});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("x.sarif")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(unwritable));
        QVERIFY(!QFileInfo::exists(unwritable + QStringLiteral(".sha256")));
        QCOMPARE(historyRows(), before);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
