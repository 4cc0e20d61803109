// ClusterCollector (core/kube) against the test Kubernetes API server (tests/support
// KubeApiServer, TLS with a CA made by TestCerts, bearer tokens): the shared fixtures (k9s JSON
// dumps, Kubernetes RBAC lists), a generated cluster, forbidden resources, exec plugins approved
// and not, re-collection after a fix, cancel, and planted secret values that must never reach the
// store. Expected counts are computed from the input objects, not from the collector.

#include "kubeapiserver.h"
#include "storefile.h"
#include "testcerts.h"
#include "testsupport.h"

#include "jobs/collecttask.h"
#include "kube/clustercollector.h"
#include "kube/execcredential.h"
#include "kube/kubeconfig.h"
#include "kube/workloadcheck.h"
#include "net/canceltoken.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1715421600;
const QString kToken = QStringLiteral("collector-test-token-7f3a9c");

const char *const kFixtureFiles[] = {"k9s/cr.json",  "k9s/crb.json", "k9s/dp.json", "k9s/ds.json",
                                     "k9s/np.json",  "k9s/ns.json",  "k9s/po.json", "k9s/po_sidecar.json",
                                     "k9s/rb.json",  "k9s/ro.json",  "k9s/sa.json", "k9s/sec.json",
                                     "kubernetes/cluster-roles.yaml",   "kubernetes/cluster-role-bindings.yaml",
                                     "kubernetes/namespace-roles.yaml", "kubernetes/namespace-role-bindings.yaml"};

// YAML as JSON, scalars as strings (the tests read names and kinds only).
QJsonValue toJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), toJson(kv.second));
        return o;
    }
    if (node.IsSequence()) {
        QJsonArray a;
        for (const auto &item : node)
            a.append(toJson(item));
        return a;
    }
    if (node.IsScalar())
        return QString::fromStdString(node.Scalar());
    return QJsonValue();
}

// The objects of a fixture file, read independently of the server: a single JSON object, or the
// items of a List (JSON or YAML).
QList<QJsonObject> fixtureObjects(const QString &relative)
{
    const QString path = fixturePath(relative);
    const QJsonObject top = relative.endsWith(QLatin1String(".json"))
        ? readJson(path).object()
        : toJson(YAML::LoadFile(path.toStdString())).toObject();
    QList<QJsonObject> objects;
    if (top.value(QStringLiteral("kind")).toString() == QLatin1String("List")) {
        for (const QJsonValue &v : top.value(QStringLiteral("items")).toArray())
            objects << v.toObject();
    } else {
        objects << top;
    }
    return objects;
}

bool controlled(const QJsonObject &o)
{
    for (const QJsonValue &ref : o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("ownerReferences")).toArray()) {
        if (ref.toObject().value(QStringLiteral("controller")).toBool())
            return true;
    }
    return false;
}

// "namespace/Kind/name" of the workloads these objects make: controllers, and pods, ReplicaSets
// and Jobs nobody controls.
std::set<std::string> expectedWorkloads(const QList<QJsonObject> &objects)
{
    std::set<std::string> out;
    for (const QJsonObject &o : objects) {
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
        const bool top = kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")
            || kind == QLatin1String("DaemonSet") || kind == QLatin1String("CronJob")
            || ((kind == QLatin1String("Pod") || kind == QLatin1String("ReplicaSet") || kind == QLatin1String("Job"))
                && !controlled(o));
        if (top)
            out.insert((meta.value(QStringLiteral("namespace")).toString() + QLatin1Char('/') + kind + QLatin1Char('/')
                        + meta.value(QStringLiteral("name")).toString()).toStdString());
    }
    return out;
}

std::set<std::string> storedWorkloads(const QString &store, const std::string &cluster = {})
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    WorkloadFilter f;
    f.cluster = cluster;
    std::set<std::string> out;
    for (const WorkloadRow &r : WorkloadRepository(db).page(f, WorkloadSort::Name, false, 0, 100000))
        out.insert(r.nameSpace + '/' + r.kind + '/' + r.name);
    return out;
}

// Pods of every stored workload, summed.
int storedPods(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    int pods = 0;
    for (const WorkloadRow &w : WorkloadRepository(db).page({}, WorkloadSort::Name, false, 0, 100000))
        pods += w.pods;
    return pods;
}

