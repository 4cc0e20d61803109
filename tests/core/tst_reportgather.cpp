// gatherReport's own parts (title, as-of, posture live or from a snapshot, trend, cancel) and the
// posture sections (RBAC, secrets, drills, coverage, sources) on one store written through the
// real writers: SnapshotRepository, RbacRepository, SecretRepository, DrillRepository,
// WorkloadRepository, SourceRepository/CollectionRunRepository and ImportWriter. Expected values
// come from the plan below (what the test wrote), never from the code under test.
#include "controls/controlcatalog.h"
#include "rbac/reviewpolicysettings.h"
#include "report/reportgather.h"
#include "reviewtestdata.h"
#include "store/drillrepository.h"
#include "store/rbacrepository.h"
#include "store/snapshotrepository.h"
#include "store/storemeta.h"
#include "store/workloadrepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1'780'000'000;

std::int64_t daysAgo(int days)
{
    return kNow - std::int64_t(days) * kDay;
}

std::string dateOf(std::int64_t t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")).toStdString();
}

// The end of the UTC day of `t`, as --as-of DATE means it.
std::int64_t dayEndOf(std::int64_t t)
{
    return t / kDay * kDay + kDay - 1;
}

// ---- snapshots -------------------------------------------------------------------------------

struct PlannedSnapshot {
    int daysAgo;
    double score;
};
const std::vector<PlannedSnapshot> kSnapshots{{200, 40}, {40, 50}, {20, 60}, {5, 70}};
const std::map<std::string, ControlStatus> kSnapshotStatuses{{"BLD-3", ControlStatus::Fail},
                                                             {"RUN-1", ControlStatus::Pass}};

// ---- RBAC ------------------------------------------------------------------------------------

struct PlannedBinding {
    std::string cluster, nameSpace, name; // nameSpace "" = ClusterRoleBinding
    Severity worst = Severity::Unknown;
    std::vector<std::string> rules;
    RbacSubject subject;
    int reviewedDaysAgo = -1; // -1 never
    bool bootstrap = false;
    bool changedAfterReview = false; // its roleRef changes after the review
};

const std::vector<PlannedBinding> kBindings{
    {"prod", "", "admins", Severity::Critical, {"rbac-cluster-admin"}, {SubjectKind::User, "alice", ""}, 5},
    {"prod", "shop", "alice-tools", Severity::Medium, {"rbac-wildcard"}, {SubjectKind::User, "alice", ""}, -1},
    {"prod", "shop", "deployer", Severity::High, {"rbac-secrets-read"}, {SubjectKind::ServiceAccount, "ci", "shop"}, -1},
    {"prod", "pay", "reader", Severity::Medium, {"rbac-wildcard"}, {SubjectKind::Group, "dev", ""}, 100},
    {"prod", "pay", "bot", Severity::High, {"rbac-pod-exec"}, {SubjectKind::ServiceAccount, "bot", "pay"}, 40, false, true},
    {"prod", "", "system:basic-user", Severity::Critical, {"rbac-cluster-admin"}, {SubjectKind::Group, "system:masters", ""}, -1, true},
    {"stage", "ns1", "x", Severity::Low, {}, {SubjectKind::User, "eve", ""}, -1},
};

// The review state the test expects of a binding at `now` with the configured intervals.
ReviewState expectedState(const PlannedBinding &b, const ReviewPolicy &policy, std::int64_t now)
{
    if (b.reviewedDaysAgo < 0)
        return ReviewState::NeverReviewed;
    if (b.changedAfterReview)
        return ReviewState::Changed;
    const int interval = b.worst >= Severity::High ? policy.highRiskIntervalDays : policy.intervalDays;
    return daysAgo(b.reviewedDaysAgo) + interval * kDay <= now ? ReviewState::Due : ReviewState::Current;
}

// ---- secrets ---------------------------------------------------------------------------------

struct PlannedSecret {
    SecretStoreKind store;
    std::string origin, location, name;
    int changedDaysAgo; // -1 unknown
    int createdDaysAgo;
};
constexpr int kPolicyDays = 90;
const std::vector<PlannedSecret> kSecrets{
    {SecretStoreKind::Kubernetes, "prod", "shop", "a", 100, 300},
    {SecretStoreKind::Kubernetes, "prod", "shop", "b", 80, 300},
    {SecretStoreKind::Kubernetes, "prod", "pay", "c", 10, 300},
    {SecretStoreKind::Kubernetes, "prod", "pay", "d", -1, 5},
    {SecretStoreKind::Vault, "vault1", "secret", "e", 200, 400},
    {SecretStoreKind::Inventory, "inv", "x", "f", 95, 400},
};

enum class Rotation { Within, Soon, Overdue, Unknown, Absent };

