// The report scope as SQL (scopesql) on a real store: assets and their findings written through
// ImportWriter by several scanners, cluster and registry sources through SourceRepository, and a
// registry collection through ImageRepository. Each scope's expected findings and assets are
// worked out here from the plan (each asset's cluster, namespace, registry host, tools and whether
// the registry source collected it), never read from the store.
#include "model/parsedreport.h"
#include "report/scopesql.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <functional>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kNow = 1'800'000'000;
const std::string kMarkup = "<img src=http://x>";
const std::string kInjection = "x') OR 1=1 --";

struct PlannedAsset {
    AssetKind kind = AssetKind::Image;
    std::string name, repository, digest, cluster, nameSpace;
    std::set<std::string> tools;
    std::string host;          // the registry host the test expects (images only)
    bool fromMirror = false;   // collected by registry source "mirror" (by digest)
    int findings = 0;
};

std::vector<PlannedAsset> plan()
{
    std::vector<PlannedAsset> p;
    auto image = [&](std::string name, std::string repo, std::string digest, std::set<std::string> tools,
                     std::string host, bool mirror = false) {
        PlannedAsset a;
        a.name = std::move(name);
        a.repository = std::move(repo);
        a.digest = std::move(digest);
        a.tools = std::move(tools);
        a.host = std::move(host);
        a.fromMirror = mirror;
        p.push_back(a);
    };
    auto kube = [&](std::string cluster, std::string ns, std::string name, std::set<std::string> tools) {
        PlannedAsset a;
        a.kind = AssetKind::KubernetesResource;
        a.cluster = std::move(cluster);
        a.nameSpace = std::move(ns);
        a.name = std::move(name);
        a.tools = std::move(tools);
        p.push_back(a);
    };
    image("ghcr.io/team/api:1", "ghcr.io/team/api", "sha256:a1", {"Trivy"}, "ghcr.io");
    image("alpine:3.19", "alpine", "sha256:a2", {"Grype"}, "docker.io");
    image("127.0.0.1:5000/x/y:2", "127.0.0.1:5000/x/y", "sha256:a3", {"Trivy"}, "127.0.0.1:5000");
    image("docker.io/library/nginx:1", "docker.io/library/nginx", "sha256:mirrored", {"Grype"}, "docker.io", true);
    image("mirror.example:5000/app/z:3", "mirror.example:5000/app/z", "sha256:a5", {"Trivy"}, "mirror.example:5000");
    image("quay.io/org/both:4", "quay.io/org/both", "sha256:a6", {"Trivy", "Grype"}, "quay.io");
    image("LocalHost/dev/app:5", "LocalHost/dev/app", "sha256:a7", {"Trivy"}, "localhost");
    image("team/tool:6", "team/tool", "sha256:a8", {"Grype"}, "docker.io");
    kube("prod", "shop", "Deployment/web", {"Trivy"});
    kube("prod", "kube-system", "DaemonSet/agent", {"Kubescape"});
    kube("stage", "shop", "Deployment/web", {"Trivy"});
    kube(kMarkup, kMarkup, "Deployment/" + kMarkup, {"Trivy"});
    for (std::size_t i = 0; i < p.size(); ++i)
        p[i].findings = static_cast<int>(i) + 1; // distinct counts: a wrong asset shows in the sum
    return p;
}

AssetRef assetRef(const PlannedAsset &a)
{
    AssetRef r;
    r.kind = a.kind;
    r.name = a.name;
    if (a.kind == AssetKind::Image) {
        r.identity = r.digest = a.digest;
        r.repository = a.repository;
    } else {
        r.cluster = a.cluster;
        r.nameSpace = a.nameSpace;
        r.identity = kubernetesIdentity(a.cluster, a.nameSpace, "Deployment", a.name);
    }
    return r;
}

void importAll(Database &db, const std::vector<PlannedAsset> &assets)
{
    int serial = 0;
    for (const std::string tool : {"Trivy", "Grype", "Kubescape"}) {
        for (const PlannedAsset &a : assets) {
            if (!a.tools.count(tool))
                continue;
            ParsedReport r;
            r.format = ReportFormat::TrivyJson;
            r.tool = tool;
            r.scannedAt = kNow - 100;
            const auto idx = r.addAsset(assetRef(a));
            const FindingKind kind = a.kind == AssetKind::Image ? FindingKind::Vulnerability : FindingKind::Misconfiguration;
            r.addScope(idx, kind);
            for (int i = 0; i < a.findings; ++i) {
                ParsedFinding f;
                f.asset = idx;
                f.kind = kind;
                f.ruleKey = "RULE-" + std::to_string(i);
                f.severity = static_cast<Severity>(i % 6);
                f.package = kind == FindingKind::Vulnerability ? "pkg" + std::to_string(i) : "";
                f.installedVersion = kind == FindingKind::Vulnerability ? "1.0" : "";
                r.findings.push_back(f);
            }
            computeFingerprints(r);
            ParsedFile file;
            file.path = "report-" + std::to_string(++serial) + ".json";
            file.contentHash = file.path;
            file.report = std::move(r);
            ImportWriter(db).write(file, kNow);
        }
    }
}

