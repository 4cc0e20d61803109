// Sign-offs of the weekly review (weekly_reviews): each records a "sign-off" snapshot in the same
// transaction and points at it; the history lists them newest first and cannot be changed; the
// next review's baseline is the last sign-off's snapshot, whatever snapshots came after it.
#include "review/reviewcompare.h"
#include "reviewtestdata.h"
#include "store/signoffrepository.h"
#include "store/snapshotrepository.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kT0 = 1'780'000'000;

Signoff signoffAt(std::int64_t at, const std::string &notes, std::int64_t since = 0)
{
    Signoff s;
    s.signedAt = at;
    s.signedBy = "lead";
    s.since = since;
    s.notes = notes;
    s.summary = R"({"new_findings":2})";
    return s;
}

std::int64_t rows(const Database &db, const char *table)
{
    return db.scalar(std::string("SELECT count(*) FROM ") + table);
}

} // namespace

class TestSignoffRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // loadEvidenceSettings reads QSettings: keep the user's out of the test.
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-test-signoff"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void signOffRecordsSnapshotAndHistory()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/s.db").toStdString());
        FindingModel model;
        model.scan(db, "Trivy", "shop/api", kT0 - kDay,
                   {{"CVE-2026-0001", FindingKind::Vulnerability, Severity::Critical},
                    {"CVE-2026-0002", FindingKind::Vulnerability, Severity::Low}});
        SignoffRepository repo(db);
        QVERIFY(!repo.latest());
        QVERIFY(repo.list().empty());

        const std::int64_t first = repo.signOff(signoffAt(kT0, "first week"));
        const std::int64_t second = repo.signOff(signoffAt(kT0 + 7 * kDay, "second week\nall good", kT0));
        QVERIFY(first > 0 && second > first);
        QCOMPARE(rows(db, "weekly_reviews"), std::int64_t(2));
        QCOMPARE(rows(db, "snapshots"), std::int64_t(2));

        const std::vector<Signoff> list = repo.list();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].id, second); // newest first
        QCOMPARE(list[1].id, first);
        QCOMPARE(list[0].notes, std::string("second week\nall good"));
        QCOMPARE(list[0].since, kT0);
        QCOMPARE(list[0].signedBy, std::string("lead"));
        QCOMPARE(list[0].summary, std::string(R"({"new_findings":2})"));
        QCOMPARE(repo.latest()->id, second);

        // Each points at its own snapshot, taken at the sign-off, whose score it carries.
        SnapshotRepository snapshots(db);
        for (const Signoff &s : list) {
            const auto snap = snapshots.find(s.snapshotId);
            QVERIFY(snap);
            QCOMPARE(snap->reason, std::string("sign-off"));
            QCOMPARE(snap->takenAt, s.signedAt);
            QCOMPARE(snap->score, s.score);
            // The snapshot counted the store: one critical and one low open finding.
            QCOMPARE(snap->openBySeverity[static_cast<std::size_t>(Severity::Critical)], std::int64_t(1));
            QCOMPARE(snap->openBySeverity[static_cast<std::size_t>(Severity::Low)], std::int64_t(1));
        }
        QVERIFY(list[0].snapshotId != list[1].snapshotId);
    }

    void historyIsAppendOnly()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/a.db").toStdString());
        SignoffRepository repo(db);
        const std::int64_t id = repo.signOff(signoffAt(kT0, "notes"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE weekly_reviews SET notes = 'changed' WHERE id = "
                                                     + std::to_string(id)));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM weekly_reviews WHERE id = " + std::to_string(id)));
        QCOMPARE(repo.latest()->notes, std::string("notes"));
    }

    void refusesWhatIsWrong()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/w.db").toStdString());
        SignoffRepository repo(db);
        Signoff nobody = signoffAt(kT0, "x");
        nobody.signedBy.clear();
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.signOff(nobody));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.signOff(signoffAt(kT0, "x", kT0 + kDay))); // since after signing
        const Database &readOnly = db;
        QVERIFY_THROWS_EXCEPTION(StoreError, SignoffRepository(readOnly).signOff(signoffAt(kT0, "x")));
        // Nothing half-written.
        QCOMPARE(rows(db, "weekly_reviews"), std::int64_t(0));
        QCOMPARE(rows(db, "snapshots"), std::int64_t(0));
    }

    void baselineIsTheLastSignoffsSnapshot()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/b.db").toStdString());
        SnapshotRepository snapshots(db);
        // Import snapshots before and after the sign-offs.
        Snapshot s;
        s.reason = "import";
        s.takenAt = kT0 - kDay;
        snapshots.write(s);
        SignoffRepository repo(db);
        repo.signOff(signoffAt(kT0, "week 1"));
        const std::int64_t last = repo.signOff(signoffAt(kT0 + 7 * kDay, "week 2", kT0));
        s.takenAt = kT0 + 8 * kDay;
        snapshots.write(s);
        s.takenAt = kT0 + 9 * kDay;
        snapshots.write(s);

        const ReviewBaseline base = resolveReviewBaseline(db, 0);
        QVERIFY(base.snapshot);
        QCOMPARE(base.signoffId, last);
        QCOMPARE(base.snapshot->id, repo.latest()->snapshotId);
        QCOMPARE(base.snapshot->reason, std::string("sign-off"));
        QCOMPARE(base.since, kT0 + 7 * kDay);
        // A chosen date overrides the sign-off.
        const ReviewBaseline dated = resolveReviewBaseline(db, kT0 + 8 * kDay + 1);
        QCOMPARE(dated.snapshot->takenAt, kT0 + 8 * kDay);
        QCOMPARE(dated.signoffId, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSignoffRepository)
#include "tst_signoffrepository.moc"
