// RbacIndex on crafted clusters: aggregation (transitive, matchExpressions, duplicates, cycles,
// rules credited to the role that wrote them), built-in groups, service accounts as users,
// dangling and invalid roleRefs, a RoleBinding to a ClusterRole granting in its namespace only,
// who-can, why and why-not with the closest grant, effective permissions and grant descriptions.
#include "rbac/rbacindex.h"
#include "testsupport.h"

#include <algorithm>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

using List = std::vector<std::string>;

PolicyRule rule(List verbs, List groups, List resources, List names = {}, List urls = {})
{
    return PolicyRule{std::move(verbs), std::move(groups), std::move(resources), std::move(names), std::move(urls)};
}

RbacRole clusterRole(const std::string &name, std::vector<PolicyRule> rules, std::map<std::string, std::string> labels = {},
                     std::vector<LabelSelector> aggregation = {})
{
    RbacRole r;
    r.clusterRole = true;
    r.name = name;
    r.rules = std::move(rules);
    r.labels = std::move(labels);
    r.aggregated = !aggregation.empty();
    r.aggregationSelectors = std::move(aggregation);
    return r;
}

RbacRole role(const std::string &ns, const std::string &name, std::vector<PolicyRule> rules)
{
    RbacRole r;
    r.nameSpace = ns;
    r.name = name;
    r.rules = std::move(rules);
    return r;
}

RbacSubject user(const std::string &name) { return {SubjectKind::User, name, {}}; }
RbacSubject group(const std::string &name) { return {SubjectKind::Group, name, {}}; }
RbacSubject sa(const std::string &ns, const std::string &name) { return {SubjectKind::ServiceAccount, name, ns}; }

RbacBinding bindingOf(bool cluster, const std::string &ns, const std::string &name, const std::string &roleKind,
                      const std::string &roleName, std::vector<RbacSubject> subjects)
{
    RbacBinding b;
    b.clusterBinding = cluster;
    b.nameSpace = ns;
    b.name = name;
    b.roleRef = {roleKind, roleName};
    b.subjects = std::move(subjects);
    return b;
}

RbacRequest req(const std::string &verb, const std::string &resource, const std::string &ns = {},
                const std::string &name = {})
{
    RbacRequest r;
    r.verb = verb;
    std::string error;
    if (!parseRbacResource(resource, r, &error))
        qFatal("%s", error.c_str());
    r.nameSpace = ns;
    r.name = name;
    return r;
}

// "Kind name" of every binding whose subjects who-can returns, with the subject: "ClusterRoleBinding
// admins: Group/admins".
std::set<std::string> answers(const RbacIndex &index, const RbacRequest &request)
{
    std::set<std::string> out;
    for (const RbacGrantChain &c : index.whoCan(request)) {
        const RbacBinding &b = index.bindings()[c.grant.binding];
        out.insert(b.name + ": " + c.subject.key());
    }
    return out;
}

const LabelSelector kToTop{{{"agg", "top"}}, {}};
const LabelSelector kTierA{{}, {{"tier", "In", {"a", "x"}}}};

} // namespace

