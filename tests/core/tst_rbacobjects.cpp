// RBAC objects read from their API JSON (roles with null rules and aggregation rules, bindings
// whose ServiceAccount subjects take the binding's namespace, service accounts), the errors that
// name what is wrong, label selectors as the aggregation controller applies them, subject keys and
// the CLI's spellings, bootstrap objects; and the loading side: records and a real store
// collection to RbacObjects, with whether each workload's token is mounted.
#include "kube/workloadcheck.h"
#include "kube/workloadposture.h"
#include "rbac/rbacload.h"
#include "rbac/rbacobjects.h"
#include "sources/clustersourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace bulkhead;
using namespace bulkhead::test;
using json = nlohmann::json;

namespace {

json meta(const std::string &ns, const std::string &name, json labels = json())
{
    json m{{"name", name}, {"uid", "uid-" + name}, {"creationTimestamp", "2024-05-01T10:00:00Z"}};
    if (!ns.empty())
        m["namespace"] = ns;
    if (!labels.is_null())
        m["labels"] = std::move(labels);
    return m;
}

json binding(const std::string &kind, const std::string &ns, const std::string &name, const json &roleRef,
             const json &subjects)
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", kind}, {"metadata", meta(ns, name)},
            {"roleRef", roleRef}, {"subjects", subjects}};
}

LabelSelector selector(std::map<std::string, std::string> labels, std::vector<LabelSelectorRequirement> expressions = {})
{
    return LabelSelector{std::move(labels), std::move(expressions)};
}

KubeObjectRecord record(const std::string &kind, const std::string &ns, const std::string &name, const json &object)
{
    return KubeObjectRecord{kind, ns, name, "rec-uid-" + name, 42, object.dump()};
}

} // namespace

Q_DECLARE_METATYPE(LabelSelector)

