// The report's findings sections (gatherFindingSections) on a real store: scans written through
// ImportWriter over forty days (a later complete scan resolves some findings and adds new ones),
// triage decisions through TriageRepository (risk acceptances expiring before and after the
// report's moment, a false positive, a confirmation), cluster sources through SourceRepository,
// and SLA days through the settings the GUI writes (saveSlaPolicy). The test keeps its own record
// of every finding it wrote and works out each expected section from it, for several scopes and
// as-of moments: nothing expected is read from the store.
#include "analysis/controlmapping.h"
#include "analysis/slapolicysettings.h"
#include "controls/controlcatalog.h"
#include "model/parsedreport.h"
#include "report/reportgather.h"
#include "sources/clustersourceconfig.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'800'000'000;
constexpr std::int64_t kScan1 = kNow - 40 * kDay; // first scans of every asset
constexpr std::int64_t kTriage = kNow - 30 * kDay;
constexpr std::int64_t kScan2 = kNow - 10 * kDay; // rescan of the api image: resolves and adds
const std::string kMarkup = "<img src=http://x>";

// SLA days the test sets (not the defaults, so that a gather ignoring the settings fails).
const SlaPolicy kSla = [] {
    SlaPolicy p;
    p.days = {0, 0, 60, 25, 38, 12};
    return p;
}();

struct PlannedAsset {
    AssetRef ref;
    std::string tool;
};

struct PlannedFinding {
    std::size_t asset = 0;
    FindingKind kind = FindingKind::Vulnerability;
    std::string rule, title, package, installed, fixed;
    Severity severity = Severity::Unknown;
    std::int64_t firstSeen = 0;
    std::int64_t resolvedAt = 0;          // 0 = still present
    FindingStatus triage = FindingStatus::Open; // current triage decision
    std::string justification, actor;
    std::int64_t triagedAt = 0, expiresAt = 0;
    std::int64_t id = 0;                  // the store's id, for TriageRepository
};

AssetRef image(const std::string &name, const std::string &repository, const std::string &digest)
{
    AssetRef a;
    a.kind = AssetKind::Image;
    a.identity = a.digest = digest;
    a.name = name;
    a.repository = repository;
    return a;
}

AssetRef kube(const std::string &cluster, const std::string &ns, const std::string &name)
{
    AssetRef a;
    a.kind = AssetKind::KubernetesResource;
    a.cluster = cluster;
    a.nameSpace = ns;
    a.name = name;
    a.identity = kubernetesIdentity(cluster, ns, "Deployment", name);
    return a;
}

class Store
{
public:
    std::vector<PlannedAsset> assets;
    std::vector<PlannedFinding> findings;

    explicit Store(const std::string &path) : m_db(Database::open(path))
    {
        for (const std::string name : {"prod", "stage"}) {
            ClusterSourceConfig c;
            c.name = name;
            c.context = name + "-admin";
            c.server = "https://" + name + ".example:6443";
            SourceRepository(m_db).add(c, 1);
        }
        assets = {{image("ghcr.io/shop/api:1", "ghcr.io/shop/api", "sha256:api"), "Trivy"},
                  {image("web:2", "web", "sha256:web"), "Grype"},
                  {kube("prod", "shop", "web"), "Trivy"},
                  {kube("stage", "payments", "pay"), "Kubescape"},
                  {kube("prod", kMarkup, kMarkup), "Trivy"}};
        plan();
        write();
        triage();
    }

    Database &db() { return m_db; }

private:
    Database m_db;

