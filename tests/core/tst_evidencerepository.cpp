// The automatic evidence of the controls (EvidenceRepository::gather) on real stores written through
// the real writers: findings through ImportWriter (and a triage decision), registry images through
// ImageRepository with their collection runs, workloads, namespaces, coverage and agents through
// WorkloadRepository, RBAC through RbacRepository (with reviews), secrets through SecretRepository.
// Every expected number is computed here from the plan the test wrote, never read from the store.
// Also: an empty store leaves every control not assessed, a failed resource list makes its
// controls not assessed for that cluster and says so, and loadEvidenceSettings reads QSettings.
#include "controls/evidencesettings.h"
#include "kube/workloadcheck.h"
#include "model/parsedreport.h"
#include "rbac/bindingreview.h"
#include "secrets/secretrecord.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/evidencerepository.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/rbacrepository.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/triagerepository.h"
#include "store/workloadrepository.h"
#include "testsupport.h"
#include "util/timestamps.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <map>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'800'000'000;
constexpr int kImages = 24;    // registry images of the live run (some left out of it, below)
constexpr int kWorkloads = 12; // workloads of cluster prod

// Every control of DESIGN.md's table with automatic evidence here (INC-2/INC-3 are the drills').
const std::vector<std::string> kControls{"BLD-1", "BLD-2", "BLD-3", "BLD-4", "BLD-5", "BLD-6", "RUN-1", "RUN-2", "RUN-3",
                                         "RUN-4", "RUN-5", "RUN-6", "SEC-1", "SEC-2", "SEC-3", "SEC-4", "SEC-5", "IAM-1",
                                         "IAM-2", "IAM-3", "IAM-4", "SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "INC-1"};

std::string hexDigest(int n)
{
    char buf[80];
    std::snprintf(buf, sizeof buf, "sha256:%064x", n);
    return buf;
}

// ---- the registry plan ----------------------------------------------------------------------

struct PlannedImage {
    int i = 0;
    std::string repository, digest, configDigest; // configDigest "" = config unread
    std::string user;
    int signature = 0;
    bool sbom = false;
    std::int64_t sbomCreated = 0;
    std::int64_t size = 0;
    int layers = 0;
    std::vector<std::string> tags;
    bool live = false; // seen by the newest good run
};

PlannedImage planImage(int i)
{
    PlannedImage p;
    p.i = i;
    p.repository = "team/app" + std::to_string(i % 5);
    p.digest = hexDigest(i);
    p.configDigest = i % 7 == 6 ? std::string() : hexDigest(1'000'000 + i);
    static const char *users[] = {"", "0:0", "app", "1000"};
    p.user = users[i % 4];
    p.signature = i % 4; // SignatureState: 0 unsigned, 1 signed-not-verified, 2 verified, 3 invalid
    p.sbom = i % 3 != 0;
    p.sbomCreated = i % 3 == 1 ? kNow - 200 * kDay : kNow - 5 * kDay;
    p.size = i % 5 == 0 ? (2LL << 30) : (100LL << 20);
    p.layers = i % 6 == 0 ? 40 : 5;
    if (i % 2 == 0)
        p.tags.push_back("1." + std::to_string(i));
    if (i % 3 == 0)
        p.tags.push_back("latest");
    return p;
}

CollectedImage collected(const PlannedImage &p)
{
    CollectedImage im;
    im.repository = p.repository;
    im.digest = p.digest;
    im.configDigest = p.configDigest;
    im.user = p.user;
    im.mediaType = "application/vnd.oci.image.manifest.v1+json";
    im.sizeBytes = p.size;
    im.layers = p.layers;
    im.signatureState = p.signature;
    if (p.sbom) {
        im.sbomFormat = "spdx";
        im.sbomDigest = hexDigest(2'000'000 + p.i);
        im.sbomCreated = p.sbomCreated;
    }
    return im;
}

// The label the evidence gives an image: the smallest tag, else the short digest.
std::string labelOf(const PlannedImage &p)
{
    if (p.tags.empty())
        return p.repository + "@" + p.digest.substr(0, 19);
    return p.repository + ":" + *std::min_element(p.tags.begin(), p.tags.end());
}

bool runsAsRoot(const std::string &user)
{
    return user.empty() || user == "0" || user == "root" || user.rfind("0:", 0) == 0 || user.rfind("root:", 0) == 0;
}

// ---- findings -------------------------------------------------------------------------------

struct PlannedFinding {
    std::string rule;
    FindingKind kind = FindingKind::Vulnerability;
    Severity severity = Severity::Unknown;
    std::string fixed;
};

// One report on one asset with complete scopes of the kinds it holds, written by ImportWriter.
void importReport(Database &db, const std::string &tool, const AssetRef &asset,
                  const std::vector<PlannedFinding> &findings, std::int64_t scannedAt,
                  const std::vector<FindingKind> &scopes)
{
    static int serial = 0;
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = tool;
    r.scannedAt = scannedAt;
    const auto a = r.addAsset(asset);
    for (FindingKind k : scopes)
        r.addScope(a, k);
    for (const PlannedFinding &f : findings) {
        ParsedFinding pf;
        pf.asset = a;
        pf.kind = f.kind;
        pf.ruleKey = f.rule;
        pf.severity = f.severity;
        pf.package = f.kind == FindingKind::Vulnerability ? "openssl" : "";
        pf.installedVersion = f.kind == FindingKind::Vulnerability ? "1.0" : "";
        pf.fixedVersion = f.fixed;
        r.findings.push_back(pf);
    }
    computeFingerprints(r);
    ParsedFile file;
    file.path = "report-" + std::to_string(++serial) + ".json";
    file.contentHash = file.path;
    file.report = std::move(r);
    ImportWriter(db).write(file, scannedAt);
}

AssetRef imageAsset(const std::string &digest)
{
    AssetRef a;
    a.kind = AssetKind::Image;
    a.identity = a.digest = digest;
    a.name = "img@" + digest.substr(digest.size() - 12);
    return a;
}

// What the test expects of each finding it wrote, keyed by asset identity and rule.
struct FindingState {
    std::string control, asset;
    Severity severity = Severity::Unknown;
    std::string fixed;
    std::int64_t firstSeen = 0;
    bool open = true;
};

// ---- clusters -------------------------------------------------------------------------------

std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    return SourceRepository(db).add(c, 1);
}

