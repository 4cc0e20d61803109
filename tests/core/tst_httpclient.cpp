#include "net/canceltoken.h"
#include "net/httpclient.h"
#include "net/redaction.h"
#include "net/retryafter.h"
#include "clientcertificate.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>

using namespace bulkhead;
using namespace bulkhead::test;
using namespace std::chrono_literals;

namespace {

HttpRequest get(const QString &url, std::vector<std::pair<std::string, std::string>> headers = {})
{
    HttpRequest r;
    r.url = url.toStdString();
    r.headers = std::move(headers);
    return r;
}

HttpSourceOptions insecureSource()
{
    HttpSourceOptions o;
    o.insecure = true;
    return o;
}

// Sends 5 of 10,000 body bytes, then nothing. A short first burst: libcurl averages speed over a
// window of up to 5 s, so a large burst would itself hold the average above the low-speed limit.
TestHttpReply stalling(const RecordedRequest &)
{
    TestHttpReply r = TestHttpReply::text(200, QByteArray(10'000, 'x'));
    r.stallAfter = 5;
    return r;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class HttpClientTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;

    HttpSourceOptions trustTestCa() const
    {
        HttpSourceOptions o;
        o.caFile = m_certs->caCert().toStdString();
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = std::make_unique<TestCerts>(m_dir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    }

    void successWithHeaders()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) {
            TestHttpReply r = TestHttpReply::text(200, "hello");
            r.headers.append(qMakePair(QByteArray("X-Thing"), QByteArray("one")));
            return r;
        });
        HttpClient client;
        const auto r = client.perform(get(server.url("/a"), {{"Accept", "text/plain"}}), insecureSource());
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.status, 200L);
        QCOMPARE(r.body, std::string("hello"));
        QCOMPARE(r.headers.value("x-THING").value_or(""), std::string("one"));
        QCOMPARE(r.finalUrl, server.url("/a").toStdString());
        QCOMPARE(server.requests().value(0).header("accept"), QByteArray("text/plain"));
    }

