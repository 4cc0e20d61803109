// The weekly review's diff on a real store: a baseline snapshot, a week of imports, triage,
// collections, RBAC changes and secrets falling due, then the diff against the baseline. New and
// resolved critical/high findings, bindings, overdue secrets and expiring acceptances are checked
// against what the test planned; sources that disappeared, failed or went silent come out as
// coverage changes, and their findings stay open (never read as resolved). The posture statuses
// are hand-built (compareWithBaseline), so this test does not depend on the assessment's rules.
#include "review/reviewcompare.h"
#include "review/reviewjson.h"
#include "reviewtestdata.h"
#include "store/attestationrepository.h"
#include "store/drillrepository.h"
#include "store/rbacrepository.h"
#include "store/snapshotrepository.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kT0 = 1'780'000'000;

RbacBindingRecord binding(const std::string &name, const std::string &role, std::vector<std::string> users,
                          std::int64_t createdAt, Severity worst = Severity::Unknown)
{
    RbacBindingRecord b;
    b.nameSpace = "shop";
    b.name = name;
    b.uid = "uid-" + name;
    b.roleRef = {"ClusterRole", role};
    for (const std::string &u : users)
        b.subjects.push_back({SubjectKind::User, u, ""});
    b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
    b.createdAt = createdAt;
    b.worst = worst;
    if (worst != Severity::Unknown)
        b.riskRules = {"rbac-secrets-read"};
    return b;
}

void writeRbac(Database &db, std::int64_t sourceId, const std::string &cluster, std::vector<RbacBindingRecord> bindings,
               std::int64_t now)
{
    RbacAnalysisWrite w;
    w.sourceId = sourceId;
    w.cluster = cluster;
    w.now = now;
    w.bindings = std::move(bindings);
    RbacRepository(db).writeAnalysis(w);
}

std::int64_t bindingId(const Database &db, const std::string &name)
{
    SqliteStatement st = db.prepare("SELECT id FROM rbac_bindings WHERE name = ?1");
    st.bindText(1, name);
    return st.step() ? st.int64(0) : 0;
}

std::set<std::string> titles(const std::vector<ReviewItem> &items)
{
    std::set<std::string> out;
    for (const ReviewItem &i : items)
        out.insert(i.title);
    return out;
}

// The title the review gives a finding of the test's scans: "KEY in ASSET (pkg-KEY 1.0)".
std::string findingTitle(const ModelFinding &f)
{
    std::string t = f.plan.key + " in " + f.asset;
    if (f.plan.kind == FindingKind::Vulnerability)
        t += " (pkg-" + f.plan.key + " 1.0)";
    return t;
}

