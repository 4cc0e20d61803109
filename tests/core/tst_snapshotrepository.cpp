// Snapshots (schema v8): capture counts the store's findings (open by severity, all by status,
// open per control) and sources (collected sources' last good run, inventories, each scanner's
// newest report), checked against what the test wrote; a write read back field by field; the
// baseline lookups (atOrBefore, newest); the score trend's one point per day and weekly thinning.
#include "reviewtestdata.h"
#include "store/snapshotrepository.h"
#include "store/storeerror.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <random>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kT0 = 1'780'000'000; // a Tuesday in 2026

void compareSnapshots(const Snapshot &a, const Snapshot &b)
{
    QCOMPARE(a.takenAt, b.takenAt);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.score, b.score);
    QCOMPARE(a.controls, b.controls);
    QCOMPARE(a.assessed, b.assessed);
    QVERIFY(a.controlStatus == b.controlStatus);
    QVERIFY(a.openByControl == b.openByControl);
    QVERIFY(a.areaScore == b.areaScore);
    QVERIFY(a.openBySeverity == b.openBySeverity);
    QVERIFY(a.findingsByStatus == b.findingsByStatus);
    QCOMPARE(a.sources.size(), b.sources.size());
    for (std::size_t i = 0; i < a.sources.size(); ++i) {
        QCOMPARE(a.sources[i].key, b.sources[i].key);
        QCOMPARE(a.sources[i].status, b.sources[i].status);
        QCOMPARE(a.sources[i].lastSuccessAt, b.sources[i].lastSuccessAt);
        QCOMPARE(a.sources[i].items, b.sources[i].items);
    }
}

const SnapshotSource *sourceOf(const Snapshot &s, const std::string &key)
{
    for (const SnapshotSource &src : s.sources) {
        if (src.key == key)
            return &src;
    }
    return nullptr;
}

Snapshot simpleSnapshot(std::int64_t at, std::optional<double> score, const std::string &reason = "manual")
{
    Snapshot s;
    s.takenAt = at;
    s.reason = reason;
    s.score = score;
    return s;
}

} // namespace

class TestSnapshotRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStore()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/e.db").toStdString());
        SnapshotRepository repo(db);
        const Snapshot s = repo.capture(handAssessment(kT0, {}, std::nullopt), kT0);
        QCOMPARE(s.takenAt, kT0);
        QVERIFY(!s.score);
        QVERIFY(s.sources.empty());
        QVERIFY(s.findingsByStatus.empty());
        QVERIFY(s.openByControl.empty());
        for (std::int64_t n : s.openBySeverity)
            QCOMPARE(n, std::int64_t(0));
        QVERIFY(!repo.newest());
        QVERIFY(!repo.atOrBefore(kT0));
        QVERIFY(repo.scoreTrend().empty());
    }

    void captureCountsTheStore()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/c.db").toStdString());

        // Findings: three images, each scanned twice by its own tool; the second scan drops some
        // findings (resolved) and adds others. Keys, kinds and severities from a seeded generator.
        std::mt19937 rng(8);
        const std::vector<PlannedFinding> pool = [&] {
            std::vector<PlannedFinding> out;
            const std::vector<std::pair<std::string, FindingKind>> misconfig{
                {"KSV001", FindingKind::Misconfiguration}, {"KSV014", FindingKind::Misconfiguration},
                {"ZZ-UNMAPPED-1", FindingKind::Misconfiguration}};
            for (int i = 0; i < 40; ++i)
                out.push_back({"CVE-2026-" + std::to_string(1000 + i), FindingKind::Vulnerability,
                               static_cast<Severity>(rng() % 6)});
            for (int i = 0; i < 6; ++i)
                out.push_back({"secret-rule-" + std::to_string(i), FindingKind::Secret, static_cast<Severity>(2 + rng() % 4)});
            for (const auto &[key, kind] : misconfig)
                out.push_back({key, kind, static_cast<Severity>(1 + rng() % 5)});
            return out;
        }();
        auto pick = [&](int n) {
            std::vector<PlannedFinding> out;
            std::set<std::size_t> used;
            while (static_cast<int>(out.size()) < n) {
                const std::size_t i = rng() % pool.size();
                if (used.insert(i).second)
                    out.push_back(pool[i]);
            }
            return out;
        };
        FindingModel model;
        const std::vector<std::pair<std::string, std::string>> targets{
            {"Trivy", "shop/api"}, {"Grype", "shop/web"}, {"Trivy", "shop/db"}};
        std::map<std::string, std::pair<std::int64_t, std::size_t>> newestReport; // tool -> (scannedAt, findings)
        for (int round = 0; round < 2; ++round) {
            for (std::size_t t = 0; t < targets.size(); ++t) {
                const auto &[tool, asset] = targets[t];
                const std::int64_t at = kT0 + round * kDay + static_cast<std::int64_t>(t) * 600;
                const auto findings = pick(12 + static_cast<int>(rng() % 10));
                model.scan(db, tool, asset, at, findings);
                if (!newestReport.count(tool) || newestReport[tool].first < at)
                    newestReport[tool] = {at, findings.size()};
            }
        }
        // Triage on some of what is open: a false positive, a risk acceptance, a confirmation.
        TriageRepository triage(db);
        const std::int64_t now = kT0 + 3 * kDay;
        std::vector<ModelFinding *> open;
        for (auto &[key, f] : model.all()) {
            if (f.status == FindingStatus::Open)
                open.push_back(&f);
        }
        QVERIFY(open.size() >= 6);
        const std::vector<std::pair<FindingStatus, std::string>> decisions{
            {FindingStatus::FalsePositive, "test key"}, {FindingStatus::RiskAccepted, "waf in front"},
            {FindingStatus::Confirmed, ""}, {FindingStatus::Mitigated, "network policy"}};
        for (std::size_t i = 0; i < decisions.size(); ++i) {
            ModelFinding &f = *open[i * 2];
            TriageChange change;
            change.status = decisions[i].first;
            change.justification = decisions[i].second;
            change.expiresAt = decisions[i].first == FindingStatus::RiskAccepted ? now + 30 * kDay : 0;
            change.actor = "tester";
            change.at = now;
            QCOMPARE(triage.apply({findingIdOf(db, f.asset, f.plan.key)}, change), 1);
            f.status = decisions[i].first;
        }

        // Sources: a registry with a complete and then a failed run; a vault with a partial run;
        // a cluster never collected; an inventory.
        const std::int64_t hub = addRegistry(db, "hub");
        const std::int64_t hubRun = addRun(db, hub, "complete", kT0 + 100);
        addImages(db, hub, hubRun, 5, kT0 + 100);
        addRun(db, hub, "failed", kT0 + kDay, "401 Unauthorized");
        const std::int64_t kv = addVault(db, "kv");
        addRun(db, kv, "partial", kT0 + 200);
        addSecrets(db, SecretStoreKind::Vault, "kv", kv, {{"a", 0}, {"b", 0}, {"c", 0}}, kT0 + 200);
        addCluster(db, "prod");
        addSecrets(db, SecretStoreKind::Inventory, "payroll", 0, {{"db", 0}, {"sftp", 0}}, kT0 + 300);

        const std::map<std::string, ControlStatus> statuses{
            {"BLD-2", ControlStatus::Fail}, {"SEC-1", ControlStatus::Partial}, {"RUN-2", ControlStatus::NotAssessed}};
        const PostureAssessment assessment =
            handAssessment(now, statuses, 62.5, {{ControlArea::Build, 40.0}, {ControlArea::Runtime, std::nullopt}});
        SnapshotRepository repo(db);
        const Snapshot s = repo.capture(assessment, now);

        // Expected from the model.
        std::array<std::int64_t, 6> openBySeverity{};
        std::map<std::string, std::int64_t> byStatus, byControl;
        for (const auto &[key, f] : model.all()) {
            byStatus[std::string(findingStatusName(f.status))] += 1;
            if (FindingModel::isOpen(f.status)) {
                openBySeverity[static_cast<std::size_t>(f.plan.severity)] += 1;
                if (const std::string c = expectedControl(f.plan); !c.empty())
                    byControl[c] += 1;
            }
        }
        QVERIFY(byStatus.count("resolved")); // the plan did resolve findings
        QVERIFY(s.openBySeverity == openBySeverity);
        QVERIFY(s.findingsByStatus == byStatus);
        QVERIFY(s.openByControl == byControl);
        QCOMPARE(s.score, std::optional<double>(62.5));
        QCOMPARE(s.controls, 3);
        QCOMPARE(s.assessed, 2);
        QVERIFY(s.controlStatus == statuses);
        QCOMPARE(s.areaScore.at(ControlArea::Build), std::optional<double>(40.0));
        QVERIFY(!s.areaScore.at(ControlArea::Runtime));

        QCOMPARE(s.sources.size(), std::size_t(6)); // hub, kv, prod, payroll, Trivy, Grype
        const SnapshotSource *h = sourceOf(s, "registry:hub");
        QVERIFY(h);
        QCOMPARE(h->status, std::string("failed"));     // the newest run
        QCOMPARE(h->lastSuccessAt, kT0 + 100);          // the newest complete run
        QCOMPARE(h->items, std::int64_t(5));
        const SnapshotSource *v = sourceOf(s, "vault:kv");
        QVERIFY(v);
        QCOMPARE(v->status, std::string("partial"));
        QCOMPARE(v->lastSuccessAt, kT0 + 200);
        QCOMPARE(v->items, std::int64_t(3));
        const SnapshotSource *c = sourceOf(s, "cluster:prod");
        QVERIFY(c);
        QCOMPARE(c->status, std::string("never"));
        QCOMPARE(c->lastSuccessAt, std::int64_t(0));
        const SnapshotSource *inv = sourceOf(s, "inventory:payroll");
        QVERIFY(inv);
        QCOMPARE(inv->items, std::int64_t(2));
        QCOMPARE(inv->lastSuccessAt, kT0 + 300);
        for (const auto &[tool, report] : newestReport) {
            const SnapshotSource *sc = sourceOf(s, "scanner:" + tool);
            QVERIFY2(sc, tool.c_str());
            QCOMPARE(sc->lastSuccessAt, report.first);
            QCOMPARE(sc->items, static_cast<std::int64_t>(report.second));
        }

        // Written and read back: the same snapshot.
        Snapshot named = s;
        named.reason = "import";
        const std::int64_t id = repo.write(named);
        QVERIFY(id > 0);
        const auto back = repo.find(id);
        QVERIFY(back);
        QCOMPARE(back->id, id);
        compareSnapshots(*back, named);
        // RUN-1 has open findings but the assessment did not list it: kept all the same.
        if (byControl.count("RUN-1"))
            QCOMPARE(back->openByControl.at("RUN-1"), byControl.at("RUN-1"));
        QVERIFY(!back->controlStatus.count("RUN-1"));
    }

    void baselineLookups()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/b.db").toStdString());
        SnapshotRepository repo(db);
        const std::int64_t a = repo.write(simpleSnapshot(kT0, 10.0));
        const std::int64_t b1 = repo.write(simpleSnapshot(kT0 + kDay, 20.0));
        const std::int64_t b2 = repo.write(simpleSnapshot(kT0 + kDay, 25.0, "sign-off"));
        const std::int64_t c = repo.write(simpleSnapshot(kT0 + 2 * kDay, std::nullopt));
        QVERIFY(a && b1 && b2 && c);
        QVERIFY(!repo.atOrBefore(kT0 - 1));
        QCOMPARE(repo.atOrBefore(kT0)->id, a);
        QCOMPARE(repo.atOrBefore(kT0 + kDay - 1)->id, a);
        QCOMPARE(repo.atOrBefore(kT0 + kDay)->id, b2); // two at the same time: the later written
        QCOMPARE(repo.atOrBefore(kT0 + kDay)->reason, std::string("sign-off"));
        QCOMPARE(repo.newest()->id, c);
        QVERIFY(!repo.newest()->score);
        QVERIFY(!repo.find(c + 1));
    }

    void writeRefusesWhatIsWrong()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/w.db").toStdString());
        SnapshotRepository repo(db);
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.write(simpleSnapshot(kT0, 1.0, "")));
        const Database &readOnly = db;
        QVERIFY_THROWS_EXCEPTION(StoreError, SnapshotRepository(readOnly).write(simpleSnapshot(kT0, 1.0)));
        // Inside the caller's transaction, a rollback takes the snapshot with it.
        {
            Transaction tx(db);
            repo.write(simpleSnapshot(kT0, 1.0));
        }
        QVERIFY(!repo.newest());
    }

    void scoreTrendOnePointPerDay()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/t.db").toStdString());
        SnapshotRepository repo(db);
        const std::int64_t firstDay = kT0 / kDay;
        // 30 days, three snapshots each (morning, noon, evening), every fifth day without score.
        std::map<std::int64_t, std::optional<double>> lastOfDay;
        for (int d = 0; d < 30; ++d) {
            for (int k = 0; k < 3; ++k) {
                const std::int64_t at = (firstDay + d) * kDay + 8 * 3600 + k * 4 * 3600;
                const std::optional<double> score = d % 5 == 4 ? std::nullopt : std::optional<double>(d * 3 + k);
                repo.write(simpleSnapshot(at, score));
                lastOfDay[firstDay + d] = score;
            }
        }
        const auto daily = repo.scoreTrend(120);
        QCOMPARE(daily.size(), lastOfDay.size());
        std::size_t i = 0;
        for (const auto &[dayNumber, score] : lastOfDay) {
            QCOMPARE(daily[i].takenAt / kDay, dayNumber);
            QCOMPARE(daily[i].score, score);
            ++i;
        }
        // More days than points: one per week, the newest day first kept, then every 7th day back.
        const auto weekly = repo.scoreTrend(10);
        std::vector<std::int64_t> expectedDays;
        for (std::int64_t d = firstDay + 29; d >= firstDay; d -= 7)
            expectedDays.insert(expectedDays.begin(), d);
        QCOMPARE(weekly.size(), expectedDays.size());
        for (std::size_t w = 0; w < weekly.size(); ++w) {
            QCOMPARE(weekly[w].takenAt / kDay, expectedDays[w]);
            QCOMPARE(weekly[w].score, lastOfDay[expectedDays[w]]);
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotRepository)
#include "tst_snapshotrepository.moc"