Rotation expectedRotation(const PlannedSecret &s, std::int64_t asOf)
{
    if (daysAgo(s.createdDaysAgo) > asOf)
        return Rotation::Absent;
    if (s.changedDaysAgo < 0 || daysAgo(s.changedDaysAgo) > asOf)
        return Rotation::Unknown;
    const std::int64_t due = daysAgo(s.changedDaysAgo) + kPolicyDays * kDay;
    if (due <= asOf)
        return Rotation::Overdue;
    return due <= asOf + 14 * kDay ? Rotation::Soon : Rotation::Within;
}

// ---- the store -------------------------------------------------------------------------------

struct Ids {
    std::int64_t prod = 0, stage = 0, hub = 0, vault = 0, old = 0;
};

void writeSnapshots(Database &db)
{
    SnapshotRepository repo(db);
    for (const PlannedSnapshot &p : kSnapshots) {
        Snapshot s;
        s.takenAt = daysAgo(p.daysAgo);
        s.reason = "import";
        s.score = p.score;
        s.controlStatus = kSnapshotStatuses;
        s.areaScore[ControlArea::Build] = p.score - 10;
        repo.write(s);
    }
}

// One analysis of both clusters; `again`: a later one, where the flagged bindings have changed.
void writeAnalyses(Database &db, const Ids &ids, bool again)
{
    RbacRepository repo(db);
    for (const auto &[cluster, source] : {std::pair{std::string("prod"), ids.prod}, {std::string("stage"), ids.stage}}) {
        RbacAnalysisWrite w;
        w.sourceId = source;
        w.cluster = cluster;
        w.now = again ? daysAgo(1) : daysAgo(200);
        std::map<std::string, RbacSubjectRecord> subjects;
        for (const PlannedBinding &p : kBindings) {
            if (p.cluster != cluster)
                continue;
            RbacBindingRecord b;
            b.clusterBinding = p.nameSpace.empty();
            b.nameSpace = p.nameSpace;
            b.name = p.name;
            b.uid = "uid-" + p.name;
            b.roleRef = {"ClusterRole", "role-" + p.name + (again && p.changedAfterReview ? "-v2" : "")};
            b.subjects = {p.subject};
            b.createdAt = daysAgo(300);
            b.riskRules = p.rules;
            b.worst = p.worst;
            b.bootstrap = p.bootstrap;
            w.bindings.push_back(b);
            RbacSubjectRecord &s = subjects[p.subject.name];
            s.subject = p.subject;
            ++s.bindings;
            s.riskRules.insert(s.riskRules.end(), p.rules.begin(), p.rules.end());
            s.worst = std::max(s.worst, p.worst);
            s.bootstrapOnly = p.bootstrap;
        }
        for (auto &[name, s] : subjects)
            w.subjects.push_back(s);
        repo.writeAnalysis(w);
    }
}

void writeRbac(Database &db, const Ids &ids)
{
    writeAnalyses(db, ids, false);
    RbacRepository repo(db);
    ReviewPolicy any;
    any.now = kNow;
    for (const PlannedBinding &p : kBindings) {
        if (p.reviewedDaysAgo < 0)
            continue;
        RbacBindingFilter f;
        f.cluster = p.cluster;
        f.text = p.name;
        for (const RbacBindingRow &row : repo.bindings(f, any, RbacBindingSort::Name, false, 0, 100)) {
            if (row.binding.name == p.name)
                repo.recordReviews({row.id}, ReviewDecision::Keep, "auditor", "", daysAgo(p.reviewedDaysAgo));
        }
    }
    writeAnalyses(db, ids, true);
}

void writeSecrets(Database &db, const Ids &ids)
{
    SecretRepository repo(db);
    std::map<std::pair<SecretStoreKind, std::string>, SecretSourceWrite> writes;
    for (const PlannedSecret &p : kSecrets) {
        SecretSourceWrite &w = writes[{p.store, p.origin}];
        w.store = p.store;
        w.origin = p.origin;
        w.sourceId = p.store == SecretStoreKind::Kubernetes ? ids.prod : p.store == SecretStoreKind::Vault ? ids.vault : 0;
        w.now = kNow;
        w.complete = true;
        SecretRecord s;
        s.store = p.store;
        s.origin = p.origin;
        s.location = p.location;
        s.name = p.name;
        s.type = "Opaque";
        s.createdAt = daysAgo(p.createdDaysAgo);
        if (p.changedDaysAgo >= 0) {
            s.lastChangeAt = daysAgo(p.changedDaysAgo);
            s.ageSource = AgeSource::ManagedFields;
        }
        w.secrets.push_back(s);
    }
    for (const auto &[key, w] : writes)
        repo.write(w);
    std::vector<SecretEvaluation> evaluations;
    for (const SecretRow &row : repo.page({}, SecretSort::Name, false, 0, 1000)) {
        std::optional<std::int64_t> due;
        if (row.secret.lastChangeAt)
            due = row.secret.lastChangeAt + kPolicyDays * kDay;
        evaluations.push_back({row.id, kPolicyDays, "test policy", due});
    }
    repo.setEvaluations(evaluations);
}