class TestRbacIndex : public QObject
{
    Q_OBJECT

private slots:
    void aggregation()
    {
        const PolicyRule r1 = rule({"get"}, {""}, {"pods"}), r2 = rule({"list"}, {""}, {"secrets"}),
                         r3 = rule({"delete"}, {""}, {"nodes"}), r4 = rule({"create"}, {"apps"}, {"deployments"}),
                         mid = rule({"watch"}, {""}, {"configmaps"});
        RbacObjects o;
        o.roles = {
            clusterRole("top", {}, {}, {kToTop}),                            // 0
            clusterRole("mid", {mid}, {{"agg", "top"}}, {kTierA}),           // 1: aggregated, aggregated again
            clusterRole("leaf-a", {r1, r2}, {{"tier", "a"}}),                // 2
            clusterRole("leaf-b", {r3}, {{"tier", "b"}}),                    // 3: not selected
            clusterRole("leaf-top", {r1, r4}, {{"agg", "top"}}),             // 4: r1 again
            role("shop", "namespaced", {r3}),                                // 5: a Role is never aggregated
            clusterRole("empty-selector", {}, {{"agg", "top"}}, {LabelSelector{}}), // 6: selects nothing
        };
        o.roles[5].labels = {{"agg", "top"}, {"tier", "a"}};
        const RbacIndex index(o);

        const auto ruleSet = [&](int role) {
            std::set<std::string> out;
            for (const PolicyRule &r : index.rules(role))
                out.insert(r.verbs[0] + ' ' + r.resources[0]);
            return out;
        };
        QCOMPARE(ruleSet(1), (std::set<std::string>{"watch configmaps", "get pods", "list secrets"}));
        QCOMPARE(index.rules(1).size(), std::size_t(3));
        QCOMPARE(index.rules(1)[0].resources[0], std::string("configmaps")); // its own first
        QCOMPARE(index.ruleOrigin(1, 0), -1);
        QCOMPARE(index.ruleOrigin(1, 1), 2);
        // top: through mid transitively, and leaf-top directly; r1 once.
        QCOMPARE(ruleSet(0), (std::set<std::string>{"watch configmaps", "get pods", "list secrets", "create deployments"}));
        QCOMPARE(index.rules(0).size(), std::size_t(4));
        for (std::size_t r = 0; r < index.rules(0).size(); ++r) {
            const int origin = index.ruleOrigin(0, static_cast<int>(r));
            const std::string what = index.rules(0)[r].verbs[0];
            // credited to the role that holds it without aggregating it (mid wrote "watch")
            if (what == "watch")
                QCOMPARE(origin, 1);
            else if (what == "create")
                QCOMPARE(origin, 4);
            else
                QVERIFY2(origin == 2 || origin == 4, what.c_str());
        }
        QCOMPARE(ruleSet(6), std::set<std::string>{});
        QCOMPARE(index.rules(5).size(), std::size_t(1));
        QCOMPARE(index.rules(99).size(), std::size_t(0));
        QCOMPARE(index.ruleOrigin(99, 0), -1);

        // who-can goes through the aggregated rules.
        RbacObjects withBinding = o;
        withBinding.bindings = {bindingOf(true, "", "tops", "ClusterRole", "top", {user("ann")})};
        const RbacIndex bound(withBinding);
        const auto chains = bound.whoCan(req("create", "deployments", "shop"));
        QCOMPARE(chains.size(), std::size_t(1));
        QCOMPARE(chains[0].grant.viaRole, std::string("leaf-top"));
        QCOMPARE(bound.describeGrant(chains[0].grant),
                 std::string("ClusterRoleBinding tops -> ClusterRole top rule ")
                     + std::to_string(chains[0].grant.rule + 1) + " (apps/deployments create) from ClusterRole leaf-top");
    }

    void aggregationStoredRulesAndCycles()
    {
        // In a live cluster the controller has already written the aggregated rules into the
        // aggregated role: nothing is doubled, and the copies are credited to their source.
        const PolicyRule r1 = rule({"get"}, {""}, {"pods"}), r2 = rule({"list"}, {""}, {"pods"});
        RbacObjects o;
        o.roles = {clusterRole("live", {r1}, {}, {LabelSelector{{{"to", "live"}}, {}}}),
                   clusterRole("src", {r1, r2}, {{"to", "live"}}),
                   // a cycle: each aggregates the other
                   clusterRole("c1", {rule({"a"}, {""}, {"x"})}, {{"c", "1"}}, {LabelSelector{{{"c", "2"}}, {}}}),
                   clusterRole("c2", {rule({"b"}, {""}, {"x"})}, {{"c", "2"}}, {LabelSelector{{{"c", "1"}}, {}}})};
        const RbacIndex index(o);
        QCOMPARE(index.rules(0).size(), std::size_t(2));
        QCOMPARE(index.ruleOrigin(0, 0), 1);
        QCOMPARE(index.ruleOrigin(0, 1), 1);
        QCOMPARE(index.rules(2).size(), std::size_t(2));
        QCOMPARE(index.rules(3).size(), std::size_t(2));
        QCOMPARE(index.ruleOrigin(2, 0), -1);
        QCOMPARE(index.ruleOrigin(2, 1), 3);
    }

