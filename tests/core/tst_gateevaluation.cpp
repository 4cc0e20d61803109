// The gate's evaluation (evaluateGate) on real stores written through the real writers: findings
// through ImportWriter with triage decisions through TriageRepository, registry images through
// ImageRepository with their collection runs, RBAC through RbacRepository, secrets through
// SecretRepository with their evaluations. Every expected count is computed here from the plan the
// test wrote, never read from the store; each rule kind has a failing and a passing case, and the
// scope narrows what is counted. Also GateRunRepository's append-only record.
#include "gate/gateevaluation.h"
#include "i18n/translationloader.h"
#include "model/parsedreport.h"
#include "rbac/bindingreview.h"
#include "secrets/secretrecord.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/evidencerepository.h"
#include "store/gaterunrepository.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/rbacrepository.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "store/triagerepository.h"
#include "testsupport.h"
#include "util/timestamps.h"

#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'800'000'000;

// ---- findings ---------------------------------------------------------------------------------

struct PlannedFinding {
    std::string rule;
    Severity severity = Severity::Unknown;
    std::string fixed;
    FindingStatus status = FindingStatus::Open; // the triage decision the test applies
};

struct PlannedAsset {
    AssetRef asset;
    std::string tool;
    std::int64_t scannedAt = 0;
    std::vector<PlannedFinding> findings;
};

AssetRef imageAsset(const std::string &repository, const std::string &tag, int n)
{
    char digest[80];
    std::snprintf(digest, sizeof digest, "sha256:%064x", 7000 + n);
    AssetRef a;
    a.kind = AssetKind::Image;
    a.identity = a.digest = digest;
    a.repository = repository;
    a.name = repository + ":" + tag;
    return a;
}

const std::vector<PlannedAsset> &plannedAssets()
{
    static const std::vector<PlannedAsset> assets{
        {imageAsset("ghcr.io/acme/api", "1", 1), "Trivy", kNow - 40 * kDay,
         {{"CVE-A1", Severity::Critical, "3.0.2"},
          {"CVE-A2", Severity::Critical, "", FindingStatus::RiskAccepted},
          {"CVE-A3", Severity::High, "1.2"},
          {"CVE-A4", Severity::High, "1.3", FindingStatus::Mitigated},
          {"CVE-A5", Severity::Medium, ""}}},
        {imageAsset("quay.io/x/web", "2", 2), "Grype", kNow - 2 * kDay,
         {{"CVE-B1", Severity::Critical, "9.9", FindingStatus::FalsePositive},
          {"CVE-B2", Severity::High, ""},
          {"CVE-B3", Severity::Low, "0.2", FindingStatus::Confirmed}}},
    };
    return assets;
}

void importAsset(Database &db, const PlannedAsset &p, int serial)
{
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = p.tool;
    r.scannedAt = p.scannedAt;
    const auto a = r.addAsset(p.asset);
    r.addScope(a, FindingKind::Vulnerability);
    for (const PlannedFinding &f : p.findings) {
        ParsedFinding pf;
        pf.asset = a;
        pf.kind = FindingKind::Vulnerability;
        pf.ruleKey = f.rule;
        pf.severity = f.severity;
        pf.package = "openssl";
        pf.installedVersion = "1.0";
        pf.fixedVersion = f.fixed;
        r.findings.push_back(pf);
    }
    computeFingerprints(r);
    ParsedFile file;
    file.path = "report-" + std::to_string(serial) + ".json";
    file.contentHash = file.path;
    file.report = std::move(r);
    ImportWriter(db).write(file, p.scannedAt);
}

void triage(Database &db, const std::string &rule, FindingStatus status)
{
    SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id WHERE r.key = ?1");
    st.bind(1, std::string_view(rule));
    QVERIFY(st.step());
    TriageChange change;
    change.status = status;
    change.justification = "decided in the test";
    if (status == FindingStatus::RiskAccepted)
        change.expiresAt = kNow + 90 * kDay;
    change.actor = "lead";
    change.at = kNow - kDay;
    QCOMPARE(TriageRepository(db).apply({st.int64(0)}, change), std::int64_t(1));
}

