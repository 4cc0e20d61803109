// `bulkheadctl report --pdf` (the real binary, $BULKHEADCTL) on a store the test fills through
// the real writers: a Trivy report imported with `bulkheadctl import`, a risk acceptance with
// `bulkheadctl triage`, a secrets inventory with `bulkheadctl secrets import-inventory`, a
// cluster's RBAC through WorkloadRepository/analyzeRbac/RbacRepository as the collector writes
// it, and an attestation through AttestationRepository. A package, an RBAC user and a secret are
// called `<img src=http://x>`. The PDF is read back with poppler-utils (pdftotext, pdffonts,
// pdfinfo) and sha256sum: the counts expected are computed here from what the test wrote.

#include "testsupport.h"

#include "kube/kubeworkload.h"
#include "rbac/rbacanalysis.h"
#include "sources/clustersourceconfig.h"
#include "store/attestationrepository.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/reporthistoryrepository.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead;
using nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
};

constexpr std::int64_t kDay = 86400;
const QString kEvil = QStringLiteral("<img src=http://x>");
const QString kJustification = QStringLiteral("Not reachable: the parser runs on trusted input only");

struct Vuln {
    QString id, severity, package, installed, fixed;
};

// The scanner reports: image -> vulnerabilities. Every expectation below is counted from these.
const std::vector<std::pair<QString, std::vector<Vuln>>> kImages = {
    {QStringLiteral("registry.example/shop/api:1.4"),
     {{"CVE-2026-0001", "CRITICAL", "openssl", "3.0.1", "3.0.9"},
      {"CVE-2026-0002", "CRITICAL", "zlib", "1.2.11", ""},
      {"CVE-2026-0101", "HIGH", kEvil, "1.0", "1.1"},
      {"CVE-2026-0102", "HIGH", "curl", "7.1", "7.2"},
      {"CVE-2026-0201", "MEDIUM", "libxml2", "2.9", "2.10"},
      {"CVE-2026-0202", "MEDIUM", "expat", "2.4", ""},
      {"CVE-2026-0301", "LOW", "bash", "5.1", "5.2"}}},
    {QStringLiteral("registry.example/shop/web:2.0"),
     {{"CVE-2026-0103", "HIGH", "busybox", "1.35", "1.36"},
      {"CVE-2026-0203", "MEDIUM", "sqlite", "3.40", "3.41"},
      {"CVE-2026-0302", "LOW", "tar", "1.34", ""}}},
};
// The one the test accepts as a risk (a medium: the critical/high list stays as imported).
const QString kAcceptedRule = QStringLiteral("CVE-2026-0201");

