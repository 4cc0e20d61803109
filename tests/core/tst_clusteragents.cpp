// Agent evidence for RUN-4, RUN-6/INC-1 and SEC-2: by workload name, name labels and image
// repository on whole words, by CRD API group; the k9s DaemonSet fixture (a fluentd DaemonSet).

#include "kube/clusteragents.h"
#include "jsonfixture.h"
#include "testsupport.h"

#include <QJsonArray>

#include <nlohmann/json.hpp>

using namespace bulkhead;
using namespace bulkhead::test;
using json = nlohmann::json;

namespace {

json workload(const std::string &kind, const std::string &ns, const std::string &name,
              const std::vector<std::string> &images, const json &labels = json::object())
{
    json containers = json::array();
    for (const std::string &image : images)
        containers.push_back({{"name", "c" + std::to_string(containers.size())}, {"image", image}});
    json o = {{"apiVersion", "apps/v1"},
              {"kind", kind},
              {"metadata", {{"name", name}, {"namespace", ns}}},
              {"spec", {{"template", {{"metadata", {{"labels", labels}}}, {"spec", {{"containers", containers}}}}}}}};
    return o;
}

std::string describe(const std::vector<AgentEvidence> &found)
{
    std::string s;
    for (const AgentEvidence &e : found)
        s += e.control + " " + e.agent + ": " + e.evidence + "\n";
    return s;
}

const AgentEvidence *findAgent(const std::vector<AgentEvidence> &found, const std::string &agent)
{
    for (const AgentEvidence &e : found) {
        if (e.agent == agent)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestClusterAgents : public QObject
{
    Q_OBJECT

private slots:
    void detectsByNameLabelAndImage_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("agent");

        const auto add = [](const char *row, const json &o, const char *control, const char *agent) {
            QTest::newRow(row) << QByteArray::fromStdString(o.dump()) << control << agent;
        };
        add("falco by image", workload("DaemonSet", "security", "runtime-guard", {"docker.io/falcosecurity/falco-no-driver:0.37.1"}),
            "RUN-4", "Falco");
        add("tetragon by name", workload("DaemonSet", "kube-system", "tetragon", {"quay.io/cilium/tetragon:v1.0.0"}), "RUN-4",
            "Tetragon");
        add("neuvector by image namespace", workload("DaemonSet", "nv", "enforcer", {"neuvector/enforcer:5.3.0"}), "RUN-4",
            "NeuVector");
        add("kubearmor by label", workload("DaemonSet", "ka", "agent", {"example/agent:1"}, {{"app.kubernetes.io/name", "kubearmor"}}),
            "RUN-4", "KubeArmor");
        add("tracee", workload("DaemonSet", "tracee", "tracee", {"aquasec/tracee:0.20.0"}), "RUN-4", "Tracee");
        add("fluent-bit", workload("DaemonSet", "logging", "fluent-bit", {"cr.fluentbit.io/fluent/fluent-bit:3.0"}), "RUN-6",
            "fluent-bit");
        add("promtail by app label", workload("DaemonSet", "loki", "log-agent", {"example/x:1"}, {{"app", "promtail"}}), "RUN-6",
            "promtail");
        add("otel collector", workload("Deployment", "otel", "collector", {"otel/opentelemetry-collector-contrib:0.98.0"}),
            "RUN-6", "otel-collector");
        add("datadog", workload("DaemonSet", "dd", "datadog-agent", {"gcr.io/datadoghq/agent:7"}), "RUN-6", "datadog");
        add("node exporter", workload("DaemonSet", "monitoring", "kube-prometheus-stack-prometheus-node-exporter",
                                      {"quay.io/prometheus/node-exporter:v1.8.0"}),
            "RUN-6", "node-exporter");
        add("vector", workload("DaemonSet", "obs", "vector", {"timberio/vector:0.37.0-distroless-libc"}), "RUN-6", "vector");
        add("external-secrets", workload("Deployment", "es", "external-secrets", {"ghcr.io/external-secrets/external-secrets:v0.9.16"}),
            "SEC-2", "external-secrets");
        add("vault injector by image", workload("Deployment", "vault", "injector", {"hashicorp/vault-k8s:1.4.1"}), "SEC-2",
            "vault agent injector");
        add("csi secrets store", workload("DaemonSet", "kube-system", "csi-secrets-store",
                                          {"registry.k8s.io/csi-secrets-store/driver:v1.4.2"}),
            "SEC-2", "secrets-store CSI driver");
        add("sealed secrets", workload("Deployment", "kube-system", "sealed-secrets-controller",
                                       {"docker.io/bitnami/sealed-secrets-controller:0.26.2"}),
            "SEC-2", "sealed-secrets");
    }

    void detectsByNameLabelAndImage()
    {
        QFETCH(QByteArray, object);
        QFETCH(QString, control);
        QFETCH(QString, agent);
        const auto found = detectClusterAgents({json::parse(object.toStdString())}, {});
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].control, control.toStdString());
        QCOMPARE(found[0].agent, agent.toStdString());
        const json o = json::parse(object.toStdString());
        const std::string where = o["kind"].get<std::string>() + " " + o["metadata"]["namespace"].get<std::string>() + "/"
            + o["metadata"]["name"].get<std::string>();
        QVERIFY2(found[0].evidence.starts_with(where), found[0].evidence.c_str());
        QVERIFY2(found[0].evidence.find(o["spec"]["template"]["spec"]["containers"][0]["image"].get<std::string>())
                     != std::string::npos,
                 found[0].evidence.c_str());
    }