// ---- images -----------------------------------------------------------------------------------

struct PlannedImage {
    std::string repository, digest, user, tag;
    int signature = 0; // SignatureState: 0 unsigned, 1 signed-not-verified, 2 verified, 3 invalid
    bool configRead = true;
    bool sbom = false;
    std::int64_t sbomCreated = 0;
};

PlannedImage planImage(int i)
{
    char digest[80];
    std::snprintf(digest, sizeof digest, "sha256:%064x", 100 + i);
    PlannedImage p;
    p.repository = "team/app" + std::to_string(i);
    p.digest = digest;
    static const char *users[] = {"", "0:0", "app", "1000", "root"};
    p.user = users[i % 5];
    p.configRead = i % 7 != 6;
    p.signature = i % 4;
    p.sbom = i % 3 != 0;
    p.sbomCreated = i % 3 == 1 ? kNow - 100 * kDay : kNow - 5 * kDay;
    p.tag = "1." + std::to_string(i);
    return p;
}

// Signed and verified, a fresh SBOM, a non-root user.
PlannedImage cleanImage(int i)
{
    PlannedImage p = planImage(50 + i);
    p.repository = "clean/app" + std::to_string(i);
    p.user = "app";
    p.configRead = true;
    p.signature = 2;
    p.sbom = true;
    p.sbomCreated = kNow - kDay;
    return p;
}

CollectedImage collected(const PlannedImage &p)
{
    CollectedImage im;
    im.repository = p.repository;
    im.digest = p.digest;
    im.configDigest = p.configRead ? "sha256:c" + p.digest.substr(8) : std::string();
    im.user = p.user;
    im.mediaType = "application/vnd.oci.image.manifest.v1+json";
    im.sizeBytes = 1000;
    im.layers = 3;
    im.signatureState = p.signature;
    if (p.sbom) {
        im.sbomFormat = "spdx";
        im.sbomDigest = "sha256:5" + p.digest.substr(8);
        im.sbomCreated = p.sbomCreated;
    }
    return im;
}

bool runsAsRoot(const std::string &user)
{
    return user.empty() || user == "0" || user == "root" || user.rfind("0:", 0) == 0 || user.rfind("root:", 0) == 0;
}

std::int64_t addRegistry(Database &db, const std::string &name, const std::vector<PlannedImage> &images)
{
    RegistrySourceConfig c;
    c.name = name;
    c.url = "https://" + name + ".example";
    const std::int64_t id = SourceRepository(db).add(c, 1);
    const std::int64_t run = CollectionRunRepository(db).start(id, kNow - kDay);
    std::vector<CollectedImage> list;
    std::vector<CollectedTag> tags;
    for (const PlannedImage &p : images) {
        list.push_back(collected(p));
        tags.push_back({p.repository, p.tag, p.digest});
    }
    ImageRepository(db).writeCollection(id, run, list, tags, true, kNow - kDay);
    CollectionRunRow row;
    row.id = run;
    row.sourceId = id;
    row.startedAt = kNow - kDay;
    row.finishedAt = kNow - kDay + 60;
    row.status = "complete";
    CollectionRunRepository(db).finish(row);
    return id;
}

// ---- clusters: RBAC and secrets ---------------------------------------------------------------

struct PlannedBinding {
    std::string cluster, nameSpace, name;
    Severity worst = Severity::Unknown; // Unknown = no risk
    bool bootstrap = false;
};

const std::vector<PlannedBinding> &plannedBindings()
{
    static const std::vector<PlannedBinding> bindings{
        {"prod", "", "admins", Severity::Critical},
        {"prod", "shop", "deployer", Severity::High},
        {"prod", "shop", "viewer", Severity::Unknown},
        {"prod", "pay", "payer", Severity::Medium},
        {"prod", "", "system:basic-user", Severity::High, true},
        {"stage", "apps", "ci", Severity::High},
    };
    return bindings;
}

