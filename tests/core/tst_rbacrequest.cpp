// The API server's RBAC matching of one rule against one request: verbs, API groups, resources
// with wildcards and subresources, resourceNames, non-resource URLs; and how a request is spelt
// (parseRbacResource) and described.

#include "rbac/rbacrequest.h"
#include "testsupport.h"

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

using List = std::vector<std::string>;

PolicyRule rule(List verbs, List groups, List resources, List names = {}, List urls = {})
{
    return PolicyRule{std::move(verbs), std::move(groups), std::move(resources), std::move(names), std::move(urls)};
}

RbacRequest request(const std::string &verb, const std::string &group, const std::string &resource,
                    const std::string &sub = {}, const std::string &name = {})
{
    RbacRequest r;
    r.verb = verb;
    r.apiGroup = group;
    r.resource = resource;
    r.subresource = sub;
    r.name = name;
    r.nameSpace = "shop";
    return r;
}

RbacRequest urlRequest(const std::string &verb, const std::string &url)
{
    RbacRequest r;
    r.verb = verb;
    r.nonResourceUrl = url;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(PolicyRule)
Q_DECLARE_METATYPE(RbacRequest)

class TestRbacRequest : public QObject
{
    Q_OBJECT

private slots:
    void matching_data()
    {
        QTest::addColumn<PolicyRule>("rule");
        QTest::addColumn<RbacRequest>("req");
        QTest::addColumn<QString>("mismatch"); // "" = allowed

        const PolicyRule podsRead = rule({"get", "list", "watch"}, {""}, {"pods"});
        QTest::newRow("exact") << podsRead << request("get", "", "pods") << "";
        QTest::newRow("other verb") << podsRead << request("delete", "", "pods") << "verb";
        QTest::newRow("other resource") << podsRead << request("get", "", "secrets") << "resource";
        QTest::newRow("other group") << podsRead << request("get", "apps", "pods") << "apiGroup";
        QTest::newRow("verb checked first") << podsRead << request("create", "apps", "deployments") << "verb";
        QTest::newRow("resource does not cover subresource") << podsRead << request("get", "", "pods", "log")
                                                             << "resource";
        QTest::newRow("verb star") << rule({"*"}, {""}, {"pods"}) << request("deletecollection", "", "pods") << "";
        QTest::newRow("group star") << rule({"get"}, {"*"}, {"deployments"}) << request("get", "apps", "deployments")
                                    << "";
        QTest::newRow("resource star") << rule({"get"}, {""}, {"*"}) << request("get", "", "configmaps") << "";
        QTest::newRow("resource star covers subresources") << rule({"create"}, {""}, {"*"})
                                                           << request("create", "", "pods", "exec") << "";
        QTest::newRow("exact subresource") << rule({"create"}, {""}, {"pods/exec"}) << request("create", "", "pods", "exec")
                                           << "";
        QTest::newRow("subresource not the resource") << rule({"get"}, {""}, {"pods/log"}) << request("get", "", "pods")
                                                      << "resource";
        QTest::newRow("other subresource") << rule({"create"}, {""}, {"pods/exec"})
                                           << request("create", "", "pods", "attach") << "resource";
        QTest::newRow("star slash sub") << rule({"update"}, {""}, {"*/status"})
                                        << request("update", "", "nodes", "status") << "";
        QTest::newRow("star slash sub, other sub") << rule({"update"}, {""}, {"*/status"})
                                                   << request("update", "", "nodes", "proxy") << "resource";
        QTest::newRow("star slash sub, no sub") << rule({"update"}, {""}, {"*/status"}) << request("update", "", "nodes")
                                                << "resource";
        QTest::newRow("resource prefix is not a match") << rule({"get"}, {""}, {"pod"}) << request("get", "", "pods")
                                                        << "resource";
        QTest::newRow("subresource of a longer name") << rule({"get"}, {""}, {"pods/exe"})
                                                      << request("get", "", "pods", "exec") << "resource";
        QTest::newRow("group star only groups") << rule({"get"}, {"*"}, {"pods"}) << request("get", "", "secrets")
                                                << "resource";
        QTest::newRow("empty verbs grant nothing") << rule({}, {""}, {"pods"}) << request("get", "", "pods") << "verb";
        QTest::newRow("empty resources grant nothing") << rule({"get"}, {""}, {}) << request("get", "", "pods")
                                                       << "resource";

        const PolicyRule named = rule({"get", "update", "list"}, {""}, {"configmaps"}, {"app-config", "other"});
        QTest::newRow("resourceName listed") << named << request("get", "", "configmaps", "", "app-config") << "";
        QTest::newRow("resourceName not listed") << named << request("get", "", "configmaps", "", "secret-config")
                                                 << "resourceName";
        QTest::newRow("resourceNames and no name (list)") << named << request("list", "", "configmaps")
                                                          << "resourceName";
        QTest::newRow("no resourceNames: any name") << podsRead << request("get", "", "pods", "", "web-1") << "";
        QTest::newRow("resourceNames with subresource")
            << rule({"update"}, {"certificates.k8s.io"}, {"signers"}, {"kubernetes.io/kube-apiserver-client"})
            << request("update", "certificates.k8s.io", "signers", "", "kubernetes.io/kube-apiserver-client") << "";

        const PolicyRule health = rule({"get"}, {}, {}, {}, {"/healthz", "/livez", "/readyz"});
        QTest::newRow("url exact") << health << urlRequest("get", "/healthz") << "";
        QTest::newRow("url exact is not a prefix") << health << urlRequest("get", "/healthz/etcd") << "nonResourceURL";
        QTest::newRow("url other verb") << health << urlRequest("post", "/healthz") << "verb";
        QTest::newRow("url prefix star") << rule({"get"}, {}, {}, {}, {"/healthz/*"}) << urlRequest("get", "/healthz/etcd")
                                         << "";
        QTest::newRow("url prefix star not the bare path")
            << rule({"get"}, {}, {}, {}, {"/healthz/*"}) << urlRequest("get", "/healthz") << "nonResourceURL";
        QTest::newRow("url star") << rule({"*"}, {}, {}, {}, {"*"}) << urlRequest("get", "/metrics") << "";
        QTest::newRow("url star inside") << rule({"get"}, {}, {}, {}, {"/api*"}) << urlRequest("get", "/apis/apps") << "";
        QTest::newRow("resource rule, url request") << podsRead << urlRequest("get", "/healthz") << "nonResourceURL";
        QTest::newRow("url rule, resource request") << health << request("get", "", "pods") << "resource";
        QTest::newRow("star resources do not grant urls")
            << rule({"*"}, {"*"}, {"*"}) << urlRequest("get", "/metrics") << "nonResourceURL";
    }

    void matching()
    {
        QFETCH(PolicyRule, rule);
        QFETCH(RbacRequest, req);
        QFETCH(QString, mismatch);
        QCOMPARE(ruleAllows(rule, req), mismatch.isEmpty());
        QCOMPARE(QString::fromStdString(ruleMismatch(rule, req)), mismatch);
    }

    void parseResource_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("url");

        QTest::newRow("core") << "pods" << "" << "pods" << "" << "";
        QTest::newRow("core sub") << "pods/exec" << "" << "pods" << "exec" << "";
        QTest::newRow("apps by name") << "deployments" << "apps" << "deployments" << "" << "";
        QTest::newRow("explicit group") << "deployments.apps/scale" << "apps" << "deployments" << "scale" << "";
        QTest::newRow("dotted group") << "certificatesigningrequests.certificates.k8s.io/approval"
                                      << "certificates.k8s.io" << "certificatesigningrequests" << "approval" << "";
        QTest::newRow("known non-core") << "certificatesigningrequests" << "certificates.k8s.io"
                                        << "certificatesigningrequests" << "" << "";
        QTest::newRow("rbac") << "clusterrolebindings" << "rbac.authorization.k8s.io" << "clusterrolebindings" << ""
                              << "";
        QTest::newRow("unknown is core") << "widgets" << "" << "widgets" << "" << "";
        QTest::newRow("crd") << "widgets.example.com" << "example.com" << "widgets" << "" << "";
        QTest::newRow("url") << "/healthz" << "" << "" << "" << "/healthz";
        QTest::newRow("everything") << "*" << "*" << "*" << "" << "";
    }

    void parseResource()
    {
        QFETCH(QString, text);
        RbacRequest r;
        r.verb = "get";
        std::string error;
        QVERIFY2(parseRbacResource(text.toStdString(), r, &error), error.c_str());
        QTEST(QString::fromStdString(r.apiGroup), "group");
        QTEST(QString::fromStdString(r.resource), "resource");
        QTEST(QString::fromStdString(r.subresource), "sub");
        QTEST(QString::fromStdString(r.nonResourceUrl), "url");
        QCOMPARE(r.verb, std::string("get")); // only the resource fields are set
    }

    void parseResourceErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no subresource") << "pods/";
        QTest::newRow("two slashes") << "pods/exec/x";
        QTest::newRow("empty group") << "pods.";
        QTest::newRow("space") << "pods exec";
        QTest::newRow("url with space") << "/a b";
    }

    void parseResourceErrors()
    {
        QFETCH(QString, text);
        RbacRequest r;
        std::string error;
        QVERIFY(!parseRbacResource(text.toStdString(), r, &error));
        QVERIFY2(error.find('"' + text.toStdString() + '"') != std::string::npos, error.c_str());
    }

    void describe()
    {
        RbacRequest r = request("create", "", "pods", "exec");
        QCOMPARE(describeRequest(r), std::string("create pods/exec in namespace shop"));
        r = request("get", "apps", "deployments", "", "web");
        r.nameSpace.clear();
        QCOMPARE(describeRequest(r), std::string("get deployments.apps \"web\" cluster-wide"));
        QCOMPARE(describeRequest(urlRequest("get", "/healthz")), std::string("get /healthz"));
    }
};

QTEST_GUILESS_MAIN(TestRbacRequest)
#include "tst_rbacrequest.moc"
