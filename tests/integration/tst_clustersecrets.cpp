// Secrets through the cluster collector (core/kube ClusterCollector) against the test Kubernetes
// API server: crafted Secrets carry each age signal (rotation annotation, a managedFields entry
// that wrote data next to a newer one that only touched labels, creation only, a legacy
// service-account token), workloads use them through env, envFrom, volumes, projected volumes and
// imagePullSecrets, one is used by nobody. Expected ages, uses and findings are written here from
// the crafted objects, not read back from the collector. A second collection observes a rotation
// (the overdue finding closes) and a third one, with Deployments forbidden, cannot call anything
// unused. Planted data values never reach the store.

#include "kubeapiserver.h"
#include "storefile.h"
#include "testcerts.h"
#include "testsupport.h"

#include "kube/clustercollector.h"
#include "secrets/secretevaluation.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "util/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1715421600; // 2024-05-11T10:00:00Z
constexpr std::int64_t kDay = 86400;
const QString kToken = QStringLiteral("cluster-secrets-test-token-5e1b");

// A managedFields entry; `data` says whether it wrote the data (else only a label).
QJsonObject managed(const QString &manager, const QString &time, bool data)
{
    const QJsonObject fields = data ? QJsonObject{{"f:data", QJsonObject{{"f:password", QJsonObject{}}}}}
                                    : QJsonObject{{"f:metadata", QJsonObject{{"f:labels", QJsonObject{{"f:tier", QJsonObject{}}}}}}};
    return QJsonObject{{"manager", manager}, {"operation", "Update"}, {"apiVersion", "v1"}, {"time", time},
                       {"fieldsType", "FieldsV1"}, {"fieldsV1", fields}};
}

struct Crafted {
    QString ns, name, type, created;
    QJsonObject annotations;
    QJsonArray managedFields;
    QString planted; // a data value that must never be stored
};

QJsonObject secretObject(const Crafted &c)
{
    QJsonObject meta{{"name", c.name}, {"namespace", c.ns}, {"uid", "uid-" + c.name}, {"creationTimestamp", c.created},
                     {"labels", QJsonObject{{"app", "shop"}}}};
    QJsonObject annotations = c.annotations;
    // The values again, where kubectl apply leaves them: never to be read either.
    annotations.insert("kubectl.kubernetes.io/last-applied-configuration",
                       QStringLiteral("{\"data\":{\"password\":\"%1\"}}").arg(c.planted));
    meta.insert("annotations", annotations);
    if (!c.managedFields.isEmpty())
        meta.insert("managedFields", c.managedFields);
    return QJsonObject{{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", meta}, {"type", c.type},
                       {"data", QJsonObject{{"password", QString::fromLatin1(c.planted.toUtf8().toBase64())}}}};
}

QJsonObject container(const QJsonArray &env, const QJsonArray &envFrom)
{
    QJsonObject c{{"name", "app"}, {"image", "registry.example.com/app@sha256:" + QString(64, QLatin1Char('b'))}};
    if (!env.isEmpty())
        c.insert("env", env);
    if (!envFrom.isEmpty())
        c.insert("envFrom", envFrom);
    return c;
}

QJsonObject secretKeyRef(const QString &secret)
{
    return QJsonObject{{"name", "PASSWORD"},
                       {"valueFrom", QJsonObject{{"secretKeyRef", QJsonObject{{"name", secret}, {"key", "password"}}}}}};
}

QJsonObject envFromSecret(const QString &secret)
{
    return QJsonObject{{"secretRef", QJsonObject{{"name", secret}}}};
}

QJsonObject metadata(const QString &ns, const QString &name)
{
    return QJsonObject{{"name", name}, {"namespace", ns}, {"uid", "uid-" + name}, {"creationTimestamp", "2024-01-01T00:00:00Z"}};
}

// Deployment shop/web: env (db-password), envFrom (api-env), a secret volume (web-tls), a projected
// volume (projected-cert), imagePullSecrets (regcred).
QJsonObject webDeployment()
{
    const QJsonObject podSpec{
        {"containers", QJsonArray{container(QJsonArray{secretKeyRef("db-password")}, QJsonArray{envFromSecret("api-env")})}},
        {"volumes", QJsonArray{QJsonObject{{"name", "tls"}, {"secret", QJsonObject{{"secretName", "web-tls"}}}},
                               QJsonObject{{"name", "bundle"},
                                           {"projected", QJsonObject{{"sources", QJsonArray{QJsonObject{
                                                             {"secret", QJsonObject{{"name", "projected-cert"}}}}}}}}}}},
        {"imagePullSecrets", QJsonArray{QJsonObject{{"name", "regcred"}}}}};
    return QJsonObject{{"apiVersion", "apps/v1"},
                       {"kind", "Deployment"},
                       {"metadata", metadata("shop", "web")},
                       {"spec", QJsonObject{{"replicas", 1},
                                            {"selector", QJsonObject{{"matchLabels", QJsonObject{{"app", "web"}}}}},
                                            {"template", QJsonObject{{"metadata", QJsonObject{{"labels", QJsonObject{{"app", "web"}}}}},
                                                                     {"spec", podSpec}}}}}};
}

// CronJob shop/report: env (db-password).
QJsonObject reportCronJob()
{
    const QJsonObject podSpec{{"containers", QJsonArray{container(QJsonArray{secretKeyRef("db-password")}, {})}},
                              {"restartPolicy", "OnFailure"}};
    return QJsonObject{
        {"apiVersion", "batch/v1"},
        {"kind", "CronJob"},
        {"metadata", metadata("shop", "report")},
        {"spec", QJsonObject{{"schedule", "0 3 * * *"},
                             {"jobTemplate", QJsonObject{{"spec", QJsonObject{{"template", QJsonObject{{"spec", podSpec}}}}}}}}}};
}

// A bare Pod shop/debug: envFrom (api-env).
QJsonObject debugPod()
{
    return QJsonObject{{"apiVersion", "v1"},
                       {"kind", "Pod"},
                       {"metadata", metadata("shop", "debug")},
                       {"spec", QJsonObject{{"containers", QJsonArray{container({}, QJsonArray{envFromSecret("api-env")})}}}},
                       {"status", QJsonObject{{"phase", "Running"}}}};
}

struct Expected {
    AgeSource source;
    std::int64_t lastChange;
    std::string detailPart; // a piece of ageDetail ("" = not checked)
    int uses;
    bool env, volume;
};

// Open findings of the secrets tool: "namespace/name" -> rule key -> control of the rule.
std::map<std::string, std::map<std::string, std::string>> openSecretFindings(const QString &store)
{
    Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
    std::map<std::string, std::map<std::string, std::string>> out;
    auto st = db.prepare("SELECT coalesce(a.namespace, ''), a.name, r.key, coalesce(r.control, '') FROM findings f "
                         "JOIN assets a ON a.id = f.asset_id JOIN rules r ON r.id = f.rule_id "
                         "WHERE f.resolved_at IS NULL AND r.key LIKE 'bulkhead/secret-%'");
    while (st.step()) {
        std::string name = st.text(1);
        if (const auto slash = name.find('/'); slash != std::string::npos)
            name = name.substr(slash + 1); // "Secret/db-password"
        out[st.text(0) + '/' + name][st.text(2)] = st.text(3);
    }
    return out;
}

} // namespace

