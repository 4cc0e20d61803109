// The test Vault server against the project's HTTP client (core/net, libcurl): what it answers
// must be what a live Vault / OpenBao KV v2 mount answers (the shapes of
// ${BULKHEAD_FIXTURES_DIR}/vault/*.json, the envelope, LIST by method and by ?list=true, 403 and
// 404 bodies), or the collector's tests prove nothing.
#include "testcerts.h"
#include "testsupport.h"
#include "vaultserver.h"

#include "net/httpclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const QString kToken = QStringLiteral("hvs.test-token-3b9d0c");

QJsonObject body(const HttpResponse &r)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

qint64 parseVaultTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toSecsSinceEpoch();
}

} // namespace

class VaultServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    HttpClient m_client;

    HttpSourceOptions tlsOptions() const
    {
        HttpSourceOptions o;
        o.caFile = m_certs->caCert().toStdString();
        o.maxRetries = 0;
        return o;
    }

    HttpResponse call(const VaultServer &server, const QString &method, const QString &path,
                      const QList<QPair<QString, QString>> &headers = {{"X-Vault-Token", kToken}},
                      const HttpSourceOptions *options = nullptr)
    {
        HttpRequest r;
        r.method = method.toStdString();
        r.url = (server.url() + path).toStdString();
        for (const auto &[n, v] : headers)
            r.headers.emplace_back(n.toStdString(), v.toStdString());
        return m_client.perform(r, options ? *options : tlsOptions());
    }

    // Every secret path under `folder`, by LIST requests only (what a collector does).
    QStringList walk(const VaultServer &server, const QString &mount, const QString &folder, int *lists,
                     int *widest)
    {
        QStringList found;
        const HttpResponse r = call(server, QStringLiteral("LIST"), QStringLiteral("/v1/%1/metadata/%2").arg(mount, folder));
        ++*lists;
        if (r.status != 200)
            return found;
        const QJsonArray keys = body(r).value("data").toObject().value("keys").toArray();
        *widest = std::max(*widest, int(keys.size()));
        for (const QJsonValue &k : keys) {
            const QString key = k.toString();
            if (key.endsWith('/'))
                found += walk(server, mount, folder + key, lists, widest);
            else
                found.append(folder + key);
        }
        return found;
    }

    static VaultEntry entry(const QString &path, QList<qint64> times, const QJsonObject &custom = {})
    {
        VaultEntry e;
        e.path = path;
        e.versionTimes = std::move(times);
        e.customMetadata = custom;
        e.value = QStringLiteral("planted-%1-value").arg(path);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = std::make_unique<TestCerts>(m_dir.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    }

    void tokenRequired()
    {
        VaultServer server(*m_certs);
        server.addToken(kToken);
        server.addEntry("secret", entry("a", {1700000000}));
        QVERIFY(server.start());

        for (const auto &headers : QList<QList<QPair<QString, QString>>>{{}, {{"X-Vault-Token", "hvs.wrong"}},
                                                                           {{"Authorization", "Bearer hvs.wrong"}}}) {
            const HttpResponse r = call(server, "LIST", "/v1/secret/metadata/", headers);
            QVERIFY2(r.error.empty(), r.error.c_str());
            QCOMPARE(r.status, 403L);
            QCOMPARE(body(r), (QJsonObject{{"errors", QJsonArray{"permission denied"}}}));
        }
        // A bad token learns nothing about mounts either.
        QCOMPARE(call(server, "LIST", "/v1/nothing/metadata/", {}).status, 403L);
        // Vault also takes the token as a bearer token.
        QCOMPARE(call(server, "LIST", "/v1/secret/metadata/", {{"Authorization", "Bearer " + kToken}}).status, 200L);
        const QList<RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 5);
        QCOMPARE(requests.first().method, QByteArray("LIST"));
    }

    void listByMethodAndQuery()
    {
        VaultServer server(*m_certs);
        server.addToken(kToken);
        const QStringList paths{"team-a/db", "team-a/api/key", "team-a/api/cert", "foo", "foo/bar", "zeta", "Alpha"};
        for (const QString &p : paths)
            server.addEntry("secret", entry(p, {1700000000}));
        QVERIFY(server.start());

        const HttpResponse byMethod = call(server, "LIST", "/v1/secret/metadata/");
        const HttpResponse byQuery = call(server, "GET", "/v1/secret/metadata/?list=true");
        const HttpResponse noSlash = call(server, "GET", "/v1/secret/metadata?list=true");
        for (const HttpResponse *r : {&byMethod, &byQuery, &noSlash}) {
            QCOMPARE(r->status, 200L);
            QCOMPARE(r->headers.value("content-type").value_or(""), std::string("application/json"));
            // The root: a secret and a folder of the same name both appear (as in the list fixture).
            QCOMPARE(body(*r).value("data").toObject().value("keys").toArray(),
                     (QJsonArray{"Alpha", "foo", "foo/", "team-a/", "zeta"}));
        }
        QCOMPARE(body(call(server, "LIST", "/v1/secret/metadata/team-a")).value("data").toObject().value("keys").toArray(),
                 (QJsonArray{"api/", "db"}));
        QCOMPARE(body(call(server, "LIST", "/v1/secret/metadata/team-a/api/")).value("data").toObject().value("keys").toArray(),
                 (QJsonArray{"cert", "key"}));

        // The list response has the keys of the fixture's data, in the envelope.
        BULKHEAD_REQUIRE_FIXTURE("vault/kv-v2-list-response.json");
        const QJsonObject fixture = fixtureObject("vault/kv-v2-list-response.json");
        QCOMPARE(keysOf(body(byMethod).value("data").toObject()), keysOf(fixture.value("data").toObject()));

        // Walking the tree finds exactly what was added.
        int lists = 0, widest = 0;
        QStringList walked = walk(server, "secret", QString(), &lists, &widest);
        QStringList expected = paths;
        walked.sort();
        expected.sort();
        QCOMPARE(walked, expected);
        QCOMPARE(lists, 4); // root, foo/, team-a/, team-a/api/
    }

    void notFoundAndUnsupported()
    {
        VaultServer server(*m_certs);
        server.addToken(kToken);
        server.addEntry("secret", entry("team-a/db", {1700000000}));
        QVERIFY(server.start());

        // An unknown folder, a secret listed as a folder, an unknown secret: 404 {"errors":[]}.
        for (const auto &[method, path] : QList<QPair<QString, QString>>{{"LIST", "/v1/secret/metadata/team-b/"},
                                                                         {"LIST", "/v1/secret/metadata/team-a/db/"},
                                                                         {"GET", "/v1/secret/metadata/team-a/nope"},
                                                                         {"GET", "/v1/secret/metadata/team-a/"}}) {
            const HttpResponse r = call(server, method, path);
            QVERIFY2(r.status == 404, qPrintable(method + ' ' + path));
            QCOMPARE(body(r), (QJsonObject{{"errors", QJsonArray{}}}));
        }
        // A mount that does not exist: 404 naming the route.
        const HttpResponse noMount = call(server, "LIST", "/v1/kv/metadata/");
        QCOMPARE(noMount.status, 404L);
        const QJsonArray errors = body(noMount).value("errors").toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].toString().startsWith("no handler for route \"kv/metadata"), qPrintable(errors[0].toString()));
        // LIST on the data endpoint, and writes: unsupported.
        QCOMPARE(call(server, "LIST", "/v1/secret/data/").status, 405L);
        QCOMPARE(call(server, "DELETE", "/v1/secret/metadata/team-a/db").status, 405L);
    }

    void metadataShape()
    {
        BULKHEAD_REQUIRE_FIXTURE("vault/kv-v2-read-metadata-response.json");
        const QJsonObject fixture = fixtureObject("vault/kv-v2-read-metadata-response.json").value("data").toObject();

        VaultServer server(*m_certs);
        server.addToken(kToken);
        const QList<qint64> times{1600000000, 1650000000, 1700000123};
        VaultEntry e = entry("team-a/db", times, {{"owner", "team-a"}, {"rotation_days", "30"}});
        e.deletedVersions = {1};
        e.destroyedVersions = {2};
        server.addEntry("secret", e);
        server.addEntry("secret", entry("plain", {1700000000}));
        QVERIFY(server.start());

        const HttpResponse r = call(server, "GET", "/v1/secret/metadata/team-a/db");
        QCOMPARE(r.status, 200L);
        const QJsonObject doc = body(r);
        QCOMPARE(keysOf(doc), (QStringList{"auth", "data", "lease_duration", "lease_id", "mount_type", "renewable",
                                           "request_id", "warnings", "wrap_info"}));
        QVERIFY(!doc.value("request_id").toString().isEmpty());
        QVERIFY(doc.value("wrap_info").isNull());
        const QJsonObject data = doc.value("data").toObject();
        QCOMPARE(keysOf(data), keysOf(fixture));
        // Same types as the fixture, field by field.
        for (const QString &k : fixture.keys())
            QVERIFY2(data.value(k).type() == fixture.value(k).type(), qPrintable(k));
        QCOMPARE(data.value("current_version").toInt(), int(times.size()));
        QCOMPARE(parseVaultTime(data.value("created_time").toString()), times.first());
        QCOMPARE(parseVaultTime(data.value("updated_time").toString()), times.last());
        QCOMPARE(data.value("custom_metadata").toObject(), (QJsonObject{{"owner", "team-a"}, {"rotation_days", "30"}}));
        // Timestamps carry nanoseconds, as Go writes them.
        QVERIFY2(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$)").match(data.value("created_time").toString()).hasMatch(),
                 qPrintable(data.value("created_time").toString()));

        const QJsonObject versions = data.value("versions").toObject();
        QCOMPARE(keysOf(versions), (QStringList{"1", "2", "3"}));
        const QJsonObject fixtureVersion = fixture.value("versions").toObject().value("1").toObject();
        for (int v = 1; v <= 3; ++v) {
            const QJsonObject version = versions.value(QString::number(v)).toObject();
            QCOMPARE(keysOf(version), keysOf(fixtureVersion));
            QCOMPARE(parseVaultTime(version.value("created_time").toString()), times[v - 1]);
            QCOMPARE(version.value("deletion_time").toString().isEmpty(), v != 1);
            QCOMPARE(version.value("destroyed").toBool(), v == 2);
        }
        QVERIFY(parseVaultTime(versions.value("1").toObject().value("deletion_time").toString()) > times.first());

        // Without custom metadata Vault sends null.
        const QJsonObject plain = body(call(server, "GET", "/v1/secret/metadata/plain")).value("data").toObject();
        QVERIFY(plain.value("custom_metadata").isNull());
        QCOMPARE(plain.value("current_version").toInt(), 1);
    }

    void dataEndpointRecorded()
    {
        BULKHEAD_REQUIRE_FIXTURE("vault/kv-v2-read-secret-version-response.json");
        const QJsonObject fixture = fixtureObject("vault/kv-v2-read-secret-version-response.json").value("data").toObject();
        VaultServer server(*m_certs);
        server.addToken(kToken);
        server.addEntry("secret", entry("team-a/db", {1600000000, 1700000000}, {{"owner", "x"}}));
        QVERIFY(server.start());
        QCOMPARE(server.plantedValues(), QStringList{"planted-team-a/db-value"});

        const HttpResponse r = call(server, "GET", "/v1/secret/data/team-a/db");
        QCOMPARE(r.status, 200L);
        const QJsonObject data = body(r).value("data").toObject();
        QCOMPARE(keysOf(data), keysOf(fixture));
        QCOMPARE(keysOf(data.value("metadata").toObject()), keysOf(fixture.value("metadata").toObject()));
        QCOMPARE(data.value("metadata").toObject().value("version").toInt(), 2);
        QCOMPARE(data.value("data").toObject().value("value").toString(), QStringLiteral("planted-team-a/db-value"));
        // The request is there for a test to find.
        const QList<RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().target, QByteArray("/v1/secret/data/team-a/db"));
        QCOMPARE(requests.first().header("X-Vault-Token"), kToken.toUtf8());
        QCOMPARE(server.requestCount(), 1);
    }

    void forbiddenPrefix()
    {
        VaultServer server(*m_certs);
        server.addToken(kToken);
        for (const char *p : {"team-a/db", "team-b/db", "team-b/deep/key", "team-bc/x"})
            server.addEntry("secret", entry(QString::fromLatin1(p), {1700000000}));
        server.forbid("secret", "team-b/");
        QVERIFY(server.start());

        // The parent still lists the folder: Vault does not filter LIST results by policy.
        QCOMPARE(body(call(server, "LIST", "/v1/secret/metadata/")).value("data").toObject().value("keys").toArray(),
                 (QJsonArray{"team-a/", "team-b/", "team-bc/"}));
        for (const auto &[method, path] : QList<QPair<QString, QString>>{{"LIST", "/v1/secret/metadata/team-b/"},
                                                                         {"LIST", "/v1/secret/metadata/team-b"},
                                                                         {"LIST", "/v1/secret/metadata/team-b/deep/"},
                                                                         {"GET", "/v1/secret/metadata/team-b/db"},
                                                                         {"GET", "/v1/secret/data/team-b/db"}}) {
            const HttpResponse r = call(server, method, path);
            QVERIFY2(r.status == 403, qPrintable(method + ' ' + path));
            QCOMPARE(body(r), (QJsonObject{{"errors", QJsonArray{"permission denied"}}}));
        }
        QCOMPARE(call(server, "LIST", "/v1/secret/metadata/team-bc/").status, 200L);
        QCOMPARE(call(server, "GET", "/v1/secret/metadata/team-a/db").status, 200L);
    }

    void namespaceHeader()
    {
        VaultServer server(*m_certs);
        server.addToken(kToken);
        server.setNamespace("admin/team");
        server.addEntry("kv/prod", entry("db", {1700000000}));
        QVERIFY(server.start());

        QCOMPARE(call(server, "LIST", "/v1/kv/prod/metadata/").status, 403L);
        QCOMPARE(call(server, "LIST", "/v1/kv/prod/metadata/", {{"X-Vault-Token", kToken}, {"X-Vault-Namespace", "other"}}).status,
                 403L);
        const HttpResponse r = call(server, "LIST", "/v1/kv/prod/metadata/",
                                    {{"X-Vault-Token", kToken}, {"X-Vault-Namespace", "admin/team/"}});
        QCOMPARE(r.status, 200L);
        QCOMPARE(body(r).value("data").toObject().value("keys").toArray(), QJsonArray{"db"});
        // The namespace as a path prefix works too; a mount holding '/' is found whole.
        QCOMPARE(call(server, "GET", "/v1/admin/team/kv/prod/metadata/db").status, 200L);
        QCOMPARE(server.entryCount("kv/prod"), 1);
    }

    void generatedTree_data()
    {
        QTest::addColumn<int>("secrets");
        QTest::addColumn<int>("fanout");
        QTest::newRow("flat") << 7 << 20;
        QTest::newRow("three levels") << 1000 << 12;
        QTest::newRow("exact power") << 400 << 20;
    }

    void generatedTree()
    {
        QFETCH(int, secrets);
        QFETCH(int, fanout);
        VaultServer server(*m_certs);
        server.addToken(kToken);
        GeneratedVaultTree spec;
        spec.secrets = secrets;
        spec.fanout = fanout;
        spec.seed = 7;
        spec.now = 1764000000;
        server.generate("secret", spec);
        QVERIFY(server.start());

        int lists = 0, widest = 0;
        const QStringList walked = walk(server, "secret", QString(), &lists, &widest);
        QCOMPARE(walked.size(), secrets);
        QCOMPARE(QSet<QString>(walked.begin(), walked.end()).size(), secrets);
        QCOMPARE(server.entryCount("secret"), secrets);
        QVERIFY2(widest <= fanout, qPrintable(QString::number(widest)));
        const QStringList planted = server.plantedValues();
        QCOMPARE(planted.size(), secrets);
        QCOMPARE(QSet<QString>(planted.begin(), planted.end()).size(), secrets);

        // Metadata of a sample: versions in order, all within the two years before `now`.
        for (int i = 0; i < walked.size(); i += std::max(1, secrets / 25)) {
            const QJsonObject data = body(call(server, "GET", "/v1/secret/metadata/" + walked[i])).value("data").toObject();
            const int current = data.value("current_version").toInt();
            QVERIFY(current >= 1 && current <= 6);
            const QJsonObject versions = data.value("versions").toObject();
            QCOMPARE(versions.size(), current);
            qint64 previous = spec.now - 2 * 365 * 86400 - 1;
            for (int v = 1; v <= current; ++v) {
                const qint64 t = parseVaultTime(versions.value(QString::number(v)).toObject().value("created_time").toString());
                QVERIFY(t > previous && t < spec.now);
                previous = t;
            }
            QCOMPARE(parseVaultTime(data.value("updated_time").toString()), previous);
        }

        // The same spec gives the same tree.
        VaultServer again(*m_certs);
        again.generate("secret", spec);
        QCOMPARE(again.plantedValues(), planted);
    }

    void plainHttp()
    {
        VaultServer server;
        server.addToken(kToken);
        server.addEntry("secret", entry("a", {1700000000}));
        QVERIFY(server.start());
        QVERIFY2(server.url().startsWith("http://127.0.0.1:"), qPrintable(server.url()));
        HttpSourceOptions options;
        options.insecure = true;
        const HttpResponse r = call(server, "LIST", "/v1/secret/metadata/", {{"X-Vault-Token", kToken}}, &options);
        QCOMPARE(r.status, 200L);
        QCOMPARE(body(r).value("data").toObject().value("keys").toArray(), QJsonArray{"a"});
    }
};

QTEST_GUILESS_MAIN(VaultServerTest)
#include "tst_vaultserver.moc"
