// buildPermissionMatrix, the RBAC page's matrix (and the bench's "opening a subject"): crafted
// roles and bindings whose cells the test spells out (scopes, resources named by the rules,
// subresources, resourceNames, wildcard verbs, extra verbs such as escalate/bind/impersonate,
// non-resource URLs, grants through a built-in group, a dangling roleRef); and on the real
// Kubernetes default RBAC (fixtures) plus crafted bindings, every cell of a subject's matrix agrees
// with RbacIndex::why for the same question, asked through the analyzer's own path.
#include "kubeobjectfile.h"
#include "rbac/permissionmatrix.h"
#include "rbac/rbacindex.h"
#include "rbac/rbacrequest.h"
#include "rbactestsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test::rbac;

namespace {

// alice: reads nodes cluster-wide; in shop reads pods, execs into them and reads one secret; in
// web does anything to deployments. The shop deployer gets its rights through the
// system:serviceaccounts:shop group. A binding to a role that does not exist grants nothing.
RbacObjects crafted()
{
    RbacObjects o;
    o.roles = {
        role(true, "", "node-reader", {rule({"get", "list", "watch"}, {""}, {"nodes"})}),
        role(false, "shop", "debugger",
             {rule({"get", "list"}, {""}, {"pods"}), rule({"create"}, {""}, {"pods/exec"}),
              rule({"get"}, {""}, {"secrets"}, {"db-pass", "api-key"})}),
        role(true, "", "deployer", {rule({"*"}, {"apps"}, {"deployments"})}),
        role(true, "", "rbac-manager",
             {rule({"escalate", "bind"}, {"rbac.authorization.k8s.io"}, {"roles", "clusterroles"}),
              rule({"impersonate"}, {""}, {"users", "groups"}), urlRule({"get"}, {"/healthz", "/metrics"})}),
        role(false, "shop", "sa-reader", {rule({"get", "list"}, {""}, {"configmaps"})}),
    };
    o.bindings = {
        binding(true, "", "alice-nodes", "ClusterRole", "node-reader", {user("alice")}),
        binding(false, "shop", "alice-debug", "Role", "debugger", {user("alice")}),
        binding(false, "web", "alice-deploy", "ClusterRole", "deployer", {user("alice")}),
        binding(false, "shop", "alice-ghost", "Role", "does-not-exist", {user("alice")}),
        binding(true, "", "carol-rbac", "ClusterRole", "rbac-manager", {user("carol")}),
        binding(false, "shop", "all-sa-config", "Role", "sa-reader", {group("system:serviceaccounts:shop")}),
    };
    o.namespaces = {"shop", "web"};
    return o;
}

bool allowed(const PermissionMatrix &m, const std::string &row, const std::string &verb)
{
    const PermissionMatrixCell *c = m.cell(m.row(row), m.column(verb));
    return c && c->allowed();
}

int allowedCells(const PermissionMatrix &m)
{
    int n = 0;
    for (const auto &row : m.cells)
        n += int(std::count_if(row.begin(), row.end(), [](const PermissionMatrixCell &c) { return c.allowed(); }));
    return n;
}

std::vector<std::string> labels(const PermissionMatrix &m)
{
    std::vector<std::string> out;
    for (const PermissionMatrixRow &r : m.rows)
        out.push_back(r.label);
    return out;
}

// The default RBAC a cluster starts with, from the fixtures, parsed as the collector parses it.
bool loadFixtures(RbacObjects &out, QString &error)
{
    const QString dir = test::fixturePath(QStringLiteral("kubernetes"));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        error = QStringLiteral("no *.yaml in %1").arg(dir);
        return false;
    }
    for (const QString &file : files) {
        QList<QJsonObject> objects;
        if (!test::readKubeObjects(dir + QLatin1Char('/') + file, &objects, &error))
            return false;
        for (const QJsonObject &object : objects) {
            const nlohmann::json j = nlohmann::json::parse(QJsonDocument(object).toJson().toStdString());
            const std::string kind = j.value("kind", "");
            std::string why;
            if (kind == "Role" || kind == "ClusterRole") {
                RbacRole r;
                if (!parseRbacRole(j, r, &why)) {
                    error = QString::fromStdString(why);
                    return false;
                }
                out.roles.push_back(std::move(r));
            } else if (kind == "RoleBinding" || kind == "ClusterRoleBinding") {
                RbacBinding b;
                if (!parseRbacBinding(j, b, &why)) {
                    error = QString::fromStdString(why);
                    return false;
                }
                out.bindings.push_back(std::move(b));
            }
        }
    }
    return true;
}

} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusterWideShowsOnlyClusterBindings()
    {
        const RbacIndex index(crafted());
        const PermissionMatrix m = buildPermissionMatrix(index, user("alice"), "");
        QCOMPARE(m.scopes, (std::vector<std::string>{"", "shop", "web"}));
        QCOMPARE(labels(m), std::vector<std::string>{"nodes"});
        QCOMPARE(m.verbs, standardRbacVerbs()); // no extra verb, no "*" among the cluster-wide rules
        for (const char *verb : {"get", "list", "watch"})
            QVERIFY2(allowed(m, "nodes", verb), verb);
        QCOMPARE(allowedCells(m), 3);
        QCOMPARE(m.bindings, 1);
        QCOMPARE(int(m.grants.size()), 1);
        // every rule grant of alice's existing roles: 1 + 3 + 1 (the ghost role grants nothing)
        QCOMPARE(m.allGrants, 5);
        const PermissionMatrixCell *c = m.cell(m.row("nodes"), m.column("get"));
        QVERIFY(!c->clusterWideOnly); // seen cluster-wide, nothing is "inherited"
        QVERIFY(m.grantText[std::size_t(c->grants.front())].find("alice-nodes") != std::string::npos);
    }

    void namespaceAddsItsRoleBindings()
    {
        const RbacIndex index(crafted());
        const PermissionMatrix m = buildPermissionMatrix(index, user("alice"), "shop");
        QCOMPARE(labels(m), (std::vector<std::string>{"nodes", "pods", "pods/exec", "secrets"}));
        QVERIFY(allowed(m, "pods", "get"));
        QVERIFY(allowed(m, "pods", "list"));
        QVERIFY(!allowed(m, "pods", "create"));
        QVERIFY(allowed(m, "pods/exec", "create"));
        QVERIFY(!allowed(m, "pods/exec", "get"));
        QVERIFY(allowed(m, "secrets", "get"));
        QVERIFY(!allowed(m, "secrets", "list"));
        QCOMPARE(allowedCells(m), 3 + 2 + 1 + 1);
        const PermissionMatrixCell *secret = m.cell(m.row("secrets"), m.column("get"));
        QVERIFY(secret->namedObjectsOnly);
        QCOMPARE(m.grantObjects[std::size_t(secret->grants.front())], std::string("db-pass,api-key"));
        QVERIFY(!m.cell(m.row("pods"), m.column("get"))->namedObjectsOnly);
        // The cluster-wide grant is in force in shop too, and marked as coming from outside it.
        QVERIFY(m.cell(m.row("nodes"), m.column("get"))->clusterWideOnly);
        QVERIFY(!m.cell(m.row("pods"), m.column("get"))->clusterWideOnly);
        QCOMPARE(m.bindings, 2); // alice-nodes, alice-debug
        // web's deployer is not in force in shop.
        QCOMPARE(m.row("deployments.apps"), -1);
    }

    void wildcardVerbGetsItsColumn()
    {
        const RbacIndex index(crafted());
        const PermissionMatrix m = buildPermissionMatrix(index, user("alice"), "web");
        QCOMPARE(m.verbs.back(), std::string("*"));
        QCOMPARE(labels(m), (std::vector<std::string>{"nodes", "deployments.apps"}));
        for (const std::string &verb : m.verbs)
            QVERIFY2(allowed(m, "deployments.apps", verb), verb.c_str());
        // A rule without "*" does not fill the "*" column.
        QVERIFY(!allowed(m, "nodes", "*"));
    }

    void extraVerbsAndUrls()
    {
        const RbacIndex index(crafted());
        const PermissionMatrix m = buildPermissionMatrix(index, user("carol"), "");
        std::vector<std::string> want = standardRbacVerbs();
        want.insert(want.end(), {"escalate", "bind", "impersonate"});
        QCOMPARE(m.verbs, want);
        QCOMPARE(labels(m), (std::vector<std::string>{"groups", "users", "clusterroles.rbac.authorization.k8s.io",
                                                      "roles.rbac.authorization.k8s.io", "/healthz", "/metrics"}));
        QVERIFY(allowed(m, "roles.rbac.authorization.k8s.io", "escalate"));
        QVERIFY(allowed(m, "clusterroles.rbac.authorization.k8s.io", "bind"));
        QVERIFY(!allowed(m, "roles.rbac.authorization.k8s.io", "impersonate"));
        QVERIFY(allowed(m, "users", "impersonate"));
        QVERIFY(allowed(m, "/healthz", "get"));
        QVERIFY(!allowed(m, "/healthz", "delete"));
        QCOMPARE(allowedCells(m), 4 + 2 + 2);
        QCOMPARE(m.rows.back().nonResourceUrl, std::string("/metrics"));
    }

    void grantsThroughAGroup()
    {
        const RbacIndex index(crafted());
        // The deployer service account is named by no binding: its rights come from its namespace's group.
        const PermissionMatrix m = buildPermissionMatrix(index, sa("shop", "deployer"), "shop");
        QCOMPARE(labels(m), std::vector<std::string>{"configmaps"});
        QVERIFY(allowed(m, "configmaps", "list"));
        const RbacGrant &g = m.grants[std::size_t(m.cell(m.row("configmaps"), m.column("get"))->grants.front())];
        QCOMPARE(g.viaGroup, std::string("system:serviceaccounts:shop"));
        // Another namespace's service account is not in that group.
        const PermissionMatrix other = buildPermissionMatrix(index, sa("web", "deployer"), "web");
        QVERIFY(other.rows.empty());
        QCOMPARE(other.allGrants, 0);
        QCOMPARE(other.scopes, std::vector<std::string>{""});
    }

    void preferredScopeFollowsOwnGrants()
    {
        RbacObjects objects = crafted();
        // dave: two RoleBindings of his own in web, one in shop, and cluster-wide only what every
        // authenticated user gets.
        objects.roles.push_back(role(true, "", "pod-reader", {rule({"get"}, {""}, {"pods"})}));
        objects.bindings.push_back(
            binding(true, "", "everyone-nodes", "ClusterRole", "node-reader", {group("system:authenticated")}));
        objects.bindings.push_back(binding(false, "shop", "dave-1", "ClusterRole", "pod-reader", {user("dave")}));
        objects.bindings.push_back(binding(false, "web", "dave-2", "ClusterRole", "pod-reader", {user("dave")}));
        objects.bindings.push_back(binding(false, "web", "dave-3", "ClusterRole", "deployer", {user("dave")}));
        const RbacIndex index(std::move(objects));
        // alice has a ClusterRoleBinding of her own: she opens cluster-wide.
        QCOMPARE(preferredScope(buildPermissionMatrix(index, user("alice"), "")), std::string());
        // Only through the shop service accounts' group, in shop only.
        QCOMPARE(preferredScope(buildPermissionMatrix(index, sa("shop", "deployer"), "")), std::string("shop"));
        const PermissionMatrix dave = buildPermissionMatrix(index, user("dave"), "");
        QCOMPARE(dave.scopes, (std::vector<std::string>{"", "shop", "web"}));
        QCOMPARE(dave.scopeGrants, (std::vector<int>{1, 1, 2}));
        QCOMPARE(dave.scopeOwnGrants, (std::vector<int>{0, 1, 2}));
        QCOMPARE(preferredScope(dave), std::string("web"));
        QCOMPARE(preferredScope(buildPermissionMatrix(index, user("nobody"), "")), std::string());
    }

    // A cell granted by many bindings keeps the first of its grants (cluster-wide first) and
    // counts them all.
    void manyGrantsInOneCell()
    {
        RbacObjects objects = crafted();
        objects.roles.push_back(role(true, "", "pod-reader", {rule({"get"}, {""}, {"pods"})}));
        const int namespaced = PermissionMatrixCell::kMaxGrants + 17;
        for (int i = 0; i < namespaced; ++i)
            objects.bindings.push_back(
                binding(false, "shop", "erin-" + std::to_string(i), "ClusterRole", "pod-reader", {user("erin")}));
        objects.bindings.push_back(binding(true, "", "erin-everywhere", "ClusterRole", "pod-reader", {user("erin")}));
        const RbacIndex index(std::move(objects));
        const PermissionMatrix m = buildPermissionMatrix(index, user("erin"), "shop");
        QCOMPARE(int(m.grants.size()), namespaced + 1);
        QCOMPARE(m.bindings, namespaced + 1);
        const PermissionMatrixCell *c = m.cell(m.row("pods"), m.column("get"));
        QCOMPARE(c->grantCount, namespaced + 1);
        QCOMPARE(int(c->grants.size()), int(PermissionMatrixCell::kMaxGrants));
        QVERIFY(m.grants[std::size_t(c->grants.front())].nameSpace.empty()); // the ClusterRoleBinding's
        QVERIFY(m.grantText[std::size_t(c->grants.front())].find("erin-everywhere") != std::string::npos);
        QVERIFY(!c->clusterWideOnly);
        QVERIFY(!m.cell(m.row("pods"), m.column("list"))->allowed());
        QCOMPARE(m.cell(m.row("pods"), m.column("list"))->grantCount, 0);
    }

    void subjectWithoutBindings()
    {
        const RbacIndex index(crafted());
        const PermissionMatrix m = buildPermissionMatrix(index, user("nobody"), "");
        QVERIFY(m.rows.empty());
        QVERIFY(m.grants.empty());
        QCOMPARE(m.verbs, standardRbacVerbs());
        QCOMPARE(m.cell(0, 0), nullptr);
    }

    // Every cell of real subjects' matrices, on the default RBAC plus crafted bindings, against
    // RbacIndex::why for the same question (the analyzer's own path through bindings and rules).
    void agreesWithWhyOnTheDefaultRbac()
    {
        BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubernetes/cluster-roles.yaml"));
        RbacObjects objects;
        QString error;
        QVERIFY2(loadFixtures(objects, error), qPrintable(error));
        QVERIFY(objects.roles.size() > 20 && objects.bindings.size() > 10);
        objects.bindings.push_back(binding(false, "shop", "dev-edit", "ClusterRole", "edit", {group("dev")}));
        objects.bindings.push_back(binding(false, "shop", "ci-admin", "ClusterRole", "admin", {sa("ci", "builder")}));
        objects.bindings.push_back(binding(true, "", "ops-view", "ClusterRole", "view", {user("ops")}));
        const RbacIndex index(std::move(objects));

        const std::vector<std::pair<RbacSubject, std::string>> cases = {
            {group("dev"), "shop"},
            {sa("ci", "builder"), "shop"},
            {user("ops"), ""},
            {user("ops"), "kube-system"},
            {group("system:masters"), ""},
            {user("system:kube-scheduler"), ""},
            {user("system:kube-proxy"), ""},
            {user("system:kube-controller-manager"), "kube-system"},
            {sa("kube-system", "bootstrap-signer"), "kube-system"},
            {sa("kube-public", "bootstrap-signer"), "kube-public"},
        };
        int checked = 0, granted = 0;
        for (const auto &[subject, scope] : cases) {
            const PermissionMatrix m = buildPermissionMatrix(index, subject, scope);
            QVERIFY2(!m.rows.empty(), subject.key().c_str());
            for (std::size_t r = 0; r < m.rows.size(); ++r) {
                const PermissionMatrixRow &row = m.rows[r];
                for (std::size_t c = 0; c < m.verbs.size(); ++c) {
                    if (m.verbs[c] == "*")
                        continue; // "every verb" is not one request
                    RbacRequest request;
                    request.verb = m.verbs[c];
                    request.nameSpace = scope;
                    if (!row.nonResourceUrl.empty()) {
                        if (row.nonResourceUrl.back() == '*')
                            continue; // a prefix, not one URL
                        request.nonResourceUrl = row.nonResourceUrl;
                    } else {
                        if (row.apiGroup == "*" || row.resource.find('*') != std::string::npos)
                            continue; // "every resource" is not one request
                        request.apiGroup = row.apiGroup;
                        const auto slash = row.resource.find('/');
                        request.resource = row.resource.substr(0, slash);
                        if (slash != std::string::npos)
                            request.subresource = row.resource.substr(slash + 1);
                    }
                    const PermissionMatrixCell &cell = m.cells[r][c];
                    if (cell.namedObjectsOnly) {
                        // Allowed on the named objects only: why agrees for the first of them.
                        const RbacGrant &g = m.grants[std::size_t(cell.grants.front())];
                        request.name = index.rules(g.role)[std::size_t(g.rule)].resourceNames.front();
                    }
                    const RbacWhyAnswer why = index.why(subject, request);
                    const std::string what = subject.key() + " " + describeRequest(request);
                    QVERIFY2(why.allowed == cell.allowed(), what.c_str());
                    ++checked;
                    granted += cell.allowed();
                }
            }
        }
        qInfo("%d cells checked against why(), %d of them granted", checked, granted);
        QVERIFY(checked > 500);
        QVERIFY(granted > 100);
    }
};

QTEST_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