const DrillTemplate &templateByKey(const std::vector<DrillTemplate> &all, const std::string &key)
{
    return *std::find_if(all.begin(), all.end(), [&](const DrillTemplate &t) { return t.key == key; });
}

// Schedules a drill of template `key` and starts one run held `heldDaysAgo` with every item done.
std::int64_t drillWithRun(DrillRepository &repo, const std::string &key, const std::string &name, int cadence,
                          int createdDaysAgo, int heldDaysAgo)
{
    Drill d;
    d.templateId = templateByKey(repo.templates(), key).id;
    d.name = name;
    d.owner = "alice";
    d.cadenceDays = cadence;
    d.createdAt = daysAgo(createdDaysAgo);
    const std::int64_t run = repo.startRun(repo.schedule(d), daysAgo(heldDaysAgo), {"alice"}, daysAgo(heldDaysAgo));
    DrillRun r = *repo.run(run);
    for (DrillItem &i : r.items)
        i.done = true;
    r.incident = key == "post-incident-review" ? "registry token leaked" : "";
    repo.updateRun(r);
    return run;
}

void writeDrills(Database &db)
{
    DrillRepository repo(db);
    repo.ensureBuiltinTemplates();
    repo.completeRun(drillWithRun(repo, "leaked-registry-credential", "Q-leak", 90, 200, 100), daysAgo(100));
    const std::int64_t review = drillWithRun(repo, "post-incident-review", "INC-42", 0, 50, 45);
    const auto action = [&](const char *text, const char *control, int dueDaysAgo, int doneDaysAgo) {
        DrillAction a;
        a.runId = review;
        a.text = text;
        a.owner = "bob";
        a.control = control;
        a.dueAt = daysAgo(dueDaysAgo);
        a.doneAt = doneDaysAgo < 0 ? 0 : daysAgo(doneDaysAgo);
        a.createdAt = daysAgo(45);
        repo.addAction(a);
    };
    action("rotate every registry token", "SEC-3", 20, 30);
    action("restrict push rights", "SUP-4", 10, -1);
    action("write the runbook", "", -10, -1);
    repo.completeRun(review, daysAgo(40));
}

void writeCoverage(Database &db, Ids &ids)
{
    const std::int64_t hubRun = addRun(db, ids.hub, "complete", daysAgo(2));
    addImages(db, ids.hub, hubRun, 3, daysAgo(2));
    const std::int64_t prodRun = addRun(db, ids.prod, "partial", daysAgo(1));
    ClusterCollectionWrite w;
    w.sourceId = ids.prod;
    w.runId = prodRun;
    w.now = daysAgo(1);
    w.cluster = "prod";
    w.coverage = {{"pods", "complete", 4, "", {"RUN-1"}},
                  {"secrets", "forbidden", 0, "forbidden: cannot list secrets", {"SEC-3"}}};
    WorkloadRepository(db).writeCollection(w);
    addRun(db, ids.old, "complete", daysAgo(45));
    addRun(db, ids.vault, "complete", daysAgo(60));
    addRun(db, ids.vault, "failed", daysAgo(1), "permission denied at secret/");
}

// Two scanners: trivy's newest report 40 days old (stale), grype's a day old.
void writeScans(Database &db)
{
    FindingModel model;
    model.scan(db, "trivy", "shop/api", daysAgo(41), {{"CVE-2026-0001", FindingKind::Vulnerability, Severity::High}});
    model.scan(db, "trivy", "shop/api", daysAgo(40), {{"CVE-2026-0001", FindingKind::Vulnerability, Severity::High}});
    model.scan(db, "grype", "shop/web", daysAgo(1), {{"CVE-2026-0002", FindingKind::Vulnerability, Severity::Low}});
}

Ids buildStore(Database &db)
{
    Ids ids;
    ids.hub = addRegistry(db, "hub");
    ids.old = addRegistry(db, "old");
    ids.prod = addCluster(db, "prod");
    ids.stage = addCluster(db, "stage");
    ids.vault = addVault(db, "vault1");
    writeSnapshots(db);
    writeRbac(db, ids);
    writeSecrets(db, ids);
    writeDrills(db);
    writeCoverage(db, ids);
    writeScans(db);
    return ids;
}

ReportOptions optionsAt(const std::string &asOfDate = {})
{
    ReportOptions o;
    o.now = kNow;
    o.asOfDate = asOfDate;
    o.generatedBy = "tester";
    o.storePath = "/stores/test.db";
    return o;
}