// asset identity -> open rule keys of the cluster tool.
std::map<std::string, std::set<std::string>> openRules(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    std::map<std::string, std::set<std::string>> out;
    auto st = db.prepare("SELECT a.identity, r.key FROM findings f JOIN assets a ON a.id = f.asset_id "
                         "JOIN rules r ON r.id = f.rule_id WHERE f.resolved_at IS NULL AND r.key LIKE 'bulkhead/k8s-%'");
    while (st.step())
        out[st.text(0)].insert(st.text(1));
    return out;
}

std::string lastRunStatus(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    auto st = db.prepare("SELECT status FROM collection_runs ORDER BY id DESC LIMIT 1");
    return st.step() ? st.text(0) : std::string();
}

std::map<std::string, CoverageRecord> coverage(const QString &store, const std::string &cluster)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    std::map<std::string, CoverageRecord> out;
    for (const CoverageRow &r : WorkloadRepository(db).coverage(cluster))
        out[r.record.resource] = r.record;
    return out;
}

// The store file and its WAL, as bytes.
} // namespace

class TestClusterCollector : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    int m_files = 0;

    QString newPath(const QString &stem) { return m_tmp.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_files)); }

    std::unique_ptr<KubeApiServer> newServer()
    {
        auto server = std::make_unique<KubeApiServer>(*m_certs);
        server->addToken(kToken);
        return server;
    }

    // A kubeconfig with one context "test" for `server`; `userYaml` is the user entry's body.
    QString writeKubeconfig(const KubeApiServer &server, const QString &userYaml, bool insecure = false)
    {
        const QString path = newPath(QStringLiteral("kubeconfig")) + QStringLiteral(".yaml");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const QString cluster = insecure ? QStringLiteral("    insecure-skip-tls-verify: true\n")
                                         : QStringLiteral("    certificate-authority: %1\n").arg(m_certs->caCert());
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n    server: %1\n%2"
                               "users:\n- name: tester\n  user:\n%3"
                               "contexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n"
                               "current-context: test\n")
                    .arg(server.url(), cluster, userYaml)
                    .toUtf8());
        return path;
    }
    QString tokenKubeconfig(const KubeApiServer &server, bool insecure = false)
    {
        return writeKubeconfig(server, QStringLiteral("    token: %1\n").arg(kToken), insecure);
    }

    static ClusterSourceConfig source(const QString &name, const QString &kubeconfig, int pageSize = 500)
    {
        ClusterSourceConfig c;
        c.name = name.toStdString();
        c.kubeconfig = kubeconfig.toStdString();
        c.context = "test";
        c.server = "https://127.0.0.1";
        c.pageSize = pageSize;
        return c;
    }
    QString newStore(const ClusterSourceConfig &c)
    {
        const QString store = newPath(QStringLiteral("store")) + QStringLiteral(".db");
        Database db = Database::open(store.toStdString());
        SourceRepository(db).add(c);
        return store;
    }
    static CollectionResult collect(const QString &store, const ClusterSourceConfig &c, ExecCredentialProvider *exec = nullptr,
                                    const CancelToken *cancel = nullptr, CollectionProgressCallback progress = nullptr,
                                    std::vector<std::string> trusted = {})
    {
        ClusterCollector collector(store.toStdString(), c, exec);
        collector.setNow(kNow);
        collector.setTrustedRegistries(std::move(trusted));
        collector.setProgressCallback(std::move(progress));
        return collector.run(cancel);
    }
    static QJsonObject pod(const QString &ns, const QString &name, bool privileged)
    {
        QJsonObject container{{"name", "app"}, {"image", "registry.example.com/app@sha256:" + QString(64, QLatin1Char('a'))}};
        if (privileged)
            container.insert("securityContext", QJsonObject{{"privileged", true}});
        return QJsonObject{{"apiVersion", "v1"},
                           {"kind", "Pod"},
                           {"metadata", QJsonObject{{"name", name}, {"namespace", ns}, {"uid", "uid-" + name},
                                                    {"creationTimestamp", "2024-05-01T10:00:00Z"}}},
                           {"spec", QJsonObject{{"containers", QJsonArray{container}}}},
                           {"status", QJsonObject{{"phase", "Running"}}}};
    }

private slots:
    void initTestCase();
    void fixturesCluster();
    void generatedClusterPaginated();
    void forbiddenNetworkPolicies();
    void expiredContinueTokens();
    void failedPageKeepsWhatWasStored();
    void execPluginNeedsApproval();
    void fixedPodResolvesFindings();
    void insecureTlsIsAFinding();
    void registryFactsJoinImages();
    void trivyOperatorReports();
    void cancelStoresNothing();
    void unreachableServerFails();
    void collectTaskRunsClusters();
};

