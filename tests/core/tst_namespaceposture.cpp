// Namespace segmentation from NetworkPolicies: the Kubernetes defaults for omitted policyTypes,
// empty selectors, empty rule lists, and the k9s Namespace/NetworkPolicy fixtures.

#include "kube/namespaceposture.h"
#include "jsonfixture.h"
#include "testsupport.h"

#include <QJsonArray>

#include <nlohmann/json.hpp>

using namespace bulkhead;
using namespace bulkhead::test;
using json = nlohmann::json;

namespace {

json nameSpace(const std::string &name)
{
    return {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", name}}}};
}

json policy(const std::string &ns, const std::string &name, const json &spec)
{
    return {{"apiVersion", "networking.k8s.io/v1"},
            {"kind", "NetworkPolicy"},
            {"metadata", {{"name", name}, {"namespace", ns}}},
            {"spec", spec}};
}

} // namespace

class TestNamespacePosture : public QObject
{
    Q_OBJECT

private slots:
    void defaultDeny_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<bool>("ingress");
        QTest::addColumn<bool>("egress");

        // No policyTypes: Ingress always, Egress only with egress rules.
        QTest::newRow("empty selector, no types") << QByteArray(R"({"podSelector":{}})") << true << false;
        QTest::newRow("no selector at all") << QByteArray(R"({})") << true << false;
        QTest::newRow("empty matchLabels") << QByteArray(R"({"podSelector":{"matchLabels":{}}})") << true << false;
        QTest::newRow("egress types only") << QByteArray(R"({"podSelector":{},"policyTypes":["Egress"]})") << false << true;
        QTest::newRow("both types") << QByteArray(R"({"podSelector":{},"policyTypes":["Ingress","Egress"]})") << true
                                    << true;
        QTest::newRow("both types, empty lists")
            << QByteArray(R"({"podSelector":{},"policyTypes":["Ingress","Egress"],"ingress":[],"egress":[]})") << true
            << true;
        QTest::newRow("allow-all ingress rule")
            << QByteArray(R"({"podSelector":{},"policyTypes":["Ingress"],"ingress":[{}]})") << false << false;
        QTest::newRow("egress rules, no types: ingress denied, egress allowed")
            << QByteArray(R"({"podSelector":{},"egress":[{"to":[{"ipBlock":{"cidr":"10.0.0.0/8"}}]}]})") << true << false;
        QTest::newRow("selected pods only")
            << QByteArray(R"({"podSelector":{"matchLabels":{"app":"web"}},"policyTypes":["Ingress","Egress"]})") << false
            << false;
        QTest::newRow("selected by expression")
            << QByteArray(R"({"podSelector":{"matchExpressions":[{"key":"app","operator":"Exists"}]}})") << false << false;
        QTest::newRow("empty policyTypes list means the default") << QByteArray(R"({"podSelector":{},"policyTypes":[]})")
                                                                  << true << false;
    }

    void defaultDeny()
    {
        QFETCH(QByteArray, spec);
        QFETCH(bool, ingress);
        QFETCH(bool, egress);
        const auto result = evaluateNamespaces({nameSpace("shop"), nameSpace("other")},
                                               {policy("shop", "p", json::parse(spec.toStdString()))});
        QCOMPARE(result.size(), std::size_t(2));
        QCOMPARE(result[0].name, std::string("other"));
        QCOMPARE(result[0].networkPolicies, 0);
        QVERIFY(!result[0].defaultDenyIngress && !result[0].defaultDenyEgress);
        QCOMPARE(result[1].name, std::string("shop"));
        QCOMPARE(result[1].networkPolicies, 1);
        QCOMPARE(result[1].defaultDenyIngress, ingress);
        QCOMPARE(result[1].defaultDenyEgress, egress);
        QCOMPARE(result[1].workloads, 0);
        QCOMPARE(result[1].pods, 0);
    }

