// `bulkheadctl rbac` (the real binary, $BULKHEADCTL) on a store the test prepares the way the
// collector fills it: the cluster's objects through WorkloadRepository::writeCollection, then
// analyzeRbac and RbacRepository::writeAnalysis. who-can answers are compared with a plain
// evaluator written here over the same JSON objects; subject, why / why not, review (bulk, bad
// input, unknown bindings), bindings --due with review intervals from the settings, change
// detection after a re-collection, and risks.

#include "kube/kubeworkload.h"
#include "rbac/rbacanalysis.h"
#include "sources/clustersourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "secrets/csvrecords.h"
#include "store/rbacrepository.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <set>

using namespace bulkhead;
using nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    QString out, err;
    QString all() const { return out + err; }
};

const char *const kRbacApi = "rbac.authorization.k8s.io/v1";
const char *const kAggregateToView = "rbac.authorization.k8s.io/aggregate-to-view";

json rule(std::vector<std::string> verbs, std::vector<std::string> groups, std::vector<std::string> resources,
          std::vector<std::string> names = {})
{
    json r{{"verbs", verbs}, {"apiGroups", groups}, {"resources", resources}};
    if (!names.empty())
        r["resourceNames"] = names;
    return r;
}

json meta(const std::string &ns, const std::string &name, json labels = json::object())
{
    static int serial = 0;
    json m{{"name", name}, {"uid", "uid-" + name + "-" + std::to_string(++serial)}, {"creationTimestamp", "2026-01-05T10:00:00Z"}};
    if (!ns.empty())
        m["namespace"] = ns;
    if (!labels.empty())
        m["labels"] = std::move(labels);
    return m;
}

json clusterRole(const std::string &name, json rules, json labels = json::object(), json selectors = nullptr)
{
    json o{{"apiVersion", kRbacApi}, {"kind", "ClusterRole"}, {"metadata", meta("", name, std::move(labels))},
           {"rules", std::move(rules)}};
    if (!selectors.is_null())
        o["aggregationRule"] = {{"clusterRoleSelectors", std::move(selectors)}};
    return o;
}

json role(const std::string &ns, const std::string &name, json rules)
{
    return {{"apiVersion", kRbacApi}, {"kind", "Role"}, {"metadata", meta(ns, name)}, {"rules", std::move(rules)}};
}

json subject(const std::string &kind, const std::string &name, const std::string &ns = {})
{
    json s{{"kind", kind}, {"name", name}};
    if (kind == "ServiceAccount") {
        if (!ns.empty()) // a RoleBinding's service account may leave it out: the binding's namespace
            s["namespace"] = ns;
    } else {
        s["apiGroup"] = "rbac.authorization.k8s.io";
    }
    return s;
}

json binding(const std::string &ns, const std::string &name, const std::string &roleKind, const std::string &roleName,
             json subjects, json labels = json::object())
{
    return {{"apiVersion", kRbacApi},
            {"kind", ns.empty() ? "ClusterRoleBinding" : "RoleBinding"},
            {"metadata", meta(ns, name, std::move(labels))},
            {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", roleKind}, {"name", roleName}}},
            {"subjects", std::move(subjects)}};
}

json serviceAccount(const std::string &ns, const std::string &name)
{
    return {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta(ns, name)}};
}