void TestClusterCollector::initTestCase()
{
    if (!haveTool(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (TestCerts needs it)");
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
}

void TestClusterCollector::fixturesCluster()
{
    if (!QFileInfo::exists(fixturePath(QStringLiteral("k9s/po.json"))))
        QSKIP("the shared fixtures (BULKHEAD_FIXTURES_DIR) are not available");
    auto server = newServer();
    QList<QJsonObject> objects;
    for (const char *file : kFixtureFiles) {
        QString error;
        QVERIFY2(server->addFile(fixturePath(QString::fromLatin1(file)), &error), qPrintable(error));
        objects += fixtureObjects(QString::fromLatin1(file));
    }
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("fixtures"), tokenKubeconfig(*server));
    const QString store = newStore(c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    QVERIFY(r.notCollected.empty());

    const std::set<std::string> expected = expectedWorkloads(objects);
    QVERIFY(expected.size() >= 4);
    QCOMPARE(storedWorkloads(store, "fixtures"), expected);
    QCOMPARE(r.workloads, int(expected.size()));
    int namespaces = 0, clusterRoles = 0, secrets = 0;
    for (const QJsonObject &o : objects) {
        const QString kind = o.value(QStringLiteral("kind")).toString();
        namespaces += kind == QLatin1String("Namespace");
        clusterRoles += kind == QLatin1String("ClusterRole");
        secrets += kind == QLatin1String("Secret");
    }
    QCOMPARE(r.namespaces, namespaces);

    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    WorkloadRepository repo(db);
    QCOMPARE(int(repo.objects("fixtures", "ClusterRole").size()), clusterRoles);
    const std::vector<KubeObjectRecord> storedSecrets = repo.objects("fixtures", "Secret");
    QCOMPARE(int(storedSecrets.size()), secrets);
    for (const KubeObjectRecord &s : storedSecrets) {
        QVERIFY2(s.json.find("\"data\"") == std::string::npos, s.json.c_str());
        QVERIFY2(s.json.find("last-applied") == std::string::npos, s.json.c_str());
    }
    // Every resource listed completely; namespaces guard RUN-3.
    const auto cov = coverage(store, "fixtures");
    QCOMPARE(cov.at("pods").state, std::string("complete"));
    QCOMPARE(cov.at("pods").items, std::int64_t(2));
    QVERIFY(cov.at("namespaces").controls == std::vector<std::string>{"RUN-3"});

    // The bare nginx pod runs nginx:alpine: a tag without a digest.
    const auto rules = openRules(store);
    const std::string nginx = kubernetesIdentity("fixtures", "default", "Pod", "nginx");
    QVERIFY(rules.count(nginx));
    QVERIFY(rules.at(nginx).count("bulkhead/k8s-" + std::string(workloadcheck::kImageNotPinned)));
    // The fixture's secret values (base64 in data and in the last-applied annotation) never reach the store.
    const QByteArray bytes = test::storeFileBytes(store);
    for (const char *value : {"YnVtYmxlYmVldHVuYQo=", "ZmVybmFuZAo=", "bumblebeetuna"})
        QVERIFY2(!bytes.contains(value), value);
    QCOMPARE(lastRunStatus(store), std::string("complete"));
}

void TestClusterCollector::generatedClusterPaginated()
{
    auto server = newServer();
    GeneratedCluster spec;
    spec.namespaces = 4;
    spec.controllers = 16;
    spec.pods = 48;
    spec.rbacObjects = 40;
    spec.secrets = 10;
    spec.networkPolicies = 2;
    server->generateCluster(spec);
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("gen"), tokenKubeconfig(*server), 7); // many pages
    const QString store = newStore(c);
    std::vector<CollectionProgress> progress;
    const CollectionResult r = collect(store, c, nullptr, nullptr, [&](const CollectionProgress &p) { progress.push_back(p); });
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());

    const int controllers = server->objectCount(QStringLiteral("deployments")) + server->objectCount(QStringLiteral("statefulsets"))
        + server->objectCount(QStringLiteral("daemonsets")) + server->objectCount(QStringLiteral("cronjobs"));
    QCOMPARE(controllers, spec.controllers);
    QCOMPARE(r.workloads, controllers); // every pod belongs to a controller
    QCOMPARE(r.namespaces, server->objectCount(QStringLiteral("namespaces")));
    QCOMPARE(storedPods(store), server->objectCount(QStringLiteral("pods")));
    const auto cov = coverage(store, "gen");
    QCOMPARE(cov.at("secrets").items, std::int64_t(server->objectCount(QStringLiteral("secrets"))));
    QCOMPARE(cov.at("rolebindings.rbac.authorization.k8s.io").items,
             std::int64_t(server->objectCount(QStringLiteral("rolebindings"))));

    // Progress: discovery, then listing done/total up to total, then writing.
    QVERIFY(!progress.empty());
    QCOMPARE(progress.front().phase, std::string("discovery"));
    QCOMPARE(progress.back().phase, std::string("writing"));
    bool listedAll = false;
    for (const CollectionProgress &p : progress)
        listedAll = listedAll || (p.phase == "listing" && p.total > 0 && p.done == p.total);
    QVERIFY(listedAll);

    // Secrets were only ever asked for as metadata.
    int secretLists = 0;
    for (const RecordedRequest &req : server->requests()) {
        if (!req.target.contains("/secrets"))
            continue;
        ++secretLists;
        QVERIFY2(req.header("Accept").contains("as=PartialObjectMetadataList"), req.header("Accept").constData());
    }
    QVERIFY(secretLists >= 1);
    // Planted values: not in the store file, its WAL, the result or the run record.
    const QByteArray bytes = test::storeFileBytes(store);
    const QStringList planted = server->plantedSecretValues();
    QVERIFY(!planted.isEmpty());
    for (const QString &value : planted) {
        QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
        QVERIFY(r.error.find(value.toStdString()) == std::string::npos);
    }
    QVERIFY(!bytes.contains(kToken.toUtf8()));
}

