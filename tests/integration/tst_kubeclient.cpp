// KubeClient against KubeApiServer over TLS with the test CA: auth (token, client certificate,
// refused), discovery, LIST paging with continue tokens (expired once and twice), Status errors,
// metadata-only secrets (proved by the recorded Accept headers and by the absence of every
// planted value), slow responses, 429, cancellation, and exec credential plugins.
#include "kube/execcredential.h"
#include "kube/kubeclient.h"
#include "net/canceltoken.h"
#include "clientcertificate.h"
#include "kubeapiresources.h"
#include "kubeapiserver.h"
#include "kubegeneratedcluster.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <set>
#include <thread>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const std::string kToken = "kubeclient-test-token-9a7c1e";
const char kMetadataAccept[] = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";

KubeResourceType type(const char *group, const char *resource, const char *kind, bool namespaced = true)
{
    return KubeResourceType{group, std::string(group) == "aquasecurity.github.io" ? "v1alpha1" : "v1", resource, kind, namespaced};
}

std::string readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// Lists everything of `t`, collecting names ("ns/name").
struct Collected {
    std::vector<std::string> names;
    std::vector<nlohmann::json> items;
    int restarts = 0;
    KubeListStatus status;
};

Collected listAll(KubeClient &client, const KubeResourceType &t, KubeClient::ListOptions options = {},
                  const CancelToken *cancel = nullptr)
{
    Collected c;
    c.status = client.list(
        t, options,
        [&](const nlohmann::json &item) {
            const auto &meta = item["metadata"];
            c.names.push_back(meta.value("namespace", std::string()) + "/" + meta.value("name", std::string()));
            c.items.push_back(item);
        },
        [&] {
            ++c.restarts;
            c.names.clear();
            c.items.clear();
        },
        cancel);
    return c;
}

} // namespace

class KubeClientTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    std::string m_caPem;

    KubeConnection connection(const KubeApiServer &server, const std::string &token = kToken) const
    {
        KubeConnection c;
        c.contextName = "test";
        c.clusterName = "test";
        c.userName = "tester";
        c.server = server.url().toStdString();
        c.http.caPem = m_caPem;
        c.bearerToken = token;
        return c;
    }

    // A server with a generated cluster whose objects the test also keeps (to count from them).
    QList<QJsonObject> serveGenerated(KubeApiServer &server, const GeneratedCluster &spec)
    {
        const QList<QJsonObject> objects = generateKubeCluster(spec, nullptr);
        for (const QJsonObject &o : objects)
            server.addObject(o);
        server.addToken(QString::fromStdString(kToken));
        return objects;
    }

    static int countOf(const QList<QJsonObject> &objects, const QString &kind, const QString &ns = {})
    {
        int n = 0;
        for (const QJsonObject &o : objects) {
            n += o.value("kind").toString() == kind
                         && (ns.isEmpty() || o.value("metadata").toObject().value("namespace").toString() == ns)
                     ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = std::make_unique<TestCerts>(m_dir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_caPem = readText(m_certs->caCert());
        QVERIFY(!m_caPem.empty());
    }

    void versionWithTokenAndRefusedToken()
    {
        KubeApiServer server(*m_certs);
        server.addToken(QString::fromStdString(kToken));
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        std::string version, error;
        QVERIFY2(client.version(&version, &error), error.c_str());
        QCOMPARE(version, std::string("v1.29.2"));
        QCOMPARE(server.requests().value(0).header("Authorization"), QByteArray::fromStdString("Bearer " + kToken));
        QCOMPARE(client.requestCount(), std::int64_t(1));

        KubeClient wrong(connection(server, "wrong-token-5d1e"), nullptr, {});
        QVERIFY(!wrong.version(&version, &error));
        QVERIFY2(contains(error, "127.0.0.1"), error.c_str());
        QVERIFY2(contains(error, "credentials refused") && contains(error, "401"), error.c_str());
        QVERIFY2(!contains(error, "wrong-token-5d1e"), error.c_str());

        // No CA: the server's certificate is not trusted.
        KubeConnection untrusted = connection(server);
        untrusted.http.caPem.clear();
        KubeClient tls(untrusted, nullptr, {});
        QVERIFY(!tls.version(&version, &error));
        QVERIFY2(contains(error, "127.0.0.1") && !contains(error, kToken), error.c_str());

        // insecure-skip-tls-verify (kubeconfig): unverified TLS works, still over https.
        untrusted.insecureSkipTlsVerify = true;
        KubeClient skip(untrusted, nullptr, {});
        QVERIFY2(skip.version(&version, &error), error.c_str());
        // tls-server-name: the certificate is checked for "localhost" while connecting to 127.0.0.1.
        KubeConnection named = connection(server);
        named.http.tlsServerName = "localhost";
        KubeClient sni(named, nullptr, {});
        QVERIFY2(sni.version(&version, &error), error.c_str());
        named.http.tlsServerName = "kubernetes.default.svc";
        KubeClient wrongName(named, nullptr, {});
        QVERIFY(!wrongName.version(&version, &error));
        QVERIFY2(contains(error, "127.0.0.1"), error.c_str());
    }

    void clientCertificateAuth()
    {
        QString error;
        QVERIFY2(makeClientCertificate(*m_certs, "kubeclient-user", "cert-user", &error), qPrintable(error));
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.namespaces = 3;
        spec.pods = 0;
        spec.controllers = 0;
        server.generateCluster(spec);
        QVERIFY(server.start());
        KubeConnection c = connection(server, "");
        c.http.clientCertPem = readText(m_certs->dir() + "/kubeclient-user.crt");
        c.http.clientKeyPem = readText(m_certs->dir() + "/kubeclient-user.key");
        KubeClient client(c, nullptr, {});
        const Collected ns = listAll(client, type("", "namespaces", "Namespace", false));
        QCOMPARE(ns.status.outcome, KubeListOutcome::Complete);
        QCOMPARE(int(ns.names.size()), spec.namespaces);
        QCOMPARE(server.requests().value(0).clientCommonName, QString("cert-user"));
        QVERIFY(!server.requests().value(0).hasHeader("Authorization"));

        // Without credentials at all: 401 on the list.
        KubeClient none(connection(server, ""), nullptr, {});
        const Collected refused = listAll(none, type("", "namespaces", "Namespace", false));
        QCOMPARE(refused.status.outcome, KubeListOutcome::Unauthorized);
        QCOMPARE(refused.status.httpStatus, 401L);
        QVERIFY(refused.names.empty());
    }

    void basicAuthHeader()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) {
            TestHttpReply r = TestHttpReply::text(200, R"({"major":"1","minor":"27","gitVersion":"v1.27.1"})");
            return r;
        });
        KubeConnection c;
        c.server = server.url("/").toStdString(); // a trailing slash is dropped
        c.http.caPem = m_caPem;
        c.basicUser = "admin";
        c.basicPassword = "s3cret-basic";
        KubeClient client(c, nullptr, {});
        std::string version, error;
        QVERIFY2(client.version(&version, &error), error.c_str());
        QCOMPARE(version, std::string("v1.27.1"));
        const RecordedRequest got = server.requests().value(0);
        QCOMPARE(got.target, QByteArray("/version"));
        QCOMPARE(got.header("Authorization"), "Basic " + QByteArray("admin:s3cret-basic").toBase64());
    }

    void discoveryListsListableResources()
    {
        KubeApiServer server(*m_certs);
        server.addToken(QString::fromStdString(kToken));
        server.setTrivyOperatorInstalled(true);
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        std::string error;
        std::vector<std::string> warnings;
        const auto types = client.discover(&error, &warnings);
        QVERIFY2(types, error.c_str());
        QVERIFY(warnings.empty());
        std::set<std::string> got;
        for (const auto &t : *types)
            got.insert(t.qualifiedName());
        // Expected: every listable, non-subresource entry the server's discovery holds.
        std::set<std::string> expected;
        auto all = builtinKubeApiResources() + trivyOperatorResources();
        for (const KubeApiResource &r : all) {
            if (r.listable() && !r.resource.contains('/'))
                expected.insert(r.group.isEmpty() ? r.resource.toStdString() : (r.resource + '.' + r.group).toStdString());
        }
        QCOMPARE(got, expected);
        QVERIFY(got.count("vulnerabilityreports.aquasecurity.github.io"));
        QVERIFY(!got.count("bindings") && !got.count("pods/log"));
        for (const auto &t : *types) {
            if (t.resource == "vulnerabilityreports") {
                QCOMPARE(t.version, std::string("v1alpha1"));
                QCOMPARE(t.kind, std::string("VulnerabilityReport"));
                QVERIFY(t.namespaced);
                QCOMPARE(t.listPath(), std::string("/apis/aquasecurity.github.io/v1alpha1/vulnerabilityreports"));
            }
            if (t.resource == "clusterroles")
                QVERIFY(!t.namespaced);
        }

        // Without the operator its group is not discovered, and listing its reports is a 404.
        server.setTrivyOperatorInstalled(false);
        const auto without = client.discover(&error, &warnings);
        QVERIFY2(without, error.c_str());
        for (const auto &t : *without)
            QVERIFY(t.group != "aquasecurity.github.io");
        QCOMPARE(without->size() + 3, types->size());
        const Collected reports = listAll(client, type("aquasecurity.github.io", "vulnerabilityreports", "VulnerabilityReport"));
        QCOMPARE(reports.status.outcome, KubeListOutcome::NotFound);
        QCOMPARE(reports.status.httpStatus, 404L);
        QVERIFY2(contains(reports.status.message, "127.0.0.1"), reports.status.message.c_str());

        KubeClient refused(connection(server, "nope"), nullptr, {});
        QVERIFY(!refused.discover(&error));
        QVERIFY2(contains(error, "credentials refused"), error.c_str());
    }

    void paginationCountsFromInput()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.namespaces = 6;
        spec.controllers = 13;
        spec.pods = 101;
        const QList<QJsonObject> objects = serveGenerated(server, spec);
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});

        KubeClient::ListOptions options;
        options.limit = 7;
        const Collected pods = listAll(client, type("", "pods", "Pod"), options);
        QCOMPARE(pods.status.outcome, KubeListOutcome::Complete);
        const int expected = countOf(objects, "Pod");
        QCOMPARE(expected, spec.pods);
        QCOMPARE(int(pods.names.size()), expected);
        QCOMPARE(pods.status.items, std::int64_t(expected));
        QCOMPARE(pods.status.pages, (expected + 6) / 7);
        QCOMPARE(std::set<std::string>(pods.names.begin(), pods.names.end()).size(), pods.names.size());
        for (const auto &item : pods.items) { // list items lack kind/apiVersion: the client sets them
            QCOMPARE(item.value("kind", std::string()), std::string("Pod"));
            QCOMPARE(item.value("apiVersion", std::string()), std::string("v1"));
        }
        int withContinue = 0;
        for (const RecordedRequest &r : server.requests())
            withContinue += r.target.contains("continue=") ? 1 : 0;
        QCOMPARE(withContinue, pods.status.pages - 1);

        // No limit: one answer with everything, and no limit parameter sent.
        KubeClient::ListOptions unlimited;
        unlimited.limit = 0;
        const Collected whole = listAll(client, type("", "pods", "Pod"), unlimited);
        QCOMPARE(whole.status.outcome, KubeListOutcome::Complete);
        QCOMPARE(whole.status.pages, 1);
        QCOMPARE(int(whole.names.size()), expected);
        QCOMPARE(server.requests().last().target, QByteArray("/api/v1/pods"));

        // One namespace; a group's resource; cluster-scoped resources.
        options.nameSpace = "ns-002";
        const Collected inNs = listAll(client, type("", "pods", "Pod"), options);
        QCOMPARE(inNs.status.outcome, KubeListOutcome::Complete);
        QCOMPARE(int(inNs.names.size()), countOf(objects, "Pod", "ns-002"));
        for (const auto &n : inNs.names)
            QVERIFY(n.starts_with("ns-002/"));
        options.nameSpace.clear();
        const Collected deployments = listAll(client, type("apps", "deployments", "Deployment"), options);
        QCOMPARE(int(deployments.names.size()), countOf(objects, "Deployment"));
        QCOMPARE(deployments.items.front().value("apiVersion", std::string()), std::string("apps/v1"));
        const Collected rs = listAll(client, type("apps", "replicasets", "ReplicaSet"), options);
        QCOMPARE(int(rs.names.size()), countOf(objects, "ReplicaSet"));
        const Collected crs = listAll(client, type("rbac.authorization.k8s.io", "clusterroles", "ClusterRole", false), options);
        QCOMPARE(int(crs.names.size()), countOf(objects, "ClusterRole"));
        QCOMPARE(crs.status.outcome, KubeListOutcome::Complete);
    }

    void expiredContinueRestartsOnceThenSucceeds()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.pods = 10;
        serveGenerated(server, spec);
        // Compaction once, after the 2nd page served: the token of page 2 expires.
        server.setContinueExpiry(2, false);
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        KubeClient::ListOptions options;
        options.limit = 4; // 3 pages a list
        const Collected pods = listAll(client, type("", "pods", "Pod"), options);
        QCOMPARE(pods.status.outcome, KubeListOutcome::Complete);
        QVERIFY(pods.status.restarted);
        QCOMPARE(pods.restarts, 1);
        QCOMPARE(int(pods.names.size()), spec.pods); // after the restart: everything once
        QCOMPARE(pods.status.items, std::int64_t(spec.pods));
        QCOMPARE(pods.status.pages, 3);
        QCOMPARE(server.pagesServed(), 2 + 3);
        QCOMPARE(std::set<std::string>(pods.names.begin(), pods.names.end()).size(), size_t(spec.pods));
    }

    void expiredTwiceIsPartial()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.pods = 10;
        serveGenerated(server, spec);
        server.setContinueExpiry(1); // every token expires
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        KubeClient::ListOptions options;
        options.limit = 4;
        const Collected pods = listAll(client, type("", "pods", "Pod"), options);
        QCOMPARE(pods.status.outcome, KubeListOutcome::Partial);
        QVERIFY(pods.status.restarted);
        QCOMPARE(pods.restarts, 1);
        QCOMPARE(pods.status.httpStatus, 410L);
        QCOMPARE(int(pods.names.size()), options.limit); // the first page of the second attempt
        QCOMPARE(pods.status.items, std::int64_t(options.limit));
        QVERIFY2(contains(pods.status.message, "continue parameter is too old"), pods.status.message.c_str());
        QVERIFY2(contains(pods.status.message, "127.0.0.1"), pods.status.message.c_str());
        QCOMPARE(std::string(kubeListOutcomeName(pods.status.outcome)), std::string("partial"));
    }

    void forbiddenAndNotFound()
    {
        KubeApiServer server(*m_certs);
        serveGenerated(server, GeneratedCluster{});
        server.forbid("secrets");
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        KubeClient::ListOptions options;
        options.metadataOnly = true;
        const Collected secrets = listAll(client, type("", "secrets", "Secret"), options);
        QCOMPARE(secrets.status.outcome, KubeListOutcome::Forbidden);
        QCOMPARE(secrets.status.httpStatus, 403L);
        QVERIFY(secrets.names.empty());
        QVERIFY2(contains(secrets.status.message,
                          "secrets is forbidden: User \"tester\" cannot list resource \"secrets\" in API group \"\" at the cluster scope"),
                 secrets.status.message.c_str());
        QVERIFY2(contains(secrets.status.message, "127.0.0.1") && !contains(secrets.status.message, kToken),
                 secrets.status.message.c_str());
        QCOMPARE(std::string(kubeListOutcomeName(secrets.status.outcome)), std::string("forbidden"));

        const Collected widgets = listAll(client, KubeResourceType{"example.com", "v1", "widgets", "Widget", true});
        QCOMPARE(widgets.status.outcome, KubeListOutcome::NotFound);
        QVERIFY2(contains(widgets.status.message, "could not find the requested resource"), widgets.status.message.c_str());
    }

    void secretsAsMetadataOnly()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.secrets = 23;
        server.generateCluster(spec);
        QString qerror;
        QVERIFY2(server.addFile(fixturePath("k9s/sec.json"), &qerror), qPrintable(qerror));
        server.addToken(QString::fromStdString(kToken));
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        KubeClient::ListOptions options;
        options.metadataOnly = true;
        options.limit = 5;
        std::string seen;
        int items = 0;
        const KubeListStatus status = client.list(
            type("", "secrets", "Secret"), options,
            [&](const nlohmann::json &item) {
                ++items;
                seen += item.dump();
                QCOMPARE(item.value("kind", std::string()), std::string("PartialObjectMetadata"));
                QVERIFY(!item.contains("data"));
            },
            {});
        QCOMPARE(status.outcome, KubeListOutcome::Complete);
        QCOMPARE(items, spec.secrets + 1);
        QCOMPARE(items, server.objectCount("secrets"));
        // Every request for secrets asked for metadata only, with exactly the contract's header.
        int secretRequests = 0;
        for (const RecordedRequest &r : server.requests()) {
            if (r.target.startsWith("/api/v1/secrets")) {
                ++secretRequests;
                QCOMPARE(r.header("Accept"), QByteArray(kMetadataAccept));
            }
        }
        QCOMPARE(secretRequests, status.pages);
        // Names and the allowed metadata came through; no value did, not even inside the
        // last-applied-configuration annotation the server sends with the metadata.
        QVERIFY(contains(seen, "app-secret-0"));
        QVERIFY(contains(seen, "kubernetes.io/service-account.name"));
        QVERIFY(contains(seen, "managedFields"));
        QVERIFY(!contains(seen, "last-applied-configuration"));
        const QStringList planted = server.plantedSecretValues();
        QCOMPARE(planted.size(), spec.secrets * 4);
        for (const QString &value : planted)
            QVERIFY2(!contains(seen, value.toStdString()), qPrintable(value));
        QVERIFY(!contains(seen, "YnVtYmxlYmVldHVuYQo=")); // the fixture's data value

        // The server does hold them: a full list (what the client never asks for secrets) carries
        // every base64 value.
        KubeClient full(connection(server), nullptr, {});
        std::string fullText;
        full.list(type("", "secrets", "Secret"), {}, [&](const nlohmann::json &item) { fullText += item.dump(); }, {});
        for (const QString &value : planted) {
            const std::string b64 = value.toUtf8().toBase64().toStdString();
            QVERIFY2(contains(fullText, value.toStdString()) || contains(fullText, b64), qPrintable(value));
        }
        QVERIFY(contains(fullText, "YnVtYmxlYmVldHVuYQo="));
    }

    void fullListRefusedWhenMetadataAsked()
    {
        // A server (or proxy) that ignores the Accept header and sends full secrets.
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) {
            TestHttpReply r = TestHttpReply::text(
                200, R"({"kind":"SecretList","apiVersion":"v1","metadata":{"resourceVersion":"5"},"items":[)"
                     R"({"metadata":{"name":"s","namespace":"default"},"data":{"password":"cGxhbnRlZC1mdWxs"},"type":"Opaque"}]})");
            r.headers[0].second = "application/json";
            return r;
        });
        KubeConnection c;
        c.server = server.url("").toStdString();
        c.http.caPem = m_caPem;
        c.bearerToken = kToken;
        KubeClient client(c, nullptr, {});
        KubeClient::ListOptions options;
        options.metadataOnly = true;
        int items = 0;
        const KubeListStatus status = client.list(type("", "secrets", "Secret"), options,
                                                  [&](const nlohmann::json &) { ++items; }, {});
        QCOMPARE(status.outcome, KubeListOutcome::Failed);
        QCOMPARE(items, 0);
        QVERIFY2(contains(status.message, "SecretList") && contains(status.message, "refused"), status.message.c_str());
        QVERIFY(!contains(status.message, "cGxhbnRlZC1mdWxs"));
        QCOMPARE(server.requests().value(0).header("Accept"), QByteArray(kMetadataAccept));
    }

    // A hand-written server for what KubeApiServer does not do: broken group documents, a later
    // page that fails, a body that is not JSON.
    void brokenServerAnswers()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) {
            auto json = [](int status, const QByteArray &body) {
                TestHttpReply r = TestHttpReply::text(status, body);
                r.headers[0].second = "application/json";
                return r;
            };
            const QByteArray path = req.target;
            if (path == "/api")
                return json(200, R"({"kind":"APIVersions","versions":["v1"]})");
            if (path == "/api/v1")
                return json(200, R"({"kind":"APIResourceList","groupVersion":"v1","resources":[)"
                                 R"({"name":"pods","namespaced":true,"kind":"Pod","verbs":["get","list"]},)"
                                 R"({"name":"pods/exec","namespaced":true,"kind":"PodExecOptions","verbs":["create","get"]}]})");
            if (path == "/apis")
                return json(200, R"({"kind":"APIGroupList","apiVersion":"v1","groups":[)"
                                 R"({"name":"metrics.k8s.io","versions":[{"groupVersion":"metrics.k8s.io/v1beta1","version":"v1beta1"}],)"
                                 R"("preferredVersion":{"groupVersion":"metrics.k8s.io/v1beta1","version":"v1beta1"}}]})");
            if (path == "/apis/metrics.k8s.io/v1beta1") // an aggregated API whose backend is down
                return json(500, R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",)"
                                 R"("message":"Internal error occurred: metrics backend unavailable","reason":"InternalError","code":500})");
            if (path.startsWith("/api/v1/pods?") && !path.contains("continue="))
                return json(200, R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7","continue":"abc+/=","remainingItemCount":1},)"
                                 R"("items":[{"metadata":{"name":"a","namespace":"default"},"spec":{}}]})");
            if (path.contains("continue=abc%2B%2F%3D"))
                return json(500, R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"etcdserver: request timed out","reason":"InternalError","code":500})");
            if (path.startsWith("/api/v1/configmaps"))
                return json(200, "<html>proxy error</html>");
            return json(404, R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","code":404})");
        });
        KubeConnection c;
        c.server = server.url("").toStdString();
        c.http.caPem = m_caPem;
        c.bearerToken = kToken;
        KubeClient client(c, nullptr, {});

        std::string error;
        std::vector<std::string> warnings;
        const auto types = client.discover(&error, &warnings);
        QVERIFY2(types, error.c_str());
        QCOMPARE(types->size(), size_t(1)); // pods; not pods/exec, not the broken group
        QCOMPARE(types->front().qualifiedName(), std::string("pods"));
        QCOMPARE(warnings.size(), size_t(1));
        QVERIFY2(contains(warnings[0], "metrics backend unavailable") && contains(warnings[0], "127.0.0.1"), warnings[0].c_str());

        const Collected pods = listAll(client, type("", "pods", "Pod"));
        QCOMPARE(pods.status.outcome, KubeListOutcome::Partial); // page 1 kept, page 2 failed
        QCOMPARE(pods.names, std::vector<std::string>{"default/a"});
        QCOMPARE(pods.status.httpStatus, 500L);
        QVERIFY2(contains(pods.status.message, "etcdserver: request timed out") && contains(pods.status.message, "HTTP 500"),
                 pods.status.message.c_str());
        QVERIFY(server.requests().last().target.contains("continue=abc%2B%2F%3D")); // the token, percent-encoded

        const Collected cms = listAll(client, type("", "configmaps", "ConfigMap"));
        QCOMPARE(cms.status.outcome, KubeListOutcome::Failed);
        QVERIFY2(!contains(cms.status.message, "proxy error"), cms.status.message.c_str());
    }

    void slowResponsesAndTooManyRequests()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.pods = 12;
        serveGenerated(server, spec);
        server.setDelayMs(150);
        server.setTooManyRequestsOnce("pods", 1);
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        KubeClient::ListOptions options;
        options.limit = 5;
        const Collected pods = listAll(client, type("", "pods", "Pod"), options);
        QCOMPARE(pods.status.outcome, KubeListOutcome::Complete);
        QCOMPARE(int(pods.names.size()), spec.pods);
        // One 429 answered, then retried by HttpClient after Retry-After: one request more than pages.
        int podRequests = 0;
        for (const RecordedRequest &r : server.requests())
            podRequests += r.target.startsWith("/api/v1/pods?") ? 1 : 0;
        QCOMPARE(podRequests, pods.status.pages + 1);
        QCOMPARE(client.requestCount(), std::int64_t(podRequests));
    }

    void serverErrorsPerResource()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.pods = 9;
        const QList<QJsonObject> objects = serveGenerated(server, spec);
        server.failListOnce("pods", 500, 2);  // the third page of pods fails
        server.failListOnce("deployments", 500); // the first page: nothing listed
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        KubeClient::ListOptions options;
        options.limit = 2;
        const Collected pods = listAll(client, type("", "pods", "Pod"), options);
        QCOMPARE(pods.status.outcome, KubeListOutcome::Partial);
        QCOMPARE(int(pods.names.size()), 2 * options.limit);
        QCOMPARE(pods.status.httpStatus, 500L);
        QVERIFY2(contains(pods.status.message, "Internal error occurred"), pods.status.message.c_str());
        const Collected deployments = listAll(client, type("apps", "deployments", "Deployment"), options);
        QCOMPARE(deployments.status.outcome, KubeListOutcome::Failed);
        QVERIFY(deployments.names.empty());
        // One-shot: listed again, both are whole.
        QCOMPARE(int(listAll(client, type("", "pods", "Pod"), options).names.size()), countOf(objects, "Pod"));
        QCOMPARE(int(listAll(client, type("apps", "deployments", "Deployment"), options).names.size()),
                 countOf(objects, "Deployment"));
    }

    void cancellation()
    {
        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.pods = 40;
        serveGenerated(server, spec);
        server.setDelayMs(400);
        QVERIFY(server.start());
        KubeClient client(connection(server), nullptr, {});
        CancelToken cancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(600));
            cancel.cancel();
        });
        KubeClient::ListOptions options;
        options.limit = 2; // 20 pages of 400 ms: cancelled long before the end
        const Collected pods = listAll(client, type("", "pods", "Pod"), options, &cancel);
        canceller.join();
        QCOMPARE(pods.status.outcome, KubeListOutcome::Cancelled);
        QVERIFY(int(pods.names.size()) < spec.pods);
    }

    void execCredentialRenewedOn401AndClientCertificate()
    {
#ifdef Q_OS_UNIX
        // A plugin that hands out a stale token on its first run and the accepted one afterwards.
        const QString counter = m_dir.filePath("exec-runs");
        const QString script = m_dir.filePath("exec-plugin.sh");
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("#!/bin/sh\n"
                               "n=$(cat '%1' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '%1'\n"
                               "if [ $n -eq 1 ]; then t=stale-exec-token; else t=fresh-exec-token; fi\n"
                               "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                               "\"status\":{\"token\":\"%s\"}}' \"$t\"\n")
                    .arg(counter)
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        KubeApiServer server(*m_certs);
        GeneratedCluster spec;
        spec.pods = 3;
        serveGenerated(server, spec);
        server.addToken("fresh-exec-token", "exec-user");
        QVERIFY(server.start());
        KubeConnection c = connection(server, "");
        KubeExecConfig exec;
        exec.apiVersion = "client.authentication.k8s.io/v1";
        exec.command = script.toStdString();
        exec.interactiveMode = "Never";
        c.exec = exec;
        c.userSourceFile = m_dir.filePath("kubeconfig").toStdString();
        const std::string approval = execApprovalFingerprint(c.userSourceFile, c.userName, exec);

        ExecCredentialProvider provider;
        KubeClient client(c, &provider, approval);
        const Collected pods = listAll(client, type("", "pods", "Pod"));
        QVERIFY2(pods.status.outcome == KubeListOutcome::Complete, pods.status.message.c_str());
        QCOMPARE(int(pods.names.size()), spec.pods);
        QCOMPARE(provider.runs(), 2);
        const QList<RecordedRequest> got = server.requests();
        QCOMPARE(got.value(0).header("Authorization"), QByteArray("Bearer stale-exec-token"));
        QCOMPARE(got.last().header("Authorization"), QByteArray("Bearer fresh-exec-token"));

        // Not approved: refused with a message, the plugin never runs. No provider: the same.
        KubeClient unapproved(c, &provider, {});
        std::string version, error;
        QVERIFY(!unapproved.version(&version, &error));
        QVERIFY2(contains(error, "127.0.0.1"), error.c_str());
        KubeClient noProvider(c, nullptr, approval);
        QVERIFY(!noProvider.version(&version, &error));
        QVERIFY2(contains(error, "127.0.0.1") && contains(error, "exec credential plugin"), error.c_str());
        QCOMPARE(provider.runs(), 2);
        const int before = server.requestCount();
        QVERIFY(!unapproved.discover(&error));
        QCOMPARE(server.requestCount(), before); // nothing is sent without credentials

        // A plugin that returns a client certificate: the client authenticates with it.
        QString certError;
        QVERIFY2(makeClientCertificate(*m_certs, "exec-cert", "exec-cert-user", &certError), qPrintable(certError));
        auto jsonString = [](const std::string &s) { return QString::fromStdString(nlohmann::json(s).dump()); };
        const QString certScript = m_dir.filePath("exec-cert.sh");
        QFile g(certScript);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QStringLiteral("#!/bin/sh\ncat <<'EOF'\n{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
                               "\"status\":{\"clientCertificateData\":%1,\"clientKeyData\":%2}}\nEOF\n")
                    .arg(jsonString(readText(m_certs->dir() + "/exec-cert.crt")), jsonString(readText(m_certs->dir() + "/exec-cert.key")))
                    .toUtf8());
        g.close();
        g.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        exec.command = certScript.toStdString();
        c.exec = exec;
        KubeClient certClient(c, &provider, execApprovalFingerprint(c.userSourceFile, c.userName, exec));
        QVERIFY2(certClient.version(&version, &error), error.c_str());
        QCOMPARE(server.requests().last().clientCommonName, QString("exec-cert-user"));
        QVERIFY(!server.requests().last().hasHeader("Authorization"));
#else
        QSKIP("shell script plugins need a Unix shell");
#endif
    }
};

QTEST_GUILESS_MAIN(KubeClientTest)
#include "tst_kubeclient.moc"