    void builtInGroups()
    {
        QCOMPARE(RbacIndex::implicitGroups(sa("shop", "app")),
                 (List{"system:serviceaccounts", "system:serviceaccounts:shop", "system:authenticated"}));
        QCOMPARE(RbacIndex::implicitGroups(user("alice")), List{"system:authenticated"});
        QCOMPARE(RbacIndex::implicitGroups(user("system:anonymous")), List{"system:unauthenticated"});
        QCOMPARE(RbacIndex::implicitGroups(user("system:serviceaccount:shop:app")),
                 (List{"system:serviceaccounts", "system:serviceaccounts:shop", "system:authenticated"}));
        QCOMPARE(RbacIndex::implicitGroups(group("devs")), List{});

        RbacObjects o;
        o.roles = {clusterRole("read-pods", {rule({"get"}, {""}, {"pods"})}),
                   clusterRole("read-cm", {rule({"get"}, {""}, {"configmaps"})}),
                   clusterRole("health", {rule({"get"}, {}, {}, {}, {"/healthz"})}),
                   clusterRole("read-secrets", {rule({"get"}, {""}, {"secrets"})}),
                   clusterRole("nodes", {rule({"get"}, {""}, {"nodes"})})};
        o.bindings = {
            bindingOf(true, "", "all-sa", "ClusterRole", "read-pods", {group("system:serviceaccounts")}),   // 0
            bindingOf(false, "shop", "shop-sa", "ClusterRole", "read-cm", {group("system:serviceaccounts:shop")}), // 1
            bindingOf(true, "", "anon", "ClusterRole", "health", {group("system:unauthenticated")}),         // 2
            bindingOf(true, "", "authn", "ClusterRole", "nodes", {group("system:authenticated")}),           // 3
            bindingOf(false, "shop", "as-user", "ClusterRole", "read-secrets", {user("system:serviceaccount:shop:app")}), // 4
            bindingOf(false, "shop", "direct", "ClusterRole", "read-cm", {sa("shop", "app")}),               // 5
        };
        const RbacIndex index(o);
        QCOMPARE(index.bindingsOf(sa("shop", "app")), (std::vector<int>{0, 3, 1, 4, 5}));
        QCOMPARE(index.bindingsOf(sa("other", "app")), (std::vector<int>{0, 3}));
        QCOMPARE(index.bindingsOf(user("alice")), std::vector<int>{3});
        QCOMPARE(index.bindingsOf(user("system:anonymous")), std::vector<int>{2});
        QCOMPARE(index.bindingsOf(group("system:serviceaccounts")), std::vector<int>{0});
        QCOMPARE(index.bindingsOf(user("system:serviceaccount:shop:app")), (std::vector<int>{0, 3, 1, 4, 5}));

        QVERIFY(index.why(sa("shop", "app"), req("get", "pods", "any")).allowed);
        QVERIFY(index.why(sa("shop", "app"), req("get", "secrets", "shop")).allowed); // bound as its user name
        QVERIFY(!index.why(sa("other", "app"), req("get", "configmaps", "shop")).allowed);
        QVERIFY(index.why(sa("other", "app"), req("get", "nodes")).allowed);
        QVERIFY(!index.why(user("alice"), req("get", "pods", "shop")).allowed);
        QVERIFY(index.why(user("alice"), req("get", "nodes")).allowed);
        QVERIFY(!index.why(user("system:anonymous"), req("get", "nodes")).allowed);
        QVERIFY(index.why(user("system:anonymous"), req("get", "/healthz")).allowed);
        QVERIFY(!index.why(user("alice"), req("get", "/healthz")).allowed);

        // The grant says which group carried it; one the subject is named in directly says none.
        const RbacWhyAnswer cm = index.why(sa("shop", "app"), req("get", "configmaps", "shop"));
        QCOMPARE(cm.grants.size(), std::size_t(2));
        QCOMPARE(cm.grants[0].binding, 1);
        QCOMPARE(cm.grants[0].viaGroup, std::string("system:serviceaccounts:shop"));
        QCOMPARE(cm.grants[1].binding, 5);
        QCOMPARE(cm.grants[1].viaGroup, std::string());
        QCOMPARE(index.describeGrant(cm.grants[0]),
                 std::string("RoleBinding shop/shop-sa -> ClusterRole read-cm rule 1 (core/configmaps get) in namespace "
                             "shop [via group system:serviceaccounts:shop]"));
    }