void TestClusterCollector::forbiddenNetworkPolicies()
{
    auto server = newServer();
    GeneratedCluster spec;
    spec.namespaces = 3;
    spec.controllers = 6;
    spec.pods = 12;
    server->generateCluster(spec);
    server->forbid(QStringLiteral("networkpolicies"));
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("nopol"), tokenKubeconfig(*server));
    const QString store = newStore(c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Partial, r.error.c_str());
    QCOMPARE(r.notCollected, std::vector<std::string>{"networkpolicies.networking.k8s.io (forbidden)"});
    QCOMPARE(lastRunStatus(store), std::string("partial"));
    const auto cov = coverage(store, "nopol");
    const CoverageRecord &np = cov.at("networkpolicies.networking.k8s.io");
    QCOMPARE(np.state, std::string("forbidden"));
    QVERIFY(np.controls == std::vector<std::string>{"RUN-3"});
    QCOMPARE(cov.at("pods").state, std::string("complete"));

    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    const std::vector<NamespaceRow> rows = WorkloadRepository(db).namespaceRows("nopol");
    QCOMPARE(int(rows.size()), spec.namespaces);
    for (const NamespaceRow &n : rows)
        QVERIFY(!n.policiesAssessed); // "not assessed", never "no policy"
    for (const auto &[asset, rules] : openRules(store)) {
        QVERIFY2(!rules.count(clusterrule::kNoNetworkPolicy), asset.c_str());
        QVERIFY2(!rules.count(clusterrule::kNoDefaultDenyIngress), asset.c_str());
    }
    // The workloads are still judged.
    QCOMPARE(r.workloads, spec.controllers);
}