class TestClusterSecrets : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::vector<Crafted> m_secrets;
    QString m_kubeconfig;

    std::unique_ptr<KubeApiServer> serve(const std::vector<Crafted> &secrets, bool forbidDeployments = false)
    {
        auto server = std::make_unique<KubeApiServer>(*m_certs);
        server->addToken(kToken);
        for (const Crafted &c : secrets)
            server->addObject(secretObject(c));
        server->addObject(webDeployment());
        server->addObject(reportCronJob());
        server->addObject(debugPod());
        if (forbidDeployments)
            server->forbid(QStringLiteral("deployments"));
        if (!server->start())
            return nullptr;
        // One kubeconfig file, rewritten for each server: the source keeps its path.
        if (!server->writeKubeconfig(m_kubeconfig, kToken))
            return nullptr;
        return server;
    }

    ClusterSourceConfig source() const
    {
        ClusterSourceConfig c;
        c.name = "prod";
        c.kubeconfig = m_kubeconfig.toStdString();
        c.context = "test";
        c.server = "https://127.0.0.1";
        return c;
    }

    CollectionResult collect(const QString &store, std::int64_t now)
    {
        ClusterCollector collector(store.toStdString(), source(), nullptr);
        collector.setNow(now);
        collector.setTrustedRegistries({});
        SecretPolicy policy; // default 90 days, tokens 0, annotation bulkhead.dev/rotated-at
        policy.rotationAnnotations = {"example.com/rotated-at", "bulkhead.dev/rotated-at"};
        collector.setSecretPolicy(policy);
        return collector.run();
    }

    static std::map<std::string, SecretRow> rows(const QString &store, SecretFilter filter = {})
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        std::map<std::string, SecretRow> out;
        for (const SecretRow &r : SecretRepository(db).page(filter, SecretSort::Name, false, 0, 1000))
            out[r.secret.location + '/' + r.secret.name] = r;
        return out;
    }

private slots:
    void initTestCase();
    void signalsUsesAndFindings();
};