    void policiesCombine()
    {
        // Separate ingress and egress deny policies add up; an allow policy does not undo them.
        const auto result = evaluateNamespaces(
            {nameSpace("shop"), nameSpace("shop")},
            {policy("shop", "deny-ingress", json::parse(R"({"podSelector":{}})")),
             policy("shop", "allow-web", json::parse(R"({"podSelector":{"matchLabels":{"app":"web"}},"ingress":[{}]})")),
             policy("shop", "deny-egress", json::parse(R"({"podSelector":{},"policyTypes":["Egress"]})")),
             policy("elsewhere", "deny", json::parse(R"({"podSelector":{}})")), json::parse(R"({"kind":"NetworkPolicy"})")});
        QCOMPARE(result.size(), std::size_t(1)); // one entry per namespace; unlisted namespaces get none
        QCOMPARE(result[0].networkPolicies, 3);
        QVERIFY(result[0].defaultDenyIngress);
        QVERIFY(result[0].defaultDenyEgress);
    }

    void oddObjects()
    {
        const auto result = evaluateNamespaces({json::parse(R"({"metadata":{}})"), json::parse("null"), nameSpace("a")},
                                               {json::parse(R"({"metadata":{"namespace":"a"},"spec":null})"),
                                                json::parse(R"({"metadata":{"namespace":"a"},"spec":{"policyTypes":"Ingress"}})")});
        QCOMPARE(result.size(), std::size_t(1));
        QCOMPARE(result[0].networkPolicies, 2);
        QVERIFY(result[0].defaultDenyIngress); // a mistyped policyTypes reads as omitted
        QVERIFY(!result[0].defaultDenyEgress);
    }

    void fixtures()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/ns.json");
        BULKHEAD_REQUIRE_FIXTURE("k9s/np.json");
        const QJsonObject ns = fixtureObject("k9s/ns.json");
        const QJsonObject np = fixtureObject("k9s/np.json");
        const std::string nsName = str(ns.value("metadata").toObject().value("name"));
        const std::string npNamespace = str(np.value("metadata").toObject().value("namespace"));
        QVERIFY(nsName != npNamespace); // the policy lives in another namespace than the fixture's
        // The fixture's policy selects labelled pods only, so it is no default deny of either kind.
        const QJsonObject selector = np.value("spec").toObject().value("podSelector").toObject();
        QVERIFY(!selector.value("matchLabels").toObject().isEmpty());

        const auto result = evaluateNamespaces({jsonFixture("k9s/ns.json"), nameSpace(npNamespace)}, {jsonFixture("k9s/np.json")});
        QCOMPARE(result.size(), std::size_t(2));
        const auto find = [&](const std::string &name) {
            return *std::find_if(result.begin(), result.end(), [&](const auto &s) { return s.name == name; });
        };
        const NamespaceSegmentation system = find(nsName);
        QCOMPARE(system.networkPolicies, 0);
        QVERIFY(!system.defaultDenyIngress && !system.defaultDenyEgress);
        const NamespaceSegmentation withPolicy = find(npNamespace);
        QCOMPARE(withPolicy.networkPolicies, 1);
        QVERIFY(!withPolicy.defaultDenyIngress && !withPolicy.defaultDenyEgress);

        // The same policy with its selector emptied: both types are listed, both rule lists are
        // non-empty, so it still denies nothing by default.
        json everyPod = jsonFixture("k9s/np.json");
        everyPod["spec"]["podSelector"] = json::object();
        const auto opened = evaluateNamespaces({nameSpace(npNamespace)}, {everyPod});
        QVERIFY(!opened[0].defaultDenyIngress && !opened[0].defaultDenyEgress);
        everyPod["spec"].erase("egress");
        const auto egressDenied = evaluateNamespaces({nameSpace(npNamespace)}, {everyPod});
        QVERIFY(!egressDenied[0].defaultDenyIngress);
        QVERIFY(egressDenied[0].defaultDenyEgress); // Egress listed, no egress rules left
    }
};

QTEST_GUILESS_MAIN(TestNamespacePosture)
#include "tst_namespaceposture.moc"