    void plan()
    {
        // Every asset: 14 findings over all severities, in the first scan; several share a
        // severity and first-seen time with others (the list's order must still hold).
        int serial = 0;
        for (std::size_t a = 0; a < assets.size(); ++a) {
            const bool isImage = assets[a].ref.kind == AssetKind::Image;
            for (int i = 0; i < 14; ++i) {
                PlannedFinding f;
                f.asset = a;
                f.kind = isImage ? FindingKind::Vulnerability
                                 : (i % 5 == 4 ? FindingKind::Secret : FindingKind::Misconfiguration);
                const int n = ++serial;
                f.rule = f.kind == FindingKind::Vulnerability ? "CVE-2024-" + std::to_string(1000 + n)
                    : f.kind == FindingKind::Secret            ? "aws-access-key-id"
                    : i % 2 == 0                               ? "KSV0" + std::to_string(10 + i) // mapped by id
                                                               : "CUSTOM-" + std::to_string(n);  // no control
                f.title = n == 5 ? kMarkup : "Title of " + f.rule;
                f.severity = static_cast<Severity>((i + static_cast<int>(a)) % 6);
                if (f.kind == FindingKind::Vulnerability) {
                    f.package = "pkg" + std::to_string(i % 4);
                    f.installed = "1." + std::to_string(i);
                    if (i % 3 != 0)
                        f.fixed = "1." + std::to_string(i) + ".1";
                }
                // Findings of the second half of the first scan were first seen 5 days later.
                f.firstSeen = i < 7 ? kScan1 : kScan1 + 5 * kDay;
                findings.push_back(f);
            }
        }
        // The api image (asset 0) is rescanned at kScan2: findings 7..13 of it are gone
        // (resolved), two new ones appear.
        for (PlannedFinding &f : findings) {
            if (f.asset == 0 && &f - &findings[0] >= 7)
                f.resolvedAt = kScan2;
        }
        for (int i = 0; i < 2; ++i) {
            PlannedFinding f;
            f.asset = 0;
            f.rule = "CVE-2025-" + std::to_string(i);
            f.title = "New " + f.rule;
            f.severity = i == 0 ? Severity::Critical : Severity::Medium;
            f.package = "newpkg";
            f.installed = "2.0";
            f.fixed = i == 0 ? "2.1" : "";
            f.firstSeen = kScan2;
            findings.push_back(f);
        }
    }

    // One report per asset and scan time, each claiming a complete scan of the kinds it holds.
    void writeReport(std::size_t asset, std::int64_t scannedAt, const std::function<bool(const PlannedFinding &)> &include)
    {
        static int serial = 0;
        ParsedReport r;
        r.format = ReportFormat::TrivyJson;
        r.tool = assets[asset].tool;
        r.scannedAt = scannedAt;
        const auto idx = r.addAsset(assets[asset].ref);
        std::set<FindingKind> kinds{assets[asset].ref.kind == AssetKind::Image ? FindingKind::Vulnerability
                                                                                : FindingKind::Misconfiguration};
        std::set<std::string> rules;
        for (const PlannedFinding &f : findings) {
            if (f.asset != asset || !include(f))
                continue;
            ParsedFinding pf;
            pf.asset = idx;
            pf.kind = f.kind;
            pf.ruleKey = f.rule;
            pf.severity = f.severity;
            pf.package = f.package;
            pf.installedVersion = f.installed;
            pf.fixedVersion = f.fixed;
            pf.location = f.kind == FindingKind::Vulnerability ? "" : "file-" + f.rule + "-" + std::to_string(f.firstSeen);
            r.findings.push_back(pf);
            kinds.insert(f.kind);
            if (rules.insert(f.rule).second) {
                RuleInfo info;
                info.kind = f.kind;
                info.key = f.rule;
                info.hasMetadata = true;
                info.title = f.title;
                r.rules.push_back(info);
            }
        }
        for (FindingKind k : kinds)
            r.addScope(idx, k);
        computeFingerprints(r);
        ParsedFile file;
        file.path = "report-" + std::to_string(++serial) + ".json";
        file.contentHash = file.path;
        file.report = std::move(r);
        ImportWriter(m_db).write(file, scannedAt);
    }