    void scopingAndDangling()
    {
        RbacObjects o;
        o.roles = {clusterRole("pod-reader", {rule({"get", "list"}, {""}, {"pods"}), rule({"get"}, {}, {}, {}, {"/metrics"})}),
                   role("shop", "deployer", {rule({"create"}, {"apps"}, {"deployments"})}),
                   role("other", "deployer", {rule({"delete"}, {"apps"}, {"deployments"})})};
        o.bindings = {
            bindingOf(false, "shop", "readers", "ClusterRole", "pod-reader", {user("ann")}),      // 0
            bindingOf(true, "", "global-readers", "ClusterRole", "pod-reader", {user("bob")}),     // 1
            bindingOf(false, "shop", "deployers", "Role", "deployer", {user("cid"), group("ci")}), // 2
            bindingOf(false, "shop", "ghost", "Role", "missing", {user("dan")}),                   // 3
            bindingOf(true, "", "wrong-kind", "Role", "deployer", {user("eve")}),                  // 4: a CRB cannot bind a Role
            bindingOf(false, "elsewhere", "ref-other", "Role", "deployer", {user("fay")}),         // 5: no Role deployer there
        };
        const RbacIndex index(o);
        QCOMPARE(index.roleOf(0), 0);
        QCOMPARE(index.roleOf(2), 1); // the Role of its own namespace, not other/deployer
        QCOMPARE(index.roleOf(3), -1);
        QCOMPARE(index.roleOf(4), -1);
        QCOMPARE(index.roleOf(5), -1);
        QCOMPARE(index.roleOf(-1), -1);
        QCOMPARE(index.findRole(false, "other", "deployer"), 2);
        QCOMPARE(index.findRole(true, "", "deployer"), -1);
        QCOMPARE(index.findBinding(false, "shop", "ghost"), 3);
        QCOMPARE(index.findBinding(true, "", "ghost"), -1);

        QCOMPARE(answers(index, req("get", "pods", "shop")),
                 (std::set<std::string>{"readers: User/ann", "global-readers: User/bob"}));
        QCOMPARE(answers(index, req("get", "pods", "other")), std::set<std::string>{"global-readers: User/bob"});
        QCOMPARE(answers(index, req("list", "pods")), std::set<std::string>{"global-readers: User/bob"});
        // Non-resource URLs have no namespace: only the ClusterRoleBinding grants /metrics.
        QCOMPARE(answers(index, req("get", "/metrics")), std::set<std::string>{"global-readers: User/bob"});
        QCOMPARE(answers(index, req("create", "deployments", "shop")),
                 (std::set<std::string>{"deployers: User/cid", "deployers: Group/ci"}));
        QCOMPARE(answers(index, req("delete", "deployments", "other")), std::set<std::string>{});
        QCOMPARE(answers(index, req("delete", "pods", "shop")), std::set<std::string>{});
        // Cluster-wide grants come first.
        const auto chains = index.whoCan(req("get", "pods", "shop"));
        QCOMPARE(chains.size(), std::size_t(2));
        QCOMPARE(chains[0].grant.binding, 1);
        QCOMPARE(chains[0].grant.nameSpace, std::string());
        QCOMPARE(chains[1].grant.nameSpace, std::string("shop"));

        const RbacWhyAnswer dangling = index.why(user("dan"), req("get", "pods", "shop"));
        QVERIFY(!dangling.allowed);
        QVERIFY(!dangling.closest);
        QCOMPARE(dangling.explanation, std::string("User/dan may not get pods in namespace shop: RoleBinding shop/ghost "
                                                   "applies to it but names Role missing, which does not exist"));
        const RbacWhyAnswer nobody = index.why(user("zed"), req("get", "pods", "shop"));
        QCOMPARE(nobody.explanation, std::string("User/zed may not get pods in namespace shop: no RoleBinding or "
                                                 "ClusterRoleBinding names it or its groups (system:authenticated)"));
        RbacGrant missing;
        missing.binding = 3;
        QCOMPARE(index.describeGrant(missing), std::string("RoleBinding shop/ghost -> Role missing (does not exist)"));
    }

