// Trend of open findings by severity, rebuilt from import history: checked point by point against
// counts the test derives from the scans it writes (first seen, resolved by a later scan, decided
// away by triage).
#include "model/parsedreport.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/trendrepository.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kDay0 = 19'800; // a UTC day number
constexpr std::int64_t kNoon = 12 * 3600;

struct PlannedFinding {
    std::string key;
    Severity severity;
};

struct Scan {
    std::string asset;
    std::int64_t day;                 // UTC day number of the scan
    std::vector<PlannedFinding> findings;
};

// One complete Trivy vulnerability scan of an image.
void writeScan(ImportWriter &writer, const Scan &scan)
{
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = "Trivy";
    r.scannedAt = scan.day * kDay + kNoon;
    AssetRef a;
    a.kind = AssetKind::Image;
    a.identity = "sha256:" + scan.asset;
    a.name = scan.asset;
    const auto asset = r.addAsset(a);
    r.addScope(asset, FindingKind::Vulnerability);
    for (const PlannedFinding &p : scan.findings) {
        ParsedFinding f;
        f.asset = asset;
        f.ruleKey = p.key;
        f.severity = p.severity;
        f.package = "pkg";
        f.installedVersion = "1.0";
        r.findings.push_back(f);
    }
    computeFingerprints(r);
    ParsedFile file;
    file.path = scan.asset + std::to_string(scan.day);
    file.contentHash = file.path;
    const std::int64_t importedAt = r.scannedAt;
    file.report = std::move(r);
    writer.write(file, importedAt);
}

std::int64_t findingId(const Database &db, const std::string &key)
{
    SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.key = ?1");
    st.bindText(1, key);
    return st.step() ? st.int64(0) : 0;
}

} // namespace

class TestTrendRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStoreHasNoPoints()
    {
        QTemporaryDir dir;
        const Database db = Database::open((dir.path() + "/e.db").toStdString());
        QVERIFY(TrendRepository(db).openBySeverity().empty());
    }

    void pointsFollowTheScans()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/t.db").toStdString());
        const PlannedFinding a{"A", Severity::Critical}, b{"B", Severity::High}, c{"C", Severity::Medium},
            d{"D", Severity::Low}, e{"E", Severity::High}, f{"F", Severity::Critical}, g{"G", Severity::Medium},
            h{"H", Severity::Unknown}, i{"I", Severity::Info};
        const std::vector<Scan> scans{
            {"web", kDay0, {a, b, d, e}},
            {"api", kDay0 + 1, {g, h}},
            {"web", kDay0 + 3, {a, c, d, e}},   // B resolved
            {"web", kDay0 + 10, {a, c, e, f}},  // D resolved, F new
            {"api", kDay0 + 10, {g, i}},        // H resolved, I new
        };
        {
            ImportWriter writer(db);
            for (const Scan &s : scans)
                writeScan(writer, s);
        }
        // Triage: E is a false positive, F an accepted risk, A only confirmed (still open).
        TriageRepository triage(db);
        const std::int64_t now = (kDay0 + 11) * kDay;
        QCOMPARE(triage.apply({findingId(db, "E")}, {FindingStatus::FalsePositive, "test key", 0, {}, {}, "t", now}), 1);
        QCOMPARE(triage.apply({findingId(db, "F")}, {FindingStatus::RiskAccepted, "waf", now + 30 * kDay, {}, {}, "t", now}), 1);
        QCOMPARE(triage.apply({findingId(db, "A")}, {FindingStatus::Confirmed, {}, 0, {}, {}, "t", now}), 1);
        const std::set<std::string> decided{"E", "F"};

        // Expected, from the scans alone: first seen in the first scan of its asset that lists
        // it, resolved by the first later scan of that asset that does not (none comes back).
        std::map<std::string, std::pair<std::int64_t, std::int64_t>> life; // key -> (first day, resolved day or 0)
        std::map<std::string, Severity> severity;
        for (const Scan &s : scans) {
            std::set<std::string> listed;
            for (const PlannedFinding &p : s.findings) {
                listed.insert(p.key);
                severity[p.key] = p.severity;
                life.try_emplace(p.key, s.day, 0);
            }
            for (const Scan &earlier : scans) {
                if (earlier.asset != s.asset || earlier.day >= s.day)
                    continue;
                for (const PlannedFinding &p : earlier.findings) {
                    if (!listed.count(p.key) && life[p.key].second == 0)
                        life[p.key].second = s.day;
                }
            }
        }
        const std::vector<std::int64_t> days{kDay0, kDay0 + 1, kDay0 + 3, kDay0 + 10};
        const std::vector<TrendPoint> points = TrendRepository(db).openBySeverity();
        QCOMPARE(points.size(), days.size());
        for (std::size_t p = 0; p < days.size(); ++p) {
            std::array<std::int64_t, 6> expected{};
            for (const auto &[key, span] : life) {
                if (decided.count(key) || span.first > days[p] || (span.second != 0 && span.second <= days[p]))
                    continue;
                ++expected[static_cast<std::size_t>(severity[key])];
            }
            QCOMPARE(points[p].day, days[p]);
            QCOMPARE(points[p].endOfDay(), days[p] * kDay + kDay - 1);
            QCOMPARE(points[p].openBySeverity, expected);
        }
        // Spot checks of the derivation itself: B gone on day 3, D on day 10; A open throughout.
        QCOMPARE(points[0].openBySeverity[static_cast<std::size_t>(Severity::High)], 1);  // B (E decided away)
        QCOMPARE(points[2].openBySeverity[static_cast<std::size_t>(Severity::High)], 0);
        QCOMPARE(points[3].openBySeverity[static_cast<std::size_t>(Severity::Low)], 0);
        QCOMPARE(points[3].openBySeverity[static_cast<std::size_t>(Severity::Critical)], 1); // A, not F
        QCOMPARE(points[3].total(), 4); // A, C, G, I
    }

    void manyDaysBecomeWeeks()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/w.db").toStdString());
        std::vector<std::int64_t> days;
        {
            ImportWriter writer(db);
            for (int k = 0; k < 40; ++k) {
                const std::int64_t day = kDay0 + k * 2; // every other day for 80 days
                days.push_back(day);
                writeScan(writer, {"img", day, {{"K" + std::to_string(k), Severity::High}, {"ALWAYS", Severity::Low}}});
            }
        }
        QCOMPARE(TrendRepository(db).openBySeverity(40).size(), days.size()); // not more than asked: daily
        const std::vector<TrendPoint> weekly = TrendRepository(db).openBySeverity(10);
        QVERIFY(weekly.size() >= 10 && weekly.size() <= 13);
        QCOMPARE(weekly.back().day, days.back());
        for (std::size_t p = 1; p < weekly.size(); ++p)
            QVERIFY(weekly[p].day - weekly[p - 1].day >= 7);
        // Each scan lists only its own K: one high open at a time, the low one throughout.
        for (const TrendPoint &p : weekly) {
            QCOMPARE(p.openBySeverity[static_cast<std::size_t>(Severity::High)], 1);
            QCOMPARE(p.openBySeverity[static_cast<std::size_t>(Severity::Low)], 1);
        }
    }

    // Timing on a large store, e.g. one written by `bulkheadctl demo --findings 1000000`:
    // BULKHEAD_TREND_STORE=/path/to/store.db. Skipped otherwise.
    void timingOnALargeStore()
    {
        const QString path = qEnvironmentVariable("BULKHEAD_TREND_STORE");
        if (path.isEmpty())
            QSKIP("set BULKHEAD_TREND_STORE to a large store to time the trend");
        const Database db = Database::open(path.toStdString(), Database::Access::ReadOnly);
        const std::int64_t findings = db.scalar("SELECT count(*) FROM findings");
        std::vector<qint64> ms;
        std::size_t points = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            points = TrendRepository(db).openBySeverity().size();
            ms.push_back(t.elapsed());
        }
        std::sort(ms.begin(), ms.end());
        qInfo("trend over %lld findings: %zu points, median %lld ms (min %lld, max %lld)",
              static_cast<long long>(findings), points, static_cast<long long>(ms[2]),
              static_cast<long long>(ms.front()), static_cast<long long>(ms.back()));
        QVERIFY(points > 0);
    }
};

QTEST_APPLESS_MAIN(TestTrendRepository)
#include "tst_trendrepository.moc"
