// Bad cases of the registry client end to end, each with its clear error (naming the host or
// URL and the problem, never a password or token): against Debian's docker-registry with token
// or basic auth where the registry can produce the case, against a scripted TestHttpServer where
// only a misbehaving server can (stalls, 429).

#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "tokenserver.h"

#include "registry/registryclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace bulkhead;
using namespace bulkhead::test;
using namespace std::chrono_literals;

class RegistryBadCasesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<TokenServer> m_tokens;
    std::unique_ptr<LocalRegistry> m_registry; // token auth, realm = m_tokens

    HttpSourceOptions trustCa() const
    {
        HttpSourceOptions o;
        o.caFile = m_certs->caCert().toStdString();
        return o;
    }
    RegistryCredentials creds(const QString &password) const { return {m_registry->user().toStdString(), password.toStdString()}; }
    static std::string base(const LocalRegistry &r) { return r.baseUrl().toString().toStdString(); }
    std::unique_ptr<LocalRegistry> tokenRegistry(const QString &realm)
    {
        LocalRegistry::Options o;
        o.mode = LocalRegistry::Mode::TlsTokenAuth;
        o.certs = m_certs.get();
        o.tokenRealm = realm;
        o.tokenService = m_tokens->service();
        o.tokenIssuer = m_tokens->issuer();
        return std::make_unique<LocalRegistry>(o);
    }
    // No credential material in an error: the password, the Basic pair, a JWT.
    void checkClean(const std::string &error)
    {
        const QString e = QString::fromStdString(error);
        QVERIFY2(!e.contains(m_registry->password()), qPrintable(e));
        QVERIFY2(!e.contains(QString::fromLatin1(m_registry->credentials().toUtf8().toBase64())), qPrintable(e));
        QVERIFY2(!e.contains(QStringLiteral("eyJ")), qPrintable(e)); // base64url of '{"' starts every JWT
    }
    static TestHttpReply tooManyRequests(const QByteArray &retryAfter)
    {
        TestHttpReply r = TestHttpReply::text(429, R"({"errors":[{"code":"TOOMANYREQUESTS"}]})");
        r.headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
        return r;
    }
    // The scripted servers below are plain http on 127.0.0.1.
    static HttpSourceOptions insecure()
    {
        HttpSourceOptions o;
        o.insecure = true;
        return o;
    }
    static TestHttpReply manifestReply(const QByteArray &body)
    {
        TestHttpReply r;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(oci::kManifest)));
        r.body = body;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString m = LocalRegistry::missingTool(); !m.isEmpty())
            QSKIP(qPrintable(m));
        if (!haveTool(QStringLiteral("openssl")) || !haveTool(QStringLiteral("htpasswd")))
            QSKIP("openssl or htpasswd (apache2-utils) not found: registry bad cases skipped");
        QVERIFY(m_tmp.isValid());
        m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
        m_tokens = std::make_unique<TokenServer>(*m_certs);
        QVERIFY(m_tokens->start());
        m_registry = tokenRegistry(m_tokens->realm());
        m_tokens->addAccount(m_registry->user(), {m_registry->password(), {QStringLiteral("*")}, {QStringLiteral("pull")}, true});
        QVERIFY2(m_registry->start(), qPrintable(m_registry->error()));
    }

    void wrongPassword()
    {
        RegistryClient client(base(*m_registry), trustCa(), creds(QStringLiteral("not-the-password")));
        const std::string err = client.ping();
        const QString e = QString::fromStdString(err);
        QVERIFY2(e.contains(QStringLiteral("token realm 127.0.0.1:%1").arg(m_tokens->port())), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("rejected the credentials for user \"%1\"").arg(m_registry->user())), qPrintable(e));
        QVERIFY2(!e.contains(QStringLiteral("not-the-password")), qPrintable(e));
        checkClean(err);
        // And the right one works, so the refusal above was about the password.
        RegistryClient good(base(*m_registry), trustCa(), creds(m_registry->password()));
        const std::string ok = good.ping();
        QVERIFY2(ok.empty(), ok.c_str());
    }

    // The registry names a realm on another host ("localhost" is not the registry's 127.0.0.1):
    // refused before any request, so the token server, which would answer, sees nothing.
    void realmOnAnotherHost()
    {
        auto registry = tokenRegistry(m_tokens->realm(QStringLiteral("localhost")));
        QVERIFY2(registry->start(), qPrintable(registry->error()));
        m_tokens->resetCounters();
        RegistryClient client(base(*registry), trustCa(), creds(m_registry->password()));
        const std::string err = client.ping();
        const QString e = QString::fromStdString(err);
        QVERIFY2(e.contains(QStringLiteral("token realm host localhost refused")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("neither the registry's host 127.0.0.1")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("nothing was sent to it")), qPrintable(e));
        checkClean(err);
        QCOMPARE(m_tokens->requests().size(), 0);
    }

    void realmOverHttp()
    {
        TokenServer plain(*m_certs, /*tls=*/false);
        QVERIFY(plain.start());
        plain.addAccount(m_registry->user(), {m_registry->password(), {QStringLiteral("*")}, {QStringLiteral("pull")}, true});
        auto registry = tokenRegistry(plain.realm());
        QVERIFY2(registry->start(), qPrintable(registry->error()));
        RegistryClient client(base(*registry), trustCa(), creds(m_registry->password()));
        const std::string err = client.ping();
        const QString e = QString::fromStdString(err);
        QVERIFY2(e.contains(QStringLiteral("token realm host 127.0.0.1 refused: the realm uses plain http")), qPrintable(e));
        checkClean(err);
        QCOMPARE(plain.requests().size(), 0);
    }

    // The realm passes the policy but redirects to plain http: the hop is refused, so the
    // credentials (sent to the https realm) never travel in clear.
    void redirectToHttp()
    {
        TokenServer plain(*m_certs, /*tls=*/false);
        QVERIFY(plain.start());
        m_tokens->setRedirect(plain.realm());
        RegistryClient client(base(*m_registry), trustCa(), creds(m_registry->password()));
        const std::string err = client.ping();
        m_tokens->setRedirect(QString());
        const QString e = QString::fromStdString(err);
        QVERIFY2(e.contains(QStringLiteral("redirect to %1").arg(plain.realm())), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("only https redirects")), qPrintable(e));
        checkClean(err);
        QCOMPARE(plain.requests().size(), 0);
    }

    void certificateForAnotherName()
    {
        LocalRegistry::Options o;
        o.mode = LocalRegistry::Mode::TlsBasicAuth;
        o.certs = m_certs.get();
        o.wrongNameCertificate = true;
        LocalRegistry wrong(o);
        QVERIFY2(wrong.start(), qPrintable(wrong.error()));
        RegistryClient client(base(wrong), trustCa(), creds(wrong.password()));
        const std::string err = client.ping();
        const QString e = QString::fromStdString(err);
        QVERIFY2(e.contains(wrong.hostPort()), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("certificate")) || e.contains(QStringLiteral("subject name")), qPrintable(e));
        checkClean(err);
    }

    // A manifest over the 4 MiB cap. distribution 2.8.2 refuses to store one ("http: request
    // body too large" on push), so a scripted server plays the hostile registry.
    void oversizedManifest()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        const QByteArray padding(int(RegistryClient::kMaxManifestBytes), 'x');
        const QJsonObject manifest{{"schemaVersion", 2},
                                   {"mediaType", oci::kManifest},
                                   {"layers", QJsonArray()},
                                   {"annotations", QJsonObject{{"padding", QString::fromLatin1(padding)}}}};
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        QVERIFY(bytes.size() > RegistryClient::kMaxManifestBytes);
        server.setHandler([bytes](const RecordedRequest &) { return manifestReply(bytes); });
        RegistryClient client(server.url(QString()).toStdString(), trustCa());
        const RegistryClient::Manifest m = client.manifest("app/huge", "1.0");
        QVERIFY(!m.ok());
        QVERIFY(!m.notFound);
        const QString e = QString::fromStdString(m.error);
        QVERIFY2(e.contains(server.url(QStringLiteral("/v2/app/huge/manifests/1.0"))), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("larger than the limit of %1 bytes").arg(RegistryClient::kMaxManifestBytes)), qPrintable(e));
        // The cap is the manifest's: a source limit below it still wins.
        HttpSourceOptions small = trustCa();
        small.maxResponseBytes = 1024;
        RegistryClient strict(server.url(QString()).toStdString(), small);
        QVERIFY2(QString::fromStdString(strict.manifest("app/huge", "1.0").error).contains(QStringLiteral("limit of 1024 bytes")),
                 strict.manifest("app/huge", "1.0").error.c_str());
    }

    // Headers and a few body bytes, then nothing: the low-speed limit (shortened here) ends it.
    void stallMidBody()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) {
            if (req.target == "/v2/")
                return TestHttpReply::text(200, "{}");
            TestHttpReply r = manifestReply(QByteArray(10'000, ' '));
            r.stallAfter = 5;
            return r;
        });
        HttpSourceOptions o = trustCa();
        o.lowSpeedTime = 2s;
        RegistryClient client(server.url(QString()).toStdString(), o);
        QElapsedTimer timer;
        timer.start();
        const RegistryClient::Manifest m = client.manifest("app/stall", "1.0");
        QVERIFY(!m.ok());
        QVERIFY2(timer.elapsed() < 15'000, qPrintable(QString::number(timer.elapsed())));
        const QString e = QString::fromStdString(m.error);
        QVERIFY2(e.contains(server.url(QStringLiteral("/v2/app/stall/manifests/1.0"))), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("too slow")) || e.contains(QStringLiteral("Timeout")), qPrintable(e));
    }

    // 429 with Retry-After: waited and retried; every attempt is counted as a request.
    void tooManyRequestsRetried()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const int refusals = 2;
        auto seen = std::make_shared<std::atomic<int>>(0);
        const QByteArray body = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]})";
        server.setHandler([seen, body, refusals](const RecordedRequest &) {
            return seen->fetch_add(1) < refusals ? tooManyRequests("1") : manifestReply(body);
        });
        RegistryClient client(server.url(QString()).toStdString(), insecure());
        QElapsedTimer timer;
        timer.start();
        const RegistryClient::Manifest m = client.manifest("app/busy", "1.0");
        QVERIFY2(m.ok(), m.error.c_str());
        QVERIFY(timer.elapsed() >= refusals * 1000 - 100); // Retry-After honoured, not hammered
        QCOMPARE(server.requests().size(), refusals + 1);
        QCOMPARE(client.requestCount(), std::int64_t(server.requests().size()));
    }

    void tooLongRetryAfter()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return tooManyRequests("3600"); });
        const HttpSourceOptions o = insecure();
        RegistryClient client(server.url(QString()).toStdString(), o);
        QElapsedTimer started;
        started.start();
        const RegistryClient::Manifest m = client.manifest("app/busy", "1.0");
        QVERIFY(!m.ok());
        QVERIFY(started.elapsed() < 5000); // gave up at once instead of waiting an hour
        const QString e = QString::fromStdString(m.error);
        QVERIFY2(e.contains(server.url(QStringLiteral("/v2/app/busy/manifests/1.0"))), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("retry after 3600 s, more than the limit of %1 s").arg(o.maxRetryWait.count() / 1000)),
                 qPrintable(e));
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(RegistryBadCasesTest)
#include "tst_registrybadcases.moc"