// The crafted cluster: aggregation, subresources, resourceNames, groups (system:serviceaccounts:NS
// too), a non-resource URL, cluster-wide and namespaced grants, a bootstrap binding, anonymous
// access, a dangling subject and a dangling roleRef.
std::vector<json> craftedCluster()
{
    const json boot{{"kubernetes.io/bootstrapping", "rbac-defaults"}};
    return {
        serviceAccount("shop", "default"), serviceAccount("shop", "web"), serviceAccount("shop", "deployer"),
        serviceAccount("billing", "default"), serviceAccount("billing", "invoicer"),
        clusterRole("cluster-admin", json::array({rule({"*"}, {"*"}, {"*"}), json{{"verbs", {"*"}}, {"nonResourceURLs", {"*"}}}}),
                    boot),
        clusterRole("view", json::array(), json::object(), json::array({{{"matchLabels", {{kAggregateToView, "true"}}}}})),
        clusterRole("pods-view", json::array({rule({"get", "list", "watch"}, {""}, {"pods", "services"})}),
                    json{{kAggregateToView, "true"}}),
        clusterRole("widgets-view", json::array({rule({"get", "list", "watch"}, {"example.io"}, {"widgets"})}),
                    json{{kAggregateToView, "true"}}),
        clusterRole("pod-reader", json::array({rule({"get", "list", "watch"}, {""}, {"pods"}), rule({"get"}, {""}, {"pods/log"})})),
        clusterRole("secret-reader", json::array({rule({"get"}, {""}, {"secrets"}, {"db-password"})})),
        clusterRole("node-proxy", json::array({rule({"get"}, {""}, {"nodes/proxy"})})),
        clusterRole("health-reader", json::array({json{{"verbs", {"get"}}, {"nonResourceURLs", {"/healthz", "/metrics*"}}}})),
        binding("", "cluster-admin", "ClusterRole", "cluster-admin", json::array({subject("Group", "system:masters")}), boot),
        binding("", "ops-admin", "ClusterRole", "cluster-admin", json::array({subject("User", "alice")})),
        binding("", "readers", "ClusterRole", "pod-reader",
                json::array({subject("Group", "team-readers"), subject("ServiceAccount", "invoicer", "billing")})),
        binding("", "anonymous-view", "ClusterRole", "view", json::array({subject("User", "system:anonymous")})),
        binding("", "ghost-binding", "ClusterRole", "node-proxy", json::array({subject("ServiceAccount", "ghost", "shop")})),
        binding("", "gone-role", "ClusterRole", "deleted-role", json::array({subject("User", "carol")})),
        binding("", "monitoring", "ClusterRole", "health-reader", json::array({subject("Group", "monitoring")})),
        role("shop", "deployer",
             json::array({rule({"create", "update", "patch"}, {"apps"}, {"deployments"}), rule({"create"}, {""}, {"pods"}),
                          rule({"get", "list"}, {""}, {"pods"})})),
        role("shop", "exec", json::array({rule({"create"}, {""}, {"pods/exec"})})),
        role("billing", "config", json::array({rule({"get"}, {""}, {"configmaps"}, {"billing-config"})})),
        binding("shop", "deploy", "Role", "deployer",
                json::array({subject("ServiceAccount", "deployer", "shop"), subject("User", "bob")})),
        binding("shop", "debug", "Role", "exec",
                json::array({subject("User", "bob"), subject("Group", "system:serviceaccounts:shop")})),
        binding("shop", "viewers", "ClusterRole", "view", json::array({subject("Group", "team-shop")})),
        binding("billing", "config-read", "Role", "config", json::array({subject("ServiceAccount", "invoicer")})),
        binding("billing", "secret", "ClusterRole", "secret-reader", json::array({subject("User", "dave")})),
    };
}

std::vector<KubeWorkload> craftedWorkloads()
{
    KubeWorkload web;
    web.nameSpace = "shop";
    web.kind = "Deployment";
    web.name = "web";
    web.uid = "uid-deploy-web";
    web.serviceAccount = "deployer";
    web.pods = 2;
    KubeWorkload invoices = web;
    invoices.nameSpace = "billing";
    invoices.name = "invoices";
    invoices.uid = "uid-deploy-invoices";
    invoices.serviceAccount = "invoicer";
    return {web, invoices};
}

// Writes one collection of `objects` for cluster `name` (adding the source the first time) and
// its RBAC analysis, as the collector does in its transaction.
void storeCluster(const QString &path, const std::string &name, const std::vector<json> &objects)
{
    Database db = Database::open(path.toStdString());
    SourceRepository sources(db);
    std::int64_t sourceId = 0;
    if (const auto row = sources.find(name)) {
        sourceId = row->id;
    } else {
        ClusterSourceConfig source;
        source.name = name;
        source.context = name;
        sourceId = sources.add(source);
    }
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    ClusterCollectionWrite write;
    write.sourceId = sourceId;
    write.runId = CollectionRunRepository(db).start(sourceId, now);
    write.now = now;
    write.cluster = name;
    write.workloadsComplete = true;
    write.objectKindsComplete = {"ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"};
    for (const char *resource : {"serviceaccounts", "roles.rbac.authorization.k8s.io", "clusterroles.rbac.authorization.k8s.io",
                                 "rolebindings.rbac.authorization.k8s.io", "clusterrolebindings.rbac.authorization.k8s.io"})
        write.coverage.push_back({resource, "complete", 0, "", {"IAM-1"}});
    write.workloads = craftedWorkloads();
    for (const json &o : objects) {
        const json &m = o["metadata"];
        write.objects.push_back({o["kind"].get<std::string>(), m.value("namespace", ""), m["name"].get<std::string>(),
                                 m["uid"].get<std::string>(), 1767607200, o.dump()});
    }
    RbacAnalysis analysis = analyzeRbac(write.objects, write.workloads, true);
    analysis.write.sourceId = sourceId;
    analysis.write.now = now;
    analysis.write.cluster = name;
    Transaction tx(db);
    WorkloadRepository(db).writeCollection(write);
    RbacRepository(db).writeAnalysis(analysis.write);
    tx.commit();
}

// --- The test's own evaluator: the API server's RBAC rules, written plainly over the JSON. ---

struct Question {
    std::string verb, group, resource, subresource, name, nameSpace, url;
};

bool listHas(const json &list, const std::string &value)
{
    if (!list.is_array())
        return false;
    for (const json &v : list) {
        if (v == "*" || v == value)
            return true;
    }
    return false;
}