void TestClusterSecrets::initTestCase()
{
    if (!haveTool(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (TestCerts needs it)");
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    m_kubeconfig = m_tmp.filePath(QStringLiteral("kubeconfig.yaml"));
    m_secrets = {
        // managedFields: kubectl-edit wrote the data on 2024-01-01; reloader only labelled it later.
        {"shop", "db-password", "Opaque", "2023-06-01T00:00:00Z", {},
         QJsonArray{managed("kubectl-edit", "2024-01-01T00:00:00Z", true), managed("reloader", "2024-05-01T00:00:00Z", false)},
         "planted-db-password-91c2"},
        // Rotation annotation (the second name of the policy's list); not a timestamp in the first.
        {"shop", "api-env", "Opaque", "2023-06-01T00:00:00Z",
         QJsonObject{{"bulkhead.dev/rotated-at", "2024-05-01T08:00:00Z"}, {"example.com/rotated-at", "yesterday"}},
         QJsonArray{managed("kubectl-create", "2023-06-01T00:00:00Z", true)}, "planted-api-env-7d0e"},
        {"shop", "web-tls", "kubernetes.io/tls", "2023-06-01T00:00:00Z", {},
         QJsonArray{managed("cert-manager-certificates-issuing", "2024-04-20T00:00:00Z", true)}, "planted-tls-key-44af"},
        {"shop", "projected-cert", "Opaque", "2023-01-01T00:00:00Z", {}, {}, "planted-projected-0b3d"},
        {"shop", "regcred", "kubernetes.io/dockerconfigjson", "2024-05-01T00:00:00Z", {}, {}, "planted-regcred-5a61"},
        {"shop", "unused-secret", "Opaque", "2024-05-05T00:00:00Z", {}, {}, "planted-unused-9e2c"},
        {"kube-system", "builder-token", "kubernetes.io/service-account-token", "2024-05-10T00:00:00Z",
         QJsonObject{{"kubernetes.io/service-account.name", "builder"}}, {}, "planted-sa-token-c8f1"},
    };
}

void TestClusterSecrets::signalsUsesAndFindings()
{
    auto server = serve(m_secrets);
    QVERIFY(server);
    const QString store = m_tmp.filePath(QStringLiteral("store.db"));
    {
        Database db = Database::open(store.toStdString());
        SourceRepository(db).add(source());
    }
    const CollectionResult r = collect(store, kNow);
    QVERIFY2(r.status == CollectionStatus::Complete, r.error.c_str());
    QCOMPARE(r.secrets, int(m_secrets.size()));

    auto at = [](const char *t) { return parseTimestamp(t); };
    const std::map<std::string, Expected> expected = {
        {"shop/db-password", {AgeSource::ManagedFields, at("2024-01-01T00:00:00Z"), "kubectl-edit", 2, true, false}},
        {"shop/api-env", {AgeSource::Annotation, at("2024-05-01T08:00:00Z"), "bulkhead.dev/rotated-at", 2, true, false}},
        {"shop/web-tls", {AgeSource::ManagedFields, at("2024-04-20T00:00:00Z"), "cert-manager-certificates-issuing", 1, false, true}},
        {"shop/projected-cert", {AgeSource::CreationOnly, at("2023-01-01T00:00:00Z"), "", 1, false, true}},
        {"shop/regcred", {AgeSource::CreationOnly, at("2024-05-01T00:00:00Z"), "", 1, false, false}},
        {"shop/unused-secret", {AgeSource::CreationOnly, at("2024-05-05T00:00:00Z"), "", 0, false, false}},
        {"kube-system/builder-token", {AgeSource::CreationOnly, at("2024-05-10T00:00:00Z"), "", 0, false, false}},
    };
    const auto stored = rows(store);
    QCOMPARE(stored.size(), expected.size());
    int overdue = 0;
    std::set<std::string> expectOverdue, expectEnv;
    for (const auto &[key, e] : expected) {
        QVERIFY2(stored.count(key), key.c_str());
        const SecretRow &row = stored.at(key);
        QVERIFY2(row.secret.ageSource == e.source, key.c_str());
        QCOMPARE(row.secret.lastChangeAt, e.lastChange);
        QVERIFY2(row.secret.ageDetail.find(e.detailPart) != std::string::npos,
                 (key + ": " + row.secret.ageDetail).c_str());
        QCOMPARE(row.useCount, e.uses);
        QCOMPARE(row.viaEnv, e.env);
        QCOMPARE(row.viaVolume, e.volume);
        QVERIFY(row.secret.usageKnown);
        const bool token = key == "kube-system/builder-token";
        QCOMPARE(*row.policyDays, token ? 0 : 90);
        if (e.lastChange + (token ? 0 : 90) * kDay <= kNow) {
            ++overdue;
            expectOverdue.insert(key);
        }
        if (e.env)
            expectEnv.insert(key);
    }
    QCOMPARE(r.secretsOverdue, overdue);
    QCOMPARE(expectOverdue, (std::set<std::string>{"shop/db-password", "shop/projected-cert", "kube-system/builder-token"}));

    // The uses of db-password, each named.
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        SecretRepository repo(db);
        const std::optional<SecretRecord> detail = repo.detail(stored.at("shop/db-password").id);
        QVERIFY(detail);
        const std::vector<SecretUse> uses{{"CronJob", "report", "app", "env"}, {"Deployment", "web", "app", "env"}};
        QCOMPARE(detail->uses.size(), uses.size());
        for (const SecretUse &u : uses)
            QVERIFY2(std::find(detail->uses.begin(), detail->uses.end(), u) != detail->uses.end(), u.workloadName.c_str());
        const std::optional<SecretRecord> pull = repo.detail(stored.at("shop/regcred").id);
        QVERIFY(pull && pull->uses.size() == 1 && pull->uses[0].how == "imagePullSecrets");
        const std::optional<SecretRecord> projected = repo.detail(stored.at("shop/projected-cert").id);
        QVERIFY(projected && projected->uses.size() == 1 && projected->uses[0].how == "projected");
        const std::optional<SecretRecord> token = repo.detail(stored.at("kube-system/builder-token").id);
        QCOMPARE(token->serviceAccount, std::string("builder"));
    }
    // Unused: usage known and no use.
    SecretFilter unused;
    unused.unused = true;
    QCOMPARE(rows(store, unused).size(), std::size_t(2));

    // Findings with their controls.
    const auto findings = openSecretFindings(store);
    std::set<std::string> overdueFound, envFound, tokenFound;
    for (const auto &[key, rules] : findings) {
        for (const auto &[rule, control] : rules) {
            if (rule == secretrule::kRotationOverdue) {
                overdueFound.insert(key);
                QCOMPARE(control, std::string("SEC-3"));
            } else if (rule == secretrule::kInEnv) {
                envFound.insert(key);
                QCOMPARE(control, std::string("SEC-5"));
            } else if (rule == secretrule::kLongLivedToken) {
                tokenFound.insert(key);
                QCOMPARE(control, std::string("SEC-3"));
            }
        }
    }
    QCOMPARE(overdueFound, expectOverdue);
    QCOMPARE(envFound, expectEnv);
    QCOMPARE(tokenFound, std::set<std::string>{"kube-system/builder-token"});

    // Nothing of a value: neither the data nor the last-applied annotation.
    const QByteArray bytes = test::storeFileBytes(store);
    for (const Crafted &c : m_secrets) {
        QVERIFY2(!bytes.contains(c.planted.toUtf8()), qPrintable(c.planted));
        QVERIFY2(!bytes.contains(c.planted.toUtf8().toBase64()), qPrintable(c.planted));
    }

    // A week later db-password was rewritten by external-secrets: the overdue finding closes.
    server.reset();
    std::vector<Crafted> rotated = m_secrets;
    rotated[0].managedFields.append(managed("external-secrets", "2024-05-15T00:00:00Z", true));
    server = serve(rotated);
    QVERIFY(server);
    const CollectionResult second = collect(store, kNow + 7 * kDay);
    QVERIFY2(second.status == CollectionStatus::Complete, second.error.c_str());
    QVERIFY(second.resolved >= 1);
    const auto after = rows(store);
    QCOMPARE(after.at("shop/db-password").secret.lastChangeAt, at("2024-05-15T00:00:00Z"));
    QVERIFY(after.at("shop/db-password").secret.ageDetail.find("external-secrets") != std::string::npos);
    QVERIFY(!openSecretFindings(store)["shop/db-password"].count(secretrule::kRotationOverdue));
    QVERIFY(openSecretFindings(store)["shop/db-password"].count(secretrule::kInEnv));

    // Deployments forbidden: the rest is stored (partial), but with a workload kind unlisted no
    // secret can be called unused.
    server.reset();
    server = serve(rotated, true);
    QVERIFY(server);
    const CollectionResult third = collect(store, kNow + 8 * kDay);
    QVERIFY(third.status == CollectionStatus::Partial);
    QCOMPARE(third.secrets, int(m_secrets.size()));
    for (const auto &[key, row] : rows(store))
        QVERIFY2(!row.secret.usageKnown, key.c_str());
    QCOMPARE(rows(store, unused).size(), std::size_t(0));
}

QTEST_GUILESS_MAIN(TestClusterSecrets)
#include "tst_clustersecrets.moc"
