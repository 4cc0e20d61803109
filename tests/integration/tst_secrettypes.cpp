// Secret types through the cluster collector: the metadata-only list carries none, so the
// collector learns them from one field-selected metadata-only LIST per known type
// (core/kube/secrettypes.h) against the test Kubernetes API server, which pages and filters as a
// real one does. Secrets of every known type, of a type outside the list (stays "", even with the
// service-account annotation), with planted data values; a page size smaller than each type's
// count. Expected types are the crafted ones; counts come from the crafted list.

#include "kubeapiserver.h"
#include "storefile.h"
#include "testcerts.h"
#include "testsupport.h"

#include "kube/clustercollector.h"
#include "kube/kubeclient.h"
#include "kube/secrettypes.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

constexpr std::int64_t kNow = 1715421600; // 2024-05-11T10:00:00Z
const QString kToken = QStringLiteral("secret-types-test-token-41d7");
const QByteArray kMetadataAccept = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";
const char kCustomType[] = "example.com/custom-credentials";

struct Crafted {
    QString ns, name, type;
    bool serviceAccountAnnotation = false;
};

QString planted(const Crafted &c)
{
    return QStringLiteral("planted-%1-value-8c1e").arg(c.name);
}

QJsonObject secretObject(const Crafted &c)
{
    QJsonObject annotations;
    if (c.serviceAccountAnnotation)
        annotations.insert("kubernetes.io/service-account.name", "builder");
    const QJsonObject meta{{"name", c.name}, {"namespace", c.ns}, {"uid", "uid-" + c.ns + "-" + c.name},
                           {"creationTimestamp", "2024-05-01T00:00:00Z"}, {"annotations", annotations}};
    return QJsonObject{{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", meta}, {"type", c.type},
                       {"data", QJsonObject{{"value", QString::fromLatin1(planted(c).toUtf8().toBase64())}}}};
}

// Three secrets of every known type across two namespaces, and two of a type outside the list.
std::vector<Crafted> craftedSecrets()
{
    std::vector<Crafted> out;
    int n = 0;
    for (const std::string &type : knownSecretTypes()) {
        for (int k = 0; k < 3; ++k, ++n) {
            const QString t = QString::fromStdString(type);
            out.push_back({n % 2 ? "shop" : "kube-system", QStringLiteral("secret-%1").arg(n, 2, 10, QLatin1Char('0')), t,
                           t == QLatin1String("kubernetes.io/service-account-token")});
        }
    }
    out.push_back({"shop", "custom-plain", kCustomType, false});
    // Outside the known types but carrying the annotation a token has: listed under no type, so
    // it is not a token, and not guessed as one.
    out.push_back({"shop", "custom-annotated", kCustomType, true});
    return out;
}

} // namespace

class TestSecretTypes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    QString m_kubeconfig;
    std::vector<Crafted> m_secrets;
    static constexpr int kPageSize = 2; // smaller than each type's count

    std::unique_ptr<KubeApiServer> serve()
    {
        auto server = std::make_unique<KubeApiServer>(*m_certs);
        server->addToken(kToken);
        for (const Crafted &c : m_secrets)
            server->addObject(secretObject(c));
        if (!server->start())
            return nullptr;
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
        c.pageSize = kPageSize;
        return c;
    }

    QString newStore(const QString &name)
    {
        const QString store = m_tmp.filePath(name);
        Database db = Database::open(store.toStdString());
        SourceRepository(db).add(source());
        return store;
    }

    CollectionResult collect(const QString &store)
    {
        ClusterCollector collector(store.toStdString(), source(), nullptr);
        collector.setNow(kNow);
        collector.setTrustedRegistries({});
        collector.setSecretPolicy(SecretPolicy{});
        return collector.run();
    }

    static std::map<std::string, std::string> storedTypes(const QString &store)
    {
        Database db = Database::open(store.toStdString(), Database::Access::ReadOnly);
        std::map<std::string, std::string> out;
        for (const SecretRow &r : SecretRepository(db).page({}, SecretSort::Name, false, 0, 1000))
            out[r.secret.location + '/' + r.secret.name] = r.secret.type;
        return out;
    }

    std::map<std::string, std::string> expectedTypes(const std::string &unknownOf = {}) const
    {
        std::map<std::string, std::string> out;
        for (const Crafted &c : m_secrets) {
            const std::string type = c.type.toStdString();
            const bool known = type != kCustomType && type != unknownOf;
            out[c.ns.toStdString() + '/' + c.name.toStdString()] = known ? type : std::string();
        }
        return out;
    }

private slots:
    void initTestCase();
    void typesFromFieldSelectedLists();
    void failedTypeListLeavesTypesUnknown();
    void clientSelectorAcrossPagesAndRefused();
};

void TestSecretTypes::initTestCase()
{
    if (!haveTool(QStringLiteral("openssl")))
        QSKIP("openssl is not installed (TestCerts needs it)");
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    m_kubeconfig = m_tmp.filePath(QStringLiteral("kubeconfig.yaml"));
    m_secrets = craftedSecrets();
}