const CoverageChange *coverageOf(const ReviewDiff &d, const std::string &source)
{
    for (const CoverageChange &c : d.coverage) {
        if (c.source == source)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestReviewDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekOfChanges()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/r.db").toStdString());
        const std::int64_t day0 = kT0, since = kT0 + kDay, now = kT0 + 8 * kDay;

        // Before the baseline: two images, each scanned by its own tool; sources collected.
        FindingModel model;
        const PlannedFinding a{"CVE-2026-0001", FindingKind::Vulnerability, Severity::Critical},
            b{"CVE-2026-0002", FindingKind::Vulnerability, Severity::High},
            c{"CVE-2026-0003", FindingKind::Vulnerability, Severity::Medium},
            d{"CVE-2026-0004", FindingKind::Vulnerability, Severity::High},
            e{"CVE-2026-0005", FindingKind::Vulnerability, Severity::Critical},
            f{"CVE-2026-0006", FindingKind::Vulnerability, Severity::Critical},
            g{"CVE-2026-0007", FindingKind::Vulnerability, Severity::Low},
            h{"CVE-2026-0008", FindingKind::Vulnerability, Severity::High},
            k{"KSV001", FindingKind::Misconfiguration, Severity::High},
            s{"aws-access-key", FindingKind::Secret, Severity::Critical};
        model.scan(db, "Trivy", "shop/api", day0, {a, b, c, d});
        model.scan(db, "Grype", "shop/web", day0 + 60, {e});
        const std::int64_t hub = addRegistry(db, "hub");
        addImages(db, hub, addRun(db, hub, "complete", day0 + 100), 4, day0 + 100);
        const std::int64_t prod = addCluster(db, "prod");
        addRun(db, prod, "complete", day0 + 200);
        const std::int64_t staging = addCluster(db, "staging");
        addRun(db, staging, "complete", day0 + 300);
        const std::int64_t kv = addVault(db, "kv");
        addRun(db, kv, "complete", day0 + 400);
        addSecrets(db, SecretStoreKind::Vault, "kv", kv,
                   {{"due-before", day0 + kDay / 2}, {"due-in-week", day0 + 5 * kDay}, {"due-later", day0 + 20 * kDay},
                    {"due-at-now", now}},
                   day0 + 400);
        addSecrets(db, SecretStoreKind::Inventory, "payroll", 0, {{"db", 0}}, day0 + 500);
        writeRbac(db, prod, "prod",
                  {binding("old-view", "view", {"alice"}, day0 - 100 * kDay),
                   binding("old-edit", "edit", {"bob"}, day0 - 100 * kDay),
                   binding("never-reviewed", "view", {"carol"}, day0 - 50 * kDay)},
                  day0 + 200);
        QCOMPARE(RbacRepository(db).recordReviews({bindingId(db, "old-view"), bindingId(db, "old-edit")},
                                                  ReviewDecision::Keep, "lead", "ok", day0 + kDay / 2),
                 2);

        // The baseline.
        SnapshotRepository snapshots(db);
        Snapshot baseline = snapshots.capture(
            handAssessment(since, {{"BLD-2", ControlStatus::Fail}, {"RUN-1", ControlStatus::Pass},
                                   {"SEC-1", ControlStatus::NotAssessed}},
                           50.0, {{ControlArea::Build, 40.0}, {ControlArea::Secrets, std::nullopt}}),
            since);
        baseline.reason = "sign-off";
        const std::int64_t baselineId = snapshots.write(baseline);

        // The week: api rescanned (B and C resolved, F, G, H, K, S new), H a false positive, A
        // accepted for ten days and D for twenty; web never rescanned; hub's collection fails;
        // staging is removed; kv is not collected again; a new registry; the inventory re-imported;
        // one binding created, one changed after its review.
        model.scan(db, "Trivy", "shop/api", day0 + 3 * kDay, {a, d, f, g, h, k, s});
        TriageRepository triage(db);
        auto decide = [&](const PlannedFinding &p, FindingStatus status, std::int64_t expires) {
            TriageChange change;
            change.status = status;
            change.justification = "reviewed";
            change.expiresAt = expires;
            change.actor = "tester";
            change.at = day0 + 4 * kDay;
            QCOMPARE(triage.apply({findingIdOf(db, "shop/api", p.key)}, change), 1);
            model.at("shop/api", p.key).status = status;
        };
        decide(h, FindingStatus::FalsePositive, 0);
        decide(a, FindingStatus::RiskAccepted, now + 10 * kDay);
        decide(d, FindingStatus::RiskAccepted, now + 20 * kDay);
        addRun(db, hub, "failed", day0 + 4 * kDay, "401 Unauthorized");
        addRun(db, hub, "failed", day0 + 5 * kDay, "401 Unauthorized");
        QVERIFY(SourceRepository(db).remove("staging"));
        const std::int64_t quay = addRegistry(db, "quay");
        addImages(db, quay, addRun(db, quay, "complete", day0 + 6 * kDay), 2, day0 + 6 * kDay);
        addSecrets(db, SecretStoreKind::Inventory, "payroll", 0, {{"db", 0}, {"sftp", 0}}, day0 + 6 * kDay);
        addRun(db, prod, "complete", day0 + 5 * kDay);
        writeRbac(db, prod, "prod",
                  {binding("old-view", "view", {"alice"}, day0 - 100 * kDay),
                   binding("old-edit", "edit", {"bob", "mallory"}, day0 - 100 * kDay),
                   binding("never-reviewed", "view", {"carol"}, day0 - 50 * kDay),
                   binding("new-admin", "admin", {"dave"}, day0 + 4 * kDay, Severity::High)},
                  day0 + 5 * kDay);

        const Snapshot current = snapshots.capture(
            handAssessment(now, {{"BLD-2", ControlStatus::Partial}, {"RUN-1", ControlStatus::Pass},
                                 {"SEC-1", ControlStatus::Fail}},
                           60.0, {{ControlArea::Build, 50.0}, {ControlArea::Secrets, 0.0}}),
            now);
        const ReviewDiff diff = compareWithBaseline(db, current, since, now);

        QVERIFY(diff.baseline);
        QCOMPARE(diff.baseline->id, baselineId);
        QCOMPARE(diff.since, since);
        QCOMPARE(diff.now, now);
        QCOMPARE(diff.scoreBefore, std::optional<double>(50.0));
        QCOMPARE(diff.scoreNow, std::optional<double>(60.0));
        for (const auto &[area, scores] : diff.areaScores) {
            if (area == ControlArea::Build) {
                QCOMPARE(scores.first, std::optional<double>(40.0));
                QCOMPARE(scores.second, std::optional<double>(50.0));
            } else if (area == ControlArea::Secrets) {
                QVERIFY(!scores.first);
                QCOMPARE(scores.second, std::optional<double>(0.0));
            }
        }
        QCOMPARE(diff.areaScores.size(), kControlAreas.size());
        QCOMPARE(diff.controlChanges.size(), std::size_t(2));
        QCOMPARE(diff.controlChanges[0].control, std::string("BLD-2"));
        QCOMPARE(diff.controlChanges[0].before, ControlStatus::Fail);
        QCOMPARE(diff.controlChanges[0].after, ControlStatus::Partial);
        QCOMPARE(diff.controlChanges[1].control, std::string("SEC-1"));
        QCOMPARE(diff.controlChanges[1].after, ControlStatus::Fail);

        // Findings, expected from the model.
        std::set<std::string> expectNew, expectResolved;
        for (const auto &[key, mf] : model.all()) {
            if (mf.plan.severity < Severity::High)
                continue;
            if (mf.firstSeen > since && mf.firstSeen <= now && FindingModel::isOpen(mf.status))
                expectNew.insert(findingTitle(mf));
            if (mf.status == FindingStatus::Resolved && mf.resolvedAt > since && mf.resolvedAt <= now)
                expectResolved.insert(findingTitle(mf));
        }
        QCOMPARE(expectNew.size(), std::size_t(3)); // F, K, S (H is a false positive, G low)
        QCOMPARE(expectResolved.size(), std::size_t(1)); // B (C is medium)
        QVERIFY(titles(diff.newFindings) == expectNew);
        QCOMPARE(diff.newFindingsTotal, static_cast<std::int64_t>(expectNew.size()));
        QVERIFY(titles(diff.resolvedFindings) == expectResolved);
        QCOMPARE(diff.resolvedFindingsTotal, static_cast<std::int64_t>(expectResolved.size()));
        for (const ReviewItem &i : diff.newFindings) {
            QCOMPARE(i.page, std::string("findings"));
            QVERIFY(i.filter.find("status=open") != std::string::npos);
            QVERIFY(i.severity >= Severity::High);
        }
        // Worst first: the criticals before the high.
        QCOMPARE(diff.newFindings.back().severity, Severity::High);

        // Bindings: the one created in the window and the one changed after its review.
        QCOMPARE(titles(diff.bindings),
                 (std::set<std::string>{"RoleBinding prod/shop/new-admin -> ClusterRole/admin",
                                        "RoleBinding prod/shop/old-edit -> ClusterRole/edit"}));
        QCOMPARE(diff.bindings.front().severity, Severity::High); // worst risk first
        QCOMPARE(diff.bindingsTotal, std::int64_t(2)); // the two above: nothing was cut off
        for (const ReviewItem &i : diff.bindings)
            QCOMPARE(i.page, std::string("rbac"));

        // Secrets that fell due in (since, now].
        QCOMPARE(titles(diff.secretsOverdue),
                 (std::set<std::string>{"vault/kv/app/due-in-week", "vault/kv/app/due-at-now"}));
        QCOMPARE(diff.secretsOverdue.front().filter, std::string("overdue=1"));
        QCOMPARE(diff.secretsOverdueTotal, std::int64_t(2));

        // Acceptances ending within 14 days: A (ten days), not D (twenty).
        QCOMPARE(diff.acceptancesExpiring.size(), std::size_t(1));
        QCOMPARE(diff.acceptancesExpiringTotal, std::int64_t(1));
        QCOMPARE(diff.acceptancesExpiring[0].title, findingTitle(model.at("shop/api", a.key)));
        QCOMPARE(diff.acceptancesExpiring[0].at, now + 10 * kDay);

        // Coverage: staging gone, hub failing, kv and the Grype scans silent, quay new; prod, the
        // inventory and Trivy reported since the baseline and are not listed.
        std::map<std::string, std::string> changes;
        for (const CoverageChange &cc : diff.coverage)
            changes[cc.source] = cc.change;
        const std::map<std::string, std::string> expectedChanges{{"cluster:staging", "gone"},
                                                                 {"registry:hub", "failing"},
                                                                 {"vault:kv", "silent"},
                                                                 {"scanner:Grype", "silent"},
                                                                 {"registry:quay", "new"}};
        QCOMPARE(changes, expectedChanges);
        const CoverageChange *hubChange = coverageOf(diff, "registry:hub");
        QVERIFY(hubChange->detail.find("2 runs failed since: 401 Unauthorized") != std::string::npos);
        QCOMPARE(hubChange->itemsBefore, std::int64_t(4));
        QCOMPARE(hubChange->itemsNow, std::int64_t(4));
        QCOMPARE(coverageOf(diff, "registry:quay")->itemsNow, std::int64_t(2));
        for (const char *silent : {"cluster:staging", "registry:hub", "vault:kv", "scanner:Grype"})
            QVERIFY(coverageOf(diff, silent)->detail.find("not counted as resolved") != std::string::npos);

        // The silent scanner's critical finding is still open, and not among the resolved.
        const ModelFinding &webE = model.at("shop/web", e.key);
        QVERIFY(FindingModel::isOpen(webE.status));
        QVERIFY(!titles(diff.resolvedFindings).count(findingTitle(webE)));
        std::int64_t openCritical = 0;
        for (const auto &[key, mf] : model.all())
            openCritical += FindingModel::isOpen(mf.status) && mf.plan.severity == Severity::Critical;
        QCOMPARE(diff.current.openBySeverity[static_cast<std::size_t>(Severity::Critical)], openCritical);

        // The JSON and the sign-off summary carry the same figures.
        const nlohmann::ordered_json j = reviewDiffJson(diff);
        QCOMPARE(j["new_findings_total"].get<std::int64_t>(), diff.newFindingsTotal);
        QCOMPARE(j["coverage"].size(), diff.coverage.size());
        const nlohmann::json summary = nlohmann::json::parse(reviewSummaryJson(diff));
        QCOMPARE(summary["resolved_findings"].get<std::int64_t>(), diff.resolvedFindingsTotal);
        QCOMPARE(summary["bindings"].get<std::int64_t>(), std::int64_t(2));
        QCOMPARE(j["secrets_overdue_total"].get<std::int64_t>(), std::int64_t(2));
        QCOMPARE(summary["coverage"]["cluster:staging"].get<std::string>(), std::string("gone"));
    }

    void baselineResolution()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/b.db").toStdString());
        // Nothing stored: no baseline, everything reads as new.
        ReviewBaseline none = resolveReviewBaseline(db, 0);
        QVERIFY(!none.snapshot);
        QCOMPARE(none.since, std::int64_t(0));

        SnapshotRepository repo(db);
        Snapshot s;
        s.reason = "import";
        s.takenAt = kT0;
        const std::int64_t first = repo.write(s);
        s.takenAt = kT0 + 2 * kDay;
        const std::int64_t second = repo.write(s);
        // No sign-off: the oldest snapshot.
        ReviewBaseline oldest = resolveReviewBaseline(db, 0);
        QVERIFY(oldest.snapshot);
        QCOMPARE(oldest.snapshot->id, first);
        QCOMPARE(oldest.since, kT0);
        // A date: the newest snapshot at or before it, the window from the date itself.
        ReviewBaseline dated = resolveReviewBaseline(db, kT0 + 3 * kDay);
        QCOMPARE(dated.snapshot->id, second);
        QCOMPARE(dated.since, kT0 + 3 * kDay);
        ReviewBaseline tooEarly = resolveReviewBaseline(db, kT0 - kDay);
        QVERIFY(!tooEarly.snapshot);
        QCOMPARE(tooEarly.since, kT0 - kDay);
    }

    void attestationsAndDrillsFallingDue()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/d.db").toStdString());
        const std::int64_t now = kT0 + 100 * kDay;
        AttestationRepository attestations(db);
        auto attest = [&](const std::string &control, std::int64_t expiresAt) {
            Attestation a;
            a.control = control;
            a.status = AttestationStatus::Pass;
            a.evidence = "checked by hand";
            a.attestedBy = "ops";
            a.attestedAt = kT0;
            a.expiresAt = expiresAt;
            attestations.add(a, {});
        };
        attest("RUN-4", now + 5 * kDay);   // within 14 days
        attest("SEC-2", now + 30 * kDay);  // later
        attest("INC-1", now - kDay);       // expired already: not "expiring"

        DrillRepository drills(db);
        drills.ensureBuiltinTemplates();
        const std::vector<DrillTemplate> templates = drills.templates();
        QVERIFY(!templates.empty());
        auto schedule = [&](const std::string &name, int cadence, std::int64_t createdAt) {
            Drill d;
            d.templateId = templates.front().id;
            d.name = name;
            d.owner = "lead";
            d.cadenceDays = cadence;
            d.createdAt = createdAt;
            return drills.schedule(d);
        };
        schedule("overdue", 30, now - 40 * kDay);  // due 10 days ago
        schedule("soon", 30, now - 20 * kDay);     // due in 10 days
        const std::int64_t fresh = schedule("fresh", 90, now - 10 * kDay); // due in 80 days
        const std::int64_t run = drills.startRun(fresh, now - 5 * kDay, {"alice"}, now - 5 * kDay);
        auto action = [&](const std::string &text, std::int64_t dueAt) {
            DrillAction a;
            a.runId = run;
            a.text = text;
            a.owner = "bob";
            a.control = "SEC-3";
            a.dueAt = dueAt;
            a.createdAt = now - 5 * kDay;
            drills.addAction(a);
        };
        action("rotate the registry token", now - kDay);
        action("write the runbook", now + 5 * kDay);

        const Snapshot current = SnapshotRepository(db).capture(handAssessment(now, {}, std::nullopt), now);
        const ReviewDiff diff = compareWithBaseline(db, current, 0, now);
        QCOMPARE(diff.attestationsExpiring.size(), std::size_t(1));
        QCOMPARE(diff.attestationsExpiring[0].at, now + 5 * kDay);
        QCOMPARE(diff.attestationsExpiring[0].filter, std::string("control=RUN-4"));
        QCOMPARE(titles(diff.drillsDue), (std::set<std::string>{"Drill overdue", "Drill soon",
                                                                "Action of fresh: rotate the registry token"}));
        for (const ReviewItem &i : diff.drillsDue) {
            QCOMPARE(i.page, std::string("drills"));
            if (i.title == "Drill overdue")
                QVERIFY2(i.detail.rfind("overdue since", 0) == 0, i.detail.c_str());
        }
    }

    void noBaselineListsSourcesAsNew()
    {
        QTemporaryDir dir;
        Database db = Database::open((dir.path() + "/n.db").toStdString());
        const std::int64_t hub = addRegistry(db, "hub");
        addImages(db, hub, addRun(db, hub, "complete", kT0), 3, kT0);
        const Snapshot current = SnapshotRepository(db).capture(handAssessment(kT0, {}, std::nullopt), kT0 + 10);
        const ReviewDiff diff = compareWithBaseline(db, current, 0, kT0 + 10);
        QVERIFY(!diff.baseline);
        QCOMPARE(diff.coverage.size(), std::size_t(1));
        QCOMPARE(diff.coverage[0].change, std::string("new"));
        QCOMPARE(diff.coverage[0].itemsNow, std::int64_t(3));
        QVERIFY(diff.controlChanges.empty());
    }
};

QTEST_GUILESS_MAIN(TestReviewDiff)
#include "tst_reviewdiff.moc"
