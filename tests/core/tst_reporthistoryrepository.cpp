// The report history (generated_reports): every PDF and export is recorded with its checksum,
// listed newest first with paging, can never be changed or removed, and rows that could not prove
// anything (no path, a malformed checksum) are refused.
#include "store/database.h"
#include "store/reporthistoryrepository.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <ctime>

using namespace bulkhead;

namespace {

constexpr std::int64_t kT0 = 1'780'000'000;
const std::string kSha(64, 'a');

GeneratedReport reportAt(std::int64_t at, const std::string &kind, const std::string &path)
{
    GeneratedReport r;
    r.kind = kind;
    r.path = path;
    r.sha256 = kSha;
    r.bytes = 1234;
    r.pages = kind == "pdf" ? 7 : 0;
    r.paper = kind == "pdf" ? "a4" : "";
    r.scope = "clusters prod";
    r.asOf = at - 3600;
    r.generatedAt = at;
    r.generatedBy = "auditor";
    r.version = "0.9.0";
    return r;
}

} // namespace

class TestReportHistoryRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndListsNewestFirst()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/h.db").toStdString());
        ReportHistoryRepository repo(db);
        QCOMPARE(repo.count(), std::int64_t(0));
        QVERIFY(repo.list(10).empty());

        // Recorded out of time order: the list sorts by generation time, not by id.
        const std::int64_t a = repo.record(reportAt(kT0 + 100, "pdf", "/tmp/a.pdf"));
        const std::int64_t b = repo.record(reportAt(kT0, "openvex", "/tmp/b.vex.json"));
        GeneratedReport sarif = reportAt(kT0 + 200, "sarif", "/tmp/c.sarif");
        sarif.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        const std::int64_t c = repo.record(sarif);
        QVERIFY(a > 0 && b > a && c > b);
        QCOMPARE(repo.count(), std::int64_t(3));

        const std::vector<GeneratedReport> all = repo.list(10);
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].id, c);
        QCOMPARE(all[1].id, a);
        QCOMPARE(all[2].id, b);
        // Every field comes back as written.
        QCOMPARE(all[0].kind, std::string("sarif"));
        QCOMPARE(all[0].path, std::string("/tmp/c.sarif"));
        QCOMPARE(all[0].sha256, sarif.sha256);
        QCOMPARE(all[1].pages, 7);
        QCOMPARE(all[1].paper, std::string("a4"));
        QCOMPARE(all[1].bytes, std::int64_t(1234));
        QCOMPARE(all[1].scope, std::string("clusters prod"));
        QCOMPARE(all[1].asOf, kT0 + 100 - 3600);
        QCOMPARE(all[1].generatedAt, kT0 + 100);
        QCOMPARE(all[1].generatedBy, std::string("auditor"));
        QCOMPARE(all[1].version, std::string("0.9.0"));
        QCOMPARE(all[2].pages, 0);
        QCOMPARE(all[2].paper, std::string());

        // Paging.
        const std::vector<GeneratedReport> page = repo.list(1, 1);
        QCOMPARE(page.size(), std::size_t(1));
        QCOMPARE(page[0].id, a);
        QCOMPARE(repo.list(5, 2).size(), std::size_t(1));
        QVERIFY(repo.list(5, 3).empty());
        QVERIFY(repo.list(0).empty());
    }

    void defaultsTheTimes()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/t.db").toStdString());
        ReportHistoryRepository repo(db);
        GeneratedReport r = reportAt(0, "trivyignore", "/tmp/.trivyignore.yaml");
        r.asOf = 0;
        const std::int64_t before = static_cast<std::int64_t>(std::time(nullptr));
        repo.record(r);
        const GeneratedReport back = repo.list(1).at(0);
        QVERIFY(back.generatedAt >= before);
        QCOMPARE(back.asOf, back.generatedAt); // "as of now"
    }

    void historyIsAppendOnly()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/a.db").toStdString());
        ReportHistoryRepository repo(db);
        const std::int64_t id = repo.record(reportAt(kT0, "pdf", "/tmp/a.pdf"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE generated_reports SET sha256 = 'x' WHERE id = "
                                                     + std::to_string(id)));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM generated_reports WHERE id = " + std::to_string(id)));
        QCOMPARE(repo.list(1).at(0).sha256, kSha);
        QCOMPARE(repo.count(), std::int64_t(1));
    }

    void refusesRowsThatProveNothing()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/r.db").toStdString());
        ReportHistoryRepository repo(db);
        GeneratedReport noKind = reportAt(kT0, "", "/tmp/a.pdf");
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.record(noKind));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.record(reportAt(kT0, "pdf", "")));
        GeneratedReport upper = reportAt(kT0, "pdf", "/tmp/a.pdf");
        upper.sha256 = std::string(64, 'A');
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.record(upper));
        GeneratedReport shortSha = reportAt(kT0, "pdf", "/tmp/a.pdf");
        shortSha.sha256 = "abc";
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.record(shortSha));
        GeneratedReport negative = reportAt(kT0, "pdf", "/tmp/a.pdf");
        negative.bytes = -1;
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.record(negative));
        QCOMPARE(repo.count(), std::int64_t(0));
    }

    void readOnlyConnectionCannotRecord()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/ro.db").toStdString();
        {
            Database db = Database::open(path);
            ReportHistoryRepository(db).record(reportAt(kT0, "pdf", "/tmp/a.pdf"));
        }
        Database ro = Database::open(path, Database::Access::ReadOnly);
        ReportHistoryRepository repo(ro);
        QCOMPARE(repo.count(), std::int64_t(1));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.record(reportAt(kT0, "pdf", "/tmp/b.pdf")));
        QCOMPARE(repo.count(), std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestReportHistoryRepository)
#include "tst_reporthistoryrepository.moc"