void TestClusterCollector::expiredContinueTokens()
{
    GeneratedCluster spec;
    spec.namespaces = 4;
    spec.controllers = 8;
    spec.pods = 48;
    spec.rbacObjects = 40;
    spec.secrets = 10;
    const int pageSize = 5;
    const QStringList resources{"namespaces", "serviceaccounts", "roles", "clusterroles", "rolebindings",
                                "clusterrolebindings", "networkpolicies", "secrets", "replicasets", "jobs",
                                "pods", "deployments", "statefulsets", "daemonsets", "cronjobs"};
    {
        // Tokens expire once, in the middle of the lists: the list that meets it starts again and
        // what it had is forgotten, so nothing is counted twice.
        auto server = newServer();
        server->generateCluster(spec);
        // Lists go in this order (core/kube/clusterresources.cpp): the point is the pods' 2nd page.
        int pagesWithoutRestart = 0, pagesBeforePods = 0;
        for (const QString &r : resources) {
            if (r == QLatin1String("pods"))
                pagesBeforePods = pagesWithoutRestart;
            pagesWithoutRestart += std::max(1, (server->objectCount(r) + pageSize - 1) / pageSize);
        }
        QVERIFY(server->objectCount(QStringLiteral("pods")) > 3 * pageSize);
        server->setContinueExpiry(pagesBeforePods + 2, false);
        QVERIFY(server->start());
        const ClusterSourceConfig c = source(QStringLiteral("once"), tokenKubeconfig(*server), pageSize);
        const QString store = newStore(c);
        const CollectionResult r = collect(store, c);
        QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
        // A list did start again.
        QVERIFY2(server->pagesServed() > pagesWithoutRestart,
                 qPrintable(QStringLiteral("%1 pages served, %2 without a restart").arg(server->pagesServed()).arg(pagesWithoutRestart)));
        QCOMPARE(r.workloads, spec.controllers);
        QCOMPARE(storedPods(store), server->objectCount(QStringLiteral("pods")));
        const auto cov = coverage(store, "once");
        for (const QString &res : resources) {
            const auto it = std::find_if(cov.begin(), cov.end(), [&](const auto &kv) {
                return kv.first == res.toStdString() || kv.first.rfind(res.toStdString() + '.', 0) == 0;
            });
            QVERIFY2(it != cov.end(), qPrintable(res));
            QCOMPARE(it->second.items, std::int64_t(server->objectCount(res)));
        }
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        QCOMPARE(int(WorkloadRepository(db).objects("once", "Secret").size()), server->objectCount(QStringLiteral("secrets")));
    }
    {
        // Every token expires: a list of more than one page ends partial after its one restart.
        auto server = newServer();
        server->generateCluster(spec);
        server->setContinueExpiry(1, true);
        QVERIFY(server->start());
        const ClusterSourceConfig c = source(QStringLiteral("always"), tokenKubeconfig(*server), pageSize);
        const QString store = newStore(c);
        const CollectionResult r = collect(store, c);
        QVERIFY2(r.status == CollectionStatus::Partial, r.error.c_str());
        const auto cov = coverage(store, "always");
        QCOMPARE(cov.at("pods").state, std::string("partial"));
        QVERIFY(std::find(r.notCollected.begin(), r.notCollected.end(), "pods (partial)") != r.notCollected.end());
        QCOMPARE(lastRunStatus(store), std::string("partial"));
    }
}

void TestClusterCollector::failedPageKeepsWhatWasStored()
{
    auto server = newServer();
    GeneratedCluster spec;
    spec.namespaces = 2;
    spec.controllers = 12;
    spec.pods = 24;
    server->generateCluster(spec);
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("flaky"), tokenKubeconfig(*server), 2);
    const QString store = newStore(c);
    QVERIFY(collect(store, c).status == CollectionStatus::Complete);
    const std::set<std::string> before = storedWorkloads(store, "flaky");
    QCOMPARE(int(before.size()), spec.controllers);

    // The second page of deployments fails with a 500: that list is partial, the run too, and
    // no workload of the complete run is removed for not being seen.
    QVERIFY(server->objectCount(QStringLiteral("deployments")) > 2);
    server->failListOnce(QStringLiteral("deployments"), 500, 1);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Partial, r.error.c_str());
    QCOMPARE(coverage(store, "flaky").at("deployments.apps").state, std::string("partial"));
    QCOMPARE(storedWorkloads(store, "flaky"), before);
    QVERIFY2(r.error.find("deployments") != std::string::npos, r.error.c_str());
}