const ReportCoverageRow *coverageRow(const ReportModel &m, const std::string &kind, const std::string &name)
{
    for (const ReportCoverageRow &r : m.coverage)
        if (r.kind == kind && r.name == name)
            return &r;
    return nullptr;
}

const ReportRbacCluster *rbacCluster(const ReportModel &m, const std::string &name)
{
    for (const ReportRbacCluster &c : m.rbac.clusters)
        if (c.cluster == name)
            return &c;
    return nullptr;
}

bool hasNote(const ReportModel &m, const std::string &part)
{
    return std::any_of(m.title.scopeNotes.begin(), m.title.scopeNotes.end(),
                       [&](const std::string &n) { return n.find(part) != std::string::npos; });
}

} // namespace

class TestReportGather : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_path;

    ReportModel gather(const ReportOptions &options)
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        ReportModel m;
        std::string error;
        const bool ok = gatherReport(db, options, m, error);
        if (!ok)
            qWarning("gatherReport: %s", error.c_str());
        return ok ? m : ReportModel();
    }

    std::string gatherError(const ReportOptions &options)
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        ReportModel m;
        std::string error;
        return gatherReport(db, options, m, error) ? std::string() : error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportgather"));
        m_path = (m_dir.path() + "/report.db").toStdString();
        Database db = Database::open(m_path);
        buildStore(db);
    }

    void dayEnd()
    {
        QCOMPARE(reportDayEnd("1970-01-01"), std::optional<std::int64_t>(86399));
        QCOMPARE(reportDayEnd("2024-02-29"), std::optional<std::int64_t>(QDateTime(QDate(2024, 3, 1), QTime(0, 0),
                                                                                     Qt::UTC).toSecsSinceEpoch() - 1));
        for (const char *bad : {"", "2024-13-01", "2023-02-29", "2024-04-31", "2024-1-01", "2024-01-01T00:00",
                                "2024/01/01", "20240101", "abcd-ef-gh", "2024-00-10"})
            QVERIFY2(!reportDayEnd(bad), bad);
    }

    void title()
    {
        const ReportModel m = gather(optionsAt());
        QCOMPARE(m.title.asOf, kNow);
        QVERIFY(!m.title.asOfIsPast);
        QCOMPARE(m.title.generatedAt, kNow);
        QCOMPARE(m.title.generatedBy, std::string("tester"));
        QCOMPARE(m.title.storePath, std::string("/stores/test.db"));
        QCOMPARE(m.title.version, std::string(BULKHEAD_VERSION));
        QCOMPARE(m.title.scopeLine, std::string("Whole store"));
        QVERIFY(!m.title.demo);
        // The id migration 9 made, read here with its own query.
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        SqliteStatement st = db.prepare("SELECT value FROM store_meta WHERE key = 'store_id'");
        QVERIFY(st.step());
        QCOMPARE(m.title.storeId, st.text(0));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(QString::fromStdString(m.title.storeId))
                    .hasMatch());
    }

    void nowDefaultsToThePresent()
    {
        ReportOptions o = optionsAt();
        o.now = 0;
        const std::int64_t before = QDateTime::currentSecsSinceEpoch();
        const ReportModel m = gather(o);
        QVERIFY(m.title.generatedAt >= before);
        QCOMPARE(m.title.asOf, m.title.generatedAt);
    }

    void demoFlag()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/demo.db").toStdString();
        {
            Database db = Database::open(path);
            storemeta::write(db, storemeta::kDemo, "1");
        }
        const Database db = Database::open(path, Database::Access::ReadOnly);
        ReportModel m;
        std::string error;
        QVERIFY2(gatherReport(db, optionsAt(), m, error), error.c_str());
        QVERIFY(m.title.demo);
        QCOMPARE(m.title.storePath, std::string("/stores/test.db"));
    }

    void livePosture()
    {
        const ReportModel m = gather(optionsAt());
        QVERIFY(!m.summary.snapshotTakenAt);
        QCOMPARE(m.summary.posture.controls.size(), ControlCatalog::builtin().controls().size());
        QCOMPARE(m.summary.posture.at, kNow);
        // The trend: the snapshots of the 90 days up to now, oldest first.
        std::vector<std::pair<std::int64_t, double>> expected;
        for (const PlannedSnapshot &p : kSnapshots)
            if (p.daysAgo < 90)
                expected.emplace_back(daysAgo(p.daysAgo), p.score);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(m.summary.trend.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(m.summary.trend[i].takenAt, expected[i].first);
            QCOMPARE(m.summary.trend[i].score, std::optional<double>(expected[i].second));
        }
    }

    void pastPostureFromSnapshot()
    {
        const std::int64_t asOf = dayEndOf(daysAgo(10));
        const ReportModel m = gather(optionsAt(dateOf(daysAgo(10))));
        QVERIFY(m.title.asOfIsPast);
        QCOMPARE(m.title.asOf, asOf);
        // The newest snapshot at or before the day's end.
        const PlannedSnapshot *used = nullptr;
        for (const PlannedSnapshot &p : kSnapshots)
            if (daysAgo(p.daysAgo) <= asOf && (!used || p.daysAgo < used->daysAgo))
                used = &p;
        QVERIFY(used);
        QCOMPARE(m.summary.snapshotTakenAt, std::optional<std::int64_t>(daysAgo(used->daysAgo)));
        QCOMPARE(m.summary.posture.score.overall, std::optional<double>(used->score));
        for (const AreaScore &a : m.summary.posture.score.areas)
            if (a.area == ControlArea::Build)
                QCOMPARE(a.score, std::optional<double>(used->score - 10));
        QCOMPARE(m.summary.posture.controls.size(), ControlCatalog::builtin().controls().size());
        for (const ControlAssessment &c : m.summary.posture.controls) {
            const auto planned = kSnapshotStatuses.find(c.control);
            QCOMPARE(c.status, planned == kSnapshotStatuses.end() ? ControlStatus::NotAssessed : planned->second);
            if (planned != kSnapshotStatuses.end())
                QVERIFY2(c.explanation.find(dateOf(daysAgo(used->daysAgo))) != std::string::npos, c.explanation.c_str());
        }
        std::size_t inWindow = 0;
        for (const PlannedSnapshot &p : kSnapshots)
            inWindow += daysAgo(p.daysAgo) <= asOf && daysAgo(p.daysAgo) > asOf - 90 * kDay;
        QCOMPARE(m.summary.trend.size(), inWindow);
        QVERIFY(std::is_sorted(m.summary.trend.begin(), m.summary.trend.end(),
                               [](const auto &a, const auto &b) { return a.takenAt < b.takenAt; }));
        QVERIFY(hasNote(m, "RBAC review status and collection coverage are current"));
    }

    void asOfErrors()
    {
        const std::string before = gatherError(optionsAt(dateOf(daysAgo(300))));
        QVERIFY2(before.find("before the store's first snapshot") != std::string::npos, before.c_str());
        QVERIFY2(before.find(dateOf(daysAgo(200))) != std::string::npos, before.c_str());
        const std::string bad = gatherError(optionsAt("2024-13-01"));
        QVERIFY2(bad.find("2024-13-01") != std::string::npos && bad.find("not a date") != std::string::npos, bad.c_str());
        const std::string future = gatherError(optionsAt(dateOf(kNow + 3 * kDay)));
        QVERIFY2(future.find("future") != std::string::npos, future.c_str());
        // Today is the present: live posture.
        const ReportModel today = gather(optionsAt(dateOf(kNow)));
        QVERIFY(!today.title.asOfIsPast);
        QCOMPARE(today.title.asOf, kNow);
    }

    void cancel()
    {
        std::atomic<bool> flag{true};
        ReportOptions o = optionsAt();
        o.cancel = &flag;
        QCOMPARE(gatherError(o), std::string("cancelled"));
    }

    // The flag is checked between sections: set while RBAC is read, the rest is never gathered.
    void cancelBetweenSections()
    {
        const Database db = Database::open(m_path, Database::Access::ReadOnly);
        std::atomic<bool> flag{true};
        ReportOptions o = optionsAt();
        o.cancel = &flag;
        ReportModel m;
        gatherPostureSections(db, o, kNow, m);
        QVERIFY(!m.rbac.clusters.empty());
        QVERIFY(m.secrets.groups.empty());
        QVERIFY(m.drills.drills.empty());
        QVERIFY(m.coverage.empty());
        QVERIFY(m.sources.empty());
    }

    void rbac()
    {
        const ReportModel m = gather(optionsAt());
        ReviewPolicy policy = loadReviewPolicy();
        for (const char *cluster : {"prod", "stage"}) {
            ReportRbacCluster expected;
            for (const PlannedBinding &b : kBindings) {
                if (b.cluster != cluster || b.bootstrap)
                    continue;
                ++expected.bindings;
                switch (expectedState(b, policy, kNow)) {
                case ReviewState::Current: ++expected.current; break;
                case ReviewState::Due: ++expected.due; break;
                case ReviewState::NeverReviewed: ++expected.neverReviewed; break;
                case ReviewState::Changed: ++expected.changed; break;
                }
                expected.highRisk += b.worst >= Severity::High;
            }
            const ReportRbacCluster *got = rbacCluster(m, cluster);
            QVERIFY2(got, cluster);
            QCOMPARE(got->bindings, expected.bindings);
            QCOMPARE(got->current, expected.current);
            QCOMPARE(got->due, expected.due);
            QCOMPARE(got->neverReviewed, expected.neverReviewed);
            QCOMPARE(got->changed, expected.changed);
            QCOMPARE(got->highRisk, expected.highRisk);
        }
        // High and Critical subjects, bootstrap-only ones left out, worst first.
        std::set<std::string> expected;
        for (const PlannedBinding &b : kBindings)
            if (b.worst >= Severity::High && !b.bootstrap)
                expected.insert(b.subject.name);
        std::set<std::string> got;
        for (const ReportRiskySubject &s : m.rbac.riskySubjects)
            got.insert(s.name);
        QCOMPARE(got, expected);
        QCOMPARE(m.rbac.riskySubjects.front().name, std::string("alice"));
        QCOMPARE(m.rbac.riskySubjects.front().worstRisk, static_cast<int>(Severity::Critical));
        // Both of her rules: cluster-admin from the Critical binding before wildcard from the Medium one.
        QCOMPARE(m.rbac.riskySubjects.front().rules.size(), std::size_t(2));
        QVERIFY(m.rbac.riskySubjects.front().rules.front().starts_with("rbac-cluster-admin: "));
        QVERIFY(m.rbac.riskySubjects.front().rules.back().starts_with("rbac-wildcard: "));
        // A subject reads as the most urgent state of the bindings naming it (changed, due, never
        // reviewed, current).
        const auto urgency = [](ReviewState s) {
            switch (s) {
            case ReviewState::Current: return 0;
            case ReviewState::NeverReviewed: return 1;
            case ReviewState::Due: return 2;
            case ReviewState::Changed: return 3;
            }
            return 0;
        };
        for (const ReportRiskySubject &s : m.rbac.riskySubjects) {
            ReviewState worst = ReviewState::Current;
            for (const PlannedBinding &b : kBindings)
                if (b.subject.name == s.name && urgency(expectedState(b, policy, kNow)) > urgency(worst))
                    worst = expectedState(b, policy, kNow);
            QCOMPARE(s.reviewState, std::string(reviewStateName(worst)));
        }
    }

    void rbacScope()
    {
        ReportOptions o = optionsAt();
        o.scope.clusters = {"prod"};
        o.scope.namespaces = {"shop"};
        const ReportModel m = gather(o);
        QCOMPARE(m.rbac.clusters.size(), std::size_t(1));
        int inScope = 0;
        for (const PlannedBinding &b : kBindings)
            inScope += b.cluster == "prod" && !b.bootstrap && (b.nameSpace.empty() || b.nameSpace == "shop");
        QCOMPARE(m.rbac.clusters.front().bindings, inScope);
        std::set<std::string> got;
        for (const ReportRiskySubject &s : m.rbac.riskySubjects)
            got.insert(s.name);
        QCOMPARE(got, (std::set<std::string>{"alice", "ci"})); // pay/bot is outside, a User has no namespace
        QVERIFY(hasNote(m, "cover the whole store"));
        QCOMPARE(m.title.scopeLine, std::string("clusters prod; namespaces shop"));
    }

    void secrets_data()
    {
        QTest::addColumn<int>("asOfDaysAgo");
        QTest::newRow("now") << 0;
        QTest::newRow("30 days ago") << 30;
    }

    void secrets()
    {
        QFETCH(int, asOfDaysAgo);
        const ReportModel m = gather(optionsAt(asOfDaysAgo ? dateOf(daysAgo(asOfDaysAgo)) : std::string()));
        const std::int64_t asOf = asOfDaysAgo ? dayEndOf(daysAgo(asOfDaysAgo)) : kNow;
        std::map<std::pair<std::string, std::string>, ReportSecretGroup> expected;
        std::vector<std::string> overdue;
        for (const PlannedSecret &s : kSecrets) {
            const Rotation r = expectedRotation(s, asOf);
            if (r == Rotation::Absent)
                continue;
            ReportSecretGroup &g = expected[{secretStoreKindName(s.store), s.origin}];
            ++g.total;
            g.withinPolicy += r == Rotation::Within;
            g.dueWithin14Days += r == Rotation::Soon;
            g.overdue += r == Rotation::Overdue;
            g.unknownAge += r == Rotation::Unknown;
            if (r == Rotation::Overdue)
                overdue.push_back(s.name);
        }
        QCOMPARE(m.secrets.groups.size(), expected.size());
        for (const ReportSecretGroup &g : m.secrets.groups) {
            const auto it = expected.find({g.store, g.origin});
            QVERIFY2(it != expected.end(), g.origin.c_str());
            QCOMPARE(g.total, it->second.total);
            QCOMPARE(g.withinPolicy, it->second.withinPolicy);
            QCOMPARE(g.dueWithin14Days, it->second.dueWithin14Days);
            QCOMPARE(g.overdue, it->second.overdue);
            QCOMPARE(g.unknownAge, it->second.unknownAge);
        }
        QCOMPARE(m.secrets.overdue.size(), overdue.size());
        for (const ReportSecretRow &row : m.secrets.overdue) {
            const auto planned = std::find_if(kSecrets.begin(), kSecrets.end(),
                                              [&](const PlannedSecret &s) { return s.name == row.name; });
            QVERIFY(planned != kSecrets.end());
            QCOMPARE(row.ageDays, static_cast<int>((asOf - daysAgo(planned->changedDaysAgo)) / kDay));
            QCOMPARE(row.policyDays, kPolicyDays);
            QCOMPARE(row.dueAt, daysAgo(planned->changedDaysAgo) + kPolicyDays * kDay);
        }
        // Most overdue first.
        QVERIFY(std::is_sorted(m.secrets.overdue.begin(), m.secrets.overdue.end(),
                               [](const ReportSecretRow &a, const ReportSecretRow &b) { return a.dueAt < b.dueAt; }));
    }

    void secretsScope()
    {
        ReportOptions o = optionsAt();
        o.scope.namespaces = {"shop"};
        const ReportModel m = gather(o);
        int shop = 0;
        for (const PlannedSecret &s : kSecrets)
            shop += s.store == SecretStoreKind::Kubernetes && s.location == "shop";
        QCOMPARE(m.secrets.groups.size(), std::size_t(1));
        QCOMPARE(m.secrets.groups.front().origin, std::string("prod"));
        QCOMPARE(m.secrets.groups.front().total, shop);
        for (const ReportSecretRow &row : m.secrets.overdue)
            QCOMPARE(row.location, std::string("shop"));

        o = optionsAt();
        o.scope.sources = {"vault1"};
        const ReportModel v = gather(o);
        QCOMPARE(v.secrets.groups.size(), std::size_t(1));
        QCOMPARE(v.secrets.groups.front().store, std::string("vault"));
    }

    void drills()
    {
        const ReportModel m = gather(optionsAt());
        QCOMPARE(m.drills.drills.size(), std::size_t(2));
        const auto drill = [&](const ReportModel &model, const std::string &name) {
            return *std::find_if(model.drills.drills.begin(), model.drills.drills.end(),
                                 [&](const ReportDrill &d) { return d.name == name; });
        };
        const ReportDrill leak = drill(m, "Q-leak");
        QCOMPARE(leak.kind, std::string("tabletop"));
        QCOMPARE(leak.runs, 1);
        QCOMPARE(leak.lastCompletedAt, daysAgo(100));
        QCOMPARE(leak.nextDueAt, daysAgo(100) + 90 * kDay);
        QVERIFY(leak.overdue); // due 10 days ago
        const ReportDrill inc = drill(m, "INC-42");
        QCOMPARE(inc.kind, std::string("post-incident"));
        QCOMPARE(inc.openActions, 2);
        QCOMPARE(inc.overdueActions, 1);
        QCOMPARE(m.drills.postIncidentReviews.size(), std::size_t(1));
        const ReportPostIncidentReview &pir = m.drills.postIncidentReviews.front();
        QCOMPARE(pir.drill, std::string("INC-42"));
        QCOMPARE(pir.incident, std::string("registry token leaked"));
        QCOMPARE(pir.heldOn, daysAgo(45));
        QCOMPARE(pir.completedAt, daysAgo(40));
        QCOMPARE(pir.actions, 3);
        QCOMPARE(pir.actionsDone, 1);
        QCOMPARE(pir.actionsOverdue, 1);
        QCOMPARE(pir.controls, (std::vector<std::string>{"SEC-3", "SUP-4"}));

        // 30 days ago: the first action was done that day, the second not yet due.
        const ReportModel past = gather(optionsAt(dateOf(daysAgo(30))));
        const ReportDrill leakThen = drill(past, "Q-leak");
        QVERIFY(!leakThen.overdue);
        QCOMPARE(past.drills.postIncidentReviews.front().actionsDone, 1);
        QCOMPARE(past.drills.postIncidentReviews.front().actionsOverdue, 0);
        QCOMPARE(drill(past, "INC-42").openActions, 2);
    }

    void drillsBeforeTheyRan()
    {
        // Past the first snapshot but before the tabletop's run and the incident drill's creation.
        const ReportModel m = gather(optionsAt(dateOf(daysAgo(150))));
        QCOMPARE(m.drills.drills.size(), std::size_t(1));
        QCOMPARE(m.drills.drills.front().runs, 0);
        QCOMPARE(m.drills.drills.front().lastCompletedAt, std::int64_t(0));
        QVERIFY(m.drills.postIncidentReviews.empty());
    }

    void coverage()
    {
        const ReportModel m = gather(optionsAt());
        const ReportCoverageRow *hub = coverageRow(m, "registry", "hub");
        QVERIFY(hub);
        QCOMPARE(hub->status, std::string("complete"));
        QCOMPARE(hub->items, std::int64_t(3));
        QCOMPARE(hub->lastSuccessAt, daysAgo(2));
        QCOMPARE(hub->gaps, std::string());
        const ReportCoverageRow *prod = coverageRow(m, "cluster", "prod");
        QVERIFY(prod);
        QCOMPARE(prod->status, std::string("partial"));
        QVERIFY2(prod->gaps.find("secrets forbidden") != std::string::npos, prod->gaps.c_str());
        QVERIFY2(prod->gaps.find("cannot list secrets") != std::string::npos, prod->gaps.c_str());
        QVERIFY2(prod->gaps.find("pods") == std::string::npos, prod->gaps.c_str());
        const ReportCoverageRow *stage = coverageRow(m, "cluster", "stage");
        QVERIFY(stage);
        QCOMPARE(stage->status, std::string("never collected"));
        const ReportCoverageRow *vault = coverageRow(m, "vault", "vault1");
        QVERIFY(vault);
        QCOMPARE(vault->status, std::string("failed"));
        QCOMPARE(vault->lastSuccessAt, daysAgo(60));
        QVERIFY2(vault->gaps.find("the newest collection failed: permission denied at secret/") != std::string::npos,
                 vault->gaps.c_str());
        const int staleDays = loadEvidenceSettings().scanMaxAgeDays;
        const ReportCoverageRow *old = coverageRow(m, "registry", "old");
        QVERIFY(old);
        QCOMPARE(old->status, std::string(45 > staleDays ? "stale" : "complete"));
        if (45 > staleDays)
            QVERIFY2(old->gaps.find("no successful collection for 45 days") != std::string::npos, old->gaps.c_str());
        const ReportCoverageRow *inventory = coverageRow(m, "inventory", "inv");
        QVERIFY(inventory);
        QCOMPARE(inventory->items, std::int64_t(1));
        const ReportCoverageRow *trivy = coverageRow(m, "scanner", "trivy");
        QVERIFY(trivy);
        QCOMPARE(trivy->lastSuccessAt, daysAgo(40));
        QCOMPARE(trivy->status, std::string(40 > staleDays ? "stale" : "imported"));
        const ReportCoverageRow *grype = coverageRow(m, "scanner", "grype");
        QVERIFY(grype);
        QCOMPARE(grype->status, std::string("imported"));
        QCOMPARE(grype->items, std::int64_t(1));
        QCOMPARE(m.coverage.size(), std::size_t(8));
    }

    void sources()
    {
        const ReportModel m = gather(optionsAt());
        std::map<std::string, ReportSourceRow> byName;
        for (const ReportSourceRow &r : m.sources)
            byName[r.name] = r;
        QCOMPARE(byName.size(), std::size_t(8));
        QCOMPARE(byName["hub"].location, std::string("https://hub.example"));
        QCOMPARE(byName["hub"].runs, std::int64_t(1));
        QCOMPARE(byName["vault1"].runs, std::int64_t(2));
        QCOMPARE(byName["vault1"].lastStatus, std::string("failed"));
        QCOMPARE(byName["stage"].runs, std::int64_t(0));
        QCOMPARE(byName["trivy"].kind, std::string("scanner"));
        QCOMPARE(byName["trivy"].runs, std::int64_t(2));
        QCOMPARE(byName["trivy"].lastRunAt, daysAgo(40));
        QCOMPARE(byName["grype"].runs, std::int64_t(1));
    }

    void coverageAndSourcesScope()
    {
        ReportOptions o = optionsAt();
        o.scope.registries = {"HUB.example"}; // by host, in any letter case
        o.scope.sources = {"Trivy"};          // a scanner tool, in any letter case
        const ReportModel m = gather(o);
        std::set<std::string> coverage, sources;
        for (const ReportCoverageRow &r : m.coverage)
            coverage.insert(r.name);
        for (const ReportSourceRow &r : m.sources)
            sources.insert(r.name);
        QCOMPARE(coverage, (std::set<std::string>{"hub", "trivy"}));
        QCOMPARE(sources, coverage);
        // The sources name no secret origin: no secrets.
        QVERIFY(m.secrets.groups.empty());

        // Registries alone do not narrow secrets (they hold none), nor RBAC.
        o = optionsAt();
        o.scope.registries = {"hub"};
        const ReportModel r = gather(o);
        std::set<std::pair<SecretStoreKind, std::string>> origins;
        for (const PlannedSecret &s : kSecrets)
            origins.insert({s.store, s.origin});
        QCOMPARE(r.secrets.groups.size(), origins.size());
        QCOMPARE(r.rbac.clusters.size(), std::size_t(2));
        QCOMPARE(r.coverage.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestReportGather)
#include "tst_reportgather.moc"
