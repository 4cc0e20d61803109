// Pods to their top-level controllers through ownerReferences: the usual chains, owners that
// were not listed, pods without a controller, static (mirror) pods, and broken data.

#include "kube/ownerresolver.h"
#include "jsonfixture.h"
#include "testsupport.h"

#include <nlohmann/json.hpp>

using namespace bulkhead;
using namespace bulkhead::test;
using json = nlohmann::json;

namespace {

json ownerRef(const std::string &kind, const std::string &name, const std::string &uid, bool controller = true)
{
    return {{"apiVersion", "apps/v1"}, {"kind", kind}, {"name", name}, {"uid", uid}, {"controller", controller}};
}

// (A vector, not a json: json{one} would copy `one` instead of making an array of it.)
json object(const std::string &kind, const std::string &name, const std::string &uid, const std::vector<json> &owners = {})
{
    json o = {{"kind", kind}, {"metadata", {{"name", name}, {"namespace", "shop"}, {"uid", uid}}}};
    if (!owners.empty())
        o["metadata"]["ownerReferences"] = json(owners);
    return o;
}

} // namespace

class TestOwnerResolver : public QObject
{
    Q_OBJECT

private slots:
    void chains()
    {
        OwnerResolver r;
        r.addOwner(object("Deployment", "web", "u-dep"));
        r.addOwner(object("ReplicaSet", "web-5d8f", "u-rs", {ownerRef("Deployment", "web", "u-dep")}));
        r.addOwner(object("CronJob", "backup", "u-cron"));
        r.addOwner(object("Job", "backup-2871", "u-job", {ownerRef("CronJob", "backup", "u-cron")}));
        r.addOwner(object("Job", "migrate", "u-job2"));
        QCOMPARE(r.size(), std::size_t(5));

        QCOMPARE(r.topLevelOwner(object("Pod", "web-5d8f-x", "p1", {ownerRef("ReplicaSet", "web-5d8f", "u-rs")})),
                 std::string("shop/Deployment/web"));
        QCOMPARE(r.topLevelOwner(object("Pod", "backup-2871-q", "p2", {ownerRef("Job", "backup-2871", "u-job")})),
                 std::string("shop/CronJob/backup"));
        QCOMPARE(r.topLevelOwner(object("Pod", "migrate-z", "p3", {ownerRef("Job", "migrate", "u-job2")})),
                 std::string("shop/Job/migrate"));
        // Owners never listed (StatefulSets, DaemonSets are no owners of owners): the reference names it.
        QCOMPARE(r.topLevelOwner(object("Pod", "db-0", "p4", {ownerRef("StatefulSet", "db", "u-sts")})),
                 std::string("shop/StatefulSet/db"));
        QCOMPARE(r.topLevelOwner(object("Pod", "api-1", "p5", {ownerRef("ReplicaSet", "api-77", "u-unlisted")})),
                 std::string("shop/ReplicaSet/api-77"));
    }

    void ownerWithUnlistedParent()
    {
        OwnerResolver r;
        r.addOwner(object("ReplicaSet", "web-5d8f", "u-rs", {ownerRef("Deployment", "web", "u-dep")}));
        QCOMPARE(r.topLevelOwner(object("Pod", "p", "p1", {ownerRef("ReplicaSet", "web-5d8f", "u-rs")})),
                 std::string("shop/Deployment/web"));
    }

    void noController()
    {
        OwnerResolver r;
        r.addOwner(object("ReplicaSet", "rs", "u-rs"));
        QCOMPARE(r.topLevelOwner(object("Pod", "bare", "p1")), std::string());
        // An owner reference that is not the controller (garbage collection only) makes no workload.
        QCOMPARE(r.topLevelOwner(object("Pod", "p", "p2", {ownerRef("ReplicaSet", "rs", "u-rs", false)})), std::string());
        // The kubelet's mirror of a static pod names the Node as controller.
        json mirror = object("Pod", "kube-apiserver-node1", "p3", {ownerRef("Node", "node1", "u-node")});
        mirror["metadata"]["ownerReferences"][0]["apiVersion"] = "v1";
        QCOMPARE(r.topLevelOwner(mirror), std::string());
        // The controller is the reference marked so, not the first one.
        QCOMPARE(r.topLevelOwner(object("Pod", "p", "p4",
                                        {ownerRef("ConfigMap", "cm", "u-cm", false), ownerRef("ReplicaSet", "rs", "u-rs")})),
                 std::string("shop/ReplicaSet/rs"));
    }

    void brokenData()
    {
        OwnerResolver r;
        r.addOwner(object("ReplicaSet", "a", "u-a", {ownerRef("ReplicaSet", "b", "u-b")}));
        r.addOwner(object("ReplicaSet", "b", "u-b", {ownerRef("ReplicaSet", "a", "u-a")}));
        r.addOwner(json::parse(R"({"kind":"ReplicaSet","metadata":{"name":"no-uid"}})"));
        r.addOwner(json::parse("null"));
        QCOMPARE(r.size(), std::size_t(2));
        const std::string cycle = r.topLevelOwner(object("Pod", "p", "p1", {ownerRef("ReplicaSet", "a", "u-a")}));
        QVERIFY2(cycle == "shop/ReplicaSet/a" || cycle == "shop/ReplicaSet/b", cycle.c_str()); // it ends
        QCOMPARE(r.topLevelOwner(json::parse(R"({"metadata":{"ownerReferences":"x"}})")), std::string());
    }

    void fixtures()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/po.json");
        BULKHEAD_REQUIRE_FIXTURE("k9s/dp.json");
        const json pod = jsonFixture("k9s/po.json");
        const json deployment = jsonFixture("k9s/dp.json");
        OwnerResolver r;
        r.addOwner(deployment);
        QCOMPARE(r.topLevelOwner(pod), std::string()); // the fixture pod has no owner
        QCOMPARE(r.topLevelOwner(jsonFixture("k9s/po_sidecar.json")), std::string());

        // The deployment's ReplicaSet, as the controller creates it, owning the fixture pod.
        const std::string ns = deployment["metadata"]["namespace"];
        const std::string name = deployment["metadata"]["name"];
        json rs = object("ReplicaSet", name + "-7d4b578979", "u-rs",
                         {ownerRef("Deployment", name, deployment["metadata"]["uid"].get<std::string>())});
        rs["metadata"]["namespace"] = ns;
        r.addOwner(rs);
        json owned = pod;
        owned["metadata"]["namespace"] = ns;
        owned["metadata"]["ownerReferences"] = json::array({ownerRef("ReplicaSet", name + "-7d4b578979", "u-rs")});
        QCOMPARE(r.topLevelOwner(owned), ns + "/Deployment/" + name);
    }
};

QTEST_GUILESS_MAIN(TestOwnerResolver)
#include "tst_ownerresolver.moc"
