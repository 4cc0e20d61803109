#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace bulkhead::test {

// What a TestHttpServer handler answers. Content-Length is always the full body's length, so a
// stalled reply looks like a body that stops arriving.
struct TestHttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;        // wait before answering (to overlap requests)
    qint64 stallAfter = -1; // >= 0: send headers and this many body bytes, then nothing more
    qint64 resetAfter = -1; // >= 0: send headers and this many body bytes, then reset the connection (RST)

    static TestHttpReply redirect(int status, const QByteArray &location);
    static TestHttpReply text(int status, const QByteArray &body);
};

// A request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query, or an absolute URI when it came through as a proxy
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // TLS with client certificates (setClientCertificateCa): the CN of the certificate the client
    // presented, when it verified against the CA; empty otherwise.
    QString clientCommonName;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// A scriptable HTTP/1.1 server on 127.0.0.1 (random port), plain or TLS, running its own thread
// so that blocking clients can be tested from the test's thread. Keep-alive, one request at a
// time per connection. Handlers run on the server thread.
class TestHttpServer
{
public:
    using Handler = std::function<TestHttpReply(const RecordedRequest &)>;

    TestHttpServer();                                        // plain http
    TestHttpServer(const QString &certFile, const QString &keyFile); // TLS (TestCerts makes them)
    ~TestHttpServer();
    TestHttpServer(const TestHttpServer &) = delete;
    TestHttpServer &operator=(const TestHttpServer &) = delete;

    bool start();
    quint16 port() const;
    // "http(s)://<host>:<port><path>"
    QString url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    // TLS only, before start(): ask clients for a certificate and verify it against the PEM CA in
    // `caFile` (client-auth purpose). `required`: the handshake fails without a valid one;
    // otherwise a client without one is served too (RecordedRequest::clientCommonName empty).
    void setClientCertificateCa(const QString &caFile, bool required);

    void setHandler(Handler handler);
    QList<RecordedRequest> requests() const;
    int maxConcurrentRequests() const; // requests being answered at the same time, at most
    int connectionsAccepted() const;
    void resetCounters(); // requests, concurrency and connection counts

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead::test