void TestClusterCollector::execPluginNeedsApproval()
{
    auto server = newServer();
    server->addObject(pod(QStringLiteral("default"), QStringLiteral("web"), false));
    QVERIFY(server->start());
    // A plugin that notes each run in a marker file and prints an ExecCredential with the token.
    const QString marker = newPath(QStringLiteral("plugin-runs"));
    const QString plugin = newPath(QStringLiteral("plugin")) + QStringLiteral(".sh");
    {
        QFile f(plugin);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\necho run >> \"$2\"\n"
                               "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                               "\"status\":{\"token\":\"%1\"}}'\n")
                    .arg(kToken)
                    .toUtf8());
        f.close();
        QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
    }
    const QString kubeconfig = writeKubeconfig(
        *server, QStringLiteral("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: %1\n"
                                "      args: [\"--marker\", \"%2\"]\n      interactiveMode: Never\n")
                     .arg(plugin, marker));
    ClusterSourceConfig c = source(QStringLiteral("plugin"), kubeconfig);
    const QString store = newStore(c);

    // Not approved: the run fails naming the command, and the plugin never ran.
    ExecCredentialProvider exec;
    const CollectionResult denied = collect(store, c, &exec);
    QVERIFY(denied.status == CollectionStatus::Failed);
    QVERIFY2(denied.error.find(plugin.toStdString()) != std::string::npos, denied.error.c_str());
    QVERIFY2(denied.error.find("approve") != std::string::npos, denied.error.c_str());
    QVERIFY(!QFile::exists(marker));
    QCOMPARE(exec.runs(), 0);

    // Approved for exactly this kubeconfig user.
    std::string error;
    const auto config = loadKubeConfig({kubeconfig.toStdString()}, &error);
    QVERIFY2(config, error.c_str());
    const KubeUser *user = config->user("tester");
    QVERIFY(user && user->exec);
    c.execApproval = execApprovalFingerprint(user->sourceFile, user->name, *user->exec);
    {
        Database db = Database::open(store.toStdString());
        SourceRepository(db).update(c);
    }
    const CollectionResult approved = collect(store, c, &exec);
    QVERIFY2(approved.status == CollectionStatus::Complete, approved.error.c_str());
    QCOMPARE(approved.workloads, 1);
    QVERIFY(QFile::exists(marker));
    QCOMPARE(exec.runs(), 1);
    // The plugin's token lives in memory only.
    QVERIFY(!test::storeFileBytes(store).contains(kToken.toUtf8()));

    // A fingerprint of another command is no approval.
    c.execApproval = std::string(64, '0');
    const CollectionResult changed = collect(store, c, &exec);
    QVERIFY(changed.status == CollectionStatus::Failed);
    QCOMPARE(exec.runs(), 1);
}

void TestClusterCollector::fixedPodResolvesFindings()
{
    const QString kubeconfig = newPath(QStringLiteral("kubeconfig-fix")) + QStringLiteral(".yaml");
    ClusterSourceConfig c = source(QStringLiteral("fix"), kubeconfig);
    const QString store = newStore(c);
    const std::string identity = kubernetesIdentity("fix", "default", "Pod", "web");
    const std::string privileged = "bulkhead/k8s-" + std::string(workloadcheck::kPrivileged);
    {
        auto server = newServer();
        server->addObject(pod(QStringLiteral("default"), QStringLiteral("web"), true));
        server->addObject(pod(QStringLiteral("default"), QStringLiteral("gone"), true));
        QVERIFY(server->start());
        QVERIFY(QFile::copy(tokenKubeconfig(*server), kubeconfig));
        const CollectionResult r = collect(store, c);
        QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
        QVERIFY(r.newFindings >= 2);
        const auto rules = openRules(store);
        QVERIFY(rules.at(identity).count(privileged));
        QVERIFY(rules.at(kubernetesIdentity("fix", "default", "Pod", "gone")).count(privileged));
    }
    // The same cluster after the fix: "web" no longer privileged, "gone" deleted.
    auto server = newServer();
    server->addObject(pod(QStringLiteral("default"), QStringLiteral("web"), false));
    QVERIFY(server->start());
    QVERIFY(QFile::remove(kubeconfig));
    QVERIFY(QFile::copy(tokenKubeconfig(*server), kubeconfig));
    const CollectionResult again = collect(store, c);
    QVERIFY2(again.status == CollectionStatus::Complete, again.error.c_str());
    QVERIFY(again.resolved >= 2);
    const auto rules = openRules(store);
    QVERIFY(!rules.count(identity) || !rules.at(identity).count(privileged));
    QVERIFY(!rules.count(kubernetesIdentity("fix", "default", "Pod", "gone")));
    QCOMPARE(storedWorkloads(store, "fix"), (std::set<std::string>{"default/Pod/web"}));
}

void TestClusterCollector::insecureTlsIsAFinding()
{
    auto server = newServer();
    server->addObject(pod(QStringLiteral("default"), QStringLiteral("web"), false));
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("skip"), tokenKubeconfig(*server, true));
    const QString store = newStore(c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    const auto rules = openRules(store);
    QVERIFY(rules.at(kubernetesIdentity("skip", "", "Cluster", "skip")).count(clusterrule::kInsecureTls));
}