    void methodsAndConnectionReuse()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) {
            if (req.method == "POST" && req.target == "/token")
                return TestHttpReply::redirect(303, "/done");
            return TestHttpReply::text(200, "body of " + req.method);
        });
        HttpClient client;
        HttpRequest post = get(server.url("/token"));
        post.method = "POST";
        post.body = "grant_type=password";
        HttpRequest head = get(server.url("/h"));
        head.method = "HEAD";
        const auto posted = client.perform(post, insecureSource());
        QVERIFY2(posted.ok(), posted.problem().c_str());
        QCOMPARE(posted.body, std::string("body of GET")); // 303: the next hop is a GET
        const auto headed = client.perform(head, insecureSource());
        QVERIFY2(headed.ok(), headed.problem().c_str());
        QVERIFY(headed.body.empty());
        const auto got = server.requests();
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[0].body, QByteArray("grant_type=password"));
        QCOMPARE(got[1].method, QByteArray("GET"));
        QCOMPARE(got[2].method, QByteArray("HEAD"));
        QCOMPARE(server.connectionsAccepted(), 1); // one keep-alive connection for all three
    }

    void customCaAcceptedDefaultTrustRejected()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "tls"); });
        HttpClient client;
        const auto ok = client.perform(get(server.url("/v2/")), trustTestCa());
        QVERIFY2(ok.ok(), ok.problem().c_str());
        QCOMPARE(ok.body, std::string("tls"));
        const auto localhost = client.perform(get(server.url("/v2/", "localhost")), trustTestCa());
        QVERIFY2(localhost.ok(), localhost.problem().c_str());

        const auto rejected = client.perform(get(server.url("/v2/")), HttpSourceOptions{});
        QVERIFY(!rejected.ok());
        QVERIFY2(contains(rejected.error, ("GET " + server.url("/v2/").toStdString() + ": ").c_str()),
                 rejected.error.c_str());
        QVERIFY2(contains(rejected.error, "certificate"), rejected.error.c_str());
    }

    void certificateForAnotherNameRejected()
    {
        TestHttpServer server(m_certs->wrongNameCert(), m_certs->wrongNameKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "x"); });
        HttpClient client;
        const auto r = client.perform(get(server.url("/")), trustTestCa());
        QVERIFY(!r.ok());
        QVERIFY2(contains(r.error, "127.0.0.1"), r.error.c_str());
        QVERIFY2(contains(r.error, "certificate") || contains(r.error, "SSL"), r.error.c_str());
    }

    std::string readFile(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
    }

    void caPemTrusted()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "pem"); });
        HttpClient client;
        HttpSourceOptions o;
        o.caPem = readFile(m_certs->caCert());
        QVERIFY(!o.caPem.empty());
        const auto r = client.perform(get(server.url("/")), o);
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.body, std::string("pem"));
    }

    void clientCertificateAcceptedMissingRefused()
    {
        QString error;
        QVERIFY2(makeClientCertificate(*m_certs, "httpclient-user", "alice", &error), qPrintable(error));
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        server.setClientCertificateCa(m_certs->caCert(), true);
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) { return TestHttpReply::text(200, req.clientCommonName.toUtf8()); });

        HttpSourceOptions o;
        o.caPem = readFile(m_certs->caCert());
        o.clientCertPem = readFile(m_certs->dir() + "/httpclient-user.crt");
        o.clientKeyPem = readFile(m_certs->dir() + "/httpclient-user.key");
        {
            HttpClient client;
            const auto r = client.perform(get(server.url("/")), o);
            QVERIFY2(r.ok(), r.problem().c_str());
            QCOMPARE(r.body, std::string("alice"));
            QCOMPARE(server.requests().value(0).clientCommonName, QString("alice"));
        }
        // Without the certificate the handshake fails: a TLS error, no response.
        o.clientCertPem.clear();
        o.clientKeyPem.clear();
        HttpClient client;
        const auto missing = client.perform(get(server.url("/")), o);
        QVERIFY(!missing.ok());
        QVERIFY2(!missing.error.empty(), missing.problem().c_str());
        QVERIFY2(contains(missing.error, "127.0.0.1"), missing.error.c_str());
        QCOMPARE(server.requests().size(), 1);
        // A key (never printed) is not in the error either.
        QVERIFY(!contains(missing.error, "PRIVATE KEY"));
    }

    void clientCertificateOptional()
    {
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        server.setClientCertificateCa(m_certs->caCert(), false);
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) { return TestHttpReply::text(200, "cn=" + req.clientCommonName.toUtf8()); });
        HttpClient client;
        const auto r = client.perform(get(server.url("/")), trustTestCa());
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.body, std::string("cn="));
    }

    void skipTlsVerifyAcceptsAnyCertificateButStillTls()
    {
        TestHttpServer server(m_certs->wrongNameCert(), m_certs->wrongNameKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "unverified"); });
        HttpClient client;
        HttpSourceOptions o; // system trust: the test CA is unknown, and the name is wrong too
        o.skipTlsVerify = true;
        const auto r = client.perform(get(server.url("/")), o);
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.body, std::string("unverified"));
        TestHttpServer plain;
        QVERIFY(plain.start());
        const auto refused = client.perform(get(plain.url("/")), o);
        QVERIFY2(contains(refused.error, "plain http refused"), refused.error.c_str());
        QCOMPARE(plain.connectionsAccepted(), 0);
    }

    void tlsServerNameVerifiedInsteadOfHost()
    {
        // wrong.crt names only wrong.example: connecting to 127.0.0.1 verifies when the TLS name is
        // wrong.example, and the request still goes to 127.0.0.1 with its own Host.
        TestHttpServer server(m_certs->wrongNameCert(), m_certs->wrongNameKey());
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "named"); });
        HttpClient client;
        HttpSourceOptions o = trustTestCa();
        o.tlsServerName = "wrong.example";
        const auto r = client.perform(get(server.url("/version?x=1")), o);
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.body, std::string("named"));
        QCOMPARE(r.finalUrl, server.url("/version?x=1").toStdString());
        const RecordedRequest got = server.requests().value(0);
        QCOMPARE(got.target, QByteArray("/version?x=1"));
        QCOMPARE(got.header("Host"), QStringLiteral("127.0.0.1:%1").arg(server.port()).toUtf8());

        // Another TLS name than the certificate's is refused, and the error names the real host.
        o.tlsServerName = "other.example";
        const auto wrong = client.perform(get(server.url("/")), o);
        QVERIFY(!wrong.ok());
        QVERIFY2(contains(wrong.error, "127.0.0.1"), wrong.error.c_str());
    }

    void proxyFromSource()
    {
        TestHttpServer proxy;
        QVERIFY(proxy.start());
        proxy.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "via source proxy"); });
        HttpClient client;
        HttpSourceOptions o = insecureSource();
        o.proxyUrl = proxy.url("").toStdString();
        const auto r = client.perform(get("http://cluster.invalid/api"), o);
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.body, std::string("via source proxy"));
        QCOMPARE(proxy.requests().value(0).target, QByteArray("http://cluster.invalid/api"));
    }

    void plainHttpOnlyForInsecureSource()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "plain"); });
        HttpClient client;
        const auto refused = client.perform(get(server.url("/")), HttpSourceOptions{});
        QVERIFY(!refused.ok());
        QVERIFY2(contains(refused.error, "plain http refused"), refused.error.c_str());
        QCOMPARE(server.connectionsAccepted(), 0); // refused before any connection
        const auto allowed = client.perform(get(server.url("/")), insecureSource());
        QVERIFY2(allowed.ok(), allowed.problem().c_str());
    }

    void redirectsFollowedAndLimited()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &req) {
            if (req.target == "/start")
                return TestHttpReply::redirect(302, "/middle");
            if (req.target == "/middle")
                return TestHttpReply::redirect(301, "/end");
            if (req.target.startsWith("/loop"))
                return TestHttpReply::redirect(307, "/loop" + QByteArray::number(req.target.size()));
            return TestHttpReply::text(200, "end");
        });
        HttpClient client;
        const auto r = client.perform(get(server.url("/start")), insecureSource());
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.body, std::string("end"));
        QCOMPARE(r.redirects, 2);
        QCOMPARE(r.finalUrl, server.url("/end").toStdString());

        HttpSourceOptions limited = insecureSource();
        limited.maxRedirects = 3;
        const auto loop = client.perform(get(server.url("/loop")), limited);
        QVERIFY(!loop.ok());
        QVERIFY2(contains(loop.error, "too many redirects (limit 3)"), loop.error.c_str());
    }

    void redirectToHttpRefused()
    {
        TestHttpServer plain;
        QVERIFY(plain.start());
        plain.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "plain"); });
        TestHttpServer server(m_certs->serverCert(), m_certs->serverKey());
        QVERIFY(server.start());
        const QByteArray target = plain.url("/x").toUtf8();
        server.setHandler([target](const RecordedRequest &) { return TestHttpReply::redirect(302, target); });
        HttpClient client;
        const auto r = client.perform(get(server.url("/")), trustTestCa());
        QVERIFY(!r.ok());
        QVERIFY2(contains(r.error, "only https redirects"), r.error.c_str());
        QCOMPARE(plain.connectionsAccepted(), 0);
    }

    void authorizationOnlyForItsOrigin()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        const QByteArray otherHost = server.url("/landed", "localhost").toUtf8();
        server.setHandler([otherHost](const RecordedRequest &req) {
            if (req.target == "/same")
                return TestHttpReply::redirect(302, "/landed");
            if (req.target == "/cross")
                return TestHttpReply::redirect(302, otherHost);
            return TestHttpReply::text(200, "ok");
        });
        HttpClient client;
        const std::vector<std::pair<std::string, std::string>> auth{{"Authorization", "Bearer s3cr3t"}};
        auto r = client.perform(get(server.url("/same"), auth), insecureSource());
        QVERIFY2(r.ok(), r.problem().c_str());
        auto got = server.requests();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[1].header("Authorization"), QByteArray("Bearer s3cr3t"));

        server.resetCounters();
        r = client.perform(get(server.url("/cross"), auth), insecureSource());
        QVERIFY2(r.ok(), r.problem().c_str());
        got = server.requests();
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].header("Authorization"), QByteArray("Bearer s3cr3t"));
        QVERIFY(!got[1].hasHeader("Authorization"));
        QCOMPARE(got[1].header("Host"), QByteArray("localhost:") + QByteArray::number(server.port()));
    }

    void sizeLimitAborts()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, QByteArray(300'000, 'x')); });
        HttpSourceOptions o = insecureSource();
        o.maxResponseBytes = 100'000;
        HttpClient client;
        const auto r = client.perform(get(server.url("/big")), o);
        QVERIFY(!r.ok());
        QVERIFY2(contains(r.error, "127.0.0.1"), r.error.c_str());
        QVERIFY2(contains(r.error, "larger than the limit of 100000 bytes"), r.error.c_str());
        QVERIFY(r.body.empty());
    }

    void stallDetected()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler(stalling);
        HttpSourceOptions o = insecureSource();
        o.lowSpeedBytesPerSecond = 10;
        o.lowSpeedTime = 1s;
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const auto r = client.perform(get(server.url("/stall")), o);
        QVERIFY(!r.ok());
        QVERIFY2(contains(r.error, "too slow") || contains(r.error, "Timeout"), r.error.c_str());
        QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(contains(r.error, "GET " + server.url("/stall").toStdString() + ": "), r.error.c_str());
    }

    void retryAfterHonoured()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        auto count = std::make_shared<std::atomic<int>>(0);
        server.setHandler([count](const RecordedRequest &) {
            if ((*count)++ == 0) {
                TestHttpReply r = TestHttpReply::text(429, "slow down");
                r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
                return r;
            }
            return TestHttpReply::text(200, "fine");
        });
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const auto r = client.perform(get(server.url("/")), insecureSource());
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.retries, 1);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));

        // A Retry-After longer than the cap ends the retries with a clear error.
        server.setHandler([](const RecordedRequest &) {
            TestHttpReply r = TestHttpReply::text(429, "later");
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
            return r;
        });
        const auto capped = client.perform(get(server.url("/")), insecureSource());
        QVERIFY(!capped.ok());
        QVERIFY2(contains(capped.error, "retry after 3600 s"), capped.error.c_str());
    }

    void serviceUnavailableRetried()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        auto count = std::make_shared<std::atomic<int>>(0);
        server.setHandler([count](const RecordedRequest &) {
            return (*count)++ < 2 ? TestHttpReply::text(503, "busy") : TestHttpReply::text(200, "up");
        });
        HttpSourceOptions o = insecureSource();
        o.retryBackoff = 50ms;
        HttpClient client;
        const auto r = client.perform(get(server.url("/")), o);
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(r.retries, 2);
        QCOMPARE(r.body, std::string("up"));

        o.maxRetries = 0;
        count->store(0);
        const auto noRetry = client.perform(get(server.url("/")), o);
        QCOMPARE(noRetry.status, 503L);
        QVERIFY(!noRetry.ok());
        QVERIFY2(contains(noRetry.problem(), ": HTTP 503"), noRetry.problem().c_str());
    }

    void retryAfterParsing()
    {
        QCOMPARE(parseRetryAfter("7", 0).value(), 7s);
        QCOMPARE(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4).value(), 6s);
        QCOMPARE(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 100).value(), 0s);
        QVERIFY(!parseRetryAfter("soon", 0).has_value());
    }

    void cancellationIsPrompt()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler(stalling);
        CancelToken token;
        std::thread canceller([&token] {
            std::this_thread::sleep_for(300ms);
            token.cancel();
        });
        HttpClient client;
        QElapsedTimer timer;
        timer.start();
        const auto results = client.perform({get(server.url("/1")), get(server.url("/2"))}, insecureSource(), &token);
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        QVERIFY2(elapsed < 1500, qPrintable(QString::number(elapsed)));
        for (const auto &r : results)
            QVERIFY2(contains(r.error, ": cancelled"), r.error.c_str());
    }

    void concurrencyBounded()
    {
        TestHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) {
            TestHttpReply r = TestHttpReply::text(200, "slow");
            r.delayMs = 150;
            return r;
        });
        std::vector<HttpRequest> batch;
        for (int i = 0; i < 8; ++i)
            batch.push_back(get(server.url("/" + QString::number(i))));

        HttpClient two(HttpClient::Limits{2, 2});
        for (const auto &r : two.perform(batch, insecureSource()))
            QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(server.maxConcurrentRequests(), 2);
        QVERIFY2(server.connectionsAccepted() <= 2, qPrintable(QString::number(server.connectionsAccepted())));

        // Per host: 127.0.0.1 and localhost are two origins, one transfer each at a time.
        server.resetCounters();
        std::vector<HttpRequest> mixed;
        for (int i = 0; i < 6; ++i)
            mixed.push_back(get(server.url("/m", i % 2 ? "localhost" : "127.0.0.1")));
        HttpClient perHost(HttpClient::Limits{8, 1});
        for (const auto &r : perHost.perform(mixed, insecureSource()))
            QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(server.maxConcurrentRequests(), 2);
    }

    // HTTP/2 is negotiated (ALPN) over TLS when the server offers it, for every request of a
    // concurrent batch. nghttpd (Debian nghttp2-server) is a real HTTP/2 server; the
    // TestHttpServer only speaks HTTP/1.1.
    void http2NegotiatedOverTls()
    {
        const QString nghttpd = QStandardPaths::findExecutable(QStringLiteral("nghttpd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (nghttpd.isEmpty())
            QSKIP("nghttpd not found (apt install nghttp2-server): HTTP/2 test skipped");
        const QString docroot = m_dir.filePath(QStringLiteral("h2root"));
        QDir().mkpath(docroot);
        const QStringList names{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("c.txt")};
        for (const QString &name : names)
            writeFile(docroot + QLatin1Char('/') + name, "content of " + name.toUtf8());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.start(nghttpd, {QStringLiteral("--address=127.0.0.1"), QStringLiteral("--htdocs=") + docroot,
                               QString::number(port), m_certs->serverKey(), m_certs->serverCert()});
        QVERIFY2(server.waitForStarted(5000), qPrintable(server.errorString()));
        QElapsedTimer waited;
        waited.start();
        for (bool up = false; !up; QThread::msleep(50)) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, port);
            up = s.waitForConnected(200);
            QVERIFY2(up || waited.elapsed() < 10'000, "nghttpd did not start listening");
        }
        std::vector<HttpRequest> batch;
        for (const QString &name : names)
            batch.push_back(get(QStringLiteral("https://127.0.0.1:%1/%2").arg(port).arg(name)));
        HttpClient client;
        const auto results = client.perform(batch, trustTestCa());
        server.terminate();
        server.waitForFinished(3000);
        QCOMPARE(results.size(), size_t(names.size()));
        for (size_t i = 0; i < results.size(); ++i) {
            QVERIFY2(results[i].ok(), results[i].problem().c_str());
            QCOMPARE(results[i].httpVersion, 2L);
            QCOMPARE(QByteArray::fromStdString(results[i].body), "content of " + names[qsizetype(i)].toUtf8());
        }
    }

    void proxyFromEnvironment()
    {
        TestHttpServer proxy;
        QVERIFY(proxy.start());
        proxy.setHandler([](const RecordedRequest &) { return TestHttpReply::text(200, "via proxy"); });
        qputenv("http_proxy", proxy.url("").toUtf8());
        HttpClient client;
        const auto r = client.perform(get("http://registry.invalid/v2/"), insecureSource());
        qunsetenv("http_proxy");
        QVERIFY2(r.ok(), r.problem().c_str());
        QCOMPARE(proxy.requests().value(0).target, QByteArray("http://registry.invalid/v2/"));
    }

    void redaction()
    {
        QCOMPARE(redactUrl("https://user:pa55@reg.example/v2/?token=abc&n=1&password=x"),
                 std::string("https://***@reg.example/v2/?token=***&n=1&password=***"));
        QCOMPARE(redact("Authorization: Bearer eyJhbGci.x.y"), std::string("Authorization: ***"));
        QCOMPARE(redact("sent Bearer abc.def and Basic dXNlcjpwYXNz"), std::string("sent Bearer *** and Basic ***"));
        QCOMPARE(redactUrl("https://reg.example/v2/?access_token=zzz"), std::string("https://reg.example/v2/?access_token=***"));

        // Errors carry the redacted URL, never the secret.
        HttpClient client;
        const auto r = client.perform(get("http://alice:hunter2@127.0.0.1:1/x?token=t0k3n"), HttpSourceOptions{});
        QVERIFY(!r.ok());
        QVERIFY2(!contains(r.error, "hunter2") && !contains(r.error, "t0k3n"), r.error.c_str());
        QVERIFY2(contains(r.error, "http://***@127.0.0.1:1/x?token=***"), r.error.c_str());
    }
};

QTEST_GUILESS_MAIN(HttpClientTest)
#include "tst_httpclient.moc"