void TestSecretTypes::typesFromFieldSelectedLists()
{
    auto server = serve();
    QVERIFY(server);
    const QString store = newStore(QStringLiteral("types.db"));
    const CollectionResult r = collect(store);
    QVERIFY2(r.failures.empty(), r.failures.empty() ? "" : r.failures.front().c_str());
    QCOMPARE(r.secrets, int(m_secrets.size()));
    QCOMPARE(storedTypes(store), expectedTypes());

    // Every secrets request: metadata only. Per type: the selector on every page, continue
    // tokens followed, and exactly that type's secrets listed.
    std::map<std::string, int> itemsPerType, pagesPerType, continuedPerType;
    for (const RecordedRequest &req : server->requests()) {
        if (!req.target.startsWith("/api/v1/secrets"))
            continue;
        QCOMPARE(req.header("Accept"), kMetadataAccept);
        const QUrlQuery query{QUrl(QString::fromUtf8(req.target))};
        const QString selector = query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded);
        if (selector.isEmpty())
            continue;
        QVERIFY2(selector.startsWith("type="), qPrintable(selector));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")).toInt(), kPageSize);
        const std::string type = selector.mid(5).toStdString();
        ++pagesPerType[type];
        if (query.hasQueryItem(QStringLiteral("continue")))
            ++continuedPerType[type];
    }
    std::map<std::string, int> crafted;
    for (const Crafted &c : m_secrets)
        ++crafted[c.type.toStdString()];
    QCOMPARE(pagesPerType.size(), knownSecretTypes().size());
    for (const std::string &type : knownSecretTypes()) {
        QVERIFY(crafted[type] > kPageSize);
        // At least ceil(count / page) pages; a last, empty page is allowed (the server scans on).
        QVERIFY2(pagesPerType[type] >= (crafted[type] + kPageSize - 1) / kPageSize, type.c_str());
        QCOMPARE(continuedPerType[type], pagesPerType[type] - 1);
    }
    QVERIFY(!pagesPerType.count(kCustomType));

    const QByteArray bytes = test::storeFileBytes(store);
    for (const Crafted &c : m_secrets) {
        QVERIFY2(!bytes.contains(planted(c).toUtf8()), qPrintable(c.name));
        QVERIFY2(!bytes.contains(planted(c).toUtf8().toBase64()), qPrintable(c.name));
    }
}

void TestSecretTypes::failedTypeListLeavesTypesUnknown()
{
    auto server = serve();
    QVERIFY(server);
    const QString store = newStore(QStringLiteral("failed.db"));
    QVERIFY(collect(store).failures.empty());

    // The first type list (Opaque, the first known type) fails after the whole secrets list was
    // served: its pages are the list's, counted from the crafted secrets.
    const int listPages = (int(m_secrets.size()) + kPageSize - 1) / kPageSize;
    const std::string first = knownSecretTypes().front();
    server->failListOnce(QStringLiteral("secrets"), 500, listPages);
    const CollectionResult r = collect(store);
    QVERIFY(r.status == CollectionStatus::Partial);
    QCOMPARE(r.failures.size(), std::size_t(1));
    QVERIFY2(r.failures.front().find("type " + first) != std::string::npos, r.failures.front().c_str());
    QVERIFY2(r.failures.front().find("etcdserver: request timed out") != std::string::npos,
             r.failures.front().c_str());
    // Nothing looks gone: every secret is still there; the failed type's are unknown, the rest right.
    QCOMPARE(r.secrets, int(m_secrets.size()));
    std::map<std::string, std::string> expected = expectedTypes(first);
    // The listing was not complete: a secret outside the listed types keeps the annotation's reading.
    expected["shop/custom-annotated"] = "kubernetes.io/service-account-token";
    QCOMPARE(storedTypes(store), expected);
}

// KubeClient directly: an ANDed selector followed across one-item pages, and the 400 a real server
// answers for a field secrets cannot be selected on, which ends the list Failed with its message.
void TestSecretTypes::clientSelectorAcrossPagesAndRefused()
{
    auto server = serve();
    QVERIFY(server);
    QFile ca(m_certs->caCert());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    KubeConnection connection;
    connection.contextName = connection.clusterName = "test";
    connection.userName = "tester";
    connection.server = server->url().toStdString();
    connection.http.caPem = ca.readAll().toStdString();
    connection.bearerToken = kToken.toStdString();
    KubeClient client(connection, nullptr, {});
    const KubeResourceType secrets{"", "v1", "secrets", "Secret", true};

    int expected = 0;
    for (const Crafted &c : m_secrets)
        expected += c.ns == QLatin1String("kube-system") && c.type == QLatin1String("kubernetes.io/tls") ? 1 : 0;
    QVERIFY(expected > 1);
    KubeClient::ListOptions options;
    options.limit = 1;
    options.metadataOnly = true;
    options.fieldSelector = "metadata.namespace=kube-system,type==kubernetes.io/tls";
    std::vector<std::string> names;
    const KubeListStatus ok = client.list(
        secrets, options,
        [&names](const nlohmann::json &item) { names.push_back(item["metadata"]["name"].get<std::string>()); }, {});
    QCOMPARE(int(ok.outcome), int(KubeListOutcome::Complete));
    QCOMPARE(int(names.size()), expected);
    QVERIFY(ok.pages >= expected);

    options.fieldSelector = "data.password=x";
    int items = 0;
    const KubeListStatus refused = client.list(secrets, options, [&items](const nlohmann::json &) { ++items; }, {});
    QCOMPARE(int(refused.outcome), int(KubeListOutcome::Failed));
    QCOMPARE(refused.httpStatus, 400L);
    QVERIFY2(refused.message.find("field label not supported: data.password") != std::string::npos, refused.message.c_str());
    QCOMPARE(items, 0);
}

QTEST_GUILESS_MAIN(TestSecretTypes)
#include "tst_secrettypes.moc"