std::int64_t addRegistry(Database &db, const std::string &name)
{
    RegistrySourceConfig c;
    c.name = name;
    c.url = "https://" + name + ".example";
    return SourceRepository(db).add(c, 1);
}

std::int64_t startRun(Database &db, std::int64_t source, std::int64_t at)
{
    return CollectionRunRepository(db).start(source, at);
}

void finishRun(Database &db, std::int64_t run, std::int64_t source, std::int64_t at, const std::string &status)
{
    CollectionRunRow row;
    row.id = run;
    row.sourceId = source;
    row.startedAt = at;
    row.finishedAt = at + 60;
    row.status = status;
    CollectionRunRepository(db).finish(row);
}

// A workload of cluster prod: which checks fail follows from its number alone.
struct PlannedWorkload {
    int j = 0;
    std::string nameSpace, name, serviceAccount, digest;
    std::set<std::string> failing;
};

PlannedWorkload planWorkload(int j)
{
    namespace wc = workloadcheck;
    PlannedWorkload p;
    p.j = j;
    p.nameSpace = "ns" + std::to_string(j % 2);
    p.name = "web-" + std::to_string(j);
    p.serviceAccount = "sa" + std::to_string(j % 3);
    p.digest = hexDigest(j); // registry image j (j = 7 is not in the live run)
    if (j % 4 == 0)
        p.failing.insert(wc::kPrivileged);
    if (j % 4 == 1)
        p.failing.insert(wc::kCapabilitiesNotDropped);
    if (j % 3 == 0)
        p.failing.insert(wc::kWritableRootFs);
    if (j % 5 == 0)
        p.failing.insert(wc::kNoSeccomp);
    if (j % 2 == 0)
        p.failing.insert(wc::kRunAsRoot);
    if (j % 6 == 1)
        p.failing.insert(wc::kSecretEnvRef);
    if (j % 3 == 1)
        p.failing.insert(wc::kAutomountToken);
    if (j % 5 == 2)
        p.failing.insert(wc::kImageUnsigned);
    return p;
}

KubeWorkload kubeWorkload(const PlannedWorkload &p)
{
    namespace wc = workloadcheck;
    KubeWorkload w;
    w.nameSpace = p.nameSpace;
    w.kind = "Deployment";
    w.name = p.name;
    w.uid = "uid-" + p.name;
    w.serviceAccount = p.serviceAccount;
    w.pods = 1;
    w.containers = 1;
    w.images = {"registry.example/" + p.name + ":1"};
    w.imageDigests = {p.digest};
    for (std::string_view id : workloadCheckIds()) {
        WorkloadCheckResult r;
        r.check = std::string(id);
        // No trusted-registry list and images unknown to the registry check: these do not apply.
        if (id == wc::kUntrustedRegistry)
            r.state = CheckState::NotApplicable;
        else if (id == wc::kImageUnsigned && !p.failing.count(wc::kImageUnsigned))
            r.state = p.j % 5 == 3 ? CheckState::Pass : CheckState::NotAssessed; // images the registry knows
        else
            r.state = p.failing.count(std::string(id)) ? CheckState::Fail : CheckState::Pass;
        r.severity = r.state == CheckState::Fail ? Severity::High : Severity::Info;
        w.checks.push_back(r);
    }
    return w;
}

NamespaceSegmentation ns(const std::string &name, int policies, bool ingress, bool egress)
{
    NamespaceSegmentation s;
    s.name = name;
    s.workloads = 1;
    s.networkPolicies = policies;
    s.defaultDenyIngress = ingress;
    s.defaultDenyEgress = egress;
    return s;
}

const std::vector<std::string> kWorkloadControls{"RUN-1", "RUN-2", "RUN-5", "IAM-3", "IAM-4",
                                                 "SEC-1", "SEC-5", "SUP-4", "BLD-3"};

RbacBindingRecord binding(const std::string &nameSpace, const std::string &name, std::vector<std::string> rules,
                          Severity worst, bool bootstrap = false)
{
    RbacBindingRecord b;
    b.clusterBinding = nameSpace.empty();
    b.nameSpace = nameSpace;
    b.name = name;
    b.uid = "uid-" + name;
    b.roleRef = {nameSpace.empty() ? "ClusterRole" : "Role", name + "-role"};
    b.subjects = {{SubjectKind::User, name + "-user", ""}};
    b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
    b.createdAt = 50;
    b.riskRules = std::move(rules);
    b.worst = worst;
    b.bootstrap = bootstrap;
    return b;
}

RbacSubjectRecord subject(SubjectKind kind, const std::string &nameSpace, const std::string &name,
                          std::vector<std::string> rules, bool bootstrapOnly = false)
{
    RbacSubjectRecord s;
    s.subject = {kind, name, nameSpace};
    s.bindings = 1;
    s.riskRules = std::move(rules);
    s.worst = s.riskRules.empty() ? Severity::Unknown : Severity::High;
    s.bootstrapOnly = bootstrapOnly;
    return s;
}

SecretRecord secret(SecretStoreKind store, const std::string &origin, const std::string &location,
                    const std::string &name, const std::string &type, std::int64_t lastChange)
{
    SecretRecord s;
    s.store = store;
    s.origin = origin;
    s.location = location;
    s.name = name;
    s.type = type;
    s.lastChangeAt = lastChange;
    s.createdAt = lastChange;
    return s;
}

SecretSourceWrite secretWrite(SecretStoreKind store, const std::string &origin, std::int64_t sourceId,
                              std::vector<SecretRecord> secrets)
{
    SecretSourceWrite w;
    w.store = store;
    w.origin = origin;
    w.sourceId = sourceId;
    w.now = kNow;
    w.complete = true;
    w.secrets = std::move(secrets);
    return w;
}