void TestClusterCollector::registryFactsJoinImages()
{
    const std::string root = "sha256:" + std::string(64, '1'), app = "sha256:" + std::string(64, '2');
    auto server = newServer();
    QJsonObject byTag = pod(QStringLiteral("default"), QStringLiteral("by-tag"), false);
    QJsonObject byId = pod(QStringLiteral("default"), QStringLiteral("by-id"), false);
    QJsonObject unknown = pod(QStringLiteral("default"), QStringLiteral("unknown"), false);
    auto setImage = [](QJsonObject &p, const QString &image) {
        QJsonObject spec = p.value("spec").toObject();
        QJsonArray containers = spec.value("containers").toArray();
        QJsonObject c = containers.at(0).toObject();
        c.insert("image", image);
        containers[0] = c;
        spec.insert("containers", containers);
        p.insert("spec", spec);
    };
    setImage(byTag, QStringLiteral("registry.example.com/team/root:1.0"));    // the tag the registry recorded
    setImage(byId, QStringLiteral("registry.example.com/team/app:moving"));  // a tag it never saw...
    byId.insert("status", QJsonObject{{"phase", "Running"},                  // ...but the running digest it did
                                      {"containerStatuses", QJsonArray{QJsonObject{
                                           {"name", "app"}, {"imageID", QString::fromStdString("registry.example.com/team/app@" + app)}}}}});
    setImage(unknown, QStringLiteral("other.example.com/x:1"));
    for (const QJsonObject &p : {byTag, byId, unknown})
        server->addObject(p);
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("joined"), tokenKubeconfig(*server));
    const QString store = newStore(c);
    {
        Database db = Database::open(store.toStdString());
        RegistrySourceConfig reg;
        reg.name = "reg";
        reg.url = "https://registry.example.com";
        const std::int64_t id = SourceRepository(db).add(reg);
        auto image = db.prepare("INSERT INTO images(source_id, repository, digest, user, signature_state, first_seen, "
                                "last_seen) VALUES(?, ?, ?, ?, ?, 1, 1)");
        image.bind(1, id).bind(2, std::string_view("team/root")).bindText(3, root).bind(4, std::string_view("")).bind(5, 0).exec();
        image.reset();
        image.bind(1, id).bind(2, std::string_view("team/app")).bindText(3, app).bind(4, std::string_view("app")).bind(5, 2).exec();
        auto tag = db.prepare("INSERT INTO image_tags(source_id, repository, tag, digest, last_seen) VALUES(?, 'team/root', '1.0', ?, 1)");
        tag.bind(1, id).bindText(2, root).exec();
    }
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());

    const auto &ids = workloadCheckIds();
    auto column = [&](std::string_view check) {
        return std::size_t(std::find(ids.begin(), ids.end(), check) - ids.begin());
    };
    std::map<std::string, WorkloadRow> rows;
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    WorkloadFilter f;
    f.cluster = "joined";
    for (const WorkloadRow &w : WorkloadRepository(db).page(f, WorkloadSort::Name, false, 0, 100))
        rows[w.name] = w;
    QCOMPARE(rows.size(), std::size_t(3));
    const std::size_t unsignedColumn = column(workloadcheck::kImageUnsigned);
    QVERIFY(rows.at("by-tag").cells.at(unsignedColumn).state == CheckState::Fail);     // unsigned in the registry
    QVERIFY(rows.at("by-id").cells.at(unsignedColumn).state == CheckState::Pass);      // verified
    QVERIFY(rows.at("unknown").cells.at(unsignedColumn).state == CheckState::NotAssessed);
    // The registry knows by-tag's image runs as root, and nothing in the pod overrides it.
    QVERIFY(rows.at("by-tag").cells.at(column(workloadcheck::kRunAsRoot)).state == CheckState::Fail);
}

void TestClusterCollector::trivyOperatorReports()
{
    if (!QFileInfo::exists(fixturePath(QStringLiteral("trivy-operator/configauditreport_many.json"))))
        QSKIP("the shared fixtures (BULKHEAD_FIXTURES_DIR) are not available");
    auto server = newServer();
    server->setTrivyOperatorInstalled(true);
    const QStringList reports{QStringLiteral("trivy-operator/vulnerabilityreport_many.json"),
                              QStringLiteral("trivy-operator/configauditreport_many.json"),
                              QStringLiteral("trivy-operator/exposedsecretreport_many.json")};
    for (const QString &f : reports)
        server->addObject(fixtureObject(f));
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("trivy"), tokenKubeconfig(*server));
    const QString store = newStore(c);
    const CollectionResult r = collect(store, c);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    const auto cov = coverage(store, "trivy");
    QCOMPARE(cov.at("vulnerabilityreports.aquasecurity.github.io").items, std::int64_t(1));
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    QCOMPARE(db.scalar("SELECT count(*) FROM reports WHERE path LIKE 'cluster:trivy/%'"), std::int64_t(3));
    // Each report's entries, counted with Qt's parser: vulnerabilities, failed checks, secrets.
    const QJsonObject vuln = fixtureObject(reports[0]).value(QStringLiteral("report")).toObject();
    const std::int64_t vulnerabilities = vuln.value(QStringLiteral("vulnerabilities")).toArray().size();
    auto st = db.prepare("SELECT count(*) FROM findings f JOIN reports r ON r.id = f.first_report_id "
                         "WHERE r.path LIKE 'cluster:trivy/vulnerabilityreports%'");
    QVERIFY(st.step());
    QVERIFY(vulnerabilities > 0);
    QVERIFY(st.int64(0) > 0 && st.int64(0) <= vulnerabilities);
    // Kubernetes assets of the reports carry the cluster's name.
    QCOMPARE(db.scalar("SELECT count(*) FROM assets WHERE kind = 3 AND identity LIKE '/%'"), std::int64_t(0));
}

