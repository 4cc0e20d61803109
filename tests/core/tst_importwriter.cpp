// The writer's lifecycle rules, on reports built in the test: idempotent re-import, resolution
// by a newer complete scan, reopening, triage surviving re-scans and carrying over to a rebuilt
// image of the same repository, and all-or-nothing writes.
#include "model/parsedreport.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/storeerror.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bulkhead;

namespace {

struct Vuln {
    std::string id, package, version;
};

// A Trivy-like image report for `digest` listing `vulns`, scanned at `when`.
ParsedFile imageReport(const std::string &digest, const std::vector<Vuln> &vulns, std::int64_t when,
                       const std::string &repository = "registry.example/app", const std::string &tool = "Trivy")
{
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = tool;
    r.scannedAt = when;
    AssetRef a;
    a.kind = AssetKind::Image;
    a.identity = digest;
    a.name = repository + ":tag";
    a.repository = repository;
    a.digest = digest;
    const auto asset = r.addAsset(a);
    r.addScope(asset, FindingKind::Vulnerability);
    for (const Vuln &v : vulns) {
        ParsedFinding f;
        f.asset = asset;
        f.ruleKey = v.id;
        f.severity = Severity::High;
        f.package = v.package;
        f.packageType = "apk";
        f.installedVersion = v.version;
        r.findings.push_back(f);
        RuleInfo info;
        info.key = v.id;
        info.hasMetadata = true;
        info.title = "title of " + v.id;
        info.description = "description of " + v.id;
        r.rules.push_back(info);
    }
    computeFingerprints(r);
    ParsedFile file;
    file.path = "test-" + digest + "-" + std::to_string(when) + ".json";
    // Distinct content per (digest, time, findings) as a real file would have.
    file.contentHash = digest + ":" + std::to_string(when) + ":" + std::to_string(vulns.size()) + tool;
    file.report = std::move(r);
    return file;
}

struct FindingState {
    std::int64_t id;
    int status;
    bool resolved;
};

FindingState state(Database &db, const std::string &ruleKey, const std::string &digest)
{
    auto st = db.prepare("SELECT f.id, f.status, f.resolved_at IS NOT NULL FROM findings f JOIN rules r ON r.id = f.rule_id "
                         "JOIN assets a ON a.id = f.asset_id WHERE r.key = ?1 AND a.identity = ?2");
    st.bindText(1, ruleKey).bindText(2, digest);
    if (!st.step())
        return {0, -1, false};
    return {st.int64(0), static_cast<int>(st.int64(1)), st.int64(2) != 0};
}

QString tableDump(Database &db, const char *sql)
{
    QString out;
    auto st = db.prepare(sql);
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c)
            out += QString::fromStdString(st.text(c)) + '|';
        out += '\n';
    }
    return out;
}

} // namespace

class TestImportWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    Database fresh() { return Database::open((m_dir.path() + "/s" + QString::number(++m_n) + ".db").toStdString()); }