bool ruleAllowsQuestion(const json &r, const Question &q)
{
    if (!listHas(r.value("verbs", json::array()), q.verb))
        return false;
    if (!q.url.empty()) {
        for (const json &u : r.value("nonResourceURLs", json::array())) {
            const std::string url = u.get<std::string>();
            if (url == "*" || url == q.url || (url.back() == '*' && q.url.rfind(url.substr(0, url.size() - 1), 0) == 0))
                return true;
        }
        return false;
    }
    if (!listHas(r.value("apiGroups", json::array()), q.group))
        return false;
    const std::string full = q.subresource.empty() ? q.resource : q.resource + "/" + q.subresource;
    bool resource = false;
    for (const json &v : r.value("resources", json::array())) {
        const std::string res = v.get<std::string>();
        resource = resource || res == "*" || res == full || (!q.subresource.empty() && res == "*/" + q.subresource);
    }
    if (!resource)
        return false;
    const json names = r.value("resourceNames", json::array());
    return names.empty() || (!q.name.empty() && listHas(names, q.name));
}

const json *findObject(const std::vector<json> &objects, const std::string &kind, const std::string &ns,
                       const std::string &name)
{
    for (const json &o : objects) {
        if (o["kind"] == kind && o["metadata"]["name"] == name && o["metadata"].value("namespace", "") == ns)
            return &o;
    }
    return nullptr;
}

// A role's rules, with aggregation by matchLabels (all the fixture uses).
std::vector<json> rulesOf(const std::vector<json> &objects, const json &role)
{
    std::vector<json> rules(role["rules"].begin(), role["rules"].end());
    if (!role.contains("aggregationRule"))
        return rules;
    for (const json &selector : role["aggregationRule"]["clusterRoleSelectors"]) {
        for (const json &o : objects) {
            if (o["kind"] != "ClusterRole" || &o == &role)
                continue;
            const json labels = o["metadata"].value("labels", json::object());
            bool matches = !selector["matchLabels"].empty();
            for (const auto &[k, v] : selector["matchLabels"].items())
                matches = matches && labels.value(k, "") == v;
            if (matches)
                rules.insert(rules.end(), o["rules"].begin(), o["rules"].end());
        }
    }
    return rules;
}

std::string subjectKey(const json &s, const std::string &bindingNs)
{
    const std::string kind = s["kind"];
    if (kind == "ServiceAccount")
    {
        const std::string ns = s.value("namespace", "");
        return "ServiceAccount/" + (ns.empty() ? bindingNs : ns) + "/" + s["name"].get<std::string>();
    }
    return kind + "/" + s["name"].get<std::string>();
}