    // A RoleBinding to a ClusterRole granting nodes or persistentvolumes grants nothing for them:
    // the authorizer asks about cluster-scoped objects without a namespace.
    void clusterScopedResourcesIgnoreRoleBindings()
    {
        RbacObjects o;
        o.roles = {clusterRole("node-admin", {rule({"get", "update"}, {""}, {"nodes", "persistentvolumes", "namespaces"})})};
        o.bindings = {
            bindingOf(false, "shop", "local-nodes", "ClusterRole", "node-admin", {user("ann")}), // 0
            bindingOf(true, "", "nodes", "ClusterRole", "node-admin", {user("bob")}),            // 1
        };
        const RbacIndex index(o);
        QCOMPARE(answers(index, req("get", "nodes", "shop")), std::set<std::string>{"nodes: User/bob"});
        QCOMPARE(answers(index, req("update", "persistentvolumes", "shop")), std::set<std::string>{"nodes: User/bob"});
        // A namespace object is asked about in its own namespace: the RoleBinding answers.
        QCOMPARE(answers(index, req("get", "namespaces", "shop")),
                 (std::set<std::string>{"nodes: User/bob", "local-nodes: User/ann"}));
        QVERIFY(isClusterScopedRequest(req("get", "nodes")));
        QVERIFY(isClusterScopedRequest(req("get", "clusterroles")));
        QVERIFY(isClusterScopedRequest(req("get", "/healthz")));
        QVERIFY(!isClusterScopedRequest(req("get", "pods")));
        QVERIFY(!isClusterScopedRequest(req("get", "namespaces")));
        const RbacWhyAnswer why = index.why(user("ann"), req("get", "nodes", "shop"));
        QVERIFY(!why.allowed);
        QVERIFY(why.closest);
        QCOMPARE(why.closestMismatch.find("namespace") != std::string::npos, true);
        QVERIFY2(why.explanation.find("cannot grant the cluster-scoped nodes") != std::string::npos, why.explanation.c_str());
    }

    void whyNot_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mismatch");
        QTest::addColumn<QString>("explanation");