void TestClusterCollector::cancelStoresNothing()
{
    auto server = newServer();
    GeneratedCluster spec;
    spec.controllers = 8;
    spec.pods = 16;
    server->generateCluster(spec);
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("cancel"), tokenKubeconfig(*server), 5);
    const QString store = newStore(c);
    CancelToken cancel;
    const CollectionResult r = collect(store, c, nullptr, &cancel, [&](const CollectionProgress &p) {
        if (p.phase == "listing" && p.done >= 3)
            cancel.cancel();
    });
    QVERIFY(r.status == CollectionStatus::Cancelled);
    QCOMPARE(lastRunStatus(store), std::string("cancelled"));
    QVERIFY(storedWorkloads(store).empty());
    QVERIFY(coverage(store, "cancel").empty());
    QVERIFY(openRules(store).empty());
}

void TestClusterCollector::unreachableServerFails()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    auto server = newServer(); // not started: only its URL shape is borrowed
    const QString kubeconfig = newPath(QStringLiteral("kubeconfig-dead")) + QStringLiteral(".yaml");
    {
        QFile f(kubeconfig);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n"
                               "    server: https://127.0.0.1:%1\n    certificate-authority: %2\n"
                               "users:\n- name: tester\n  user:\n    token: %3\n"
                               "contexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n"
                               "current-context: test\n")
                    .arg(port)
                    .arg(m_certs->caCert(), kToken)
                    .toUtf8());
    }
    const ClusterSourceConfig c = source(QStringLiteral("dead"), kubeconfig);
    const QString store = newStore(c);
    const CollectionResult r = collect(store, c);
    QVERIFY(r.status == CollectionStatus::Failed);
    QVERIFY2(r.error.find("127.0.0.1") != std::string::npos, r.error.c_str());
    QVERIFY2(r.error.find("test") != std::string::npos, r.error.c_str()); // the context
    QVERIFY(r.error.find(kToken.toStdString()) == std::string::npos);
    QCOMPARE(lastRunStatus(store), std::string("failed"));

    // A context the kubeconfig does not have: the error names it and the file.
    ClusterSourceConfig wrong = c;
    wrong.context = "nosuch";
    const CollectionResult missing = collect(store, wrong);
    QVERIFY(missing.status == CollectionStatus::Failed);
    QVERIFY2(missing.error.find("nosuch") != std::string::npos, missing.error.c_str());
}

void TestClusterCollector::collectTaskRunsClusters()
{
    auto server = newServer();
    server->addObject(pod(QStringLiteral("default"), QStringLiteral("web"), true));
    QVERIFY(server->start());
    const ClusterSourceConfig c = source(QStringLiteral("task"), tokenKubeconfig(*server));
    const QString store = newStore(c);
    std::map<QString, QString> statuses, summaries;
    int finishedCount = 0;
    CollectTask task(store, {});
    connect(&task, &CollectTask::sourceDone, this, [&](const QString &name, const QString &status, const QString &summary) {
        statuses[name] = status;
        summaries[name] = summary;
    });
    connect(&task, &CollectTask::finished, this, [&] { ++finishedCount; });
    task.start();
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount, 1, 60000);
    QCOMPARE(statuses, (std::map<QString, QString>{{"task", "complete"}}));
    QVERIFY2(summaries["task"].startsWith(QLatin1String("complete: ")), qPrintable(summaries["task"]));
    QVERIFY2(summaries["task"].contains(QLatin1String(" 1 workloads")), qPrintable(summaries["task"]));
}

QTEST_GUILESS_MAIN(TestClusterCollector)
#include "tst_clustercollector.moc"