std::set<std::string> expectedWhoCan(const std::vector<json> &objects, const Question &q)
{
    std::set<std::string> out;
    for (const json &b : objects) {
        if (b["kind"] != "RoleBinding" && b["kind"] != "ClusterRoleBinding")
            continue;
        const std::string ns = b["metadata"].value("namespace", "");
        if (b["kind"] == "RoleBinding" && (!q.url.empty() || ns != q.nameSpace))
            continue;
        const std::string roleKind = b["roleRef"]["kind"];
        const json *role = findObject(objects, roleKind, roleKind == "Role" ? ns : "", b["roleRef"]["name"]);
        if (!role)
            continue;
        bool allowed = false;
        for (const json &r : rulesOf(objects, *role))
            allowed = allowed || ruleAllowsQuestion(r, q);
        if (allowed) {
            for (const json &s : b["subjects"])
                out.insert(subjectKey(s, ns));
        }
    }
    return out;
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

class TestRbacCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;
    std::vector<json> m_objects;
    int m_files = 0;

    Run ctl(const QString &db, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // The review intervals are read from the settings: this test's, never the user's.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("BULKHEADCTL"), QStringList{QStringLiteral("--db"), db} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A fresh copy of the prepared store, for tests that write.
    QString storeCopy()
    {
        const QString path = m_tmp.filePath(QStringLiteral("copy-%1.db").arg(++m_files));
        QFile::copy(m_db, path);
        return path;
    }

    void writeSettings(const QString &text)
    {
        QDir().mkpath(m_tmp.filePath(QStringLiteral("config/bulkhead")));
        QFile f(m_tmp.filePath(QStringLiteral("config/bulkhead/Bulkhead.conf")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }

    std::set<std::string> subjectsOf(const QJsonObject &answer)
    {
        std::set<std::string> out;
        for (const QJsonValue &s : answer.value("subjects").toArray())
            out.insert(s.toObject().value("subject").toString().toStdString());
        return out;
    }

    static QString joinedKeys(const std::set<std::string> &keys)
    {
        QStringList out;
        for (const std::string &k : keys)
            out << QString::fromStdString(k);
        return out.join(QLatin1String(", "));
    }

    // Bindings of the fixture that are not bootstrap ones (the list hides those by default).
    int nonBootstrapBindings() const
    {
        int n = 0;
        for (const json &o : m_objects) {
            const bool isBinding = o["kind"] == "RoleBinding" || o["kind"] == "ClusterRoleBinding";
            n += isBinding && !o["metadata"].value("labels", json::object()).contains("kubernetes.io/bootstrapping");
        }
        return n;
    }

    QJsonObject bindingNamed(const QJsonArray &list, const QString &kind, const QString &ns, const QString &name)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject b = v.toObject();
            if (b.value("kind").toString() == kind && b.value("namespace").toString() == ns
                && b.value("name").toString() == name)
                return b;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("BULKHEADCTL").isEmpty())
            QSKIP("BULKHEADCTL is not set (the ctest harness sets it)");
        QVERIFY(m_tmp.isValid());
        m_objects = craftedCluster();
        m_db = m_tmp.filePath(QStringLiteral("prod.db"));
        storeCluster(m_db, "prod", m_objects);
    }

    void whoCanMatchesIndependentEvaluator_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("subresource");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nameSpace");
        QTest::addColumn<QString>("url");
        auto row = [](const char *tag, QStringList args, QString verb, QString group, QString resource, QString sub,
                      QString name, QString ns, QString url = {}) {
            QTest::newRow(tag) << args << verb << group << resource << sub << name << ns << url;
        };
        row("get pods in shop", {"get", "pods", "-n", "shop"}, "get", "", "pods", "", "", "shop");
        row("get pods cluster-wide", {"get", "pods"}, "get", "", "pods", "", "", "");
        row("exec in shop", {"create", "pods/exec", "-n", "shop"}, "create", "", "pods", "exec", "", "shop");
        row("exec in billing", {"create", "pods/exec", "--namespace", "billing"}, "create", "", "pods", "exec", "", "billing");
        row("pod logs in billing", {"get", "pods/log", "-n", "billing"}, "get", "", "pods", "log", "", "billing");
        row("aggregated widgets", {"list", "widgets.example.io", "-n", "shop"}, "list", "example.io", "widgets", "", "", "shop");
        row("named secret", {"get", "secrets", "-n", "billing", "--name", "db-password"}, "get", "", "secrets", "",
            "db-password", "billing");
        row("other secret", {"get", "secrets", "-n", "billing", "--name", "other"}, "get", "", "secrets", "", "other",
            "billing");
        row("named configmap", {"get", "configmaps", "-n", "billing", "--name", "billing-config"}, "get", "",
            "configmaps", "", "billing-config", "billing");
        row("deployments without group", {"patch", "deployments", "-n", "shop"}, "patch", "apps", "deployments", "", "",
            "shop");
        row("delete deployments", {"delete", "deployments.apps", "-n", "shop"}, "delete", "apps", "deployments", "", "",
            "shop");
        row("nodes/proxy", {"get", "nodes/proxy"}, "get", "", "nodes", "proxy", "", "");
        row("metrics url", {"get", "/metrics/cpu"}, "get", "", "", "", "", "", "/metrics/cpu");
        row("healthz post", {"post", "/healthz"}, "post", "", "", "", "", "", "/healthz");
    }

    void whoCanMatchesIndependentEvaluator()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, verb);
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, subresource);
        QFETCH(QString, name);
        QFETCH(QString, nameSpace);
        QFETCH(QString, url);
        const Question q{verb.toStdString(), group.toStdString(), resource.toStdString(), subresource.toStdString(),
                         name.toStdString(), nameSpace.toStdString(), url.toStdString()};
        const std::set<std::string> expected = expectedWhoCan(m_objects, q);

        Run r = ctl(m_db, QStringList{"rbac", "who-can"} + args + QStringList{"--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject answer = jsonObject(r.out);
        QCOMPARE(answer.value("cluster").toString(), QStringLiteral("prod"));
        const std::set<std::string> got = subjectsOf(answer);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("got: %1\nexpected: %2").arg(joinedKeys(got), joinedKeys(expected))));
        // Every grant names its chain: binding, role, the rule it allows through.
        for (const QJsonValue &s : answer.value("subjects").toArray()) {
            for (const QJsonValue &g : s.toObject().value("grants").toArray()) {
                const QJsonObject grant = g.toObject();
                QVERIFY(!grant.value("binding").toObject().value("name").toString().isEmpty());
                QVERIFY(!grant.value("role").toObject().value("name").toString().isEmpty());
                QVERIFY(!grant.value("chain").toString().isEmpty());
            }
        }

        // The table: one line per grant after the header, then the count of subjects.
        r = ctl(m_db, QStringList{"rbac", "who-can"} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        if (expected.empty()) {
            QVERIFY2(r.out.startsWith(QLatin1String("no subject of cluster prod may")), qPrintable(r.out));
        } else {
            for (const std::string &key : expected)
                QVERIFY2(r.out.contains(QString::fromStdString(key)), qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("%1 subjects of cluster prod may").arg(expected.size())), qPrintable(r.out));
        }
    }

    void whoCanNamesEveryGrantingSubjectKind()
    {
        // The evaluator's answers above are only as good as the fixture: these questions must reach
        // a group through a RoleBinding, a User through aggregation and a dangling service account.
        Question exec{"create", "", "pods", "exec", "", "shop", ""};
        QVERIFY(expectedWhoCan(m_objects, exec).count("Group/system:serviceaccounts:shop"));
        Question widgets{"list", "example.io", "widgets", "", "", "shop", ""};
        QVERIFY(expectedWhoCan(m_objects, widgets).count("Group/team-shop"));
        Question proxy{"get", "", "nodes", "proxy", "", "", ""};
        QVERIFY(expectedWhoCan(m_objects, proxy).count("ServiceAccount/shop/ghost"));
    }

    void whoCanUsageErrors()
    {
        Run r = ctl(m_db, {"rbac", "who-can", "get"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("VERB and RESOURCE")), qPrintable(r.err));
        r = ctl(m_db, {"rbac", "who-can", "get", ""});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("RESOURCE")), qPrintable(r.err));
        QCOMPARE(ctl(m_db, {"rbac", "who-can", "get", "pods", "--format", "xml"}).exitCode, 2);
        QCOMPARE(ctl(m_db, {"rbac", "who-can", "get", "pods", "--bogus"}).exitCode, 2);
        QCOMPARE(ctl(m_db, {"rbac", "nosuch"}).exitCode, 2);
        QCOMPARE(ctl(m_db, {"rbac"}).exitCode, 2);
        r = ctl(m_db, {"rbac", "who-can", "get", "pods", "--cluster", "staging"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("staging")) && r.err.contains(QLatin1String("prod")), qPrintable(r.err));
        r = ctl(m_db, {"rbac", "who-can", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("who-can VERB RESOURCE")));
        r = ctl(m_db, {"--help"});
        QVERIFY(r.out.contains(QLatin1String("rbac SUBCOMMAND")));
    }

    void severalClustersNeedClusterOption()
    {
        const QString db = storeCopy();
        std::vector<json> staging = {clusterRole("pod-reader", json::array({rule({"get"}, {""}, {"pods"})})),
                                     binding("", "staging-readers", "ClusterRole", "pod-reader",
                                             json::array({subject("User", "stagehand")}))};
        storeCluster(db, "staging", staging);
        Run r = ctl(db, {"rbac", "who-can", "get", "pods"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("prod")) && r.err.contains(QLatin1String("staging"))
                     && r.err.contains(QLatin1String("--cluster")),
                 qPrintable(r.err));
        r = ctl(db, {"rbac", "who-can", "get", "pods", "--cluster", "staging", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(subjectsOf(jsonObject(r.out)), (std::set<std::string>{"User/stagehand"}));
        r = ctl(db, {"rbac", "bindings", "--format", "json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonArray(r.out).size(), nonBootstrapBindings() + 1); // every cluster's
        r = ctl(db, {"rbac", "bindings", "--cluster", "staging", "--format", "json"});
        QCOMPARE(jsonArray(r.out).size(), 1);
    }

    void subjectShowsPermissionsWithChains()
    {
        Run r = ctl(m_db, {"rbac", "subject", "sa:shop/deployer", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonObject s = jsonObject(r.out);
        QCOMPARE(s.value("subject").toString(), QStringLiteral("ServiceAccount/shop/deployer"));
        QCOMPARE(s.value("exists").toBool(), true);
        QVERIFY(s.value("groups").toArray().contains(QJsonValue(QStringLiteral("system:serviceaccounts:shop"))));
        QVERIFY(s.value("workloads_with_token").toArray().contains(QJsonValue(QStringLiteral("Deployment shop/web"))));
        // Its own RoleBinding (three rules of Role deployer) and the group's (pods/exec).
        int direct = 0, viaGroup = 0;
        for (const QJsonValue &v : s.value("permissions").toArray()) {
            const QJsonObject g = v.toObject();
            const QString bindingName = g.value("binding").toObject().value("name").toString();
            if (bindingName == QLatin1String("deploy")) {
                ++direct;
                QCOMPARE(g.value("role").toObject().value("name").toString(), QStringLiteral("deployer"));
                QVERIFY(!g.contains("via_group"));
            } else if (bindingName == QLatin1String("debug")) {
                ++viaGroup;
                QCOMPARE(g.value("via_group").toString(), QStringLiteral("system:serviceaccounts:shop"));
                QCOMPARE(g.value("rule").toObject().value("resources").toArray().at(0).toString(), QStringLiteral("pods/exec"));
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected grant through ") + bindingName));
            }
        }
        QCOMPARE(direct, 3);
        QCOMPARE(viaGroup, 1);

        r = ctl(m_db, {"rbac", "subject", "ServiceAccount/shop/deployer"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QLatin1String("RoleBinding shop/deploy")) || r.out.contains(QLatin1String("deploy")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("4 grants")), qPrintable(r.out));

        // Permissions that apply in one namespace: shop's grants do not apply in billing.
        r = ctl(m_db, {"rbac", "subject", "bob", "-n", "billing", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(jsonObject(r.out).value("permissions").toArray().size(), 0);
        r = ctl(m_db, {"rbac", "subject", "bob", "-n", "shop", "--format", "json"});
        QCOMPARE(jsonObject(r.out).value("permissions").toArray().size(), 4); // 3 of deployer, 1 of exec

        // A bound service account that does not exist.
        r = ctl(m_db, {"rbac", "subject", "system:serviceaccount:shop:ghost", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(jsonObject(r.out).value("exists").toBool(true), false);
        r = ctl(m_db, {"rbac", "subject", "sa:shop/ghost"});
        QVERIFY2(r.out.contains(QLatin1String("dangling")), qPrintable(r.out));

        // Nobody of that name: said on stderr, and the answer is what its groups get.
        r = ctl(m_db, {"rbac", "subject", "nobody-here"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("User/nobody-here")), qPrintable(r.err));
        QCOMPARE(ctl(m_db, {"rbac", "subject"}).exitCode, 2);
        QCOMPARE(ctl(m_db, {"rbac", "subject", "ServiceAccount/only-a-name"}).exitCode, 2);
    }

    void whyAndWhyNot()
    {
        Run r = ctl(m_db, {"rbac", "why", "bob", "create", "pods/exec", "-n", "shop", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QJsonObject a = jsonObject(r.out);
        QCOMPARE(a.value("allowed").toBool(), true);
        QCOMPARE(a.value("grants").toArray().size(), 1);
        QCOMPARE(a.value("grants").toArray().at(0).toObject().value("binding").toObject().value("name").toString(),
                 QStringLiteral("debug"));

        r = ctl(m_db, {"rbac", "why", "bob", "create", "pods/exec", "-n", "shop"});
        QVERIFY2(r.out.startsWith(QLatin1String("yes: User/bob may create")), qPrintable(r.out));

        // Not in billing: the closest grant is the one in shop, and the namespace is what differs.
        r = ctl(m_db, {"rbac", "why", "bob", "create", "pods/exec", "-n", "billing", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        a = jsonObject(r.out);
        QCOMPARE(a.value("allowed").toBool(true), false);
        QVERIFY(a.value("grants").toArray().isEmpty());
        QVERIFY2(a.contains("closest"), qPrintable(r.out));
        QVERIFY2(a.value("mismatch").toString().contains(QLatin1String("namespace")), qPrintable(r.out));
        QVERIFY(!a.value("explanation").toString().isEmpty());

        // resourceNames: dave may read the one secret, not another.
        r = ctl(m_db, {"rbac", "why", "dave", "get", "secrets", "-n", "billing", "--name", "db-password", "--format", "json"});
        QCOMPARE(jsonObject(r.out).value("allowed").toBool(), true);
        r = ctl(m_db, {"rbac", "why", "dave", "get", "secrets", "-n", "billing", "--name", "other", "--format", "json"});
        a = jsonObject(r.out);
        QCOMPARE(a.value("allowed").toBool(true), false);
        QVERIFY2(a.value("mismatch").toString().contains(QLatin1String("resourceName")), qPrintable(r.out));
        r = ctl(m_db, {"rbac", "why", "dave", "get", "secrets", "-n", "billing", "--name", "other"});
        QVERIFY2(r.out.startsWith(QLatin1String("no: User/dave may not get")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("closest")), qPrintable(r.out));

        QCOMPARE(ctl(m_db, {"rbac", "why", "bob", "create"}).exitCode, 2);
    }

    void reviewsAndTheDueList()
    {
        const QString db = storeCopy();
        const int bindings = nonBootstrapBindings();
        Run r = ctl(db, {"rbac", "bindings", "--due", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(jsonArray(r.out).size(), bindings); // nothing reviewed yet
        for (const QJsonValue &v : jsonArray(r.out))
            QCOMPARE(v.toObject().value("state").toString(), QStringLiteral("never reviewed"));
        r = ctl(db, {"rbac", "bindings", "--include-defaults", "--format", "json"});
        QCOMPARE(jsonArray(r.out).size(), bindings + 1); // the bootstrap cluster-admin binding

        // Bad input records nothing.
        r = ctl(db, {"rbac", "review", "shop/deploy", "--decision", "approve", "--note", "x"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("approve")), qPrintable(r.err));
        QCOMPARE(ctl(db, {"rbac", "review", "shop/deploy"}).exitCode, 2);
        QCOMPARE(ctl(db, {"rbac", "review", "--decision", "keep"}).exitCode, 2);
        r = ctl(db, {"rbac", "review", "shop/deploy", "--decision", "remove"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--note")), qPrintable(r.err));
        r = ctl(db, {"rbac", "review", "shop/deploy", "RoleBinding/shop/no-such-binding", "--decision", "keep"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no-such-binding")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("nothing was recorded")), qPrintable(r.err));
        r = ctl(db, {"rbac", "bindings", "--due", "--format", "json"});
        QCOMPARE(jsonArray(r.out).size(), bindings);

        // A bulk review: three spellings of a binding.
        r = ctl(db, {"rbac", "review", "shop/deploy", "ClusterRoleBinding/ops-admin", "RoleBinding/billing/secret",
                     "--decision", "keep", "--note", "checked with the team"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.startsWith(QLatin1String("3 bindings reviewed: keep")), qPrintable(r.out));
        r = ctl(db, {"rbac", "review", "ClusterRoleBinding/anonymous-view", "--decision", "remove", "--note",
                     "no anonymous access"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        r = ctl(db, {"rbac", "bindings", "--due", "--format", "json"});
        QCOMPARE(jsonArray(r.out).size(), bindings - 4);
        // The table ends with IAM-2 over the cluster: the four reviewed bindings are current.
        r = ctl(db, {"rbac", "bindings", "--due"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QString iam2 = QStringLiteral("IAM-2: 4 of %1 bindings reviewed and current (0 due, %2 never reviewed, 0 changed): not met")
                                 .arg(bindings)
                                 .arg(bindings - 4);
        QVERIFY2(r.out.contains(iam2), qPrintable(r.out));
        r = ctl(db, {"rbac", "bindings", "--format", "json"});
        const QJsonArray all = jsonArray(r.out);
        QJsonObject deploy = bindingNamed(all, "RoleBinding", "shop", "deploy");
        QCOMPARE(deploy.value("state").toString(), QStringLiteral("current"));
        QJsonObject last = deploy.value("last_review").toObject();
        QCOMPARE(last.value("decision").toString(), QStringLiteral("keep"));
        QCOMPARE(last.value("note").toString(), QStringLiteral("checked with the team"));
        QVERIFY(!last.value("reviewer").toString().isEmpty());
        QCOMPARE(bindingNamed(all, "ClusterRoleBinding", "", "anonymous-view").value("last_review").toObject().value("decision").toString(),
                 QStringLiteral("remove"));

        // Intervals from the settings: reviews 40 days old are due for high-risk bindings only
        // (30 days), then for every binding once the interval is 10 days.
        {
            Database store = Database::open(db.toStdString());
            RbacRepository repo(store);
            const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::system_clock::now().time_since_epoch())
                                 .count();
            std::string error;
            const auto proxyId = repo.findBinding("prod", "ClusterRoleBinding/ghost-binding", &error);
            const auto configId = repo.findBinding("prod", "billing/config-read", &error);
            QVERIFY2(proxyId && configId, error.c_str());
            repo.recordReviews({*proxyId, *configId}, ReviewDecision::Keep, "auditor", "last quarter", now - 40 * 86400);
        }
        r = ctl(db, {"rbac", "bindings", "--format", "json"});
        const QJsonArray aged = jsonArray(r.out);
        const QJsonObject proxy = bindingNamed(aged, "ClusterRoleBinding", "", "ghost-binding");
        // nodes/proxy cluster-wide (the kubelet's API on every node): a high-risk binding.
        QVERIFY2(proxy.value("worst").toString() == QLatin1String("high")
                     || proxy.value("worst").toString() == QLatin1String("critical"),
                 qPrintable(r.out));
        QCOMPARE(proxy.value("state").toString(), QStringLiteral("due"));
        const QJsonObject config = bindingNamed(aged, "RoleBinding", "billing", "config-read");
        QCOMPARE(config.value("worst").toString(), QString());
        QCOMPARE(config.value("state").toString(), QStringLiteral("current"));
        writeSettings(QStringLiteral("[rbac]\nreviewIntervalDays=10\n"));
        r = ctl(db, {"rbac", "bindings", "--due", "--format", "json"});
        writeSettings(QString());
        QVERIFY(!bindingNamed(jsonArray(r.out), "RoleBinding", "billing", "config-read").isEmpty());

        // A re-collection that adds a subject to a reviewed binding: changed, with the diff.
        std::vector<json> changed = m_objects;
        for (json &o : changed) {
            if (o["kind"] == "RoleBinding" && o["metadata"]["name"] == "deploy")
                o["subjects"].push_back(subject("User", "mallory"));
        }
        storeCluster(db, "prod", changed);
        r = ctl(db, {"rbac", "bindings", "--due", "--format", "json"});
        deploy = bindingNamed(jsonArray(r.out), "RoleBinding", "shop", "deploy");
        QCOMPARE(deploy.value("state").toString(), QStringLiteral("changed"));
        QVERIFY2(deploy.value("changes").toString().contains(QLatin1String("User/mallory")), qPrintable(r.out));
        r = ctl(db, {"rbac", "bindings", "--due"});
        QVERIFY2(r.out.contains(QLatin1String("User/mallory")), qPrintable(r.out));
    }

    // `rbac history BINDING`: the reviews of one binding, newest first, as table, CSV (read back
    // field by field, the note's formula guarded) and JSON.
    void reviewHistoryOfABinding()
    {
        const QString db = storeCopy();
        const std::string note = "=HYPERLINK(\"x\"), with a comma\nand a line";
        Run r = ctl(db, {"rbac", "review", "shop/deploy", "--decision", "keep", "--note", "first look"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        r = ctl(db, {"rbac", "review", "RoleBinding/shop/deploy", "--decision", "reduce", "--note", QString::fromStdString(note)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));

        r = ctl(db, {"rbac", "history", "shop/deploy", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QJsonArray reviews = jsonArray(r.out);
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews[0].toObject().value("decision").toString(), QStringLiteral("reduce")); // newest first
        QCOMPARE(reviews[0].toObject().value("note").toString(), QString::fromStdString(note));
        QCOMPARE(reviews[1].toObject().value("decision").toString(), QStringLiteral("keep"));
        QCOMPARE(reviews[1].toObject().value("name").toString(), QStringLiteral("deploy"));

        r = ctl(db, {"rbac", "history", "shop/deploy", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const CsvRecords csv = readCsvRecords(r.out.toStdString());
        QVERIFY(csv.problems.empty());
        QCOMPARE(csv.records.size(), std::size_t(3));
        const std::vector<std::string> &header = csv.records[0].fields;
        const auto noteColumn = std::size_t(std::find(header.begin(), header.end(), "note") - header.begin());
        const auto decisionColumn = std::size_t(std::find(header.begin(), header.end(), "decision") - header.begin());
        QCOMPARE(csv.records[1].fields.at(noteColumn), "'" + note);
        QCOMPARE(csv.records[1].fields.at(decisionColumn), std::string("reduce"));
        QCOMPARE(csv.records[2].fields.at(noteColumn), std::string("first look"));

        r = ctl(db, {"rbac", "history", "shop/deploy"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("first look")), qPrintable(r.all()));
        r = ctl(db, {"rbac", "history", "ClusterRoleBinding/ops-admin"});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("never been reviewed")), qPrintable(r.all()));
        r = ctl(db, {"rbac", "history", "shop/no-such-binding"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no-such-binding")), qPrintable(r.err));
        QCOMPARE(ctl(db, {"rbac", "history", "shop/deploy", "--format", "xml"}).exitCode, 2);
    }

    void risksOfTheCluster()
    {
        Run r = ctl(m_db, {"rbac", "risks", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        std::set<std::pair<std::string, std::string>> found; // rule, binding name
        for (const QJsonValue &v : jsonArray(r.out)) {
            const QJsonObject risk = v.toObject();
            found.insert({risk.value("rule").toString().toStdString(),
                          risk.value("binding").toObject().value("name").toString().toStdString()});
            QVERIFY(!risk.value("explanation").toString().isEmpty());
            QCOMPARE(risk.value("bootstrap").toBool(), false);
        }
        for (const auto &expected : std::vector<std::pair<std::string, std::string>>{
                 {"rbac-cluster-admin", "ops-admin"},
                 {"rbac-anonymous-binding", "anonymous-view"},
                 {"rbac-dangling-subject", "ghost-binding"},
                 {"rbac-dangling-role", "gone-role"},
                 {"rbac-pod-exec", "debug"},
                 {"rbac-nodes-proxy", "ghost-binding"},
                 {"rbac-workload-create", "deploy"}})
            QVERIFY2(found.count(expected), (expected.first + " on " + expected.second).c_str());
        QVERIFY(!found.count({"rbac-cluster-admin", "cluster-admin"})); // bootstrap, hidden by default
        r = ctl(m_db, {"rbac", "risks", "--include-defaults", "--rule", "rbac-cluster-admin", "--format", "json"});
        std::set<std::string> admins;
        for (const QJsonValue &v : jsonArray(r.out))
            admins.insert(v.toObject().value("binding").toObject().value("name").toString().toStdString());
        QCOMPARE(admins, (std::set<std::string>{"cluster-admin", "ops-admin"}));

        // The workload running as shop/deployer carries a token that may create pods.
        r = ctl(m_db, {"rbac", "risks", "--workloads", "--format", "json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        bool web = false;
        for (const QJsonValue &v : jsonArray(r.out)) {
            const QJsonObject w = v.toObject();
            if (w.value("name").toString() == QLatin1String("web")) {
                web = true;
                QVERIFY(w.value("rules").toArray().contains(QJsonValue(QStringLiteral("rbac-workload-create"))));
            }
        }
        QVERIFY2(web, qPrintable(r.out));
        QCOMPARE(ctl(m_db, {"rbac", "risks", "--rule", "rbac-nosuch"}).exitCode, 2);
        QCOMPARE(ctl(m_db, {"rbac", "risks", "--severity", "dreadful"}).exitCode, 2);
    }

    void emptyStoreSaysToCollect()
    {
        const QString db = m_tmp.filePath(QStringLiteral("empty.db"));
        Database::open(db.toStdString());
        const Run r = ctl(db, {"rbac", "who-can", "get", "pods"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("collect")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRbacCli)
#include "tst_rbaccli.moc"
