// The demo workspace generator: exact finding counts, a populated world (images, tools,
// severities, history, triage of every kind, overdue items) checked with the test's own SQL, and
// refusal to touch any file that is not a demo store.
#include "analysis/slapolicy.h"
#include "demo/demostore.h"
#include "demo/demovocabulary.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/storemeta.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kNow = 1'750'000'000; // a fixed "today" keeps the store deterministic
constexpr std::int64_t kDay = 86400;

demo::DemoOptions options(std::int64_t findings)
{
    demo::DemoOptions o;
    o.findings = findings;
    o.now = kNow;
    return o;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

std::int64_t count(const Database &db, const std::string &sql)
{
    return db.scalar(sql);
}

// Every finding's identity and state, in id order: equal digests mean equal stores.
QByteArray contentDigest(const Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    SqliteStatement st = db.prepare(
        "SELECT f.fingerprint, f.status, f.severity, f.first_seen, coalesce(f.resolved_at, 0), a.identity, r.key "
        "FROM findings f JOIN assets a ON a.id = f.asset_id JOIN rules r ON r.id = f.rule_id ORDER BY f.id");
    while (st.step()) {
        for (int c = 0; c < 7; ++c)
            h.addData(QByteArray::fromStdString(st.text(c) + '|'));
    }
    return h.result();
}

} // namespace

class TestDemoStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_path; // the N = 3000 demo shared by the content tests

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = (m_dir.path() + "/demo.db").toStdString();
        const demo::DemoSummary s = demo::writeDemoStore(m_path, options(3000));
        QCOMPARE(s.findings, 3000);
    }

    void exactFindingCount_data()
    {
        QTest::addColumn<qint64>("findings");
        for (qint64 n : {0, 1, 7, 96, 1234})
            QTest::addRow("%lld", static_cast<long long>(n)) << n;
    }

    void exactFindingCount()
    {
        QFETCH(qint64, findings);
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/n.db").toStdString();
        demo::writeDemoStore(path, options(findings));
        const Database db = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(count(db, "SELECT count(*) FROM findings"), findings);
        QVERIFY(storemeta::isDemo(db));
    }

    void theSharedDemoHasExactlyN()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        QCOMPARE(count(db, "SELECT count(*) FROM findings"), 3000);
        QVERIFY(storemeta::isDemo(db));
        QCOMPARE(QString::fromStdString(storemeta::read(db, storemeta::kDemo).value_or("")), QStringLiteral("1"));
        // One snapshot, as after an import, taken at the demo's "now".
        QCOMPARE(count(db, "SELECT count(*) FROM snapshots WHERE reason = 'import' AND taken_at = " + std::to_string(kNow)), 1);
    }

    void imagesWorkloadsAndTools()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        const std::int64_t images = count(db, "SELECT count(*) FROM assets WHERE kind = 1");
        QCOMPARE(images, static_cast<std::int64_t>(demo::images().size()));
        QVERIFY2(images >= 35 && images <= 45, "about forty images");
        QVERIFY(count(db, "SELECT count(*) FROM assets WHERE kind = 3") >= 40);
        QVERIFY(count(db, "SELECT count(DISTINCT namespace) FROM assets WHERE kind = 3") >= 5);
        QCOMPARE(count(db, "SELECT count(DISTINCT cluster) FROM assets WHERE kind = 3"), 3);

        std::set<std::string> tools;
        SqliteStatement st = db.prepare("SELECT DISTINCT t.name FROM reports r JOIN tools t ON t.id = r.tool_id");
        while (st.step())
            tools.insert(st.text(0));
        QCOMPARE(tools, (std::set<std::string>{"Grype", "Kubescape", "Trivy"}));
        // Every kind of finding, and each from the scanners that report it.
        QVERIFY(count(db, "SELECT count(*) FROM findings WHERE kind = 1") > 2000);
        QVERIFY(count(db, "SELECT count(*) FROM findings WHERE kind = 2") >= 50);
        QVERIFY(count(db, "SELECT count(*) FROM findings WHERE kind = 3") >= 5);
        QVERIFY(count(db, "SELECT count(*) FROM findings f JOIN assets a ON a.id = f.asset_id "
                          "WHERE f.kind = 2 AND a.kind = 3") > 0);
    }

    void severitiesInARealisticMix()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        std::array<std::int64_t, 6> bySeverity{};
        SqliteStatement st = db.prepare("SELECT severity, count(*) FROM findings GROUP BY severity");
        while (st.step())
            bySeverity[static_cast<std::size_t>(st.int64(0))] = st.int64(1);
        for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Unknown})
            QVERIFY2(bySeverity[static_cast<std::size_t>(s)] > 0, severityName(s).data());
        // Medium is the most common, critical rarer than high.
        QVERIFY(bySeverity[3] > bySeverity[4]);
        QVERIFY(bySeverity[4] > bySeverity[5]);
        QVERIFY(bySeverity[5] * 100 < 3000 * 15);
    }

    void vulnerabilityDetails()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        QVERIFY(count(db, "SELECT count(*) FROM rules WHERE kind = 1 AND key LIKE 'CVE-____-%'") > 50);
        QVERIFY(count(db, "SELECT count(*) FROM rules WHERE kind = 1 AND key LIKE 'GHSA-____-____-____'") > 10);
        // Every rule a finding uses carries its text; vulnerabilities their references and CVSS.
        QCOMPARE(count(db, "SELECT count(*) FROM rules WHERE title IS NULL OR description IS NULL"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM rules WHERE kind = 1 AND refs NOT LIKE 'https://%'"), 0);
        QVERIFY(count(db, "SELECT count(*) FROM rules WHERE cvss_vector LIKE 'CVSS:3.1/AV:_/%' AND cvss_score > 0") > 50);
        // About 60% of vulnerabilities have a fixed version; all have an installed one.
        const std::int64_t vulns = count(db, "SELECT count(*) FROM findings WHERE kind = 1");
        const std::int64_t fixable = count(db, "SELECT count(*) FROM findings WHERE kind = 1 AND fixed_version IS NOT NULL");
        QVERIFY2(fixable * 100 > vulns * 45 && fixable * 100 < vulns * 75, qPrintable(QString::number(fixable)));
        QCOMPARE(count(db, "SELECT count(*) FROM findings WHERE kind = 1 AND installed_version IS NULL"), 0);
        QVERIFY(count(db, "SELECT count(*) FROM components") > 1000);
    }

    void historyOverTwelveWeeks()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        QVERIFY(count(db, "SELECT count(*) FROM reports") >= 150);
        QVERIFY(count(db, "SELECT max(scanned_at) - min(scanned_at) FROM reports") >= 70 * kDay);
        QVERIFY(count(db, "SELECT max(scanned_at) FROM reports") <= kNow);
        QVERIFY(count(db, "SELECT count(DISTINCT scanned_at / 86400) FROM reports") >= 30);
        // Several scans per image, so that later ones resolved what earlier ones reported.
        QCOMPARE(count(db, "SELECT count(*) FROM (SELECT a.id FROM assets a JOIN findings f ON f.asset_id = a.id "
                           "WHERE a.kind = 1 GROUP BY a.id HAVING count(DISTINCT f.first_report_id) < 2)"), 0);
        const std::int64_t resolved = count(db, "SELECT count(*) FROM findings WHERE status = 5 AND resolved_at IS NOT NULL");
        QVERIFY(resolved > 300);
        QVERIFY(resolved < 1500);
        QVERIFY(count(db, "SELECT count(*) FROM findings WHERE first_seen > (SELECT min(scanned_at) FROM reports) + 14 * 86400") > 300);
    }

    void triageOfEveryKind()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        for (const char *status : {"false_positive", "risk_accepted", "mitigated", "confirmed"}) {
            SqliteStatement st = db.prepare(
                "SELECT count(*) FROM triage_history WHERE field = 'status' AND new_value = ?1 AND changed_by = 'demo'");
            st.bind(1, std::string_view(status));
            QVERIFY(st.step());
            QVERIFY2(st.int64(0) >= 5, status);
        }
        QVERIFY(count(db, "SELECT count(*) FROM triage_history WHERE field = 'assignee' AND new_value <> ''") >= 5);
        QVERIFY(count(db, "SELECT count(*) FROM triage_history WHERE field = 'comment' AND note <> ''") >= 5);
        QCOMPARE(count(db, "SELECT count(*) FROM triage_history WHERE changed_by <> 'demo'"), 0);
        // Decisions come after the finding was first seen and before now.
        QCOMPARE(count(db, "SELECT count(*) FROM triage_history h JOIN findings f ON f.id = h.finding_id "
                           "WHERE h.changed_at > " + std::to_string(kNow) + " OR h.changed_at < f.first_seen - 86400"), 0);
        // False positives and acceptances carry their justification; acceptances an expiry.
        QCOMPARE(count(db, "SELECT count(*) FROM triage WHERE status IN (2, 3) AND coalesce(justification, '') = ''"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM triage WHERE status = 3 AND coalesce(expires_at, 0) <= " + std::to_string(kNow)), 0);
        const std::string soon = "SELECT count(*) FROM triage t JOIN findings f ON f.id = t.finding_id WHERE t.status = 3 "
                                 "AND f.status = 3 AND t.expires_at <= " + std::to_string(kNow + 14 * kDay);
        QVERIFY(count(db, soon) >= 3);
        QVERIFY(count(db, "SELECT count(*) FROM triage WHERE status = 3") > count(db, soon));
    }

    void someAreOverdueUnderTheDefaultSla()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        const SlaPolicy sla;
        std::int64_t overdue = 0, open = 0;
        SqliteStatement st = db.prepare("SELECT severity, first_seen FROM findings WHERE status IN (0, 1)");
        while (st.step()) {
            ++open;
            overdue += sla.isOverdue(static_cast<Severity>(st.int64(0)), st.int64(1), kNow);
        }
        QVERIFY(overdue > 0);
        QVERIFY2(overdue < open, "not everything is overdue either");
    }

    void sameSeedSameStore()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/again.db").toStdString();
        demo::writeDemoStore(path, options(3000));
        const Database a = Database::open(m_path, Database::Access::ReadOnly);
        const Database b = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(contentDigest(b), contentDigest(a));
    }

    void refusesAStoreThatIsNotADemo()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/real.db").toStdString();
        {
            Database db = Database::open(path);
            db.exec("INSERT INTO tools(name) VALUES('Trivy')");
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QString qpath = QString::fromStdString(path);
        const QByteArray before = fileHash(qpath);
        QCOMPARE(demo::inspectDemoTarget(path), demo::DemoTarget::Other);
        demo::DemoOptions o = options(10);
        o.replaceDemo = true; // even when asked to replace: only demo stores are replaced
        QVERIFY_THROWS_EXCEPTION(StoreError, demo::writeDemoStore(path, o));
        QCOMPARE(fileHash(qpath), before);
        const Database db = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(count(db, "SELECT count(*) FROM findings"), 0);
        QVERIFY(!storemeta::isDemo(db));
    }

    void refusesAnyOtherFile()
    {
        QTemporaryDir dir;
        const QString text = dir.path() + "/notes.txt";
        test::writeFile(text, "my notes, not a database\n");
        QCOMPARE(demo::inspectDemoTarget(text.toStdString()), demo::DemoTarget::Other);
        QVERIFY_THROWS_EXCEPTION(StoreError, demo::writeDemoStore(text.toStdString(), options(10)));
        QCOMPARE(test::readFile(text), QByteArray("my notes, not a database\n"));
        QCOMPARE(demo::inspectDemoTarget(dir.path().toStdString()), demo::DemoTarget::Other); // a directory
    }

    void replacesADemoOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/demo.db").toStdString();
        QCOMPARE(demo::inspectDemoTarget(path), demo::DemoTarget::Missing);
        demo::writeDemoStore(path, options(20));
        QCOMPARE(demo::inspectDemoTarget(path), demo::DemoTarget::DemoStore);
        const QByteArray before = fileHash(QString::fromStdString(path));
        QVERIFY_THROWS_EXCEPTION(StoreError, demo::writeDemoStore(path, options(30)));
        QCOMPARE(fileHash(QString::fromStdString(path)), before);

        demo::DemoOptions again = options(30);
        again.replaceDemo = true;
        QCOMPARE(demo::writeDemoStore(path, again).findings, 30);
        const Database db = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(count(db, "SELECT count(*) FROM findings"), 30);
        QVERIFY(!QFileInfo::exists(QString::fromStdString(path + ".demo-partial")));
    }

    void defaultPathIsBesideTheDefaultStore()
    {
        const std::string store = Database::defaultPath();
        const std::string demoPath = demo::defaultDemoPath();
        QVERIFY(demoPath != store);
        QCOMPARE(QFileInfo(QString::fromStdString(demoPath)).absolutePath(),
                 QFileInfo(QString::fromStdString(store)).absolutePath());
    }
};

QTEST_APPLESS_MAIN(TestDemoStore)
#include "tst_demostore.moc"