    void write()
    {
        for (std::size_t a = 0; a < assets.size(); ++a) {
            writeReport(a, kScan1, [](const PlannedFinding &f) { return f.firstSeen == kScan1; });
            writeReport(a, kScan1 + 5 * kDay, [](const PlannedFinding &f) { return f.firstSeen <= kScan1 + 5 * kDay; });
        }
        writeReport(0, kScan2, [](const PlannedFinding &f) { return f.resolvedAt == 0; });
        // The store's ids, by the finding's rule and location on its asset.
        for (PlannedFinding &f : findings) {
            SqliteStatement st = m_db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id JOIN assets "
                                              "a ON a.id = f.asset_id WHERE r.key = ?1 AND a.identity = ?2 AND "
                                              "f.first_seen = ?3");
            st.bindText(1, f.rule).bindText(2, assets[f.asset].ref.identity).bind(3, f.firstSeen);
            QVERIFY(st.step());
            f.id = st.int64(0);
            QVERIFY(!st.step());
        }
    }

    void decide(std::size_t index, FindingStatus status, std::int64_t expiresAt, const std::string &actor)
    {
        PlannedFinding &f = findings[index];
        TriageChange c;
        c.status = status;
        c.actor = actor;
        c.at = kTriage + static_cast<std::int64_t>(index);
        if (status == FindingStatus::RiskAccepted || status == FindingStatus::FalsePositive)
            c.justification = "decided for " + f.rule + " " + kMarkup;
        c.expiresAt = expiresAt;
        QCOMPARE(TriageRepository(m_db).apply({f.id}, c), std::int64_t(1));
        f.triage = status;
        f.justification = c.justification;
        f.actor = actor;
        f.triagedAt = c.at;
        f.expiresAt = expiresAt;
    }

    void triage()
    {
        // Each asset: one acceptance (expiring at different times, some before kNow), one false
        // positive, one confirmed. Finding 8 of the api image is accepted and later resolved.
        for (std::size_t a = 0; a < assets.size(); ++a) {
            const std::size_t base = a * 14;
            decide(base + 1, FindingStatus::RiskAccepted, kNow + (static_cast<std::int64_t>(a) - 2) * 3 * kDay, "alice");
            decide(base + 2, FindingStatus::FalsePositive, 0, "bob");
            decide(base + 4, FindingStatus::Confirmed, 0, "carol");
        }
        decide(8, FindingStatus::RiskAccepted, kNow + 90 * kDay, "dave");
        // An assignment after the acceptance: "accepted by/at" stays the acceptance's.
        TriageChange assign;
        assign.assignee = "erin";
        assign.actor = "erin";
        assign.at = kTriage + 5 * kDay;
        QCOMPARE(TriageRepository(m_db).apply({findings[1].id}, assign), std::int64_t(1));
    }
};

// ---- what the plan says ----------------------------------------------------------------------

using AssetPredicate = std::function<bool(const PlannedAsset &)>;

bool seenBy(const PlannedFinding &f, std::int64_t asOf)
{
    return f.firstSeen <= asOf;
}

FindingStatus statusAt(const PlannedFinding &f, std::int64_t asOf)
{
    return f.resolvedAt != 0 && f.resolvedAt <= asOf ? FindingStatus::Resolved : f.triage;
}

bool openAt(const PlannedFinding &f, std::int64_t asOf)
{
    const FindingStatus s = statusAt(f, asOf);
    return seenBy(f, asOf) && (s == FindingStatus::Open || s == FindingStatus::Confirmed);
}

bool overdue(const PlannedFinding &f, std::int64_t asOf)
{
    const int days = kSla.days[static_cast<std::size_t>(f.severity)];
    return days > 0 && f.firstSeen + days * kDay < asOf;
}

using RowKey = std::tuple<int, std::string, std::string, std::string, std::string, std::string, std::string,
                          std::string, std::string, std::int64_t, int, std::int64_t, bool>;

RowKey key(const ReportFindingRow &r)
{
    return {r.severity, r.kind, r.rule, r.title, r.asset, r.package, r.installed, r.fixed, r.status,
            r.firstSeen, r.ageDays, r.slaDueAt, r.slaOverdue};
}

struct Expected {
    std::array<std::int64_t, 6> openBySeverity{};
    std::map<std::string, std::int64_t> byStatus;
    std::map<std::string, std::array<std::int64_t, 6>> byControl;
    std::vector<std::string> controlOrder;
    std::multiset<RowKey> criticalHigh;
    std::map<std::pair<int, std::string>, std::array<std::int64_t, 3>> others; // (severity, kind) -> open, fix, past
    std::set<std::size_t> assets;
    std::vector<ReportAcceptance> acceptances;
};