QByteArray trivyJson(const QString &image, const std::vector<Vuln> &vulns, int index)
{
    QJsonArray list;
    for (const Vuln &v : vulns) {
        QJsonObject o{{"VulnerabilityID", v.id}, {"PkgName", v.package}, {"InstalledVersion", v.installed},
                      {"Severity", v.severity}, {"Title", QStringLiteral("issue in ") + v.package}};
        if (!v.fixed.isEmpty())
            o.insert(QStringLiteral("FixedVersion"), v.fixed);
        list.append(o);
    }
    const QJsonObject report{
        {"SchemaVersion", 2},
        {"CreatedAt", QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate)},
        {"ArtifactName", image},
        {"ArtifactType", "container_image"},
        {"Metadata", QJsonObject{{"ImageID", QStringLiteral("sha256:%1").arg(index, 64, 10, QChar('0'))}}},
        {"Results", QJsonArray{QJsonObject{{"Target", image + QStringLiteral(" (debian 12)")}, {"Class", "os-pkgs"},
                                            {"Type", "debian"}, {"Vulnerabilities", list}}}},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

json meta(const std::string &ns, const std::string &name)
{
    json m{{"name", name}, {"uid", "uid-" + ns + "-" + name}, {"creationTimestamp", "2026-01-05T10:00:00Z"}};
    if (!ns.empty())
        m["namespace"] = ns;
    return m;
}

// A small cluster: a user named like markup holds cluster-admin (a critical risky subject), a
// service account reads pods (low risk).
std::vector<json> clusterObjects()
{
    const char *api = "rbac.authorization.k8s.io/v1";
    const json rbacGroup = "rbac.authorization.k8s.io";
    return {
        {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta("shop", "web")}},
        {{"apiVersion", api}, {"kind", "ClusterRole"}, {"metadata", meta("", "cluster-admin")},
         {"rules", json::array({{{"verbs", {"*"}}, {"apiGroups", {"*"}}, {"resources", {"*"}}}})}},
        {{"apiVersion", api}, {"kind", "Role"}, {"metadata", meta("shop", "pod-reader")},
         {"rules", json::array({{{"verbs", {"get", "list"}}, {"apiGroups", {""}}, {"resources", {"pods"}}}})}},
        {{"apiVersion", api}, {"kind", "ClusterRoleBinding"}, {"metadata", meta("", "ops-admin")},
         {"roleRef", {{"apiGroup", rbacGroup}, {"kind", "ClusterRole"}, {"name", "cluster-admin"}}},
         {"subjects", json::array({{{"kind", "User"}, {"name", kEvil.toStdString()}, {"apiGroup", rbacGroup}}})}},
        {{"apiVersion", api}, {"kind", "RoleBinding"}, {"metadata", meta("shop", "web-reads-pods")},
         {"roleRef", {{"apiGroup", rbacGroup}, {"kind", "Role"}, {"name", "pod-reader"}}},
         {"subjects", json::array({{{"kind", "ServiceAccount"}, {"name", "web"}, {"namespace", "shop"}}})}},
    };
}

