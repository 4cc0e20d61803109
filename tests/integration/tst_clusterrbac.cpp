// The cluster collector's RBAC analysis end to end: the test Kubernetes API server (tests/support
// KubeApiServer) serves crafted roles, bindings, service accounts and a pod; a collection writes
// rbac_bindings and rbac_subjects (RbacRepository) and one finding per (binding, risk rule) on a
// RoleBinding/ClusterRoleBinding asset, with the rule's control. A second collection without the
// risky binding, and with a fixed one, resolves their findings; a third in which RoleBindings are
// forbidden analyses nothing and resolves nothing. The expected bindings and rules are derived
// from the objects the test serves, not from the collector.

#include "kubeapiserver.h"
#include "testcerts.h"
#include "testsupport.h"

#include "kube/clustercollector.h"
#include "rbac/rbacrisk.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/sourcerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1715421600;
const QString kToken = QStringLiteral("rbac-test-token-51c0de");

QJsonObject meta(const QString &ns, const QString &name)
{
    QJsonObject m{{"name", name}, {"uid", "uid-" + ns + "-" + name}, {"creationTimestamp", "2024-05-01T10:00:00Z"}};
    if (!ns.isEmpty())
        m.insert("namespace", ns);
    return m;
}

// The label the API server puts on its default RBAC objects.
QJsonObject asDefault(QJsonObject object)
{
    QJsonObject m = object.value("metadata").toObject();
    m.insert("labels", QJsonObject{{"kubernetes.io/bootstrapping", "rbac-defaults"}});
    object.insert("metadata", m);
    return object;
}

QJsonObject rule(const QStringList &verbs, const QString &group, const QStringList &resources)
{
    return {{"verbs", QJsonArray::fromStringList(verbs)},
            {"apiGroups", QJsonArray{group}},
            {"resources", QJsonArray::fromStringList(resources)}};
}

QJsonObject roleObject(const QString &ns, const QString &name, const QJsonObject &r)
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"},
            {"kind", ns.isEmpty() ? "ClusterRole" : "Role"},
            {"metadata", meta(ns, name)},
            {"rules", QJsonArray{r}}};
}

QJsonObject account(const QString &ns, const QString &name)
{
    return {{"kind", "ServiceAccount"}, {"name", name}, {"namespace", ns}};
}

QJsonObject user(const QString &name)
{
    return {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "User"}, {"name", name}};
}

// nameSpace "" = a ClusterRoleBinding.
QJsonObject bindingObject(const QString &ns, const QString &name, const QString &roleKind, const QString &role,
                          const QJsonArray &subjects)
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"},
            {"kind", ns.isEmpty() ? "ClusterRoleBinding" : "RoleBinding"},
            {"metadata", meta(ns, name)},
            {"roleRef", QJsonObject{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", roleKind}, {"name", role}}},
            {"subjects", subjects}};
}

QJsonObject serviceAccountObject(const QString &ns, const QString &name)
{
    return {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta(ns, name)}};
}

QJsonObject pod(const QString &ns, const QString &name, const QString &serviceAccount)
{
    const QJsonObject container{{"name", "app"}, {"image", "registry.example.com/app@sha256:" + QString(64, QLatin1Char('b'))}};
    return {{"apiVersion", "v1"},
            {"kind", "Pod"},
            {"metadata", meta(ns, name)},
            {"spec", QJsonObject{{"serviceAccountName", serviceAccount}, {"containers", QJsonArray{container}}}},
            {"status", QJsonObject{{"phase", "Running"}}}};
}

// "RoleBinding/ns/name" or "ClusterRoleBinding//name" of a binding object.
std::string bindingId(const QJsonObject &o)
{
    const QJsonObject m = o.value("metadata").toObject();
    return (o.value("kind").toString() + '/' + m.value("namespace").toString() + '/' + m.value("name").toString())
        .toStdString();
}

// asset identity -> open RBAC rule keys.
std::map<std::string, std::set<std::string>> openRbacRules(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    std::map<std::string, std::set<std::string>> out;
    auto st = db.prepare("SELECT a.identity, r.key FROM findings f JOIN assets a ON a.id = f.asset_id "
                         "JOIN rules r ON r.id = f.rule_id WHERE f.resolved_at IS NULL AND r.key LIKE 'bulkhead/rbac-%'");
    while (st.step())
        out[st.text(0)].insert(st.text(1));
    return out;
}