Expected expect(const Store &s, const AssetPredicate &inScope, std::int64_t asOf)
{
    Expected e;
    for (const PlannedFinding &f : s.findings) {
        const PlannedAsset &asset = s.assets[f.asset];
        if (!inScope(asset) || !seenBy(f, asOf))
            continue;
        const FindingStatus status = statusAt(f, asOf);
        e.byStatus[std::string(findingStatusName(status))] += 1;
        const bool present = f.resolvedAt == 0 || f.resolvedAt > asOf;
        if (present && f.triage == FindingStatus::RiskAccepted) {
            ReportAcceptance a;
            a.rule = f.rule;
            a.asset = asset.ref.name;
            a.package = f.package;
            a.severity = static_cast<int>(f.severity);
            a.justification = f.justification;
            a.acceptedBy = f.actor;
            a.acceptedAt = f.triagedAt;
            a.expiresAt = f.expiresAt;
            a.expired = f.expiresAt <= asOf;
            e.acceptances.push_back(a);
        }
        if (!openAt(f, asOf))
            continue;
        const auto sev = static_cast<std::size_t>(f.severity);
        e.openBySeverity[sev] += 1;
        e.byControl[std::string(controlForRule(f.kind, f.rule, f.title))][sev] += 1;
        e.assets.insert(f.asset);
        const std::string kind(findingKindName(f.kind));
        if (f.severity >= Severity::High) {
            const int days = kSla.days[sev];
            e.criticalHigh.insert({static_cast<int>(f.severity), kind, f.rule, f.title, asset.ref.name, f.package,
                                   f.installed, f.fixed, std::string(findingStatusName(status)), f.firstSeen,
                                   static_cast<int>((asOf - f.firstSeen) / kDay), days > 0 ? f.firstSeen + days * kDay : 0,
                                   overdue(f, asOf)});
        } else {
            auto &o = e.others[{static_cast<int>(f.severity), kind}];
            o[0] += 1;
            o[1] += f.fixed.empty() ? 0 : 1;
            o[2] += overdue(f, asOf) ? 1 : 0;
        }
    }
    for (const ControlDefinition &c : ControlCatalog::builtin().controls()) {
        if (e.byControl.count(c.id))
            e.controlOrder.push_back(c.id);
    }
    if (e.byControl.count(""))
        e.controlOrder.push_back("");
    std::sort(e.acceptances.begin(), e.acceptances.end(), [](const ReportAcceptance &a, const ReportAcceptance &b) {
        return std::tie(a.expiresAt, b.severity, a.rule, a.asset) < std::tie(b.expiresAt, a.severity, b.rule, b.asset);
    });
    return e;
}

std::int64_t total(const std::array<std::int64_t, 6> &a)
{
    return std::accumulate(a.begin(), a.end(), std::int64_t(0));
}

} // namespace