// One collection of the cluster "prod" and its RBAC analysis, in one transaction, as the
// cluster collector writes them.
void storeCluster(Database &db, std::int64_t now)
{
    ClusterSourceConfig source;
    source.name = "prod";
    source.context = "prod-admin";
    source.server = "https://prod.example:6443";
    const std::int64_t sourceId = SourceRepository(db).add(source);
    ClusterCollectionWrite write;
    write.sourceId = sourceId;
    write.runId = CollectionRunRepository(db).start(sourceId, now);
    write.now = now;
    write.cluster = "prod";
    write.workloadsComplete = true;
    write.objectKindsComplete = {"ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"};
    for (const json &o : clusterObjects()) {
        const json &m = o["metadata"];
        write.objects.push_back({o["kind"].get<std::string>(), m.value("namespace", ""), m["name"].get<std::string>(),
                                 m["uid"].get<std::string>(), now - 30 * kDay, o.dump()});
    }
    RbacAnalysis analysis = analyzeRbac(write.objects, write.workloads, true);
    analysis.write.sourceId = sourceId;
    analysis.write.now = now;
    analysis.write.cluster = "prod";
    Transaction tx(db);
    WorkloadRepository(db).writeCollection(write);
    RbacRepository(db).writeAnalysis(analysis.write);
    tx.commit();
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

Run runTool(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// pdftotext's text with runs of spaces and line ends made single spaces (table cells and
// wrapped lines then read as the words they are) and typographic ligatures a shaper may pick
// (U+FB01 for "fi") spelled out, as a viewer's search does.
QString flatText(const QString &pdf)
{
    const Run r = runTool(tool(QStringLiteral("pdftotext")), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QString text = r.out.simplified();
    for (const auto &[ligature, letters] : {std::pair{u'\uFB00', "ff"}, {u'\uFB01', "fi"}, {u'\uFB02', "fl"}, {u'\uFB03', "ffi"}, {u'\uFB04', "ffl"}})
        text.replace(QChar(ligature), QLatin1String(letters));
    return text;
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    QString m_evilSecretInventory;

    Run ctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config"))); // default settings
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(300000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Files in the temporary directory other than the store's: nothing half-written may stay.
    QStringList leftovers() const
    {
        QStringList out;
        for (const QString &name : QDir(m_tmp.path()).entryList(QDir::Files))
            if (!name.startsWith(QLatin1String("store.db")) && !name.endsWith(QLatin1String(".json"))
                && !name.endsWith(QLatin1String(".csv")))
                out << name;
        return out;
    }

    void requireTools()
    {
        for (const char *t : {"pdftotext", "pdffonts", "pdfinfo", "sha256sum"}) {
            if (tool(QLatin1String(t)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (poppler-utils / coreutils)").arg(QLatin1String(t))));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("BULKHEADCTL"), "BULKHEADCTL names the bulkheadctl binary");
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("store.db"));
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();

        // Scanner reports through `bulkheadctl import` (the real parser and ImportWriter).
        QStringList reports;
        for (std::size_t i = 0; i < kImages.size(); ++i) {
            const QString path = m_tmp.filePath(QStringLiteral("trivy-%1.json").arg(i));
            test::writeFile(path, trivyJson(kImages[i].first, kImages[i].second, int(i) + 1));
            reports << path;
        }
        const Run imported = ctl(QStringList{QStringLiteral("import")} + reports);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        // A risk acceptance through `bulkheadctl triage`, by the finding's fingerprint.
        const Run listed = ctl({QStringLiteral("findings"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        QString fingerprint;
        for (const QJsonValue &f : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            if (f[QStringLiteral("rule_id")].toString() == kAcceptedRule)
                fingerprint = f[QStringLiteral("fingerprint")].toString();
        QVERIFY(!fingerprint.isEmpty());
        const QString expires = QDateTime::currentDateTimeUtc().addDays(60).toString(QStringLiteral("yyyy-MM-dd"));
        const Run triaged = ctl({QStringLiteral("triage"), QStringLiteral("--status"), QStringLiteral("risk_accepted"),
                                 QStringLiteral("--justification"), kJustification, QStringLiteral("--expires"), expires,
                                 fingerprint});
        QVERIFY2(triaged.exitCode == 0, qPrintable(triaged.err));

        // A secrets inventory: one overdue secret named like markup, one rotated last week.
        const QString csv = m_tmp.filePath(QStringLiteral("vault-inventory.csv"));
        const QString longAgo = QDateTime::currentDateTimeUtc().addDays(-400).toString(QStringLiteral("yyyy-MM-dd"));
        const QString lastWeek = QDateTime::currentDateTimeUtc().addDays(-7).toString(QStringLiteral("yyyy-MM-dd"));
        test::writeFile(csv, QStringLiteral("name,owner,store,last_rotated,policy_days\n"
                                            "\"%1\",ops,hsm,%2,90\npayments-api-key,ops,hsm,%3,90\n")
                                 .arg(kEvil, longAgo, lastWeek)
                                 .toUtf8());
        const Run inventory = ctl({QStringLiteral("secrets"), QStringLiteral("import-inventory"), csv});
        QVERIFY2(inventory.exitCode == 0, qPrintable(inventory.err));

        // RBAC as the collector writes it, and an attestation.
        Database db = Database::open(m_db.toStdString());
        storeCluster(db, now);
        Attestation a;
        a.control = "RUN-4";
        a.status = AttestationStatus::Pass;
        a.evidence = "Falco runs on every node, checked with the platform team.";
        a.attestedBy = "alice";
        a.attestedAt = now - kDay;
        a.expiresAt = now + 200 * kDay;
        AttestationRepository(db).add(a, {});
    }

    void reportA4()
    {
        requireTools();
        const QString pdf = m_tmp.filePath(QStringLiteral("report.pdf"));
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(pdf));

        // The checksum: printed, beside the file in sha256sum format, and the file's own.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY2(r.out.contains(QStringLiteral("sha256: ") + sha), qPrintable(r.out));
        const Run check = runTool(tool(QStringLiteral("sha256sum")), {QStringLiteral("-c"), QStringLiteral("report.pdf.sha256")},
                                  m_tmp.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.contains(QStringLiteral("report.pdf: OK")));

        // Pages as pdfinfo counts them, and A4.
        const Run info = runTool(tool(QStringLiteral("pdfinfo")), {pdf});
        QCOMPARE(info.exitCode, 0);
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY(pages.hasMatch());
        QVERIFY2(r.out.contains(QStringLiteral("pages:  ") + pages.captured(1)), qPrintable(r.out));
        QVERIFY2(info.out.contains(QStringLiteral("(A4)")), qPrintable(info.out));
        QVERIFY(info.out.contains(QStringLiteral("Container security posture report")));

        // Every font embedded.
        const Run fonts = runTool(tool(QStringLiteral("pdffonts")), {pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList fontLines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines) {
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the end but 3.
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7 && cols[cols.size() - 5] == QLatin1String("yes"), qPrintable(line));
        }
        QVERIFY(fonts.out.contains(QLatin1String("DejaVuSans")));

        // The text: counts and names of the store. The scanner findings are counted from what the
        // test imported; the secrets evaluation adds findings of its own (the overdue rotation), so
        // the totals come from `bulkheadctl findings` (FindingRepository, not the report's queries).
        const QString text = flatText(pdf);
        for (const auto &[image, vulns] : kImages) {
            QVERIFY2(text.contains(image), qPrintable(image));
            for (const Vuln &v : vulns) {
                if (v.id == kAcceptedRule || (v.severity != QLatin1String("CRITICAL") && v.severity != QLatin1String("HIGH")))
                    continue;
                // Every critical and high one is listed with its package and versions.
                QVERIFY2(text.contains(v.id), qPrintable(v.id));
                QVERIFY2(text.contains(v.installed + QStringLiteral(" \u2192 ")
                                       + (v.fixed.isEmpty() ? QStringLiteral("no fix") : v.fixed)),
                         qPrintable(text.mid(text.indexOf(v.id) - 20, 120)));
            }
        }
        const Run listed = ctl({QStringLiteral("findings"), QStringLiteral("--status"), QStringLiteral("open,confirmed"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        int critical = 0, high = 0, open = 0, scanner = 0;
        for (const QJsonValue &f : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            ++open;
            const QString severity = f[QStringLiteral("severity")].toString();
            critical += severity == QLatin1String("critical");
            high += severity == QLatin1String("high");
            scanner += f[QStringLiteral("rule_id")].toString().startsWith(QLatin1String("CVE-2026-"));
            if (severity == QLatin1String("critical") || severity == QLatin1String("high"))
                QVERIFY2(text.contains(f[QStringLiteral("rule_id")].toString()), qPrintable(f[QStringLiteral("rule_id")].toString()));
        }
        int imported = 0;
        for (const auto &[image, vulns] : kImages)
            imported += int(vulns.size());
        QCOMPARE(scanner, imported - 1); // all but the accepted one are open
        QVERIFY2(text.contains(QStringLiteral("Critical and high findings (%1)").arg(critical + high)), qPrintable(text.left(4000)));
        QVERIFY(text.contains(QStringLiteral("%1 critical and %2 high findings are open").arg(critical).arg(high)));
        QVERIFY(text.contains(QStringLiteral("%1 findings are open or confirmed in scope").arg(open)));
        // The acceptance with its justification; the attestation with who; the overdue secret.
        QVERIFY(text.contains(kAcceptedRule));
        QVERIFY(text.contains(kJustification));
        QVERIFY(text.contains(QStringLiteral("pass by alice")));
        QVERIFY(text.contains(QStringLiteral("Overdue secrets (1)")));
        QVERIFY(text.contains(QStringLiteral("payments-api-key")) || text.contains(QStringLiteral("hsm")));
        // The markup-like name: printed literally as the package, the RBAC user and the secret.
        QVERIFY2(text.count(kEvil) >= 3, qPrintable(QString::number(text.count(kEvil))));
        // Title page facts, and the store id as the store holds it.
        QVERIFY(text.contains(QStringLiteral("Whole store")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")) || text.contains(QStringLiteral("Page 2 of ")));
        std::string storeId;
        {
            const Database db = Database::open(m_db.toStdString(), Database::Access::ReadOnly);
            SqliteStatement st = db.prepare("SELECT value FROM store_meta WHERE key = 'store_id'");
            if (st.step())
                storeId = st.text(0);
            // The report history: one row with the file's checksum, pages and paper.
            const std::vector<GeneratedReport> rows = ReportHistoryRepository(db).list(10);
            QCOMPARE(rows.size(), std::size_t(1));
            QCOMPARE(rows[0].kind, std::string("pdf"));
            QCOMPARE(QString::fromStdString(rows[0].sha256), sha);
            QCOMPARE(QString::fromStdString(rows[0].path), QFileInfo(pdf).absoluteFilePath());
            QCOMPARE(rows[0].pages, pages.captured(1).toInt());
            QCOMPARE(rows[0].bytes, QFileInfo(pdf).size());
            QCOMPARE(rows[0].paper, std::string("a4"));
        }
        QVERIFY(!storeId.empty());
        QVERIFY(text.contains(QString::fromStdString(storeId)));
    }

    void reportLetter()
    {
        requireTools();
        const QString pdf = m_tmp.filePath(QStringLiteral("letter.pdf"));
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"), QStringLiteral("letter")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run info = runTool(tool(QStringLiteral("pdfinfo")), {pdf});
        QVERIFY2(info.out.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info.out));
        const Database db = Database::open(m_db.toStdString(), Database::Access::ReadOnly);
        const std::vector<GeneratedReport> rows = ReportHistoryRepository(db).list(1);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows[0].paper, std::string("letter"));
    }

    void scopedToCluster()
    {
        requireTools();
        // A registry the store has no image of: no finding is in scope, the scope line says it.
        const QString pdf = m_tmp.filePath(QStringLiteral("scoped.pdf"));
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--scope"),
                           QStringLiteral("registry=ghcr.io")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = flatText(pdf);
        QVERIFY(text.contains(QStringLiteral("ghcr.io")));
        // The findings sections follow the scope; control statuses are the store's (docs/reports.md).
        QVERIFY(text.contains(QStringLiteral("Critical and high findings (0)")));
        QVERIFY(text.contains(QStringLiteral("0 critical and 0 high findings are open")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-13-45")} << 2
                                  << QStringLiteral("2026-13-45");
        QTest::newRow("unknown scope key") << QStringList{QStringLiteral("--scope"), QStringLiteral("colour=red")} << 2
                                           << QStringLiteral("colour");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("a3")} << 2
                                   << QStringLiteral("--paper");
        QTest::newRow("no pdf") << QStringList{} << 2 << QStringLiteral("--pdf");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString pdf = m_tmp.filePath(QStringLiteral("bad.pdf"));
        const QStringList pdfArgs = QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("no pdf")
            ? QStringList{}
            : QStringList{QStringLiteral("--pdf"), pdf};
        const Run r = ctl(QStringList{QStringLiteral("report")} + pdfArgs + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY2(leftovers().filter(QStringLiteral("bad")).isEmpty(), qPrintable(leftovers().join(u',')));
    }

    void unwritablePath()
    {
        // A parent that is a file: no directory can be made there, even by root.
        const QString blocker = m_tmp.filePath(QStringLiteral("plain-file"));
        test::writeFile(blocker, "x");
        const QString pdf = blocker + QStringLiteral("/report.pdf");
        const QStringList before = leftovers();
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("--pdf"), pdf});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("report.pdf")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".sha256")));
        QCOMPARE(leftovers(), before);
    }

    void help()
    {
        const Run r = ctl({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--as-of")));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