private Q_SLOTS:
    void reimportChangesNothing()
    {
        Database db = fresh();
        ImportWriter writer(db);
        const auto file = imageReport("sha256:aa", {{"CVE-1", "openssl", "1.0"}, {"CVE-2", "zlib", "1.2"}}, 1000);
        const ImportSummary first = writer.write(file, 5000);
        QCOMPARE(first.newFindings, 2u);
        QCOMPARE(first.findings, 2u);
        const char *dumpSql = "SELECT * FROM findings ORDER BY id";
        const QString before = tableDump(db, dumpSql);
        const QString reportsBefore = tableDump(db, "SELECT * FROM reports ORDER BY id");
        const QString rulesBefore = tableDump(db, "SELECT * FROM rules ORDER BY id");

        ImportWriter another(db); // a later run: no warm caches
        const ImportSummary again = another.write(file, 9000);
        QCOMPARE(again.newFindings, 0u);
        QCOMPARE(again.unchanged, 2u);
        QCOMPARE(again.resolved, 0u);
        QCOMPARE(tableDump(db, dumpSql), before);
        QCOMPARE(tableDump(db, "SELECT * FROM reports ORDER BY id"), reportsBefore);
        QCOMPARE(tableDump(db, "SELECT * FROM rules ORDER BY id"), rulesBefore);
    }

    void metadataStoredOncePerRule()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:a1", {{"CVE-9", "openssl", "1.0"}, {"CVE-9", "libssl", "1.0"}}, 10), 20);
        writer.write(imageReport("sha256:a2", {{"CVE-9", "openssl", "1.0"}}, 11), 20);
        QCOMPARE(db.scalar("SELECT count(*) FROM findings"), 3);
        QCOMPARE(db.scalar("SELECT count(*) FROM rules WHERE key = 'CVE-9'"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM rules WHERE description = 'description of CVE-9'"), 1);
    }

    void newerScanResolvesAndReopens()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:bb", {{"CVE-1", "openssl", "1.0"}, {"CVE-2", "zlib", "1.2"}}, 1000), 1);
        const ImportSummary second = writer.write(imageReport("sha256:bb", {{"CVE-1", "openssl", "1.0"}}, 2000), 2);
        QCOMPARE(second.resolved, 1u);
        QCOMPARE(second.unchanged, 1u);
        QVERIFY(state(db, "CVE-2", "sha256:bb").resolved);
        QCOMPARE(state(db, "CVE-2", "sha256:bb").status, static_cast<int>(FindingStatus::Resolved));
        QCOMPARE(db.scalar("SELECT resolved_at FROM findings WHERE resolved_at IS NOT NULL"), 2000);
        QVERIFY(!state(db, "CVE-1", "sha256:bb").resolved);

        // An older report arriving late must not reopen or resolve anything.
        const ImportSummary late = writer.write(imageReport("sha256:bb", {{"CVE-2", "zlib", "1.2"}}, 1500), 3);
        QCOMPARE(late.reopened, 0u);
        QCOMPARE(late.resolved, 0u);
        QVERIFY(state(db, "CVE-2", "sha256:bb").resolved);

        const std::int64_t idBefore = state(db, "CVE-2", "sha256:bb").id;
        const ImportSummary third = writer.write(
            imageReport("sha256:bb", {{"CVE-1", "openssl", "1.0"}, {"CVE-2", "zlib", "1.2"}}, 3000), 4);
        QCOMPARE(third.reopened, 1u);
        QCOMPARE(third.newFindings, 0u);
        const FindingState back = state(db, "CVE-2", "sha256:bb");
        QCOMPARE(back.id, idBefore);
        QVERIFY(!back.resolved);
        QCOMPARE(back.status, static_cast<int>(FindingStatus::Open));
    }

    void otherToolDoesNotResolve()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:cc", {{"CVE-1", "openssl", "1.0"}}, 1000, "r/app", "Trivy"), 1);
        const ImportSummary grype = writer.write(imageReport("sha256:cc", {{"CVE-7", "curl", "8"}}, 2000, "r/app", "Grype"), 2);
        QCOMPARE(grype.resolved, 0u);
        QVERIFY(!state(db, "CVE-1", "sha256:cc").resolved);
    }

    void triageSurvivesReimportAndRescan()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:dd", {{"CVE-1", "openssl", "1.0"}, {"CVE-2", "zlib", "1.2"}}, 1000), 1);
        TriageRepository triage(db);
        TriageChange change;
        change.status = FindingStatus::FalsePositive;
        change.justification = "not reachable";
        change.actor = "alice";
        change.at = 1100;
        const auto id = state(db, "CVE-1", "sha256:dd").id;
        QCOMPARE(triage.apply({id}, change), 1);
        QCOMPARE(state(db, "CVE-1", "sha256:dd").status, static_cast<int>(FindingStatus::FalsePositive));

        writer.write(imageReport("sha256:dd", {{"CVE-1", "openssl", "1.0"}, {"CVE-2", "zlib", "1.2"}}, 1000), 2);
        QCOMPARE(state(db, "CVE-1", "sha256:dd").status, static_cast<int>(FindingStatus::FalsePositive));
        // Fixed, then back: the decision is still there when it returns.
        writer.write(imageReport("sha256:dd", {{"CVE-2", "zlib", "1.2"}}, 2000), 3);
        QCOMPARE(state(db, "CVE-1", "sha256:dd").status, static_cast<int>(FindingStatus::Resolved));
        writer.write(imageReport("sha256:dd", {{"CVE-1", "openssl", "1.0"}, {"CVE-2", "zlib", "1.2"}}, 3000), 4);
        QCOMPARE(state(db, "CVE-1", "sha256:dd").status, static_cast<int>(FindingStatus::FalsePositive));
        QCOMPARE(db.scalar("SELECT count(*) FROM triage_history WHERE finding_id = " + std::to_string(id)), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE triage_history SET note = 'x'"));
    }

    void triageCarriesOverToRebuiltImage()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:e1", {{"CVE-1", "openssl", "1.0"}}, 1000, "r/web"), 1);
        TriageChange change;
        change.status = FindingStatus::RiskAccepted;
        change.justification = "compensating control";
        change.expiresAt = 999999;
        change.actor = "bob";
        change.at = 1100;
        TriageRepository(db).apply({state(db, "CVE-1", "sha256:e1").id}, change);

        const ImportSummary rebuilt = writer.write(imageReport("sha256:e2", {{"CVE-1", "openssl", "1.0"}}, 2000, "r/web"), 1200);
        QCOMPARE(rebuilt.carriedOver, 1u);
        QCOMPARE(state(db, "CVE-1", "sha256:e2").status, static_cast<int>(FindingStatus::RiskAccepted));
        // Another repository does not inherit it.
        writer.write(imageReport("sha256:f1", {{"CVE-1", "openssl", "1.0"}}, 2000, "r/other"), 1200);
        QCOMPARE(state(db, "CVE-1", "sha256:f1").status, static_cast<int>(FindingStatus::Open));
        // Once expired, the acceptance reopens.
        QCOMPARE(TriageRepository(db).reopenExpired(1000000, "bulkhead"), 2);
        QCOMPARE(state(db, "CVE-1", "sha256:e2").status, static_cast<int>(FindingStatus::Open));
    }

    void triageValidation()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:g", {{"CVE-1", "a", "1"}}, 1000), 1);
        const auto id = state(db, "CVE-1", "sha256:g").id;
        TriageRepository triage(db);
        TriageChange accept;
        accept.status = FindingStatus::RiskAccepted;
        accept.actor = "carol";
        accept.at = 2000;
        QVERIFY_THROWS_EXCEPTION(StoreError, triage.apply({id}, accept)); // no justification
        accept.justification = "ok";
        accept.expiresAt = 1500;
        QVERIFY_THROWS_EXCEPTION(StoreError, triage.apply({id}, accept)); // expiry in the past
        QVERIFY_THROWS_EXCEPTION(StoreError, triage.apply({id, 424242}, TriageChange{FindingStatus::Confirmed, {}, 0, {}, {}, "x", 1}));
        QCOMPARE(db.scalar("SELECT count(*) FROM triage"), 0); // the failed batch left nothing behind
    }

    void bulkBatchRebuildsIndexes()
    {
        Database db = fresh();
        const char *indexes = "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('findings_rule', 'findings_severity')";
        QCOMPARE(db.scalar(indexes), 2);
        {
            ImportWriter writer(db);
            writer.beginBatch(true);
            QCOMPARE(db.scalar(indexes), 0); // dropped inside the open transaction
            writer.write(imageReport("sha256:k1", {{"CVE-1", "a", "1"}}, 1000), 1);
            writer.rollbackBatch();
        }
        QCOMPARE(db.scalar(indexes), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM findings"), 0);
        {
            ImportWriter writer(db);
            writer.beginBatch(true);
            writer.write(imageReport("sha256:k2", {{"CVE-1", "a", "1"}, {"CVE-2", "b", "2"}}, 1000), 1);
            writer.commitBatch();
        }
        QCOMPARE(db.scalar(indexes), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM findings INDEXED BY findings_rule WHERE rule_id > 0"), 2);
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(QString::fromStdString(check.text(0)), QStringLiteral("ok"));
    }

    // rules_fts is brought up to date once per transaction (not by triggers): rule text that
    // arrives later replaces the key-only entry, a report undone inside a batch leaves nothing
    // behind, and the index stays consistent with its content table.
    void ruleTextIsSearchable()
    {
        Database db = fresh();
        auto matches = [&db](const char *query) {
            auto st = db.prepare("SELECT count(*) FROM rules_fts WHERE rules_fts MATCH ?1");
            st.bind(1, std::string_view(query));
            return st.step() ? st.int64(0) : -1;
        };
        ImportWriter writer(db);
        ParsedFile bare = imageReport("sha256:s1", {{"CVE-2031-1", "zlib", "1"}}, 1000);
        bare.report->rules.clear(); // the report names the id only
        writer.write(bare, 1);
        QCOMPARE(matches("\"CVE-2031-1\""), 1);
        QCOMPARE(matches("description"), 0);

        writer.write(imageReport("sha256:s2", {{"CVE-2031-1", "zlib", "1"}}, 1000), 2);
        QCOMPARE(matches("description"), 1); // the text arrived
        QCOMPARE(matches("\"CVE-2031-1\""), 1); // and the key-only entry was replaced, not doubled

        writer.beginBatch(false);
        writer.write(imageReport("sha256:s3", {{"CVE-2031-2", "a", "1"}}, 1000), 3);
        db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON findings WHEN NEW.installed_version = 'boom' "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 writer.write(imageReport("sha256:s4", {{"CVE-2031-3", "b", "boom"}}, 1000), 4));
        db.exec("DROP TRIGGER temp.boom");
        writer.write(imageReport("sha256:s5", {{"CVE-2031-4", "c", "1"}}, 1000), 5);
        writer.commitBatch();
        QCOMPARE(matches("\"CVE-2031-2\""), 1);
        QCOMPARE(matches("\"CVE-2031-3\""), 0); // its report was undone
        QCOMPARE(matches("\"CVE-2031-4\""), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM rules_fts"), db.scalar("SELECT count(*) FROM rules"));
        db.exec("INSERT INTO rules_fts(rules_fts, rank) VALUES('integrity-check', 1)");
    }

    void failedWriteLeavesStoreUnchanged()
    {
        Database db = fresh();
        ImportWriter writer(db);
        writer.write(imageReport("sha256:h", {{"CVE-1", "a", "1"}}, 1000), 1);
        const QString before = tableDump(db, "SELECT * FROM findings");
        // A trigger makes the second insert of the next report fail mid-way.
        db.exec("CREATE TEMP TRIGGER boom BEFORE INSERT ON findings WHEN NEW.installed_version = 'boom' "
                "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 writer.write(imageReport("sha256:h", {{"CVE-5", "b", "1"}, {"CVE-6", "c", "boom"}}, 2000), 2));
        QCOMPARE(tableDump(db, "SELECT * FROM findings"), before);
        QCOMPARE(db.scalar("SELECT count(*) FROM reports"), 1);
        db.exec("DROP TRIGGER temp.boom");
        // The writer's caches were dropped with the rollback: the next write still works.
        const ImportSummary ok = writer.write(imageReport("sha256:h", {{"CVE-5", "b", "1"}}, 2000), 3);
        QCOMPARE(ok.newFindings, 1u);
        QCOMPARE(ok.resolved, 1u);
    }
};

QTEST_GUILESS_MAIN(TestImportWriter)
#include "tst_importwriter.moc"