class TestReportGatherFindings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    ReportModel gather(const ReportScope &scope, std::int64_t asOf)
    {
        ReportModel m;
        gatherFindingSections(m_store->db(), scope, asOf, m);
        return m;
    }

    void compare(const ReportModel &m, const Expected &e, const std::string &what)
    {
        const QByteArray label = QByteArray::fromStdString(what);
        QVERIFY2(m.summary.openBySeverity == e.openBySeverity, label);
        QVERIFY2(m.summary.findingsByStatus == e.byStatus, label);
        // Open findings per control, in catalog order, unmapped last.
        std::vector<std::string> order;
        for (const ReportControlFindings &c : m.findings.byControl) {
            order.push_back(c.control);
            QVERIFY2(e.byControl.count(c.control), (what + " control " + c.control).c_str());
            QVERIFY2(c.openBySeverity == e.byControl.at(c.control), (what + " control " + c.control).c_str());
        }
        QVERIFY2(order == e.controlOrder, label);
        // Every critical and high finding, worst first, then oldest.
        std::multiset<RowKey> rows;
        for (const ReportFindingRow &r : m.findings.criticalHigh)
            rows.insert(key(r));
        QVERIFY2(rows == e.criticalHigh, label);
        for (std::size_t i = 1; i < m.findings.criticalHigh.size(); ++i) {
            const ReportFindingRow &a = m.findings.criticalHigh[i - 1], &b = m.findings.criticalHigh[i];
            QVERIFY2(a.severity > b.severity || (a.severity == b.severity && a.firstSeen <= b.firstSeen), label);
        }
        // The rest per severity (worst first) and kind.
        std::vector<std::pair<int, std::string>> otherOrder;
        for (const ReportFindingSummaryRow &o : m.findings.others) {
            const auto it = e.others.find({o.severity, o.kind});
            QVERIFY2(it != e.others.end(), (what + " others " + o.kind).c_str());
            QCOMPARE(o.open, it->second[0]);
            QCOMPARE(o.withFix, it->second[1]);
            QCOMPARE(o.pastSla, it->second[2]);
            otherOrder.push_back({-o.severity, o.kind});
        }
        QCOMPARE(otherOrder.size(), e.others.size());
        QVERIFY2(std::is_sorted(otherOrder.begin(), otherOrder.end()), label);
        QCOMPARE(m.findings.assetsWithFindings, static_cast<std::int64_t>(e.assets.size()));
        // Acceptances, soonest expiry first.
        QCOMPARE(m.acceptances.size(), e.acceptances.size());
        for (std::size_t i = 0; i < e.acceptances.size(); ++i) {
            const ReportAcceptance &g = m.acceptances[i], &x = e.acceptances[i];
            QCOMPARE(g.rule, x.rule);
            QCOMPARE(g.asset, x.asset);
            QCOMPARE(g.package, x.package);
            QCOMPARE(g.severity, x.severity);
            QCOMPARE(g.justification, x.justification);
            QCOMPARE(g.acceptedBy, x.acceptedBy);
            QCOMPARE(g.acceptedAt, x.acceptedAt);
            QCOMPARE(g.expiresAt, x.expiresAt);
            QCOMPARE(g.expired, x.expired);
        }
    }

    void check(const ReportScope &scope, const AssetPredicate &inScope, std::int64_t asOf, const std::string &what)
    {
        const Expected e = expect(*m_store, inScope, asOf);
        compare(gather(scope, asOf), e, what);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("bulkhead-test");
        QCoreApplication::setApplicationName("tst_reportgatherfindings");
        QSettings().clear();
        saveSlaPolicy(kSla);
        QCOMPARE(loadSlaPolicy(), kSla);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(m_dir.filePath("findings.db").toStdString());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void wholeStoreNow()
    {
        const Expected e = expect(*m_store, [](const PlannedAsset &) { return true; }, kNow);
        // The plan is rich enough for the checks to mean something.
        QVERIFY(e.criticalHigh.size() >= 15);
        QVERIFY(e.byStatus.count("resolved") && e.byStatus.count("risk_accepted") && e.byStatus.count("confirmed"));
        QVERIFY(e.byControl.count("") && e.controlOrder.size() >= 3);
        QVERIFY(std::any_of(e.acceptances.begin(), e.acceptances.end(), [](const auto &a) { return a.expired; }));
        QVERIFY(std::any_of(e.acceptances.begin(), e.acceptances.end(), [](const auto &a) { return !a.expired; }));
        QVERIFY(std::any_of(e.criticalHigh.begin(), e.criticalHigh.end(), [](const RowKey &k) { return std::get<12>(k); }));
        QVERIFY(std::any_of(e.criticalHigh.begin(), e.criticalHigh.end(), [](const RowKey &k) { return !std::get<12>(k); }));
        check(ReportScope{}, [](const PlannedAsset &) { return true; }, kNow, "whole store");
    }

    void asOfBeforeRescanKeepsLaterResolvedFindings()
    {
        // 20 days ago: the api image's findings 7..13 were still there (resolved only at kScan2),
        // with their current triage (finding 8 accepted); the two new ones were not there yet.
        const std::int64_t asOf = kNow - 20 * kDay;
        const Expected e = expect(*m_store, [](const PlannedAsset &) { return true; }, asOf);
        QVERIFY(!e.byStatus.count("resolved"));
        QVERIFY(std::any_of(e.acceptances.begin(), e.acceptances.end(), [](const auto &a) { return a.acceptedBy == "dave"; }));
        check(ReportScope{}, [](const PlannedAsset &) { return true; }, asOf, "as of 20 days ago");
        const ReportModel m = gather(ReportScope{}, asOf);
        QVERIFY(std::none_of(m.findings.criticalHigh.begin(), m.findings.criticalHigh.end(),
                             [](const ReportFindingRow &r) { return r.rule.rfind("CVE-2025-", 0) == 0; }));
    }

    void asOfBetweenScans()
    {
        // 37 days ago: only the first half of the first scan had been seen.
        check(ReportScope{}, [](const PlannedAsset &) { return true; }, kScan1 + 3 * kDay, "as of 37 days ago");
        // Before any scan: nothing at all.
        const ReportModel m = gather(ReportScope{}, kScan1 - 1);
        QCOMPARE(total(m.summary.openBySeverity), std::int64_t(0));
        QVERIFY(m.summary.findingsByStatus.empty());
        QVERIFY(m.findings.criticalHigh.empty() && m.findings.others.empty() && m.findings.byControl.empty());
        QVERIFY(m.acceptances.empty());
        QCOMPARE(m.findings.assetsWithFindings, std::int64_t(0));
    }

    void scopeByCluster()
    {
        ReportScope s;
        s.clusters = {"prod"};
        check(s, [](const PlannedAsset &a) { return a.ref.cluster == "prod"; }, kNow, "cluster prod");
    }

    void scopeByNamespace()
    {
        ReportScope s;
        s.namespaces = {"shop", "payments"};
        check(s, [](const PlannedAsset &a) { return a.ref.nameSpace == "shop" || a.ref.nameSpace == "payments"; }, kNow,
              "namespaces shop, payments");
        s.namespaces = {kMarkup};
        check(s, [](const PlannedAsset &a) { return a.ref.nameSpace == kMarkup; }, kNow, "namespace markup");
    }

    void scopeByRegistry()
    {
        ReportScope s;
        s.registries = {"ghcr.io"};
        check(s, [](const PlannedAsset &a) { return a.ref.name.rfind("ghcr.io/", 0) == 0; }, kNow - 20 * kDay,
              "registry ghcr.io, 20 days ago");
        s.registries = {"docker.io"}; // "web" has no host: Docker Hub
        check(s, [](const PlannedAsset &a) { return a.ref.name == "web:2"; }, kNow, "registry docker.io");
    }

    void scopeByToolAndSource()
    {
        ReportScope s;
        s.sources = {"kubescape", "grype"};
        check(s, [](const PlannedAsset &a) { return a.tool == "Kubescape" || a.tool == "Grype"; }, kNow, "tools");
        s.sources = {"stage"}; // a cluster source
        check(s, [](const PlannedAsset &a) { return a.ref.cluster == "stage"; }, kNow, "source stage");
        s.sources = {"trivy"};
        s.clusters = {"prod"};
        check(s, [](const PlannedAsset &a) { return a.tool == "Trivy" && a.ref.cluster == "prod"; }, kNow,
              "trivy in prod");
    }

    void namesPassThroughUnchanged()
    {
        ReportScope s;
        s.clusters = {"prod"};
        const ReportModel m = gather(s, kNow);
        bool asset = false, title = false;
        for (const ReportFindingRow &r : m.findings.criticalHigh) {
            asset = asset || r.asset == kMarkup;
            title = title || r.title == kMarkup;
        }
        for (const ReportAcceptance &a : m.acceptances)
            QVERIFY(a.justification.find(kMarkup) != std::string::npos);
        QVERIFY(asset);
        // The markup-titled rule is a high finding of the api image: outside this scope, in the whole store.
        QVERIFY(!title);
        const ReportModel all = gather(ReportScope{}, kNow);
        QVERIFY(std::any_of(all.findings.criticalHigh.begin(), all.findings.criticalHigh.end(),
                            [](const ReportFindingRow &r) { return r.title == kMarkup; }));
    }

    void slaDaysComeFromSettings()
    {
        // Longer SLA days in the settings: fewer findings overdue.
        SlaPolicy relaxed;
        relaxed.days = {0, 0, 400, 400, 400, 400};
        saveSlaPolicy(relaxed);
        const ReportModel m = gather(ReportScope{}, kNow);
        saveSlaPolicy(kSla);
        QVERIFY(!m.findings.criticalHigh.empty());
        for (const ReportFindingRow &r : m.findings.criticalHigh) {
            QVERIFY(!r.slaOverdue);
            QCOMPARE(r.slaDueAt, r.firstSeen + 400 * kDay);
        }
        for (const ReportFindingSummaryRow &o : m.findings.others)
            QCOMPARE(o.pastSla, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestReportGatherFindings)
#include "tst_reportgatherfindings.moc"