const EvidenceMeasure *find(const std::vector<EvidenceMeasure> &all, const std::string &control, const std::string &id)
{
    for (const EvidenceMeasure &m : all) {
        if (m.control == control && m.id == id)
            return &m;
    }
    return nullptr;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestEvidenceRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::string freshPath() { return (m_dir.path() + "/e" + QString::number(++m_n) + ".db").toStdString(); }

    // The full store's plan, kept for the expectations.
    std::vector<PlannedImage> m_images;
    std::vector<PlannedWorkload> m_prod;
    std::vector<std::string> m_stageDigests;
    std::map<std::string, std::int64_t> m_newestScan; // asset digest -> newest vulnerability scan
    std::map<std::string, FindingState> m_findings;   // asset identity + "|" + rule
    std::map<std::string, std::int64_t> m_toolNewest; // scanner -> newest report
    std::string m_path;
    std::vector<EvidenceMeasure> m_measures;

    // One complete scan by `tool`; the model resolves what the same tool no longer reports.
    void scan(Database &db, const std::string &tool, const AssetRef &asset, const std::vector<PlannedFinding> &findings,
              std::int64_t at, const std::map<std::string, std::string> &controls)
    {
        std::vector<FindingKind> scopes;
        for (const PlannedFinding &f : findings) {
            if (std::find(scopes.begin(), scopes.end(), f.kind) == scopes.end())
                scopes.push_back(f.kind);
        }
        if (scopes.empty())
            scopes.push_back(FindingKind::Vulnerability);
        importReport(db, tool, asset, findings, at, scopes);
        m_toolNewest[tool] = std::max(m_toolNewest[tool], at);
        if (std::find(scopes.begin(), scopes.end(), FindingKind::Vulnerability) != scopes.end())
            m_newestScan[asset.identity] = std::max(m_newestScan[asset.identity], at);
        // A complete scan resolves what it no longer reports (of its kinds, on its asset).
        for (auto &[key, state] : m_findings) {
            if (state.asset != asset.identity)
                continue;
            const std::string rule = key.substr(key.find('|') + 1);
            const bool again = std::any_of(findings.begin(), findings.end(),
                                           [&](const PlannedFinding &f) { return f.rule == rule; });
            if (!again)
                state.open = false;
        }
        for (const PlannedFinding &f : findings) {
            FindingState &state = m_findings[asset.identity + "|" + f.rule];
            if (state.firstSeen == 0) {
                state.firstSeen = at;
                state.asset = asset.identity;
                state.control = controls.at(f.rule);
                state.severity = f.severity;
                state.fixed = f.fixed;
            }
        }
    }

    void buildFullStore()
    {
        m_path = freshPath();
        Database db = Database::open(m_path);
        namespace wc = workloadcheck;

        // Registry "hub": a complete run ten days ago saw every image (and four more); a partial run
        // yesterday saw all but every eighth. Registry "old": its only run failed.
        const std::int64_t hub = addRegistry(db, "hub");
        const std::int64_t run1 = startRun(db, hub, kNow - 10 * kDay);
        std::vector<CollectedImage> first;
        std::vector<CollectedTag> firstTags;
        for (int i = 0; i < kImages + 4; ++i) {
            PlannedImage p = planImage(i);
            first.push_back(collected(p));
            for (const std::string &t : p.tags)
                firstTags.push_back({p.repository, t, p.digest});
            p.live = i < kImages && i % 8 != 7;
            m_images.push_back(p);
        }
        ImageRepository(db).writeCollection(hub, run1, first, firstTags, true, kNow - 10 * kDay);
        finishRun(db, run1, hub, kNow - 10 * kDay, "complete");
        const std::int64_t run2 = startRun(db, hub, kNow - kDay);
        std::vector<CollectedImage> second;
        std::vector<CollectedTag> secondTags;
        for (const PlannedImage &p : m_images) {
            if (!p.live)
                continue;
            second.push_back(collected(p));
            for (const std::string &t : p.tags)
                secondTags.push_back({p.repository, t, p.digest});
        }
        ImageRepository(db).writeCollection(hub, run2, second, secondTags, false, kNow - kDay);
        finishRun(db, run2, hub, kNow - kDay, "partial");

        const std::int64_t old = addRegistry(db, "old");
        const std::int64_t oldRun = startRun(db, old, kNow - 2 * kDay);
        ImageRepository(db).writeCollection(old, oldRun, {collected(planImage(900))}, {}, false, kNow - 2 * kDay);
        finishRun(db, oldRun, old, kNow - 2 * kDay, "failed");

        // Vulnerability scans: by Trivy, fresh, for i % 5 == 1; by Grype two months ago for
        // i % 5 == 2 (i = 2 rescanned by Grype yesterday, one finding left); by Clair 45 days ago,
        // by config digest, for i % 5 == 3.
        const std::map<std::string, std::string> controls{
            {"CVE-1", "BLD-2"}, {"CVE-2", "BLD-2"}, {"CVE-3", "BLD-2"},       {"CVE-4", "BLD-2"},
            {"KSV001", "RUN-1"}, {"KSV014", "RUN-2"}, {"aws-access-key-id", "SEC-1"},
        };
        const PlannedFinding cve1{"CVE-1", FindingKind::Vulnerability, Severity::Critical, "1.1"};
        const PlannedFinding cve2{"CVE-2", FindingKind::Vulnerability, Severity::High, "2.0"};
        const PlannedFinding cve3{"CVE-3", FindingKind::Vulnerability, Severity::Low, ""};
        const PlannedFinding cve4{"CVE-4", FindingKind::Vulnerability, Severity::Medium, "3.0"};
        for (const PlannedImage &p : m_images) {
            if (p.i % 5 == 1)
                scan(db, "Trivy", imageAsset(p.digest), {cve1, cve3}, kNow - 2 * kDay, controls);
            else if (p.i % 5 == 2)
                scan(db, "Grype", imageAsset(p.digest), {cve1, cve2, cve4}, kNow - 60 * kDay, controls);
            else if (p.i % 5 == 3 && !p.configDigest.empty())
                scan(db, "Clair", imageAsset(p.configDigest), {cve2}, kNow - 45 * kDay, controls);
        }
        scan(db, "Grype", imageAsset(m_images[2].digest), {cve4}, kNow - kDay, controls);

        // Cluster checks imported from a scanner, one decided a false positive; a secret finding.
        AssetRef deploy;
        deploy.kind = AssetKind::KubernetesResource;
        deploy.identity = "prod/shop/Deployment/web";
        deploy.name = "deploy/web";
        // Bulkhead's own cluster checks: no pipeline scanner (SUP-1 leaves them out).
        scan(db, "bulkhead-cluster", deploy,
             {{"KSV001", FindingKind::Misconfiguration, Severity::High, ""},
              {"KSV014", FindingKind::Misconfiguration, Severity::Medium, ""},
              {"aws-access-key-id", FindingKind::Secret, Severity::Critical, ""}},
             kNow - 5 * kDay, controls);
        {
            SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.key = 'KSV001'");
            QVERIFY(st.step());
            TriageChange fp{FindingStatus::FalsePositive, "not reachable", 0, {}, {}, "lead", kNow - kDay};
            QCOMPARE(TriageRepository(db).apply({st.int64(0)}, fp), std::int64_t(1));
            m_findings["prod/shop/Deployment/web|KSV001"].open = false;
        }

        // Cluster prod: complete run, everything listed (CronJobs "absent": no gap).
        const std::int64_t prod = addCluster(db, "prod");
        const std::int64_t prodRun = startRun(db, prod, kNow - kDay);
        ClusterCollectionWrite pw;
        pw.sourceId = prod;
        pw.runId = prodRun;
        pw.now = kNow - kDay;
        pw.cluster = "prod";
        pw.workloadsComplete = pw.namespacesComplete = true;
        for (int j = 0; j < kWorkloads; ++j) {
            m_prod.push_back(planWorkload(j));
            pw.workloads.push_back(kubeWorkload(m_prod.back()));
        }
        pw.namespaces = {ns("ns0", 2, true, true), ns("ns1", 0, false, false), ns("ns2", 1, true, false)};
        pw.coverage = {{"pods", "complete", kWorkloads, "", kWorkloadControls},
                       {"secrets", "complete", 3, "", {"SEC-3", "SEC-4"}},
                       {"cronjobs.batch", "absent", 0, "the API server does not serve it", kWorkloadControls}};
        pw.evidence = {{"RUN-4", "Falco", "DaemonSet falco/falco"}, {"RUN-6", "fluent-bit", "DaemonSet logging/fluent-bit"}};
        WorkloadRepository(db).writeCollection(pw);
        finishRun(db, prodRun, prod, kNow - kDay, "complete");

        // Cluster stage: pods and secrets forbidden, NetworkPolicies not collected.
        const std::int64_t stage = addCluster(db, "stage");
        const std::int64_t stageRun = startRun(db, stage, kNow - kDay);
        ClusterCollectionWrite sw;
        sw.sourceId = stage;
        sw.runId = stageRun;
        sw.now = kNow - kDay;
        sw.cluster = "stage";
        sw.namespacesComplete = true;
        sw.networkPoliciesCollected = false;
        for (int k = 0; k < 2; ++k) {
            PlannedWorkload p;
            p.nameSpace = "apps";
            p.name = "job-" + std::to_string(k);
            p.serviceAccount = "runner";
            p.digest = hexDigest(5000 + k);
            p.failing = {wc::kPrivileged};
            m_stageDigests.push_back(p.digest);
            sw.workloads.push_back(kubeWorkload(p));
        }
        sw.namespaces = {ns("apps", 0, false, false)};
        sw.coverage = {{"pods", "forbidden", 0, "pods is forbidden", kWorkloadControls},
                       {"secrets", "forbidden", 0, "secrets is forbidden", {"SEC-3", "SEC-4"}}};
        WorkloadRepository(db).writeCollection(sw);
        finishRun(db, stageRun, stage, kNow - kDay, "partial");
        scan(db, "Trivy", imageAsset(m_stageDigests[1]), {cve3}, kNow - 3 * kDay, controls);

        // Cluster gone: its only run failed.
        const std::int64_t gone = addCluster(db, "gone");
        finishRun(db, startRun(db, gone, kNow - kDay), gone, kNow - kDay, "failed");

        // RBAC of prod: two risky bindings, two without risk, one bootstrap binding; reviews.
        RbacAnalysisWrite rw;
        rw.sourceId = prod;
        rw.cluster = "prod";
        rw.now = kNow - kDay;
        rw.bindings = {binding("", "admins", {"rbac-cluster-admin"}, Severity::Critical),
                       binding("shop", "deployer", {"rbac-secrets-read"}, Severity::High),
                       binding("shop", "viewer", {}, Severity::Unknown),
                       binding("shop", "reader", {}, Severity::Unknown),
                       binding("", "system:basic-user", {"rbac-wildcard"}, Severity::High, true)};
        rw.subjects = {subject(SubjectKind::ServiceAccount, "shop", "deployer-sa", {"rbac-secrets-read"}),
                       subject(SubjectKind::User, "", "alice", {"rbac-cluster-admin", "rbac-secrets-read"}),
                       subject(SubjectKind::User, "", "bob", {}),
                       subject(SubjectKind::Group, "", "system:masters", {"rbac-secrets-read"}, true)};
        RbacRepository rbac(db);
        rbac.writeAnalysis(rw);
        auto bindingId = [&](const std::string &spec) {
            std::string error;
            const auto id = rbac.findBinding("prod", spec, &error);
            return id ? *id : 0;
        };
        // deployer (high risk, 30 days) and reader reviewed 10 days ago; viewer 100 days ago (due).
        QCOMPARE(rbac.recordReviews({bindingId("RoleBinding/shop/deployer"), bindingId("RoleBinding/shop/reader")},
                                    ReviewDecision::Keep, "lead", "", kNow - 10 * kDay),
                 2);
        QCOMPARE(rbac.recordReviews({bindingId("RoleBinding/shop/viewer")}, ReviewDecision::Keep, "lead", "",
                                    kNow - 100 * kDay),
                 1);

        // Secrets: prod's (one legacy token, one of unknown age), an inventory, stage's (not listed).
        SecretRepository secrets(db);
        const std::string token = "kubernetes.io/service-account-token";
        secrets.write(secretWrite(SecretStoreKind::Kubernetes, "prod", prod,
                                  {secret(SecretStoreKind::Kubernetes, "prod", "shop", "db", "Opaque", kNow - 200 * kDay),
                                   secret(SecretStoreKind::Kubernetes, "prod", "shop", "api-token", token, kNow - 10 * kDay),
                                   secret(SecretStoreKind::Kubernetes, "prod", "shop", "tls", "Opaque", 0)}));
        secrets.write(secretWrite(SecretStoreKind::Inventory, "inv", 0,
                                  {secret(SecretStoreKind::Inventory, "inv", "aws", "payments", "", kNow - 50 * kDay),
                                   secret(SecretStoreKind::Inventory, "inv", "aws", "legacy", "", kNow - 400 * kDay)}));
        secrets.write(secretWrite(SecretStoreKind::Kubernetes, "stage", stage,
                                  {secret(SecretStoreKind::Kubernetes, "stage", "apps", "old", token, kNow - 900 * kDay)}));
        // Every secret evaluated at 90 days from its last change (none when unknown).
        std::vector<SecretEvaluation> evaluations;
        secrets.forEach("", "", [&](std::int64_t id, const SecretRecord &s) {
            SecretEvaluation e;
            e.id = id;
            e.policyDays = 90;
            e.reason = "default";
            if (s.lastChangeAt > 0)
                e.dueAt = s.lastChangeAt + 90 * kDay;
            evaluations.push_back(e);
        });
        secrets.setEvaluations(evaluations);

        m_measures = EvidenceRepository(db).gather(EvidenceSettings{}, kNow);
    }

    const EvidenceMeasure &measure(const std::string &control, const std::string &id)
    {
        const EvidenceMeasure *m = find(m_measures, control, id);
        if (!m)
            qFatal("no measure %s %s", control.c_str(), id.c_str());
        return *m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_evidencerepository"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        buildFullStore();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void emptyStoreAssessesNothing()
    {
        Database db = Database::open(freshPath());
        const std::vector<EvidenceMeasure> all = EvidenceRepository(db).gather(EvidenceSettings{}, kNow);
        std::set<std::string> seen;
        for (const EvidenceMeasure &m : all) {
            QVERIFY2(!m.assessed, (m.control + " " + m.id).c_str());
            QVERIFY2(!m.notAssessedReason.empty(), (m.control + " " + m.id).c_str());
            QVERIFY(m.control != "INC-2" && m.control != "INC-3");
            seen.insert(m.control);
        }
        for (const std::string &control : kControls)
            QVERIFY2(seen.count(control), control.c_str());
        QCOMPARE(measure_in(all, "BLD-3", "images-signed").notAssessedReason, std::string("no registry collected"));
        QCOMPARE(measure_in(all, "RUN-1", "workloads-least-privilege").notAssessedReason,
                 std::string("no cluster collected"));
        QCOMPARE(measure_in(all, "BLD-2", "images-scanned").notAssessedReason,
                 std::string("no registry or cluster collected"));
        QCOMPARE(measure_in(all, "SUP-1", "scan-recency").notAssessedReason, std::string("no scanner report imported"));
        // Grouped by control in catalog order.
        for (std::size_t i = 1; i < all.size(); ++i) {
            const auto rank = [](const std::string &c) {
                return std::find(kControls.begin(), kControls.end(), c) - kControls.begin();
            };
            QVERIFY(rank(all[i - 1].control) <= rank(all[i].control));
        }
    }

    void openFindingsByControl()
    {
        std::map<std::string, std::pair<std::int64_t, std::int64_t>> counts; // control -> all, open
        std::map<std::string, Severity> worst;
        for (const auto &[key, f] : m_findings) {
            ++counts[f.control].first;
            if (f.open) {
                ++counts[f.control].second;
                worst[f.control] = std::max(worst[f.control], f.severity);
            }
        }
        QCOMPARE(counts.size(), std::size_t(4));
        for (const auto &[control, n] : counts) {
            const EvidenceMeasure &m = measure(control, "open-findings");
            QVERIFY(m.assessed);
            QVERIFY(m.severityBased);
            QCOMPARE(m.checked, n.first);
            QCOMPARE(m.failing, n.second);
            QCOMPARE(int(m.worst), int(worst.count(control) ? worst[control] : Severity::Unknown));
            QCOMPARE(m.link.page, std::string("findings"));
            QCOMPARE(m.link.filter, "control=" + control + "&status=open");
            QCOMPARE(m.examples.size(), std::size_t(std::min<std::int64_t>(5, n.second)));
        }
        // RUN-1's only finding was decided a false positive: nothing open.
        QCOMPARE(measure("RUN-1", "open-findings").failing, std::int64_t(0));
        // Worst first: BLD-2's first example is a critical one.
        QVERIFY(measure("BLD-2", "open-findings").examples.front().rfind("CVE-1 on ", 0) == 0);
        QCOMPARE(measure("SEC-1", "open-findings").examples.front(), std::string("aws-access-key-id on deploy/web"));
        // No finding maps to BLD-3: no findings measure there.
        QVERIFY(!find(m_measures, "BLD-3", "open-findings"));
    }

    void fixAvailablePastSla()
    {
        const SlaPolicy sla;
        std::int64_t withFix = 0, overdue = 0;
        Severity worst = Severity::Unknown;
        for (const auto &[key, f] : m_findings) {
            if (!f.open || f.fixed.empty())
                continue;
            ++withFix;
            if (sla.isOverdue(f.severity, f.firstSeen, kNow)) {
                ++overdue;
                worst = std::max(worst, f.severity);
            }
        }
        const EvidenceMeasure &m = measure("SUP-5", "fix-past-sla");
        QVERIFY(m.assessed);
        QVERIFY(overdue > 0 && overdue < withFix);
        QCOMPARE(m.checked, withFix);
        QCOMPARE(m.failing, overdue);
        QCOMPARE(int(m.worst), int(worst));
        QCOMPARE(m.examples.size(), std::size_t(std::min<std::int64_t>(5, overdue)));
        QVERIFY(contains(m.examples.front(), "(fixed in "));
    }

    void scanRecency()
    {
        std::int64_t scanners = 0, quiet = 0;
        for (const auto &[tool, at] : m_toolNewest) {
            if (tool.rfind("bulkhead-", 0) == 0)
                continue;
            ++scanners;
            quiet += at < kNow - 30 * kDay;
        }
        const EvidenceMeasure &m = measure("SUP-1", "scan-recency");
        QVERIFY(m.assessed);
        QCOMPARE(m.checked, scanners);
        QCOMPARE(m.failing, quiet);
        QCOMPARE(quiet, std::int64_t(1));
        QCOMPARE(m.examples, std::vector<std::string>{"Clair (newest report " + isoTimestamp(kNow - 45 * kDay).substr(0, 10) + ")"});
    }

    void registryImages()
    {
        std::int64_t live = 0, unverified = 0, noCurrentSbom = 0, noSbom = 0, withConfig = 0, root = 0, large = 0,
                     layered = 0, release = 0, releaseUnverified = 0;
        std::set<std::string> invalidLabels;
        for (const PlannedImage &p : m_images) {
            if (!p.live)
                continue;
            ++live;
            unverified += p.signature != 2;
            if (p.signature == 3)
                invalidLabels.insert(labelOf(p));
            noSbom += !p.sbom;
            noCurrentSbom += !p.sbom || p.sbomCreated < kNow - 90 * kDay;
            if (!p.configDigest.empty()) {
                ++withConfig;
                root += runsAsRoot(p.user);
            }
            large += p.size > (1LL << 30);
            layered += p.layers > 30;
            if (!p.tags.empty() && p.tags.front().rfind("1.", 0) == 0) {
                ++release;
                releaseUnverified += p.signature != 2;
            }
        }
        auto check = [&](const char *control, const char *id, std::int64_t checked, std::int64_t failing) {
            const EvidenceMeasure &m = measure(control, id);
            QVERIFY2(m.assessed, control);
            QCOMPARE(m.checked, checked);
            QCOMPARE(m.failing, failing);
            QCOMPARE(m.examples.size(), std::size_t(std::min<std::int64_t>(5, failing)));
        };
        check("BLD-3", "images-signed", live, unverified);
        check("SUP-2", "release-images-signed", release, releaseUnverified);
        check("BLD-4", "images-sbom-current", live, noCurrentSbom);
        check("SUP-3", "images-sbom", live, noSbom);
        check("BLD-5", "images-non-root", withConfig, root);
        check("BLD-1", "images-size", live, large);
        check("BLD-6", "images-layers", live, layered);
        // Invalid signatures come first among the examples.
        QVERIFY2(invalidLabels.count(measure("BLD-3", "images-signed").examples.front()),
                 measure("BLD-3", "images-signed").examples.front().c_str());
        QCOMPARE(measure("BLD-5", "images-non-root").link, (EvidenceLink{"images", "user=root"}));
        QCOMPARE(measure("SUP-3", "images-sbom").link, (EvidenceLink{"images", "sbom=missing"}));
        QVERIFY(measure("BLD-3", "images-signed").link.filter.rfind("signature=", 0) == 0);
        // hub's newest run was partial: said, since the images it missed are not counted.
        QVERIFY(contains(measure("BLD-5", "images-non-root").detail,
                         "The newest collection of registry hub was partial"));
    }

    void scanCoverage()
    {
        // Registry digests of the live run plus digests running in the collected clusters.
        std::map<std::string, std::string> population; // digest -> config digest ("" none)
        for (const PlannedImage &p : m_images) {
            if (p.live)
                population[p.digest] = p.configDigest;
        }
        std::int64_t runningOnly = 0;
        std::vector<std::string> running;
        for (const PlannedWorkload &w : m_prod)
            running.push_back(w.digest);
        running.insert(running.end(), m_stageDigests.begin(), m_stageDigests.end());
        for (const std::string &d : running) {
            if (!population.count(d)) {
                population[d] = "";
                ++runningOnly;
            }
        }
        auto recent = [&](const std::string &digest) {
            const auto it = m_newestScan.find(digest);
            return it != m_newestScan.end() && it->second >= kNow - 30 * kDay;
        };
        std::int64_t failing = 0;
        for (const auto &[digest, config] : population)
            failing += !(recent(digest) || (!config.empty() && recent(config)));
        const EvidenceMeasure &m = measure("BLD-2", "images-scanned");
        QVERIFY(m.assessed);
        QVERIFY(runningOnly >= 2); // image 7 (not in the live run) and stage's own
        QCOMPARE(m.checked, std::int64_t(population.size()));
        QCOMPARE(m.failing, failing);
        QVERIFY(contains(m.detail, std::to_string(runningOnly) + " more running in clusters"));
    }

    void workloadChecks()
    {
        namespace wc = workloadcheck;
        auto failingAny = [&](std::initializer_list<const char *> checks) {
            std::int64_t n = 0;
            for (const PlannedWorkload &w : m_prod) {
                bool f = false;
                for (const char *c : checks)
                    f = f || w.failing.count(c);
                n += f;
            }
            return n;
        };
        const std::int64_t all = kWorkloads; // prod only: stage's pods were not listed
        const auto check = [&](const char *control, const char *id, std::int64_t failing) {
            const EvidenceMeasure &m = measure(control, id);
            QVERIFY2(m.assessed, control);
            QCOMPARE(m.checked, all);
            QCOMPARE(m.failing, failing);
            QCOMPARE(m.link.page, std::string("workloads"));
            QVERIFY(m.link.filter.rfind("check=", 0) == 0);
        };
        check("RUN-1", "workloads-least-privilege",
              failingAny({wc::kPrivileged, wc::kPrivilegeEscalation, wc::kCapabilitiesNotDropped,
                          wc::kDangerousCapabilities, wc::kHostNamespaces, wc::kHostPath}));
        check("RUN-2", "workloads-read-only-root", failingAny({wc::kWritableRootFs}));
        check("RUN-5", "workloads-confined", failingAny({wc::kNoSeccomp, wc::kNoAppArmor}));
        check("IAM-3", "workloads-non-root", failingAny({wc::kRunAsRoot}));
        check("SEC-5", "workloads-secret-volumes", failingAny({wc::kSecretEnvRef}));
        check("SEC-1", "workloads-no-literal-secrets", 0);
        check("IAM-1", "workloads-service-account-tokens", failingAny({wc::kAutomountToken, wc::kDefaultServiceAccount}));
        QCOMPARE(measure("RUN-2", "workloads-read-only-root").link.filter, std::string("check=writable-root-fs"));
        // IAM-1's workload checks read the pods stage could not list: named, though IAM-1's own
        // coverage (RBAC lists) had no gap.
        const EvidenceMeasure &iam1Gap = measure("IAM-1", "workload-coverage");
        QVERIFY(!iam1Gap.assessed);
        QVERIFY(contains(iam1Gap.notAssessedReason, "pods were not listed in cluster stage"));
        QVERIFY(!find(m_measures, "RUN-2", "workload-coverage")); // its own coverage names it already

        // IAM-4 by service account (namespace + name) of prod.
        std::map<std::string, bool> accounts;
        for (const PlannedWorkload &w : m_prod) {
            bool &f = accounts[w.nameSpace + "/" + w.serviceAccount];
            f = f || w.failing.count(wc::kCapabilitiesNotDropped) || w.failing.count(wc::kDangerousCapabilities);
        }
        std::int64_t failingAccounts = 0;
        for (const auto &[name, f] : accounts)
            failingAccounts += f;
        const EvidenceMeasure &iam4 = measure("IAM-4", "service-accounts-capabilities");
        QCOMPARE(iam4.checked, std::int64_t(accounts.size()));
        QCOMPARE(iam4.failing, failingAccounts);

        // No trusted-registry list: SUP-4's check applied nowhere, which is said, not passed.
        const EvidenceMeasure &sup4 = measure("SUP-4", "workloads-trusted-registries");
        QVERIFY(!sup4.assessed);
        QVERIFY(contains(sup4.notAssessedReason, "trusted registry"));
        // Deploy-time BLD-3: the workloads whose images the registry knows (j % 5 is 2 or 3).
        std::int64_t known = 0;
        for (const PlannedWorkload &w : m_prod)
            known += w.j % 5 == 2 || w.j % 5 == 3;
        const EvidenceMeasure &bld3 = measure("BLD-3", "workloads-images-verified");
        QVERIFY(bld3.assessed);
        QCOMPARE(bld3.checked, known);
        QCOMPARE(bld3.failing, failingAny({wc::kImageUnsigned}));
        QCOMPARE(bld3.link, (EvidenceLink{"workloads", "check=image-unsigned"}));
    }

    void coverageGapsAreNamed()
    {
        // stage's pods were forbidden: every workload control carries a not-assessed coverage
        // measure naming it; gone (failed run) is not a collected cluster at all.
        for (const std::string &control : kWorkloadControls) {
            const EvidenceMeasure *m = find(m_measures, control, "cluster-coverage");
            QVERIFY2(m, control.c_str());
            QVERIFY(!m->assessed);
            QVERIFY2(contains(m->notAssessedReason, "pods were not listed in cluster stage (forbidden: pods is forbidden)"),
                     m->notAssessedReason.c_str());
        }
        for (const char *control : {"SEC-3", "SEC-4"}) {
            const EvidenceMeasure *m = find(m_measures, control, "cluster-coverage");
            QVERIFY2(m, control);
            QVERIFY(contains(m->notAssessedReason, "secrets were not listed in cluster stage"));
        }
        QVERIFY(!find(m_measures, "RUN-4", "cluster-coverage"));
        // A resource the API server does not serve (prod's CronJobs, "absent") is no gap.
        for (const EvidenceMeasure &m : m_measures) {
            QVERIFY(!contains(m.notAssessedReason, "gone") && !contains(m.detail, "gone"));
            QVERIFY2(!contains(m.notAssessedReason, "cronjobs"), m.notAssessedReason.c_str());
        }
    }

    void namespaces()
    {
        const EvidenceMeasure &m = measure("RUN-3", "namespaces-segmented");
        QVERIFY(m.assessed);
        QCOMPARE(m.checked, std::int64_t(3)); // prod's; stage's were not assessed
        QCOMPARE(m.failing, std::int64_t(2));  // ns1 (no policy), ns2 (no default-deny egress)
        QCOMPARE(m.examples.front(), std::string("prod/ns1 (no NetworkPolicy)"));
        const EvidenceMeasure &gap = measure("RUN-3", "namespace-policies-listed");
        QVERIFY(!gap.assessed);
        QCOMPARE(gap.notAssessedReason, std::string("NetworkPolicies were not listed in cluster stage"));
    }

    void agents()
    {
        // prod runs Falco and fluent-bit, stage nothing; gone is no collected cluster.
        for (const char *control : {"RUN-4", "RUN-6", "INC-1", "SEC-2"}) {
            const EvidenceMeasure *m = nullptr;
            for (const EvidenceMeasure &x : m_measures) {
                if (x.control == control && x.noun == "clusters" && x.id != "cluster-coverage")
                    m = &x;
            }
            QVERIFY2(m, control);
            QVERIFY(m->assessed);
            QCOMPARE(m->checked, std::int64_t(2));
            QCOMPARE(m->failing, std::int64_t(std::string(control) == "SEC-2" ? 2 : 1));
            QCOMPARE(m->examples.front(), std::string(std::string(control) == "SEC-2" ? "prod" : "stage"));
        }
        QVERIFY(contains(measure("RUN-4", "clusters-runtime-agent").detail, "Falco in prod"));
        QVERIFY(contains(measure("INC-1", "clusters-log-agent").detail, "fluent-bit in prod"));
    }

    void rbac()
    {
        // Four bindings besides the bootstrap one; admins and deployer risky.
        const EvidenceMeasure &iam1 = measure("IAM-1", "bindings-least-privilege");
        QVERIFY(iam1.assessed);
        QCOMPARE(iam1.checked, std::int64_t(4));
        QCOMPARE(iam1.failing, std::int64_t(2));
        QCOMPARE(iam1.examples.front(), std::string("prod: ClusterRoleBinding/admins (rbac-cluster-admin)"));
        QCOMPARE(iam1.link, (EvidenceLink{"rbac", "risk=rbac-cluster-admin"}));

        // Reviewed within the interval: deployer (10 days, high-risk 30) and reader (10 of 90);
        // viewer's review is 100 days old, admins was never reviewed.
        const EvidenceMeasure &iam2 = measure("IAM-2", "bindings-reviewed");
        QVERIFY(iam2.assessed);
        QCOMPARE(iam2.checked, std::int64_t(4));
        QCOMPARE(iam2.failing, std::int64_t(2));
        QCOMPARE(iam2.link, (EvidenceLink{"rbac", "review=overdue"}));
        QCOMPARE(iam2.examples.size(), std::size_t(2));
        QVERIFY(contains(iam2.detail, "1 never reviewed, 1 past their interval"));

        // Subjects able to read secrets, bootstrap-only ones aside: deployer-sa and alice of three.
        const EvidenceMeasure &sec4 = measure("SEC-4", "subjects-reading-secrets");
        QVERIFY(sec4.assessed);
        QCOMPARE(sec4.checked, std::int64_t(3));
        QCOMPARE(sec4.failing, std::int64_t(2));
        QCOMPARE(sec4.link, (EvidenceLink{"rbac", "risk=rbac-secrets-read"}));
    }

    void secrets()
    {
        // stage's secrets were not listed: only prod's three and the inventory's two count. Due at
        // last change + 90 days: db (200 days) and legacy (400) are overdue; tls has no due date.
        const EvidenceMeasure &rot = measure("SEC-3", "secrets-rotated");
        QVERIFY(rot.assessed);
        QCOMPARE(rot.checked, std::int64_t(5));
        QCOMPARE(rot.failing, std::int64_t(2));
        QCOMPARE(rot.link, (EvidenceLink{"secrets", "overdue=1"}));
        QCOMPARE(rot.examples.front(), std::string("inventory inv: aws/legacy"));
        QVERIFY(contains(rot.detail, "1 of them"));
        const EvidenceMeasure &tokens = measure("SEC-3", "no-legacy-tokens");
        QCOMPARE(tokens.checked, std::int64_t(3));
        QCOMPARE(tokens.failing, std::int64_t(1));
        QCOMPARE(tokens.examples.front(), std::string("kubernetes prod: shop/api-token"));
    }

    void wholeClusterGapIsTheReason()
    {
        // One cluster whose pods were forbidden: its workload measures are not assessed and say
        // why, with no second measure repeating it.
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "edge");
        const std::int64_t run = startRun(db, src, kNow - kDay);
        ClusterCollectionWrite w;
        w.sourceId = src;
        w.runId = run;
        w.now = kNow - kDay;
        w.cluster = "edge";
        w.coverage = {{"pods", "forbidden", 0, "no", kWorkloadControls},
                      {"networkpolicies.networking.k8s.io", "unauthorized", 0, "", {"RUN-3"}}};
        WorkloadRepository(db).writeCollection(w);
        finishRun(db, run, src, kNow - kDay, "partial");
        const std::vector<EvidenceMeasure> all = EvidenceRepository(db).gather(EvidenceSettings{}, kNow);
        const EvidenceMeasure *run1 = find(all, "RUN-1", "workloads-least-privilege");
        QVERIFY(run1 && !run1->assessed);
        QCOMPARE(run1->notAssessedReason, std::string("pods were not listed in cluster edge (forbidden: no)"));
        QVERIFY(!find(all, "RUN-1", "cluster-coverage"));
        const EvidenceMeasure *run3 = find(all, "RUN-3", "namespaces-segmented");
        QVERIFY(run3 && !run3->assessed);
        QCOMPARE(run3->notAssessedReason,
                 std::string("networkpolicies.networking.k8s.io were not listed in cluster edge (unauthorized)"));
        // The agents do not depend on pods: edge is a collected cluster without any.
        const EvidenceMeasure *run4 = find(all, "RUN-4", "clusters-runtime-agent");
        QVERIFY(run4 && run4->assessed);
        QCOMPARE(run4->failing, std::int64_t(1));
        // BLD-3's workload measure is secondary: the gap is still named.
        const EvidenceMeasure *bld3 = find(all, "BLD-3", "cluster-coverage");
        QVERIFY(bld3 && !bld3->assessed);
    }

    void settingsFromQSettings()
    {
        QSettings().clear();
        {
            const EvidenceSettings defaults = loadEvidenceSettings();
            QCOMPARE(defaults.scanMaxAgeDays, 30);
            QCOMPARE(defaults.sbomMaxAgeDays, 90);
            QVERIFY(defaults.sla == SlaPolicy{});
            QCOMPARE(defaults.review.intervalDays, 90);
        }
        {
            QSettings s;
            s.setValue("sla/highDays", 12);
            s.setValue("rbac/reviewIntervalDays", 60);
            s.setValue("controls/scanMaxAgeDays", 14);
            s.setValue("controls/sbomMaxAgeDays", "soon");
        }
        const EvidenceSettings read = loadEvidenceSettings();
        QCOMPARE(read.sla.daysFor(Severity::High), 12);
        QCOMPARE(read.sla.daysFor(Severity::Critical), 7);
        QCOMPARE(read.review.intervalDays, 60);
        QCOMPARE(read.scanMaxAgeDays, 14);
        QCOMPARE(read.sbomMaxAgeDays, 90);
        QSettings().clear();
    }

private:
    static const EvidenceMeasure &measure_in(const std::vector<EvidenceMeasure> &all, const std::string &control,
                                             const std::string &id)
    {
        const EvidenceMeasure *m = find(all, control, id);
        if (!m)
            qFatal("no measure %s %s", control.c_str(), id.c_str());
        return *m;
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRepository)
#include "tst_evidencerepository.moc"