void addSources(Database &db, const std::vector<PlannedAsset> &assets)
{
    for (const std::string name : {"prod", "stage"}) {
        ClusterSourceConfig c;
        c.name = name;
        c.context = name + "-admin";
        c.server = "https://" + name + ".example:6443";
        SourceRepository(db).add(c, 1);
    }
    RegistrySourceConfig r;
    r.name = "mirror";
    r.url = "https://Mirror.example:5000/";
    const std::int64_t mirror = SourceRepository(db).add(r, 1);
    const std::int64_t run = CollectionRunRepository(db).start(mirror, kNow - 50);
    std::vector<CollectedImage> images;
    for (const PlannedAsset &a : assets) {
        if (!a.fromMirror)
            continue;
        CollectedImage im;
        im.repository = "library/nginx"; // the mirror's own name for it: only the digest links the two
        im.digest = a.digest;
        im.mediaType = "application/vnd.oci.image.manifest.v1+json";
        images.push_back(im);
    }
    ImageRepository(db).writeCollection(mirror, run, images, {}, true, kNow - 40);
    CollectionRunRow row;
    row.id = run;
    row.sourceId = mirror;
    row.startedAt = kNow - 50;
    row.finishedAt = kNow - 40;
    row.status = "complete";
    CollectionRunRepository(db).finish(row);
}

bool lowerEquals(const std::string &a, const std::string &b)
{
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

bool anyOf(const std::vector<std::string> &values, const std::function<bool(const std::string &)> &pred)
{
    return std::any_of(values.begin(), values.end(), pred);
}

// The plan's answer: is `a` in `scope`? `forAssets`: a scanner in `sources` selects the assets it
// scanned (every planned asset's scans are complete, so that is its tools).
bool inScope(const PlannedAsset &a, const ReportScope &scope)
{
    auto registryMatch = [&](const std::string &v) {
        if (a.kind != AssetKind::Image)
            return false;
        if (v == "mirror")
            return a.fromMirror || a.host == "mirror.example:5000";
        std::string h = QString::fromStdString(v).toLower().toStdString();
        if (h.rfind("https://", 0) == 0)
            h = h.substr(8);
        if (!h.empty() && h.back() == '/')
            h.pop_back();
        if (h == "index.docker.io" || h == "registry-1.docker.io")
            h = "docker.io";
        return h == a.host;
    };
    if (!scope.clusters.empty() && !anyOf(scope.clusters, [&](const std::string &c) { return c == a.cluster && a.kind != AssetKind::Image; }))
        return false;
    if (!scope.namespaces.empty() && !anyOf(scope.namespaces, [&](const std::string &n) { return n == a.nameSpace && a.kind != AssetKind::Image; }))
        return false;
    if (!scope.registries.empty() && !anyOf(scope.registries, registryMatch))
        return false;
    if (!scope.sources.empty()) {
        const bool match = anyOf(scope.sources, [&](const std::string &s) {
            const bool tool = std::any_of(a.tools.begin(), a.tools.end(), [&](const std::string &t) { return lowerEquals(t, s); });
            const bool cluster = (s == "prod" || s == "stage") && a.cluster == s;
            return tool || cluster || (s == "mirror" && registryMatch(s));
        });
        if (!match)
            return false;
    }
    return true;
}

} // namespace

class TestScopeSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<PlannedAsset> m_plan;
    std::optional<Database> m_db;

    std::vector<ReportScope> scopes() const
    {
        std::vector<ReportScope> s;
        auto add = [&](std::vector<std::string> sources, std::vector<std::string> clusters,
                       std::vector<std::string> namespaces, std::vector<std::string> registries) {
            s.push_back(ReportScope{std::move(sources), std::move(clusters), std::move(namespaces), std::move(registries)});
        };
        add({}, {}, {}, {});
        add({}, {"prod"}, {}, {});
        add({}, {"prod", "stage"}, {"shop"}, {});
        add({}, {}, {kMarkup}, {});
        add({}, {kMarkup}, {}, {});
        add({}, {}, {"shop", kInjection}, {});
        add({}, {}, {}, {"ghcr.io"});
        add({}, {}, {}, {"GHCR.io", "https://quay.io/"});
        add({}, {}, {}, {"docker.io"});
        add({}, {}, {}, {"index.docker.io"});
        add({}, {}, {}, {"127.0.0.1:5000"});
        add({}, {}, {}, {"localhost"});
        add({}, {}, {}, {"mirror"});
        add({}, {}, {}, {kInjection});
        add({"trivy"}, {}, {}, {});
        add({"GRYPE"}, {}, {}, {});
        add({"Kubescape", "stage"}, {}, {}, {});
        add({"prod"}, {}, {}, {});
        add({"mirror"}, {}, {}, {});
        add({"nosuch"}, {}, {}, {});
        add({"trivy"}, {"prod"}, {}, {});
        add({"grype"}, {}, {}, {"docker.io"});
        add({"trivy"}, {}, {"shop"}, {"ghcr.io"}); // images have no namespace: nothing
        return s;
    }

    static std::string describe(const ReportScope &s)
    {
        auto j = [](const std::vector<std::string> &v) {
            std::string out;
            for (const std::string &x : v)
                out += (out.empty() ? "" : ",") + x;
            return out;
        };
        return "sources=" + j(s.sources) + " clusters=" + j(s.clusters) + " namespaces=" + j(s.namespaces)
            + " registries=" + j(s.registries);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = plan();
        m_db.emplace(Database::open(m_dir.filePath("scope.db").toStdString()));
        addSources(*m_db, m_plan);
        importAll(*m_db, m_plan);
    }

    void emptyScopeIsNoCondition()
    {
        const ScopeSql sql = scopeFindingsSql(ReportScope{}, "f", 3);
        QVERIFY(sql.empty());
        QCOMPARE(sql.andClause(), std::string());
        QCOMPARE(sql.whereClause(), std::string());
        QCOMPARE(sql.nextParam(), 3);
        QVERIFY(scopeAssetsSql(ReportScope{}).empty());
    }

    void namesAreBoundNeverSpliced()
    {
        ReportScope s;
        s.namespaces = {kInjection, kMarkup};
        s.sources = {kInjection};
        s.registries = {kMarkup};
        const ScopeSql sql = scopeFindingsSql(s);
        QVERIFY(sql.condition.find("OR 1=1") == std::string::npos);
        QVERIFY(sql.condition.find("<img") == std::string::npos);
        // A name given twice is one parameter.
        QCOMPARE(std::count(sql.params.begin(), sql.params.end(), kInjection), 1);
    }

    void findingsPerScope()
    {
        // The caller's own ?1 (a severity floor of 0) before the scope's parameters.
        for (const ReportScope &scope : scopes()) {
            const ScopeSql sql = scopeFindingsSql(scope, "f", 2);
            SqliteStatement st = m_db->prepare("SELECT count(*), count(DISTINCT f.asset_id) FROM findings f WHERE "
                                               "f.severity >= ?1" + sql.andClause());
            st.bind(1, 0);
            sql.bind(st);
            QVERIFY(st.step());
            std::int64_t findings = 0, assets = 0;
            for (const PlannedAsset &a : m_plan) {
                if (inScope(a, scope)) {
                    findings += a.findings;
                    ++assets;
                }
            }
            const std::string what = describe(scope);
            QVERIFY2(st.int64(0) == findings, (what + ": " + std::to_string(st.int64(0)) + " findings, expected "
                                               + std::to_string(findings)).c_str());
            QVERIFY2(st.int64(1) == assets, what.c_str());
        }
    }

    void assetsPerScope()
    {
        for (const ReportScope &scope : scopes()) {
            const ScopeSql sql = scopeAssetsSql(scope, "x");
            SqliteStatement st = m_db->prepare("SELECT x.name FROM assets x" + sql.whereClause() + " ORDER BY x.name");
            sql.bind(st);
            std::set<std::string> got, expected;
            while (st.step())
                got.insert(st.text(0));
            for (const PlannedAsset &a : m_plan) {
                if (inScope(a, scope))
                    expected.insert(a.name);
            }
            QVERIFY2(got == expected, describe(scope).c_str());
        }
    }

    void nonEmptyScopesNarrow()
    {
        // The plan is built so that every non-empty scope above (bar the impossible ones) is a
        // strict subset: a condition that matched everything would fail here, not pass silently.
        int narrowed = 0;
        for (const ReportScope &scope : scopes()) {
            const auto n = std::count_if(m_plan.begin(), m_plan.end(), [&](const PlannedAsset &a) { return inScope(a, scope); });
            if (!scope.empty() && n > 0 && n < static_cast<long>(m_plan.size()))
                ++narrowed;
        }
        QVERIFY(narrowed >= 15);
    }

    void normalizedHosts()
    {
        QCOMPARE(normalizedRegistryHost("https://Registry-1.Docker.io/"), std::string("docker.io"));
        QCOMPARE(normalizedRegistryHost("http://127.0.0.1:5000"), std::string("127.0.0.1:5000"));
        QCOMPARE(normalizedRegistryHost("GHCR.IO"), std::string("ghcr.io"));
        QCOMPARE(normalizedRegistryHost("ghcr.io/team/api"), std::string("ghcr.io"));
    }
};

QTEST_GUILESS_MAIN(TestScopeSql)
#include "tst_scopesql.moc"
