// Overview aggregates: open findings by severity, SLA overdue, expiring risk acceptances and the
// riskiest assets, checked against counts the test derives from the findings it writes.
#include "analysis/slapolicy.h"
#include "model/parsedreport.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/posturerepository.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <map>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'700'000'000;

struct Planned {
    std::string asset;
    Severity severity;
    std::int64_t firstSeen;
};

// One report per asset, all findings of that asset seen first at their own time.
void writeAll(Database &db, const std::vector<Planned> &plan)
{
    std::map<std::pair<std::string, std::int64_t>, std::vector<std::pair<int, Severity>>> byReport;
    for (std::size_t i = 0; i < plan.size(); ++i)
        byReport[{plan[i].asset, plan[i].firstSeen}].emplace_back(static_cast<int>(i), plan[i].severity);
    ImportWriter writer(db);
    for (const auto &[key, findings] : byReport) {
        ParsedReport r;
        r.format = ReportFormat::TrivyJson;
        r.tool = "Trivy";
        r.scannedAt = key.second;
        AssetRef a;
        a.kind = AssetKind::Image;
        a.identity = "sha256:" + key.first;
        a.name = key.first;
        const auto asset = r.addAsset(a);
        for (const auto &[index, severity] : findings) {
            ParsedFinding f;
            f.asset = asset;
            f.ruleKey = "CVE-" + std::to_string(index);
            f.severity = severity;
            f.package = "pkg";
            f.installedVersion = std::to_string(index);
            r.findings.push_back(f);
        }
        computeFingerprints(r);
        ParsedFile file;
        file.path = key.first;
        file.contentHash = key.first + std::to_string(key.second);
        file.report = std::move(r);
        writer.write(file, key.second);
    }
}

} // namespace

class TestPostureRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryMatchesThePlan()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/p.db").toStdString());
        const SlaPolicy sla; // 7 / 30 / 90 / 180 days
        const std::vector<Planned> plan{
            {"web", Severity::Critical, kNow - 10 * kDay}, // overdue (7)
            {"web", Severity::Critical, kNow - 2 * kDay},  // not yet
            {"web", Severity::High, kNow - 40 * kDay},     // overdue (30)
            {"web", Severity::Low, kNow - 100 * kDay},     // not yet (180)
            {"api", Severity::High, kNow - 10 * kDay},     // not yet
            {"api", Severity::Medium, kNow - 91 * kDay},   // overdue (90)
            {"api", Severity::Info, kNow - 900 * kDay},    // never due
            {"db", Severity::Medium, kNow - 1 * kDay},
        };
        writeAll(db, plan);

        // Accept one critical risk (expires within a week) and mark one high a false positive.
        auto id = [&db](const std::string &asset, int index) {
            auto st = db.prepare("SELECT f.id FROM findings f JOIN assets a ON a.id = f.asset_id JOIN rules r "
                                 "ON r.id = f.rule_id WHERE a.name = ?1 AND r.key = ?2");
            st.bindText(1, asset);
            const std::string key = "CVE-" + std::to_string(index);
            st.bindText(2, key);
            return st.step() ? st.int64(0) : 0;
        };
        TriageChange accept{FindingStatus::RiskAccepted, "compensated", kNow + 5 * kDay, {}, {}, "lead", kNow};
        QCOMPARE(TriageRepository(db).apply({id("web", 0)}, accept), 1);
        TriageChange fp{FindingStatus::FalsePositive, "not shipped", 0, {}, {}, "lead", kNow};
        QCOMPARE(TriageRepository(db).apply({id("web", 2)}, fp), 1);
        const std::set<int> decided{0, 2};

        // Expected values, derived from the plan.
        std::array<std::int64_t, 6> open{};
        std::int64_t overdue = 0;
        std::map<std::string, std::int64_t> score;
        const std::map<Severity, int> weight{{Severity::Critical, 10}, {Severity::High, 5}, {Severity::Medium, 2}, {Severity::Low, 1}};
        for (std::size_t i = 0; i < plan.size(); ++i) {
            if (decided.count(static_cast<int>(i)))
                continue;
            ++open[static_cast<std::size_t>(plan[i].severity)];
            overdue += sla.isOverdue(plan[i].severity, plan[i].firstSeen, kNow);
            score[plan[i].asset] += weight.count(plan[i].severity) ? weight.at(plan[i].severity) : 0;
        }

        const PostureSummary s = PostureRepository(db).summary(sla, kNow);
        QCOMPARE(s.openBySeverity, open);
        QCOMPARE(s.overdue, overdue);
        QCOMPARE(overdue, 1); // only api's medium is still open and overdue
        QCOMPARE(s.acceptancesExpiringSoon, 1);
        QCOMPARE(PostureRepository(db).summary(sla, kNow, 3).acceptancesExpiringSoon, 0);
        QCOMPARE(int(s.topAssets.size()), int(score.size()));
        for (std::size_t i = 0; i + 1 < s.topAssets.size(); ++i)
            QVERIFY(s.topAssets[i].score >= s.topAssets[i + 1].score);
        for (const AssetRisk &r : s.topAssets)
            QCOMPARE(r.score, score.at(r.name));
        QCOMPARE(PostureRepository(db).summary(sla, kNow, 14, 1).topAssets.size(), std::size_t(1));
    }

    void slaPolicyDefaults()
    {
        const SlaPolicy sla;
        QCOMPARE(sla.daysFor(Severity::Critical), 7);
        QCOMPARE(sla.daysFor(Severity::High), 30);
        QCOMPARE(sla.daysFor(Severity::Medium), 90);
        QCOMPARE(sla.daysFor(Severity::Low), 180);
        QCOMPARE(sla.dueAt(Severity::Info, kNow), std::int64_t(0));
        QVERIFY(sla.isOverdue(Severity::Critical, kNow - 8 * kDay, kNow));
        QVERIFY(!sla.isOverdue(Severity::Critical, kNow - 6 * kDay, kNow));
    }
};

QTEST_GUILESS_MAIN(TestPostureRepository)
#include "tst_posturerepository.moc"