class TestRbacObjects : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void clusterRoleWithAggregation()
    {
        // As the fixtures write it: rules null, aggregationRule with matchLabels.
        const json object = json::parse(R"({
          "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
          "metadata": {"name": "admin", "uid": "u1", "creationTimestamp": "2024-05-01T10:00:00Z",
                       "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}},
          "aggregationRule": {"clusterRoleSelectors": [
              {"matchLabels": {"rbac.authorization.k8s.io/aggregate-to-admin": "true"}},
              {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["a", "b"]}]}]},
          "rules": null})");
        RbacRole role;
        std::string error;
        QVERIFY2(parseRbacRole(object, role, &error), error.c_str());
        QVERIFY(role.clusterRole);
        QCOMPARE(role.name, std::string("admin"));
        QCOMPARE(role.nameSpace, std::string());
        QCOMPARE(role.uid, std::string("u1"));
        QCOMPARE(role.createdAt, std::int64_t(1714557600));
        QVERIFY(role.rules.empty());
        QVERIFY(role.aggregated);
        QCOMPARE(role.aggregationSelectors.size(), std::size_t(2));
        QCOMPARE(role.aggregationSelectors[0].matchLabels.at("rbac.authorization.k8s.io/aggregate-to-admin"),
                 std::string("true"));
        QCOMPARE(role.aggregationSelectors[1].matchExpressions.size(), std::size_t(1));
        QCOMPARE(role.aggregationSelectors[1].matchExpressions[0].op, std::string("In"));
        QCOMPARE(role.aggregationSelectors[1].matchExpressions[0].values, (std::vector<std::string>{"a", "b"}));
        QVERIFY(role.bootstrap);
    }

    void roleRules()
    {
        const json object = json::parse(R"({
          "kind": "Role", "metadata": {"name": "dev", "namespace": "shop"},
          "rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]},
                    {"apiGroups": ["apps"], "resources": ["deployments"], "resourceNames": ["web"], "verbs": ["*"]},
                    {"verbs": ["get"]}]})");
        RbacRole role;
        std::string error;
        QVERIFY2(parseRbacRole(object, role, &error), error.c_str());
        QVERIFY(!role.clusterRole);
        QVERIFY(!role.aggregated);
        QVERIFY(!role.bootstrap);
        QCOMPARE(role.nameSpace, std::string("shop"));
        QCOMPARE(role.rules.size(), std::size_t(3));
        QCOMPARE(role.rules[0].apiGroups, std::vector<std::string>{""});
        QCOMPARE(role.rules[0].resources, (std::vector<std::string>{"pods", "pods/log"}));
        QCOMPARE(role.rules[1].resourceNames, std::vector<std::string>{"web"});
        QCOMPARE(role.rules[1].verbs, std::vector<std::string>{"*"});
        QVERIFY(role.rules[2].resources.empty()); // absent lists stay empty: the rule grants nothing
        QVERIFY(role.rules[2].nonResourceURLs.empty());
    }

    void roleErrors_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("error");
        QTest::newRow("verbs not a list")
            << QByteArray(R"({"kind":"ClusterRole","metadata":{"name":"admin"},"rules":[{"verbs":["get"]},{"verbs":["get"]},{"verbs":"get"}]})")
            << "ClusterRole admin: rules[2].verbs is not a list of strings";
        QTest::newRow("rules not a list") << QByteArray(R"({"kind":"Role","metadata":{"name":"r","namespace":"a"},"rules":{}})")
                                          << "Role a/r: rules is not a list";
        QTest::newRow("no name") << QByteArray(R"({"kind":"ClusterRole","metadata":{}})")
                                 << "ClusterRole: metadata.name is missing";
        QTest::newRow("role without namespace") << QByteArray(R"({"kind":"Role","metadata":{"name":"r"}})")
                                                << "Role r: metadata.namespace is missing";
        QTest::newRow("other kind") << QByteArray(R"({"kind":"Pod","metadata":{"name":"p"}})")
                                    << "Pod: not a Role or ClusterRole";
        QTest::newRow("bad selector")
            << QByteArray(R"({"kind":"ClusterRole","metadata":{"name":"x"},"aggregationRule":{"clusterRoleSelectors":[{"matchExpressions":[{"operator":"In"}]}]}})")
            << "ClusterRole x: aggregationRule.clusterRoleSelectors[0].matchExpressions[0] is not a key/operator/values "
               "requirement";
        QTest::newRow("labels not strings") << QByteArray(R"({"kind":"ClusterRole","metadata":{"name":"x","labels":{"a":1}}})")
                                            << "ClusterRole x: metadata.labels is not a map of strings";
    }

    void roleErrors()
    {
        QFETCH(QByteArray, object);
        QFETCH(QString, error);
        RbacRole role;
        std::string got;
        QVERIFY(!parseRbacRole(json::parse(object.toStdString()), role, &got));
        QCOMPARE(QString::fromStdString(got), error);
    }

    void kindFromNamespaceWhenAbsent()
    {
        // List items come without kind: the namespace tells Role from ClusterRole.
        RbacRole role;
        QVERIFY(parseRbacRole(json{{"metadata", meta("a", "r")}}, role, nullptr));
        QVERIFY(!role.clusterRole);
        QVERIFY(parseRbacRole(json{{"metadata", meta("", "c")}}, role, nullptr));
        QVERIFY(role.clusterRole);
    }

    void bindings()
    {
        const json rb = binding("RoleBinding", "shop", "dev", {{"kind", "ClusterRole"}, {"name", "edit"}},
                                json::array({{{"kind", "ServiceAccount"}, {"name", "ci"}},
                                             {{"kind", "ServiceAccount"}, {"name", "deployer"}, {"namespace", "tools"}},
                                             {{"kind", "User"}, {"name", "alice"}, {"apiGroup", "rbac.authorization.k8s.io"}},
                                             {{"kind", "Group"}, {"name", "devs"}}}));
        RbacBinding b;
        std::string error;
        QVERIFY2(parseRbacBinding(rb, b, &error), error.c_str());
        QVERIFY(!b.clusterBinding);
        QCOMPARE(b.kindName(), "RoleBinding");
        QCOMPARE(b.nameSpace, std::string("shop"));
        QVERIFY(b.roleRef == (RoleRef{"ClusterRole", "edit"}));
        QCOMPARE(b.subjects.size(), std::size_t(4));
        QCOMPARE(b.subjects[0].key(), std::string("ServiceAccount/shop/ci")); // the binding's namespace
        QCOMPARE(b.subjects[1].key(), std::string("ServiceAccount/tools/deployer"));
        QCOMPARE(b.subjects[2].key(), std::string("User/alice"));
        QCOMPARE(b.subjects[2].nameSpace, std::string());
        QCOMPARE(b.subjects[3].key(), std::string("Group/devs"));

        // No subjects at all (allowed by the API): an empty list.
        json crb = binding("ClusterRoleBinding", "", "system:basic-user", {{"kind", "ClusterRole"}, {"name", "x"}}, nullptr);
        QVERIFY2(parseRbacBinding(crb, b, &error), error.c_str());
        QVERIFY(b.clusterBinding);
        QVERIFY(b.subjects.empty());
        QVERIFY(b.bootstrap);
        QCOMPARE(b.kindName(), "ClusterRoleBinding");
    }

    void bindingErrors_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("error");
        QTest::newRow("sa without namespace in a ClusterRoleBinding")
            << QByteArray(R"({"kind":"ClusterRoleBinding","metadata":{"name":"b"},"roleRef":{"kind":"ClusterRole","name":"view"},"subjects":[{"kind":"ServiceAccount","name":"x"}]})")
            << "ClusterRoleBinding b: subjects[0]: a ServiceAccount subject of a ClusterRoleBinding needs a namespace";
        QTest::newRow("unknown subject kind")
            << QByteArray(R"({"kind":"RoleBinding","metadata":{"name":"b","namespace":"n"},"roleRef":{"kind":"Role","name":"r"},"subjects":[{"kind":"Robot","name":"x"}]})")
            << "RoleBinding n/b: subjects[0].kind is not User, Group or ServiceAccount";
        QTest::newRow("no roleRef") << QByteArray(R"({"kind":"RoleBinding","metadata":{"name":"b","namespace":"n"}})")
                                    << "RoleBinding n/b: roleRef is not a Role or ClusterRole with a name";
        QTest::newRow("subject without name")
            << QByteArray(R"({"kind":"RoleBinding","metadata":{"name":"b","namespace":"n"},"roleRef":{"kind":"Role","name":"r"},"subjects":[{"kind":"User"}]})")
            << "RoleBinding n/b: subjects[0].name is missing";
    }

    void bindingErrors()
    {
        QFETCH(QByteArray, object);
        QFETCH(QString, error);
        RbacBinding b;
        std::string got;
        QVERIFY(!parseRbacBinding(json::parse(object.toStdString()), b, &got));
        QCOMPARE(QString::fromStdString(got), error);
    }

    void serviceAccounts()
    {
        RbacServiceAccount sa;
        std::string error;
        QVERIFY(parseRbacServiceAccount({{"kind", "ServiceAccount"}, {"metadata", meta("shop", "cart")}}, sa, &error));
        QCOMPARE(sa.nameSpace, std::string("shop"));
        QCOMPARE(sa.name, std::string("cart"));
        QVERIFY(!sa.automountToken.has_value());
        QVERIFY(parseRbacServiceAccount(
            {{"metadata", meta("shop", "quiet")}, {"automountServiceAccountToken", false}}, sa, &error));
        QCOMPARE(sa.automountToken, std::optional<bool>(false));
        QVERIFY(!parseRbacServiceAccount({{"kind", "ServiceAccount"}, {"metadata", meta("", "x")}}, sa, &error));
        QCOMPARE(error, std::string("ServiceAccount x: metadata.namespace is missing"));
    }

    void selectors_data()
    {
        QTest::addColumn<LabelSelector>("sel");
        QTest::addColumn<bool>("matches");
        // labels: {app: web, tier: front}
        QTest::newRow("empty selects nothing") << selector({}) << false;
        QTest::newRow("matchLabels") << selector({{"app", "web"}}) << true;
        QTest::newRow("matchLabels all of them") << selector({{"app", "web"}, {"tier", "back"}}) << false;
        QTest::newRow("matchLabels absent key") << selector({{"team", "a"}}) << false;
        QTest::newRow("In") << selector({}, {{"tier", "In", {"front", "back"}}}) << true;
        QTest::newRow("In, not listed") << selector({}, {{"tier", "In", {"back"}}}) << false;
        QTest::newRow("In, absent key") << selector({}, {{"team", "In", {"a"}}}) << false;
        QTest::newRow("NotIn") << selector({}, {{"tier", "NotIn", {"back"}}}) << true;
        QTest::newRow("NotIn, listed") << selector({}, {{"tier", "NotIn", {"front"}}}) << false;
        QTest::newRow("NotIn, absent key") << selector({}, {{"team", "NotIn", {"a"}}}) << true;
        QTest::newRow("Exists") << selector({}, {{"app", "Exists", {}}}) << true;
        QTest::newRow("Exists, absent") << selector({}, {{"team", "Exists", {}}}) << false;
        QTest::newRow("DoesNotExist") << selector({}, {{"team", "DoesNotExist", {}}}) << true;
        QTest::newRow("DoesNotExist, present") << selector({}, {{"app", "DoesNotExist", {}}}) << false;
        QTest::newRow("unknown operator") << selector({}, {{"app", "Gt", {"1"}}}) << false;
        QTest::newRow("labels and expressions") << selector({{"app", "web"}}, {{"tier", "In", {"back"}}}) << false;
    }

    void selectors()
    {
        QFETCH(LabelSelector, sel);
        QFETCH(bool, matches);
        QCOMPARE(labelSelectorMatches(sel, {{"app", "web"}, {"tier", "front"}}), matches);
    }

    void subjectKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key"); // "" = refused
        QTest::newRow("user key") << "User/alice" << "User/alice";
        QTest::newRow("bare user") << "alice" << "User/alice";
        QTest::newRow("anonymous") << "system:anonymous" << "User/system:anonymous";
        QTest::newRow("group key") << "Group/system:masters" << "Group/system:masters";
        QTest::newRow("group short") << "group:devs" << "Group/devs";
        QTest::newRow("sa key") << "ServiceAccount/kube-system/coredns" << "ServiceAccount/kube-system/coredns";
        QTest::newRow("sa short") << "sa:shop/cart" << "ServiceAccount/shop/cart";
        QTest::newRow("sa user name") << "system:serviceaccount:shop:cart" << "ServiceAccount/shop/cart";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("sa without name") << "ServiceAccount/shop" << "";
        QTest::newRow("sa short without ns") << "sa:/cart" << "";
        QTest::newRow("sa user without name") << "system:serviceaccount:shop" << "";
        QTest::newRow("empty group") << "Group/" << "";
    }

    void subjectKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const std::optional<RbacSubject> s = parseRbacSubject(text.toStdString());
        QCOMPARE(s.has_value(), !key.isEmpty());
        if (!s)
            return;
        QCOMPARE(QString::fromStdString(s->key()), key);
        // key() reads back as the same subject.
        QCOMPARE(parseRbacSubject(s->key()), s);
    }

    void subjectKinds()
    {
        for (SubjectKind k : {SubjectKind::User, SubjectKind::Group, SubjectKind::ServiceAccount}) {
            SubjectKind back = SubjectKind::User;
            QVERIFY(parseSubjectKind(subjectKindName(k), back));
            QCOMPARE(back, k);
        }
        SubjectKind k;
        QVERIFY(!parseSubjectKind("user", k));
    }

    void bootstrap()
    {
        QVERIFY(isBootstrapObject({{"kubernetes.io/bootstrapping", "rbac-defaults"}}, "admin"));
        QVERIFY(isBootstrapObject({}, "system:controller:job-controller"));
        QVERIFY(isBootstrapObject({}, "system:node"));
        QVERIFY(!isBootstrapObject({{"kubernetes.io/bootstrapping", "other"}}, "admin"));
        QVERIFY(!isBootstrapObject({}, "cluster-admin-copy"));
        QVERIFY(!isBootstrapObject({}, "my-system:role"));
    }

    void fromRecords()
    {
        // Stored JSON of list items has no kind; the record's kind is used. A broken record is
        // skipped and named; other kinds are ignored.
        std::vector<KubeObjectRecord> records{
            record("ClusterRole", "", "view", {{"metadata", {{"name", "view"}}}, {"rules", json::array()}}),
            record("Role", "shop", "dev", {{"metadata", meta("shop", "dev")}, {"rules", nullptr}}),
            record("RoleBinding", "shop", "dev",
                   {{"metadata", {{"name", "dev"}, {"namespace", "shop"}}},
                    {"roleRef", {{"kind", "Role"}, {"name", "dev"}}},
                    {"subjects", json::array({{{"kind", "ServiceAccount"}, {"name", "ci"}}})}}),
            record("ClusterRoleBinding", "", "broken", {{"metadata", {{"name", "broken"}}}, {"roleRef", 5}}),
            record("ServiceAccount", "tools", "ci", {{"metadata", meta("tools", "ci")}}),
            record("Secret", "shop", "db", {{"metadata", meta("shop", "db")}}),
        };
        records.push_back({"Role", "x", "garbled", "", 0, "{not json"});
        std::vector<std::string> errors;
        const RbacObjects objects = rbacObjectsFromRecords(records, {{"web", "Deployment", "front", "", true}}, true, &errors);
        QCOMPARE(objects.roles.size(), std::size_t(2));
        QVERIFY(objects.roles[0].clusterRole);
        QVERIFY(!objects.roles[1].clusterRole);
        QCOMPARE(objects.roles[0].uid, std::string("rec-uid-view")); // from the record when the JSON has none
        QCOMPARE(objects.roles[0].createdAt, std::int64_t(42));
        QCOMPARE(objects.roles[1].uid, std::string("uid-dev"));
        QCOMPARE(objects.bindings.size(), std::size_t(1));
        QCOMPARE(objects.bindings[0].subjects[0].key(), std::string("ServiceAccount/shop/ci"));
        QCOMPARE(objects.serviceAccounts.size(), std::size_t(1));
        QVERIFY(objects.serviceAccountsListed);
        QCOMPARE(objects.workloads.size(), std::size_t(1));
        QCOMPARE(objects.namespaces, (std::vector<std::string>{"shop", "tools", "web"}));
        QCOMPARE(errors.size(), std::size_t(2));
        QCOMPARE(errors[0], std::string("ClusterRoleBinding broken: roleRef is not a Role or ClusterRole with a name"));
        QCOMPARE(errors[1], std::string("Role x/garbled: the stored JSON cannot be read"));
    }

    void workloadTokenFromRealCheck()
    {
        // The real posture check on pods: automount off on the pod, off on the service account,
        // and left on; rbacWorkloadFromKube must read the first two as "not mounted".
        const auto pod = [](const std::string &name, const json &extra) {
            json spec{{"serviceAccountName", "app"}, {"containers", json::array({{{"name", "c"}, {"image", "nginx:1"}}})}};
            spec.update(extra);
            return json{{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", meta("shop", name)}, {"spec", spec}};
        };
        WorkloadCheckContext context;
        context.serviceAccountHasBindings = [](const std::string &, const std::string &) { return true; };
        std::optional<KubeWorkload> off = evaluateWorkload(pod("off", {{"automountServiceAccountToken", false}}), context);
        std::optional<KubeWorkload> on = evaluateWorkload(pod("on", json::object()), context);
        context.serviceAccountAutomount = [](const std::string &, const std::string &) { return std::optional<bool>(false); };
        std::optional<KubeWorkload> saOff = evaluateWorkload(pod("sa-off", json::object()), context);
        QVERIFY(off && on && saOff);
        QVERIFY(!rbacWorkloadFromKube(*off).tokenMounted);
        QVERIFY(!rbacWorkloadFromKube(*saOff).tokenMounted);
        const RbacWorkload w = rbacWorkloadFromKube(*on);
        QVERIFY(w.tokenMounted);
        QCOMPARE(w.serviceAccount, std::string("app"));
        QCOMPARE(w.kind, std::string("Pod"));
        QCOMPARE(w.nameSpace, std::string("shop"));
    }

    void loadFromStore()
    {
        Database db = Database::open((m_dir.path() + "/rbac.db").toStdString());
        ClusterSourceConfig c;
        c.name = "prod";
        c.context = "prod-admin";
        c.server = "https://prod.example:6443";
        const std::int64_t src = SourceRepository(db).add(c, 1);
        const std::int64_t run = CollectionRunRepository(db).start(src, 100);

        ClusterCollectionWrite write;
        write.sourceId = src;
        write.cluster = "prod";
        write.runId = run;
        write.now = 200;
        write.workloadsComplete = true;
        write.objects = {
            record("ClusterRole", "", "view", {{"metadata", {{"name", "view"}}}}),
            record("RoleBinding", "shop", "b",
                   {{"metadata", {{"name", "b"}, {"namespace", "shop"}}},
                    {"roleRef", {{"kind", "ClusterRole"}, {"name", "view"}}},
                    {"subjects", json::array({{{"kind", "ServiceAccount"}, {"name", "bound"}}})}}),
            record("ServiceAccount", "shop", "quiet", {{"metadata", meta("shop", "quiet")}, {"automountServiceAccountToken", false}}),
            record("ServiceAccount", "shop", "bound", {{"metadata", meta("shop", "bound")}}),
        };
        write.coverage = {{"serviceaccounts", "complete", 2, "", {}}, {"roles", "forbidden", 0, "", {}}};
        // automount-token cells: Fail (mounted), NotAssessed (mounted), Pass for an account with
        // automount off (not mounted), Pass for an unbound account (only automount off passes it),
        // Pass for a bound account (either: counted as mounted).
        const auto workload = [](const std::string &name, const std::string &sa, CheckState state) {
            KubeWorkload w;
            w.nameSpace = "shop";
            w.kind = "Deployment";
            w.name = name;
            w.serviceAccount = sa;
            w.checks.push_back({workloadcheck::kAutomountToken, state, Severity::Medium, "IAM-1", "", "", ""});
            return w;
        };
        write.workloads = {workload("failing", "", CheckState::Fail), workload("unknown", "x", CheckState::NotAssessed),
                           workload("quiet", "quiet", CheckState::Pass), workload("unbound", "lonely", CheckState::Pass),
                           workload("bound", "bound", CheckState::Pass)};
        WorkloadRepository(db).writeCollection(write);

        std::vector<std::string> errors;
        const RbacObjects objects = loadRbacObjects(db, "prod", &errors);
        QVERIFY(errors.empty());
        QCOMPARE(objects.roles.size(), std::size_t(1));
        QCOMPARE(objects.bindings.size(), std::size_t(1));
        QCOMPARE(objects.serviceAccounts.size(), std::size_t(2));
        QVERIFY(objects.serviceAccountsListed);
        QCOMPARE(objects.namespaces, std::vector<std::string>{"shop"});
        std::map<std::string, RbacWorkload> byName;
        for (const RbacWorkload &w : objects.workloads)
            byName[w.name] = w;
        QCOMPARE(byName.size(), std::size_t(5));
        QVERIFY(byName["failing"].tokenMounted);
        QCOMPARE(byName["failing"].serviceAccount, std::string());
        QVERIFY(byName["unknown"].tokenMounted);
        QVERIFY(!byName["quiet"].tokenMounted);
        QVERIFY(!byName["unbound"].tokenMounted);
        QVERIFY(byName["bound"].tokenMounted);
        QCOMPARE(byName["bound"].serviceAccount, std::string("bound"));

        // Another cluster name has nothing; a newer run without a complete listing says "unknown".
        QVERIFY(loadRbacObjects(db, "other", nullptr).roles.empty());
        const std::int64_t run2 = CollectionRunRepository(db).start(src, 300);
        ClusterCollectionWrite second;
        second.sourceId = src;
        second.cluster = "prod";
        second.runId = run2;
        second.now = 400;
        second.coverage = {{"serviceaccounts", "forbidden", 0, "forbidden", {}}};
        WorkloadRepository(db).writeCollection(second);
        QVERIFY(!loadRbacObjects(db, "prod", nullptr).serviceAccountsListed);
    }
};

QTEST_GUILESS_MAIN(TestRbacObjects)
#include "tst_rbacobjects.moc"