        QTest::newRow("subresource") << "ann" << "create" << "pods/exec" << "shop" << ""
                                     << "verb, resource"
                                     << "User/ann may not create pods/exec in namespace shop: the closest grant, "
                                        "RoleBinding shop/dev (Role dev), grants get,list on pods,pods/log in namespace "
                                        "shop, but not the verb create and not pods/exec";
        QTest::newRow("other namespace") << "ann" << "get" << "pods" << "prod" << ""
                                         << "namespace"
                                         << "User/ann may not get pods in namespace prod: the closest grant, "
                                            "RoleBinding shop/dev (Role dev), grants get,list on pods,pods/log in "
                                            "namespace shop, but only in namespace shop, not in prod";
        QTest::newRow("cluster-wide") << "ann" << "list" << "pods" << "" << ""
                                      << "namespace"
                                      << "User/ann may not list pods cluster-wide: the closest grant, RoleBinding "
                                         "shop/dev (Role dev), grants get,list on pods,pods/log in namespace shop, "
                                         "but only in namespace shop, not cluster-wide";
        QTest::newRow("verb") << "ann" << "delete" << "pods" << "shop" << ""
                              << "verb"
                              << "User/ann may not delete pods in namespace shop: the closest grant, RoleBinding "
                                 "shop/dev (Role dev), grants get,list on pods,pods/log in namespace shop, but not the "
                                 "verb delete";
        QTest::newRow("resourceName") << "ann" << "get" << "configmaps" << "shop" << "db"
                                      << "resourceName"
                                      << "User/ann may not get configmaps \"db\" in namespace shop: the closest grant, "
                                         "RoleBinding shop/dev (Role dev), grants get on configmaps named app-config in "
                                         "namespace shop, but not the object db";
        QTest::newRow("list with resourceNames") << "ann" << "get" << "configmaps" << "shop" << ""
                                                 << "resourceName"
                                                 << "User/ann may not get configmaps in namespace shop: the closest "
                                                    "grant, RoleBinding shop/dev (Role dev), grants get on configmaps "
                                                    "named app-config in namespace shop, but only the objects named "
                                                    "app-config (the request names none)";
        QTest::newRow("group") << "ann" << "get" << "deployments" << "shop" << ""
                               << "apiGroup"
                               << "User/ann may not get deployments.apps in namespace shop: the closest grant, "
                                  "ClusterRoleBinding authn (ClusterRole nodes-deploy, via group system:authenticated), "
                                  "grants get on deployments (API group extensions) cluster-wide, but not the API group apps";
        QTest::newRow("url from a role binding") << "ann" << "get" << "/healthz" << "" << ""
                                                 << "namespace"
                                                 << "User/ann may not get /healthz: the closest grant, RoleBinding "
                                                    "shop/health (ClusterRole health), grants get on /healthz in "
                                                    "namespace shop, but a RoleBinding cannot grant non-resource URLs";
    }

    void whyNot()
    {
        RbacObjects o;
        o.roles = {role("shop", "dev", {rule({"get", "list"}, {""}, {"pods", "pods/log"}),
                                        rule({"get"}, {""}, {"configmaps"}, {"app-config"})}),
                   clusterRole("nodes-deploy", {rule({"get"}, {"extensions"}, {"deployments"})}),
                   clusterRole("health", {rule({"get"}, {}, {}, {}, {"/healthz"})})};
        o.bindings = {bindingOf(false, "shop", "dev", "Role", "dev", {user("ann")}),
                      bindingOf(true, "", "authn", "ClusterRole", "nodes-deploy", {group("system:authenticated")}),
                      bindingOf(false, "shop", "health", "ClusterRole", "health", {user("ann")})};
        const RbacIndex index(o);
        QFETCH(QString, subject);
        QFETCH(QString, verb);
        QFETCH(QString, resource);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        const RbacWhyAnswer a = index.why(*parseRbacSubject(subject.toStdString()),
                                          req(verb.toStdString(), resource.toStdString(), ns.toStdString(), name.toStdString()));
        QVERIFY(!a.allowed);
        QVERIFY(a.grants.empty());
        QVERIFY(a.closest.has_value());
        QTEST(QString::fromStdString(a.closestMismatch), "mismatch");
        QTEST(QString::fromStdString(a.explanation), "explanation");
    }

    void whyAllowed()
    {
        RbacObjects o;
        o.roles = {clusterRole("admin", {rule({"*"}, {"*"}, {"*"}), rule({"*"}, {}, {}, {}, {"*"})}),
                   role("shop", "dev", {rule({"get"}, {""}, {"pods"})})};
        o.bindings = {bindingOf(false, "shop", "dev", "Role", "dev", {user("ann")}),
                      bindingOf(true, "", "cluster-admin", "ClusterRole", "admin", {group("system:masters")}),
                      bindingOf(false, "shop", "admins", "ClusterRole", "admin", {user("ann")})};
        const RbacIndex index(o);
        const RbacWhyAnswer a = index.why(user("ann"), req("get", "pods", "shop"));
        QVERIFY(a.allowed);
        QVERIFY(!a.closest);
        QCOMPARE(a.grants.size(), std::size_t(2));
        QCOMPARE(a.grants[0].binding, 0);
        QCOMPARE(a.grants[1].binding, 2);
        QCOMPARE(a.explanation, std::string("User/ann may get pods in namespace shop: RoleBinding shop/dev -> Role dev "
                                            "rule 1 (core/pods get) in namespace shop (and 1 more)"));
        const RbacWhyAnswer masters = index.why(group("system:masters"), req("get", "/metrics"));
        QVERIFY(masters.allowed);
        QCOMPARE(index.describeGrant(masters.grants[0]),
                 std::string("ClusterRoleBinding cluster-admin -> ClusterRole admin rule 2 (* *)"));
        QCOMPARE(index.describeGrant(index.why(group("system:masters"), req("delete", "nodes")).grants[0]),
                 std::string("ClusterRoleBinding cluster-admin -> ClusterRole admin rule 1 (*/* *)"));
        // A group's members are not the group: ann is not in system:masters.
        QVERIFY(!index.why(user("ann"), req("delete", "nodes")).allowed);
    }

    void effectivePermissions()
    {
        RbacObjects o;
        o.roles = {clusterRole("view", {rule({"get"}, {""}, {"pods"}), rule({"list"}, {""}, {"services"})}),
                   role("shop", "dev", {rule({"create"}, {""}, {"pods/exec"})}),
                   clusterRole("agg", {}, {}, {kToTop}),
                   clusterRole("src", {rule({"watch"}, {""}, {"events"})}, {{"agg", "top"}})};
        o.bindings = {bindingOf(false, "shop", "dev", "Role", "dev", {sa("shop", "app")}),              // 0
                      bindingOf(true, "", "viewers", "ClusterRole", "view", {group("system:serviceaccounts")}), // 1
                      bindingOf(false, "shop", "gone", "Role", "nope", {sa("shop", "app")}),             // 2
                      bindingOf(false, "prod", "agg", "ClusterRole", "agg", {sa("shop", "app")}),         // 3
                      bindingOf(true, "", "other", "ClusterRole", "view", {user("bob")})};                // 4
        o.serviceAccounts = {{"shop", "zzz", std::nullopt}, {"shop", "app", false}};
        o.serviceAccountsListed = true;
        const RbacIndex index(o);
        const std::vector<RbacGrant> grants = index.effectivePermissions(sa("shop", "app"));
        QCOMPARE(grants.size(), std::size_t(4));
        // cluster-wide first, then by binding and rule; the dangling binding grants nothing
        QCOMPARE(grants[0].binding, 1);
        QCOMPARE(grants[0].rule, 0);
        QCOMPARE(grants[0].viaGroup, std::string("system:serviceaccounts"));
        QCOMPARE(grants[0].nameSpace, std::string());
        QCOMPARE(grants[1].binding, 1);
        QCOMPARE(grants[1].rule, 1);
        QCOMPARE(grants[2].binding, 0);
        QCOMPARE(grants[2].nameSpace, std::string("shop"));
        QCOMPARE(grants[2].viaGroup, std::string());
        QCOMPARE(grants[3].binding, 3);
        QCOMPARE(grants[3].nameSpace, std::string("prod")); // a RoleBinding's namespace, whatever the subject's
        QCOMPARE(grants[3].viaRole, std::string("src"));
        QCOMPARE(index.roles()[grants[3].role].name, std::string("agg"));
        QVERIFY(index.effectivePermissions(user("nobody")).empty());
        QCOMPARE(index.effectivePermissions(user("bob")).size(), std::size_t(2));

        // Subjects: every binding subject and every listed service account, sorted, once.
        List keys;
        for (const RbacSubject &s : index.subjects())
            keys.push_back(s.key());
        QCOMPARE(keys, (List{"Group/system:serviceaccounts", "ServiceAccount/shop/app", "ServiceAccount/shop/zzz",
                             "User/bob"}));
        QCOMPARE(index.serviceAccountExists(sa("shop", "app")), std::optional<bool>(true));
        QCOMPARE(index.serviceAccountExists(sa("shop", "zzz")), std::optional<bool>(true));
        QCOMPARE(index.serviceAccountExists(sa("shop", "ghost")), std::optional<bool>(false));
        QCOMPARE(index.serviceAccountExists(user("bob")), std::optional<bool>());
        o.serviceAccountsListed = false;
        QCOMPARE(RbacIndex(o).serviceAccountExists(sa("shop", "ghost")), std::optional<bool>());
    }
};

QTEST_GUILESS_MAIN(TestRbacIndex)
#include "tst_rbacindex.moc"