RbacBindingRecord bindingRecord(const PlannedBinding &p)
{
    RbacBindingRecord b;
    b.clusterBinding = p.nameSpace.empty();
    b.nameSpace = p.nameSpace;
    b.name = p.name;
    b.uid = "uid-" + p.name;
    b.roleRef = {p.nameSpace.empty() ? "ClusterRole" : "Role", p.name + "-role"};
    b.subjects = {{SubjectKind::User, p.name + "-user", ""}};
    b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
    b.createdAt = 50;
    if (p.worst != Severity::Unknown)
        b.riskRules = {p.worst == Severity::Critical ? "rbac-cluster-admin" : "rbac-secrets-read"};
    b.worst = p.worst;
    b.bootstrap = p.bootstrap;
    return b;
}

std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    const std::int64_t id = SourceRepository(db).add(c, 1);
    RbacAnalysisWrite w;
    w.sourceId = id;
    w.cluster = name;
    w.now = kNow - kDay;
    for (const PlannedBinding &b : plannedBindings()) {
        if (b.cluster == name)
            w.bindings.push_back(bindingRecord(b));
    }
    RbacRepository(db).writeAnalysis(w);
    return id;
}

struct PlannedSecret {
    SecretStoreKind store = SecretStoreKind::Kubernetes;
    std::string origin, location, name;
    std::int64_t lastChange = 0; // 0 = unknown: no due date
    bool evaluated = true;
};

const std::vector<PlannedSecret> &plannedSecrets()
{
    static const std::vector<PlannedSecret> secrets{
        {SecretStoreKind::Kubernetes, "prod", "shop", "db", kNow - 200 * kDay},
        {SecretStoreKind::Kubernetes, "prod", "shop", "api", kNow - 10 * kDay},
        {SecretStoreKind::Kubernetes, "prod", "pay", "card-key", kNow - 95 * kDay},
        {SecretStoreKind::Kubernetes, "prod", "pay", "tls", 0},
        {SecretStoreKind::Inventory, "inv", "aws", "legacy", kNow - 400 * kDay},
        {SecretStoreKind::Inventory, "inv", "aws", "payments", kNow - 50 * kDay},
    };
    return secrets;
}

constexpr int kPolicyDays = 90;

std::optional<std::int64_t> dueOf(const PlannedSecret &s)
{
    return s.lastChange > 0 ? std::optional<std::int64_t>(s.lastChange + kPolicyDays * kDay) : std::nullopt;
}

void writeSecrets(Database &db, std::int64_t prodId)
{
    SecretRepository repo(db);
    for (const auto &[store, origin, sourceId] :
         std::vector<std::tuple<SecretStoreKind, std::string, std::int64_t>>{{SecretStoreKind::Kubernetes, "prod", prodId},
                                                                            {SecretStoreKind::Inventory, "inv", 0}}) {
        SecretSourceWrite w;
        w.store = store;
        w.origin = origin;
        w.sourceId = sourceId;
        w.now = kNow;
        w.complete = true;
        for (const PlannedSecret &p : plannedSecrets()) {
            if (p.origin != origin)
                continue;
            SecretRecord s;
            s.store = p.store;
            s.origin = p.origin;
            s.location = p.location;
            s.name = p.name;
            s.type = "Opaque";
            s.lastChangeAt = p.lastChange;
            s.createdAt = p.lastChange;
            w.secrets.push_back(s);
        }
        repo.write(w);
    }
    std::vector<SecretEvaluation> evaluations;
    repo.forEach("", "", [&](std::int64_t id, const SecretRecord &s) {
        SecretEvaluation e;
        e.id = id;
        e.policyDays = kPolicyDays;
        e.reason = "default";
        if (s.lastChangeAt > 0)
            e.dueAt = s.lastChangeAt + kPolicyDays * kDay;
        evaluations.push_back(e);
    });
    repo.setEvaluations(evaluations);
}

// ---- helpers ------------------------------------------------------------------------------------