// The open finding messages of an asset.
std::vector<std::string> openMessages(const QString &store, const std::string &identity)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    auto st = db.prepare("SELECT coalesce(f.message, '') FROM findings f JOIN assets a ON a.id = f.asset_id "
                         "WHERE a.identity = ? AND f.resolved_at IS NULL");
    st.bindText(1, identity);
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::string storedControl(const QString &store, const std::string &ruleKey)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    auto st = db.prepare("SELECT coalesce(control, '') FROM rules WHERE key = ?");
    st.bindText(1, ruleKey);
    return st.step() ? st.text(0) : std::string("(no rule)");
}

// "RoleBinding/ns/name" -> its risk rules, as RbacRepository lists them.
std::map<std::string, std::vector<std::string>> storedBindings(const QString &store, const std::string &cluster)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    RbacBindingFilter filter;
    filter.cluster = cluster;
    ReviewPolicy policy;
    policy.now = kNow;
    std::map<std::string, std::vector<std::string>> out;
    for (const RbacBindingRow &r : RbacRepository(db).bindings(filter, policy, RbacBindingSort::Name, false, 0, 1000)) {
        const RbacBindingRecord &b = r.binding;
        out[std::string(b.clusterBinding ? "ClusterRoleBinding" : "RoleBinding") + '/' + b.nameSpace + '/' + b.name] =
            b.riskRules;
    }
    return out;
}

} // namespace

class TestClusterRbac : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    int m_files = 0;

    QString newPath(const QString &stem) { return m_tmp.filePath(QStringLiteral("%1-%2").arg(stem).arg(++m_files)); }

    // Points `kubeconfig` at `server` (a new file each time: the server's port changes).
    void writeKubeconfig(const KubeApiServer &server, const QString &kubeconfig)
    {
        QVERIFY(server.writeKubeconfig(kubeconfig, kToken));
    }

    // A cluster source with its own kubeconfig file (written by collectObjects) and store.
    ClusterSourceConfig newSource(const std::string &name)
    {
        ClusterSourceConfig c;
        c.name = name;
        c.kubeconfig = (newPath(QStringLiteral("kubeconfig")) + QStringLiteral(".yaml")).toStdString();
        c.context = "test";
        c.server = "https://127.0.0.1";
        const QString store = storeOf(c);
        Database db = Database::open(store.toStdString());
        SourceRepository(db).add(c);
        return c;
    }
    QString storeOf(const ClusterSourceConfig &c) const
    {
        return m_tmp.filePath(QString::fromStdString(c.name) + QStringLiteral(".db"));
    }

    static CollectionResult collect(const QString &store, const ClusterSourceConfig &c)
    {
        ClusterCollector collector(store.toStdString(), c, nullptr);
        collector.setNow(kNow);
        collector.setTrustedRegistries({"registry.example.com"});
        return collector.run();
    }

    // Serves `objects` (and what every collection sees) and collects into `store`.
    CollectionResult collectObjects(const QString &store, const ClusterSourceConfig &c, const QList<QJsonObject> &objects,
                                    const QStringList &forbidden = {})
    {
        KubeApiServer server(*m_certs);
        server.addToken(kToken);
        for (const QJsonObject &o : objects)
            server.addObject(o);
        for (const QString &resource : forbidden)
            server.forbid(resource);
        if (!server.start())
            return {};
        writeKubeconfig(server, QString::fromStdString(c.kubeconfig));
        return collect(store, c);
    }

private slots:
    void initTestCase();
    void risksBecomeFindingsAndResolve();
    void danglingSubjectsStayWhileAccountsUnknown();
};