    void wholeWordsOnly()
    {
        const auto found = detectClusterAgents(
            {workload("Deployment", "apps", "vectorstore", {"example/vectorstore:1"}),
             workload("Deployment", "apps", "falcosidekick", {"falcosecurity/falcosidekick:2.28.0"}),
             workload("Deployment", "apps", "fluentdashboard", {"example/fluentdashboard:1"}),
             workload("Deployment", "apps", "web", {"nginx:1.25"}, {{"app", "web"}})},
            {});
        QVERIFY2(found.empty(), describe(found).c_str());
    }

    void onlyControllersCount()
    {
        json pod = workload("Pod", "security", "falco-x", {"falcosecurity/falco:0.37.1"});
        json job = workload("Job", "security", "falco", {"falcosecurity/falco:0.37.1"});
        QVERIFY(detectClusterAgents({pod, job}, {}).empty());
        QCOMPARE(detectClusterAgents({workload("StatefulSet", "v", "vault-agent-injector", {"x/y:1"})}, {}).size(),
                 std::size_t(1));
    }

    void oneEntryPerAgent()
    {
        const auto found = detectClusterAgents(
            {workload("DaemonSet", "a", "falco", {"falcosecurity/falco:0.37.1"}),
             workload("DaemonSet", "b", "falco", {"falcosecurity/falco:0.37.1"}),
             workload("Deployment", "es", "external-secrets", {"ghcr.io/external-secrets/external-secrets:v0.9"})},
            {"external-secrets.io", "secrets-store.csi.x-k8s.io", "apps", "security.kubearmor.com"});
        QCOMPARE(found.size(), std::size_t(4));
        QCOMPARE(found[0].evidence, std::string("DaemonSet a/falco (image falcosecurity/falco:0.37.1)"));
        QCOMPARE(found[1].agent, std::string("external-secrets"));
        const AgentEvidence *csi = findAgent(found, "secrets-store CSI driver");
        QVERIFY(csi);
        QCOMPARE(csi->control, std::string("SEC-2"));
        QCOMPARE(csi->evidence, std::string("API group secrets-store.csi.x-k8s.io is served"));
        const AgentEvidence *armor = findAgent(found, "KubeArmor");
        QVERIFY(armor);
        QCOMPARE(armor->control, std::string("RUN-4"));
    }

    void controlsOfEvidence()
    {
        QCOMPARE(evidencedControls({"RUN-6", "fluentd", ""}), (std::vector<std::string>{"RUN-6", "INC-1"}));
        QCOMPARE(evidencedControls({"RUN-4", "Falco", ""}), std::vector<std::string>{"RUN-4"});
        QCOMPARE(evidencedControls({"SEC-2", "external-secrets", ""}), std::vector<std::string>{"SEC-2"});
    }

    void fixtures()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/ds.json");
        BULKHEAD_REQUIRE_FIXTURE("k9s/dp.json");
        const QJsonObject ds = fixtureObject("k9s/ds.json");
        const QJsonObject meta = ds.value("metadata").toObject();
        const QString firstImage = ds.value("spec").toObject().value("template").toObject().value("spec").toObject()
                                       .value("containers").toArray().at(0).toObject().value("image").toString();
        // The fixture is Google's fluentd DaemonSet: its name and k8s-app label say fluentd.
        QVERIFY(meta.value("name").toString().startsWith("fluentd-"));

        const auto found = detectClusterAgents({jsonFixture("k9s/dp.json"), jsonFixture("k9s/ds.json")}, {});
        QCOMPARE(found.size(), std::size_t(1)); // the postgres Deployment is no agent
        QCOMPARE(found[0].control, std::string("RUN-6"));
        QCOMPARE(found[0].agent, std::string("fluentd"));
        QCOMPARE(found[0].evidence, QStringLiteral("DaemonSet %1/%2 (image %3)")
                                        .arg(meta.value("namespace").toString(), meta.value("name").toString(), firstImage)
                                        .toStdString());
        QCOMPARE(evidencedControls(found[0]), (std::vector<std::string>{"RUN-6", "INC-1"}));
    }
};

QTEST_GUILESS_MAIN(TestClusterAgents)
#include "tst_clusteragents.moc"