GateRule rule(GateRuleType type, const std::string &id = "r")
{
    GateRule r;
    r.type = type;
    r.id = id;
    return r;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestGateEvaluation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::vector<PlannedImage> m_hub, m_clean;

    GateRuleResult evaluate(const GateRule &r, const ReportScope &scope = {}, const std::string &path = {})
    {
        Database db = Database::open(path.empty() ? m_path : path, Database::Access::ReadOnly);
        GatePolicy policy;
        policy.name = "test";
        policy.rules = {r};
        GateOptions options;
        options.now = kNow;
        options.evidenceLimit = 3;
        const GateEvaluation e = evaluateGate(db, policy, scope, options);
        if (!e.error.empty())
            qFatal("gate error: %s", e.error.c_str());
        if (e.result.rules.size() != 1)
            qFatal("no result");
        return e.result.rules.front();
    }

    // The findings of the plan that the rule counts, by the test's own reading of the options.
    std::int64_t countFindings(const GateRule &r, const std::function<bool(const PlannedAsset &, const PlannedFinding &)> &extra)
    {
        std::int64_t n = 0;
        for (const PlannedAsset &a : plannedAssets()) {
            for (const PlannedFinding &f : a.findings) {
                const bool counted = f.status == FindingStatus::Open || f.status == FindingStatus::Confirmed
                    || (f.status == FindingStatus::RiskAccepted && r.countRiskAccepted)
                    || (f.status == FindingStatus::FalsePositive && r.countFalsePositives)
                    || (f.status == FindingStatus::Mitigated && r.countMitigated);
                if (counted && (!r.onlyFixable || !f.fixed.empty()) && extra(a, f))
                    ++n;
            }
        }
        return n;
    }

    std::int64_t countImages(const std::vector<PlannedImage> &images, const std::function<bool(const PlannedImage &)> &pred)
    {
        return std::count_if(images.begin(), images.end(), pred);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As bulkheadctl does: English with its plural forms ("1 open critical finding").
        const QString failed = i18n::installTranslations(QStringLiteral("en"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_dir.isValid());
        m_path = (m_dir.path() + "/gate.db").toStdString();
        Database db = Database::open(m_path);
        int serial = 0;
        for (const PlannedAsset &a : plannedAssets())
            importAsset(db, a, ++serial);
        for (const PlannedAsset &a : plannedAssets()) {
            for (const PlannedFinding &f : a.findings) {
                if (f.status != FindingStatus::Open)
                    triage(db, f.rule, f.status);
            }
        }
        for (int i = 0; i < 20; ++i)
            m_hub.push_back(planImage(i));
        for (int i = 0; i < 3; ++i)
            m_clean.push_back(cleanImage(i));
        addRegistry(db, "hub", m_hub);
        addRegistry(db, "clean", m_clean);
        const std::int64_t prod = addCluster(db, "prod");
        addCluster(db, "stage");
        writeSecrets(db, prod);
    }

    void maxOpenFindingsCountsOpenAndConfirmed()
    {
        GateRule r = rule(GateRuleType::MaxOpenFindings);
        r.maxBySeverity = {{Severity::Critical, 0}, {Severity::High, 5}};
        const auto ofSeverity = [](Severity s) {
            return [s](const PlannedAsset &, const PlannedFinding &f) { return f.severity == s; };
        };
        const std::int64_t critical = countFindings(r, ofSeverity(Severity::Critical));
        const std::int64_t high = countFindings(r, ofSeverity(Severity::High));
        QVERIFY(critical > 0 && high <= 5);
        const GateRuleResult res = evaluate(r);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, critical); // only the severity over its maximum
        QCOMPARE(res.message, std::to_string(critical) + " open critical finding" + (critical == 1 ? "" : "s")
                                  + " (max 0)");
        QCOMPARE(res.evidence.size(), std::size_t(critical));
        // The open critical one, with its package and fix.
        QCOMPARE(res.evidence.front(), std::string("critical: CVE-A1 in ghcr.io/acme/api:1 (openssl 1.0 -> 3.0.2)"));

        // Raising the maximum to the count passes; the message then reports every severity.
        r.maxBySeverity[Severity::Critical] = critical;
        const GateRuleResult pass = evaluate(r);
        QVERIFY(pass.passed);
        QCOMPARE(pass.violating, std::int64_t(0));
        QVERIFY(pass.evidence.empty());
        QVERIFY2(contains(pass.message, std::to_string(high) + " open high findings (max 5)"), pass.message.c_str());
    }

    void maxOpenFindingsOptions()
    {
        GateRule r = rule(GateRuleType::MaxOpenFindings);
        r.maxBySeverity = {{Severity::Critical, 0}, {Severity::High, 0}};
        r.countRiskAccepted = r.countFalsePositives = r.countMitigated = true;
        const auto worse = [](const PlannedAsset &, const PlannedFinding &f) { return f.severity >= Severity::High; };
        const std::int64_t all = countFindings(r, worse);
        GateRuleResult res = evaluate(r);
        QCOMPARE(res.violating, all);
        QCOMPARE(res.evidence.size(), std::size_t(3)); // capped at the evidence limit
        QVERIFY(contains(res.message, "counted critical findings"));

        r.countRiskAccepted = r.countFalsePositives = r.countMitigated = false;
        r.onlyFixable = true;
        res = evaluate(r);
        QCOMPARE(res.violating, countFindings(r, worse));
        QVERIFY(contains(res.notes.front(), "with a fix available"));

        r.onlyFixable = false;
        r.kinds = {FindingKind::Secret};
        res = evaluate(r);
        QVERIFY(res.passed);
        QCOMPARE(res.violating, std::int64_t(0));
    }

    void maxOpenFindingsScope()
    {
        GateRule r = rule(GateRuleType::MaxOpenFindings);
        r.maxBySeverity = {{Severity::Critical, 0}, {Severity::High, 0}, {Severity::Low, 0}};
        for (const auto &[key, value, host] : std::vector<std::tuple<std::string, std::string, std::string>>{
                 {"source", "grype", "quay.io"}, {"source", "Trivy", "ghcr.io"}, {"registry", "ghcr.io", "ghcr.io"}}) {
            ReportScope scope;
            QCOMPARE(addScopeArgument(scope, key + "=" + value), std::string());
            const std::int64_t expected = countFindings(r, [&, &h = host](const PlannedAsset &a, const PlannedFinding &f) {
                return a.asset.repository.rfind(h, 0) == 0 && f.severity != Severity::Medium;
            });
            const GateRuleResult res = evaluate(r, scope);
            QCOMPARE(res.violating, expected);
            for (const std::string &line : res.evidence)
                QVERIFY2(contains(line, host), line.c_str());
        }
        // A scope naming nothing in the store is an error, not a pass.
        Database db = Database::open(m_path, Database::Access::ReadOnly);
        GatePolicy policy;
        policy.rules = {r};
        GateOptions options;
        options.now = kNow;
        for (const std::string arg : {"cluster=nope", "registry=nowhere.io", "source=clair", "namespace=ghost"}) {
            ReportScope scope;
            QCOMPARE(addScopeArgument(scope, arg), std::string());
            const GateEvaluation e = evaluateGate(db, policy, scope, options);
            QVERIFY2(contains(e.error, "--scope " + arg + ":"), e.error.c_str());
            QVERIFY(e.result.rules.empty());
        }
    }

    void findingsPastSla()
    {
        GateRule r = rule(GateRuleType::FindingsPastSla);
        r.minSeverity = Severity::High;
        const SlaPolicy sla;
        const auto overdue = [&](const SlaPolicy &p) {
            return [&r, p](const PlannedAsset &a, const PlannedFinding &f) {
                return f.severity >= r.minSeverity && p.isOverdue(f.severity, a.scannedAt, kNow);
            };
        };
        const std::int64_t expected = countFindings(r, overdue(sla));
        QVERIFY(expected > 0);
        GateRuleResult res = evaluate(r);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, expected);
        QVERIFY2(contains(res.evidence.front(), "critical: CVE-A1 in ghcr.io/acme/api:1"), res.evidence.front().c_str());
        QVERIFY2(contains(res.evidence.front(), "(" + std::to_string(40 - 7) + " days overdue)"),
                 res.evidence.front().c_str());

        // The policy's own SLA days: 50 days for critical and high, so nothing of 40 days is due.
        SlaPolicy generous;
        generous.days[std::size_t(Severity::Critical)] = 50;
        generous.days[std::size_t(Severity::High)] = 50;
        r.sla = generous;
        QCOMPARE(countFindings(r, overdue(generous)), std::int64_t(0));
        res = evaluate(r);
        QVERIFY(res.passed);
        QCOMPARE(res.violating, std::int64_t(0));
    }

    void imagesSigned()
    {
        GateRule r = rule(GateRuleType::ImagesSigned);
        GateRuleResult res = evaluate(r);
        const std::int64_t unverified =
            countImages(m_hub, [](const PlannedImage &p) { return p.signature != 2; });
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, unverified);
        QCOMPARE(res.message, std::to_string(unverified) + " registry images of " + std::to_string(m_hub.size() + m_clean.size())
                                  + " not signed and verified with a configured key");
        QVERIFY2(contains(res.evidence.front(), "hub: team/app"), res.evidence.front().c_str());

        r.requireVerified = false;
        res = evaluate(r);
        QCOMPARE(res.violating, countImages(m_hub, [](const PlannedImage &p) { return p.signature == 0 || p.signature == 3; }));

        ReportScope clean;
        QCOMPARE(addScopeArgument(clean, "registry=clean"), std::string());
        r.requireVerified = true;
        res = evaluate(r, clean);
        QVERIFY(res.passed);
        QCOMPARE(res.message, "0 registry images of " + std::to_string(m_clean.size())
                                  + " not signed and verified with a configured key");
    }

    void imagesSbom()
    {
        GateRule r = rule(GateRuleType::ImagesSbom);
        GateRuleResult res = evaluate(r);
        QCOMPARE(res.violating, countImages(m_hub, [](const PlannedImage &p) { return !p.sbom; }));
        QVERIFY(!res.passed);
        r.sbomMaxAgeDays = 30;
        res = evaluate(r);
        QCOMPARE(res.violating, countImages(m_hub, [](const PlannedImage &p) {
                     return !p.sbom || p.sbomCreated < kNow - 30 * kDay;
                 }));
        ReportScope clean;
        QCOMPARE(addScopeArgument(clean, "source=clean"), std::string());
        res = evaluate(r, clean);
        QVERIFY(res.passed);
    }

    void imagesNonRoot()
    {
        GateRule r = rule(GateRuleType::ImagesNonRoot);
        GateRuleResult res = evaluate(r);
        const std::int64_t root =
            countImages(m_hub, [](const PlannedImage &p) { return p.configRead && runsAsRoot(p.user); });
        const std::int64_t unread = countImages(m_hub, [](const PlannedImage &p) { return !p.configRead; });
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, root);
        QCOMPARE(res.message, std::to_string(root) + " registry images of "
                                  + std::to_string(m_hub.size() + m_clean.size() - unread) + " running as root");
        QVERIFY(std::any_of(res.notes.begin(), res.notes.end(), [&](const std::string &n) {
            return n == std::to_string(unread) + " images whose config could not be read are not checked";
        }));
        ReportScope clean;
        QCOMPARE(addScopeArgument(clean, "registry=clean.example"), std::string());
        QVERIFY(evaluate(r, clean).passed);
    }

    void rbacRisk()
    {
        const auto expected = [](Severity min, bool bootstrap, const std::function<bool(const PlannedBinding &)> &in) {
            return std::count_if(plannedBindings().begin(), plannedBindings().end(), [&](const PlannedBinding &b) {
                return b.worst != Severity::Unknown && b.worst >= min && (bootstrap || !b.bootstrap) && in(b);
            });
        };
        const auto all = [](const PlannedBinding &) { return true; };
        GateRule r = rule(GateRuleType::RbacRisk);
        r.minSeverity = Severity::High;
        GateRuleResult res = evaluate(r);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, std::int64_t(expected(Severity::High, false, all)));
        QCOMPARE(res.evidence.front(), std::string("prod: ClusterRoleBinding/admins (critical: rbac-cluster-admin)"));

        r.includeBootstrap = true;
        QCOMPARE(evaluate(r).violating, std::int64_t(expected(Severity::High, true, all)));
        r.includeBootstrap = false;
        r.minSeverity = Severity::Medium;
        QCOMPARE(evaluate(r).violating, std::int64_t(expected(Severity::Medium, false, all)));

        // Namespace shop: its bindings and the cluster-wide ones.
        ReportScope shop;
        QCOMPARE(addScopeArgument(shop, "namespace=shop"), std::string());
        QCOMPARE(evaluate(r, shop).violating, std::int64_t(expected(Severity::Medium, false, [](const PlannedBinding &b) {
                     return b.nameSpace == "shop" || b.nameSpace.empty();
                 })));
        // Cluster stage has a high risk only: a critical-only rule passes there.
        ReportScope stage;
        QCOMPARE(addScopeArgument(stage, "cluster=stage"), std::string());
        r.minSeverity = Severity::Critical;
        res = evaluate(r, stage);
        QVERIFY(res.passed);
        QCOMPARE(res.message, std::string("0 role bindings of 1 with a risk of severity critical or worse"));
    }

    void secretRotation()
    {
        const auto overdue = [](const std::function<bool(const PlannedSecret &)> &in) {
            return std::count_if(plannedSecrets().begin(), plannedSecrets().end(), [&](const PlannedSecret &s) {
                return dueOf(s) && *dueOf(s) <= kNow && in(s);
            });
        };
        GateRule r = rule(GateRuleType::SecretRotation);
        GateRuleResult res = evaluate(r);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, std::int64_t(overdue([](const PlannedSecret &) { return true; })));
        // The longest overdue first.
        QCOMPARE(res.evidence.front(), "inventory inv: aws/legacy (due " + isoTimestamp(kNow - 310 * kDay).substr(0, 10)
                                           + ", 310 days overdue)");
        ReportScope prod;
        QCOMPARE(addScopeArgument(prod, "cluster=prod"), std::string());
        res = evaluate(r, prod);
        QCOMPARE(res.violating, std::int64_t(overdue([](const PlannedSecret &s) { return s.origin == "prod"; })));
        // Namespace shop's "api" is young, "db" is not; namespace pay's card-key is 5 days over.
        ReportScope shop;
        QCOMPARE(addScopeArgument(shop, "namespace=shop"), std::string());
        QCOMPARE(evaluate(r, shop).violating, std::int64_t(overdue([](const PlannedSecret &s) { return s.location == "shop"; })));
        // A cluster without secrets passes (nothing overdue there).
        ReportScope none;
        QCOMPARE(addScopeArgument(none, "cluster=stage"), std::string());
        res = evaluate(r, none);
        QVERIFY(res.passed);
        QCOMPARE(res.violating, std::int64_t(0));
    }

    void controlsAndScore()
    {
        // BLD-3 on this store: unsigned images in "hub", and no cluster to check workloads with.
        GateRule r = rule(GateRuleType::ControlsPass);
        r.controls = {"BLD-3"};
        GateRuleResult res = evaluate(r);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, std::int64_t(1));
        QVERIFY2(res.evidence.front().rfind("BLD-3 fail: ", 0) == 0, res.evidence.front().c_str());

        // A store with only verified images carrying an SBOM: BLD-3 passes. SUP-3 (SBOMs) needs
        // an attestation of the pipeline gate besides: without one it passes only on what was
        // checked (partial), which the rule accepts only when the policy says so.
        const std::string cleanPath = (m_dir.path() + "/clean.db").toStdString();
        {
            Database db = Database::open(cleanPath);
            addRegistry(db, "clean", m_clean);
        }
        QVERIFY(evaluate(r, {}, cleanPath).passed);
        r.controls = {"BLD-3", "SUP-3"};
        res = evaluate(r, {}, cleanPath);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, std::int64_t(1));
        QVERIFY2(res.evidence.front().rfind("SUP-3 partial: ", 0) == 0, res.evidence.front().c_str());
        r.partialPasses = true;
        QVERIFY(evaluate(r, {}, cleanPath).passed);

        GateRule score = rule(GateRuleType::MinPostureScore);
        score.minScore = 0;
        QVERIFY(evaluate(score).passed);
        score.minScore = 100; // BLD-3 fails, so the score is below 100
        res = evaluate(score);
        QVERIFY(!res.passed);
        QCOMPARE(res.violating, std::int64_t(1));
        QVERIFY2(contains(res.message, "(min 100;"), res.message.c_str());

        // An empty store has no score: the rule fails rather than pass on nothing.
        const std::string emptyPath = (m_dir.path() + "/empty.db").toStdString();
        Database::open(emptyPath);
        score.minScore = 0;
        res = evaluate(score, {}, emptyPath);
        QVERIFY(!res.passed);
        QVERIFY(contains(res.message, "no posture score"));
    }

    void gateRunsAreAppendOnly()
    {
        const std::string path = (m_dir.path() + "/runs.db").toStdString();
        Database db = Database::open(path);
        GateRunRepository runs(db);
        GateRun run;
        run.ranAt = kNow;
        run.ranBy = "ci";
        run.policyName = "strict-release";
        run.policySha256 = std::string(64, 'a');
        run.scope = "clusters prod";
        run.passed = false;
        run.rules = 9;
        run.violations = 2;
        run.summary = R"({"images-signed":4,"posture":1})";
        const std::int64_t first = runs.record(run);
        run.ranAt = kNow + 60;
        run.passed = true;
        run.violations = 0;
        run.summary = "{}";
        const std::int64_t second = runs.record(run);
        QVERIFY(second > first);
        QCOMPARE(runs.count(), std::int64_t(2));
        const std::vector<GateRun> list = runs.list(10);
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].id, second); // newest first
        QVERIFY(list[0].passed);
        QCOMPARE(list[1].summary, std::string(R"({"images-signed":4,"posture":1})"));
        QCOMPARE(list[1].scope, std::string("clusters prod"));
        QCOMPARE(list[1].rules, 9);
        QCOMPARE(list[1].violations, 2);
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE gate_runs SET passed = 1"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM gate_runs"));
    }

    // SUP-1 and SUP-3 read the recorded runs: one measure each, per policy name, failing for a
    // policy whose newest run is older than the scan age threshold. No run, no measure.
    void gateRunsAsEvidence()
    {
        const std::string path = (m_dir.path() + "/evidence.db").toStdString();
        Database db = Database::open(path);
        EvidenceSettings settings;
        settings.scanMaxAgeDays = 14;
        const auto gateMeasures = [&] {
            std::vector<EvidenceMeasure> out;
            for (const EvidenceMeasure &m : EvidenceRepository(db).gather(settings, kNow)) {
                if (m.id == "gate-runs")
                    out.push_back(m);
            }
            return out;
        };
        QVERIFY(gateMeasures().empty());

        GateRun run;
        run.ranBy = "ci";
        run.policySha256 = std::string(64, 'b');
        run.rules = 3;
        // "release" ran recently (once passing, once not); "nightly" last ran 20 days ago.
        for (const auto &[name, at, passed] : std::vector<std::tuple<std::string, std::int64_t, bool>>{
                 {"release", kNow - 2 * kDay, true}, {"release", kNow - kDay, false},
                 {"nightly", kNow - 30 * kDay, true}, {"nightly", kNow - 20 * kDay, true}}) {
            run.policyName = name;
            run.ranAt = at;
            run.passed = passed;
            run.violations = passed ? 0 : 1;
            GateRunRepository(db).record(run);
        }
        const std::vector<EvidenceMeasure> measures = gateMeasures();
        QCOMPARE(measures.size(), std::size_t(2));
        QCOMPARE(measures[0].control, std::string("SUP-1"));
        QCOMPARE(measures[1].control, std::string("SUP-3"));
        for (const EvidenceMeasure &m : measures) {
            QVERIFY(m.assessed);
            QCOMPARE(m.checked, std::int64_t(2));
            QCOMPARE(m.failing, std::int64_t(1));
            QCOMPARE(m.examples, (std::vector<std::string>{"nightly (newest run " + isoTimestamp(kNow - 20 * kDay).substr(0, 10) + ")"}));
            QVERIFY2(contains(m.detail, "2 gate runs in the last 14 days (1 passed, 1 with violations)."), m.detail.c_str());
            QVERIFY2(contains(m.detail, "Newest: release on " + isoTimestamp(kNow - kDay).substr(0, 10)
                                            + " by ci, violations found."),
                     m.detail.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestGateEvaluation)
#include "tst_gateevaluation.moc"
