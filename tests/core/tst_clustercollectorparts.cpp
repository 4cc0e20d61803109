// The cluster collector's pieces that need no API server: the sanitized metadata of a secret, the
// registry image facts (reference normalisation, digest of an imageID, lookups from a store), the
// findings report (assets, scopes, one finding per failing check and field) and the trusted
// registries setting.

#include "testsupport.h"

#include "kube/clusterreport.h"
#include "kube/registryimagefacts.h"
#include "kube/secretmetadata.h"
#include "kube/trustedregistries.h"
#include "kube/workloadcheck.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/sourcerepository.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace bulkhead;

class TestClusterCollectorParts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_clustercollectorparts"));
        QSettings().clear();
    }

    void secretMetadataKeepsOnlyTheAllowList()
    {
        // Built in code: moc does not read raw string literals.
        nlohmann::json secret;
        secret["apiVersion"] = "v1";
        secret["kind"] = "Secret";
        secret["type"] = "kubernetes.io/service-account-token";
        secret["data"] = {{"token", "cGxhbnRlZC10b2tlbg=="}};
        secret["stringData"] = {{"password", "planted-password"}};
        nlohmann::json &meta = secret["metadata"];
        meta["name"] = "app-token";
        meta["namespace"] = "prod";
        meta["uid"] = "u-1";
        meta["creationTimestamp"] = "2024-05-01T10:00:00Z";
        meta["labels"] = {{"team", "planted-label"}};
        meta["annotations"] = {{"kubernetes.io/service-account.name", "app"},
                               {"kubectl.kubernetes.io/last-applied-configuration",
                                "{\"data\":{\"token\":\"cGxhbnRlZC10b2tlbg==\"}}"},
                               {"other", "planted-annotation"}};
        meta["ownerReferences"] = nlohmann::json::array({{{"kind", "ServiceAccount"}, {"name", "app"}, {"uid", "u-2"}}});
        meta["managedFields"] = nlohmann::json::array(
            {{{"time", "2024-05-02T10:00:00Z"}, {"fieldsV1", {{"f:data", {{"f:token", nlohmann::json::object()}}}}}},
             {{"time", "2024-06-01T08:00:00Z"}}});
        const KubeObjectRecord r = secretMetadataRecord(secret);
        QCOMPARE(r.kind, std::string("Secret"));
        QCOMPARE(r.nameSpace, std::string("prod"));
        QCOMPARE(r.name, std::string("app-token"));
        QCOMPARE(r.uid, std::string("u-1"));
        QCOMPARE(r.createdAt, std::int64_t(1714557600));
        const nlohmann::json stored = nlohmann::json::parse(r.json);
        QCOMPARE(stored.value("type", ""), std::string("kubernetes.io/service-account-token"));
        QCOMPARE(stored.value("serviceAccount", ""), std::string("app"));
        QCOMPARE(stored.value("lastManaged", ""), std::string("2024-06-01T08:00:00Z"));
        QCOMPARE(stored.at("owners").size(), std::size_t(1));
        // Labels are kept since issue 7 (rotation rules match on them); values and annotations are not.
        QCOMPARE(stored.at("labels").value("team", ""), std::string("planted-label"));
        for (const char *planted : {"cGxhbnRlZC10b2tlbg", "planted-password", "planted-annotation",
                                    "last-applied", "f:token"})
            QVERIFY2(r.json.find(planted) == std::string::npos, planted);
    }

    void referencesAndImageIds()
    {
        using F = RegistryImageFacts;
        QCOMPARE(F::normalizeReference("nginx"), std::string("docker.io/library/nginx:latest"));
        QCOMPARE(F::normalizeReference("nginx:1.25"), std::string("docker.io/library/nginx:1.25"));
        QCOMPARE(F::normalizeReference("bitnami/redis:7"), std::string("docker.io/bitnami/redis:7"));
        QCOMPARE(F::normalizeReference("127.0.0.1:5000/app/root:1.0"), std::string("127.0.0.1:5000/app/root:1.0"));
        QCOMPARE(F::normalizeReference("localhost/app"), std::string("localhost/app:latest"));
        QCOMPARE(F::normalizeReference("Registry.Example.com/a/b:t@sha256:00"), std::string("registry.example.com/a/b:t"));
        const std::string digest = "sha256:" + std::string(64, 'b');
        QCOMPARE(F::digestOfImageId("docker-pullable://nginx@" + digest), digest);
        QCOMPARE(F::digestOfImageId(digest), digest);
        QCOMPARE(F::digestOfImageId("docker.io/library/nginx@" + digest), digest);
        QCOMPARE(F::digestOfImageId("nginx:latest"), std::string());
    }

    void imageFactsFromTheStore()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("s.db")).toStdString();
        const std::string manifest = "sha256:" + std::string(64, '1'), config = "sha256:" + std::string(64, '2');
        const std::string other = "sha256:" + std::string(64, '3');
        {
            Database db = Database::open(path);
            RegistrySourceConfig source;
            source.name = "reg";
            source.url = "https://registry.example.com:5000";
            const std::int64_t id = SourceRepository(db).add(source);
            auto insert = db.prepare("INSERT INTO images(source_id, repository, digest, config_digest, user, "
                                     "signature_state, first_seen, last_seen) VALUES(?, 'team/app', ?, ?, 'app', 2, 1, 1)");
            insert.bind(1, id).bindText(2, manifest).bindText(3, config).exec();
            auto signedOnly = db.prepare("INSERT INTO images(source_id, repository, digest, user, signature_state, "
                                         "first_seen, last_seen) VALUES(?, 'team/other', ?, '', 1, 1, 1)");
            signedOnly.bind(1, id).bindText(2, other).exec();
            auto tag = db.prepare("INSERT INTO image_tags(source_id, repository, tag, digest, last_seen) "
                                  "VALUES(?, 'team/app', '1.0', ?, 1)");
            tag.bind(1, id).bindText(2, manifest).exec();
        }
        Database db = Database::open(path, Database::Access::ReadOnly);
        RegistryImageFacts facts;
        facts.load(db);
        const RegistryImageFacts::Facts *byTag = facts.find("registry.example.com:5000/team/app:1.0", "");
        QVERIFY(byTag);
        QCOMPARE(byTag->user, std::string("app"));
        QCOMPARE(byTag->signature, std::string("verified"));
        QVERIFY(facts.find("registry.example.com:5000/team/app@" + manifest, ""));
        QVERIFY(facts.find("anything:else", config)); // the pod's imageID names the config digest
        QVERIFY(!facts.find("registry.example.com:5000/team/app:2.0", ""));
        // Signed, but no configured key verifies it: "signed" in the checks' words.
        QCOMPARE(facts.find("x", other)->signature, std::string("signed"));
        QVERIFY(!facts.find("registry.example.com:5000/team/app@sha256:" + std::string(64, '9'), manifest));
    }

    void reportScopesAndFindings()
    {
        KubeWorkload w;
        w.nameSpace = "prod";
        w.kind = "Deployment";
        w.name = "web";
        auto result = [](const char *check, CheckState state, std::string container, std::string path) {
            WorkloadCheckResult r;
            r.check = check;
            r.state = state;
            r.severity = Severity::High;
            r.container = std::move(container);
            r.path = std::move(path);
            r.message = "message";
            return r;
        };
        const std::string p0 = "spec.template.spec.containers[0].securityContext.privileged";
        w.checks = {result(workloadcheck::kPrivileged, CheckState::Fail, "a", p0),
                    result(workloadcheck::kPrivileged, CheckState::Fail, "b",
                           "spec.template.spec.containers[1].securityContext.privileged"),
                    result(workloadcheck::kPrivileged, CheckState::Fail, "a", p0), // same field again: one finding
                    result(workloadcheck::kSecretEnvLiteral, CheckState::Fail, "a", "spec.template.spec.containers[0].env[2]"),
                    result(workloadcheck::kNoSeccomp, CheckState::Pass, "a", ""),
                    result(workloadcheck::kImageUnsigned, CheckState::NotAssessed, "a", "")};
        const std::vector<KubeWorkload> workloads{w};
        NamespaceSegmentation ns;
        ns.name = "prod";
        ns.networkPolicies = 1;
        ns.defaultDenyIngress = true;
        const std::vector<NamespaceSegmentation> namespaces{ns};
        ClusterReportInput in;
        in.cluster = "c1";
        in.runId = 7;
        in.now = 1715421600;
        in.workloads = &workloads;
        in.namespaces = &namespaces;
        in.insecureTls = true;
        in.server = "https://k8s.example.com";
        AssetRef gone;
        gone.kind = AssetKind::KubernetesResource;
        gone.identity = kubernetesIdentity("c1", "prod", "Deployment", "old");
        in.gone = {gone};
        const ParsedFile file = buildClusterReport(in);
        QVERIFY(file.report);
        const ParsedReport &r = *file.report;
        QCOMPARE(r.tool, std::string("bulkhead-cluster"));
        QVERIFY(r.format == ReportFormat::ClusterCollection);
        QCOMPARE(r.assets.size(), std::size_t(4)); // workload, namespace, cluster, gone
        QCOMPARE(r.assets[0].identity, std::string("c1/prod/Deployment/web"));
        QCOMPARE(r.assets[0].cluster, std::string("c1"));
        QCOMPARE(r.assets[0].nameSpace, std::string("prod"));
        int workloadFindings = 0, secretFindings = 0;
        std::multiset<std::string> rules;
        for (const ParsedFinding &f : r.findings) {
            rules.insert(f.ruleKey);
            if (f.asset == 0) {
                ++workloadFindings;
                secretFindings += f.kind == FindingKind::Secret;
            }
        }
        QCOMPARE(workloadFindings, 3); // privileged x2 containers + literal secret
        QCOMPARE(secretFindings, 1);
        QCOMPARE(int(rules.count(clusterrule::kNoDefaultDenyEgress)), 1);
        QCOMPARE(int(rules.count(clusterrule::kNoDefaultDenyIngress)), 0);
        QCOMPARE(int(rules.count(clusterrule::kNoNetworkPolicy)), 0);
        QCOMPARE(int(rules.count(clusterrule::kInsecureTls)), 1);
        // Complete scopes: both kinds per workload (and gone asset), misconfiguration per namespace/cluster.
        QVERIFY(std::find(r.scopes.begin(), r.scopes.end(), ScanScope{0, FindingKind::Secret}) != r.scopes.end());
        QVERIFY(std::find(r.scopes.begin(), r.scopes.end(), ScanScope{3, FindingKind::Misconfiguration}) != r.scopes.end());
        QVERIFY(!file.contentHash.empty());

        // NetworkPolicies not listed: no namespace asset, no claim on its findings.
        in.namespacesAssessed = false;
        in.gone.clear();
        const ParsedFile unassessed = buildClusterReport(in);
        QCOMPARE(unassessed.report->assets.size(), std::size_t(2));
    }

    void trustedRegistriesSetting()
    {
        QCOMPARE(loadTrustedRegistries(), std::vector<std::string>{});
        saveTrustedRegistries({" registry.example.com ", "", "ghcr.io/team"});
        QCOMPARE(loadTrustedRegistries(), (std::vector<std::string>{"registry.example.com", "ghcr.io/team"}));
        QCOMPARE(QSettings().value(QStringLiteral("workloads/trustedRegistries")).toStringList().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestClusterCollectorParts)
#include "tst_clustercollectorparts.moc"