void TestClusterRbac::initTestCase()
{
    if (!haveTool(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (TestCerts needs it)");
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
}

void TestClusterRbac::risksBecomeFindingsAndResolve()
{
    const ClusterSourceConfig c = newSource("rbac");
    const QString store = storeOf(c);

    const QJsonObject readers = bindingObject("", "readers", "ClusterRole", "secret-reader", {account("shop", "ci")});
    const QJsonObject deploy =
        bindingObject("shop", "deploy", "Role", "deployer", {account("shop", "ci"), account("shop", "ghost")});
    const QJsonObject deployFixed = bindingObject("shop", "deploy", "Role", "deployer", {account("shop", "ci")});
    const QJsonObject harmless = bindingObject("", "pod-viewers", "ClusterRole", "pod-viewer", {user("alice")});
    const QJsonObject broken = bindingObject("shop", "broken", "Role", "removed", {user("bob")});
    const QJsonObject defaults = asDefault(bindingObject("", "system:secret-readers", "ClusterRole", "secret-reader",
                                                         {QJsonObject{{"kind", "Group"}, {"name", "system:readers"}}}));
    const QList<QJsonObject> base{
        // A default role (as the bootstrap "system:" roles are), bound by a default and a custom binding.
        asDefault(roleObject("", "secret-reader", rule({"get", "list"}, "", {"secrets"}))),
        roleObject("", "pod-viewer", rule({"get", "list"}, "", {"pods"})),
        roleObject("shop", "deployer", rule({"create"}, "apps", {"deployments"})),
        serviceAccountObject("shop", "ci"),
        serviceAccountObject("shop", "default"),
        pod("shop", "runner", "ci"),
        harmless,
        broken,
        defaults,
    };
    // What each crafted binding must raise (by construction of its role and subjects above).
    const std::map<std::string, std::set<std::string>> risky{
        {bindingId(readers), {rbacrule::kSecretsRead}},
        {bindingId(deploy), {rbacrule::kWorkloadCreate, rbacrule::kDanglingSubject}},
        {bindingId(broken), {rbacrule::kDanglingRole}},
        {bindingId(defaults), {rbacrule::kSecretsRead}},
    };
    auto identity = [&](const QJsonObject &binding) {
        const QJsonObject m = binding.value("metadata").toObject();
        return kubernetesIdentity("rbac", m.value("namespace").toString().toStdString(),
                                  binding.value("kind").toString().toStdString(), m.value("name").toString().toStdString());
    };
    auto keys = [](const std::set<std::string> &ids) {
        std::set<std::string> out;
        for (const std::string &id : ids)
            out.insert("bulkhead/" + id);
        return out;
    };

    // First collection: every risky binding is an asset with one finding per rule, except the
    // API server's default bindings, which the RBAC page shows and the findings leave out.
    QList<QJsonObject> first = base;
    first << readers << deploy;
    const CollectionResult r = collectObjects(store, c, first);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    int bindings = 0;
    for (const QJsonObject &o : first)
        bindings += o.value("kind").toString().endsWith(QLatin1String("Binding"));
    std::size_t risks = 0;
    for (const auto &[id, rules] : risky)
        risks += rules.size();
    QVERIFY(r.rbacAnalyzed);
    QCOMPARE(r.rbacBindings, bindings);
    QCOMPARE(std::size_t(r.rbacRisks), risks);

    auto open = openRbacRules(store);
    QCOMPARE(open.size(), risky.size() - 1); // all but `defaults`
    QCOMPARE(open[identity(readers)], keys(risky.at(bindingId(readers))));
    QCOMPARE(open[identity(deploy)], keys(risky.at(bindingId(deploy))));
    QCOMPARE(open[identity(broken)], keys(risky.at(bindingId(broken))));
    QVERIFY(!open.count(identity(defaults)));
    QVERIFY(!open.count(identity(harmless)));
    // Messages say who can do what through which role.
    const std::vector<std::string> readerMessages = openMessages(store, identity(readers));
    QCOMPARE(readerMessages.size(), std::size_t(1));
    QVERIFY2(readerMessages.front().find("ServiceAccount/shop/ci") != std::string::npos, readerMessages.front().c_str());
    QVERIFY2(readerMessages.front().find("ClusterRole/secret-reader") != std::string::npos, readerMessages.front().c_str());
    QCOMPARE(storedControl(store, "bulkhead/" + std::string(rbacrule::kSecretsRead)), std::string("IAM-1"));
    QCOMPARE(storedControl(store, "bulkhead/" + std::string(rbacrule::kDanglingSubject)), std::string("IAM-2"));

    // The store's rows: every served binding with the rules of its risks.
    auto stored = storedBindings(store, "rbac");
    QCOMPARE(int(stored.size()), bindings);
    for (const auto &[id, rules] : stored) {
        const auto expected = risky.count(id) ? risky.at(id) : std::set<std::string>{};
        QCOMPARE(std::set<std::string>(rules.begin(), rules.end()), expected);
    }
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        RbacSubjectFilter filter;
        filter.cluster = "rbac";
        filter.text = "ci";
        ReviewPolicy policy;
        policy.now = kNow;
        const auto subjects = RbacRepository(db).subjects(filter, policy, RbacSubjectSort::Name, false, 0, 10);
        const auto ci = std::find_if(subjects.begin(), subjects.end(),
                                     [](const RbacSubjectRow &s) { return s.record.subject.key() == "ServiceAccount/shop/ci"; });
        QVERIFY(ci != subjects.end());
        QCOMPARE(ci->record.bindings, 2);
        QCOMPARE(ci->record.workloads, 1); // runner
        QCOMPARE(ci->record.exists, 1);
        QCOMPARE(int(ci->record.worst), int(Severity::High));
    }

    // Second collection: readers deleted, deploy no longer names the missing account.
    QList<QJsonObject> second = base;
    second << deployFixed;
    const CollectionResult again = collectObjects(store, c, second);
    QVERIFY2(again.status == CollectionStatus::Complete, again.error.c_str());
    QCOMPARE(again.rbacBindings, bindings - 1);
    QVERIFY(again.resolved >= 2);
    open = openRbacRules(store);
    QVERIFY(!open.count(identity(readers)));
    QCOMPARE(open[identity(deploy)], keys({rbacrule::kWorkloadCreate}));
    QCOMPARE(open[identity(broken)], keys(risky.at(bindingId(broken))));
    stored = storedBindings(store, "rbac");
    QVERIFY(!stored.count(bindingId(readers)));
    QVERIFY(stored.at(bindingId(deploy)) == std::vector<std::string>{rbacrule::kWorkloadCreate});

    // Third: RoleBindings forbidden. No RBAC analysis, so the broken binding, though not served,
    // is not taken for gone; the collection is partial, not failed.
    QList<QJsonObject> third = base;
    third.removeAll(broken);
    const CollectionResult partial = collectObjects(store, c, third, {QStringLiteral("rolebindings")});
    QVERIFY2(partial.status == CollectionStatus::Partial, partial.error.c_str());
    QVERIFY(!partial.rbacAnalyzed);
    QCOMPARE(partial.resolved, std::uint64_t(0));
    open = openRbacRules(store);
    QCOMPARE(open[identity(broken)], keys(risky.at(bindingId(broken))));
    QCOMPARE(open[identity(deploy)], keys({rbacrule::kWorkloadCreate}));
}

void TestClusterRbac::danglingSubjectsStayWhileAccountsUnknown()
{
    const ClusterSourceConfig c = newSource("accounts");
    const QString store = storeOf(c);
    const QJsonObject deploy =
        bindingObject("shop", "deploy", "Role", "deployer", {account("shop", "ci"), account("shop", "ghost")});
    const QJsonObject ghostOnly = bindingObject("shop", "ghost-only", "Role", "viewer", {account("shop", "ghost")});
    const QList<QJsonObject> objects{roleObject("shop", "deployer", rule({"create"}, "apps", {"deployments"})),
                                     roleObject("shop", "viewer", rule({"get"}, "", {"pods"})),
                                     serviceAccountObject("shop", "ci"), deploy, ghostOnly};
    const std::string deployId = kubernetesIdentity("accounts", "shop", "RoleBinding", "deploy");
    const std::string ghostId = kubernetesIdentity("accounts", "shop", "RoleBinding", "ghost-only");
    const std::set<std::string> both{"bulkhead/" + std::string(rbacrule::kDanglingSubject),
                                     "bulkhead/" + std::string(rbacrule::kWorkloadCreate)};
    const std::set<std::string> dangling{"bulkhead/" + std::string(rbacrule::kDanglingSubject)};

    const CollectionResult r = collectObjects(store, c, objects);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    auto open = openRbacRules(store);
    QCOMPARE(open[deployId], both);
    QCOMPARE(open[ghostId], dangling);

    // Service accounts forbidden: whether ghost exists is unknown now, so its findings stay open
    // (on a binding with other risks, and on one with none left to report).
    const CollectionResult unknown = collectObjects(store, c, objects, {QStringLiteral("serviceaccounts")});
    QVERIFY2(unknown.status == CollectionStatus::Partial, unknown.error.c_str());
    QVERIFY(unknown.rbacAnalyzed);
    QCOMPARE(unknown.resolved, std::uint64_t(0));
    open = openRbacRules(store);
    QCOMPARE(open[deployId], both);
    QCOMPARE(open[ghostId], dangling);

    // Listed again and ghost created: both resolve.
    QList<QJsonObject> created = objects;
    created << serviceAccountObject("shop", "ghost");
    const CollectionResult fixed = collectObjects(store, c, created);
    QVERIFY2(fixed.status == CollectionStatus::Complete, fixed.error.c_str());
    QCOMPARE(fixed.resolved, std::uint64_t(2));
    open = openRbacRules(store);
    QCOMPARE(open[deployId], (std::set<std::string>{"bulkhead/" + std::string(rbacrule::kWorkloadCreate)}));
    QVERIFY(!open.count(ghostId));
}

QTEST_GUILESS_MAIN(TestClusterRbac)
#include "tst_clusterrbac.moc"
