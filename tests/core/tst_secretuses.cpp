// secretUses: every reference to a Secret in a pod spec (env, envFrom, secret and projected
// volumes, volume plugins' credentials, imagePullSecrets) over containers, initContainers and
// ephemeralContainers, each (secret, use) once. Expected uses are written out by hand from the spec.

#include "testsupport.h"

#include "secrets/kubesecret.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

using namespace bulkhead;
using Use = std::tuple<std::string, std::string, std::string>; // secret, container, how

namespace {

std::set<Use> asSet(const std::vector<std::pair<std::string, SecretUse>> &uses)
{
    std::set<Use> out;
    for (const auto &[secret, use] : uses)
        out.emplace(secret, use.container, use.how);
    return out;
}

nlohmann::json envRef(const char *var, const char *secret)
{
    return {{"name", var}, {"valueFrom", {{"secretKeyRef", {{"name", secret}, {"key", "k"}}}}}};
}

} // namespace

class TestSecretUses : public QObject {
    Q_OBJECT

private slots:
    void everyKindOfReference()
    {
        nlohmann::json spec;
        spec["containers"] = nlohmann::json::array(
            {{{"name", "app"},
              {"env", nlohmann::json::array({envRef("DB_PASSWORD", "db"), envRef("DB_USER", "db"),
                                             {{"name", "PLAIN"}, {"value", "x"}},
                                             {{"name", "CM"}, {"valueFrom", {{"configMapKeyRef", {{"name", "cm"}}}}}}})},
              {"envFrom", nlohmann::json::array({{{"secretRef", {{"name", "api"}}}}, {{"configMapRef", {{"name", "cm"}}}}})}},
             {{"name", "sidecar"}, {"env", nlohmann::json::array({envRef("DB_PASSWORD", "db")})}}});
        spec["initContainers"] = nlohmann::json::array(
            {{{"name", "migrate"}, {"envFrom", nlohmann::json::array({{{"secretRef", {{"name", "db"}}}}})}}});
        spec["ephemeralContainers"] = nlohmann::json::array(
            {{{"name", "debug"}, {"env", nlohmann::json::array({envRef("T", "debug-token")})}}});
        spec["volumes"] = nlohmann::json::array(
            {{{"name", "tls"}, {"secret", {{"secretName", "web-tls"}}}},
             {{"name", "tls-again"}, {"secret", {{"secretName", "web-tls"}}}},
             {{"name", "cfg"}, {"configMap", {{"name", "cm"}}}},
             {{"name", "bundle"},
              {"projected",
               {{"sources", nlohmann::json::array({{{"secret", {{"name", "ca"}}}},
                                                    {{"serviceAccountToken", {{"path", "token"}}}},
                                                    {{"configMap", {{"name", "cm"}}}}})}}}},
             {{"name", "csi"}, {"csi", {{"driver", "x"}, {"nodePublishSecretRef", {{"name", "csi-creds"}}}}}},
             {{"name", "azure"}, {"azureFile", {{"secretName", "azure-creds"}, {"shareName", "s"}}}}});
        spec["imagePullSecrets"] = nlohmann::json::array({{{"name", "regcred"}}, {{"name", "regcred"}}});

        const auto uses = secretUses(spec, "Deployment", "web");
        const std::set<Use> expected{
            {"db", "app", "env"},        {"api", "app", "envFrom"},     {"db", "sidecar", "env"},
            {"db", "migrate", "envFrom"}, {"debug-token", "debug", "env"}, {"web-tls", "", "volume"},
            {"ca", "", "projected"},     {"csi-creds", "", "volume"},   {"azure-creds", "", "volume"},
            {"regcred", "", "imagePullSecrets"}};
        QCOMPARE(asSet(uses), expected);
        // Listed once each: db twice in one container's env and web-tls in two volumes collapse.
        QCOMPARE(uses.size(), expected.size());
        for (const auto &[secret, use] : uses) {
            QCOMPARE(use.workloadKind, std::string("Deployment"));
            QCOMPARE(use.workloadName, std::string("web"));
        }
        const auto envUses = std::count_if(uses.begin(), uses.end(), [](const auto &u) { return isEnvUse(u.second); });
        QCOMPARE(envUses, 5);
    }

    void oddSpecsGiveNothing()
    {
        QVERIFY(secretUses(nlohmann::json(), "Pod", "p").empty());
        QVERIFY(secretUses(nlohmann::json::array(), "Pod", "p").empty());
        nlohmann::json spec;
        spec["containers"] = "not a list";
        spec["volumes"] = nlohmann::json::array({{{"secret", {{"secretName", 5}}}}, {{"secret", nullptr}}, 3});
        spec["imagePullSecrets"] = nlohmann::json::array({{{"name", ""}}});
        QVERIFY(secretUses(spec, "Pod", "p").empty());
    }
};

QTEST_GUILESS_MAIN(TestSecretUses)
#include "tst_secretuses.moc"
