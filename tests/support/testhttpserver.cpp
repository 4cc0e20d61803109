#include "testhttpserver.h"

#include <QFile>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <sys/socket.h>

namespace bulkhead::test {

TestHttpReply TestHttpReply::redirect(int status, const QByteArray &location)
{
    TestHttpReply r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

TestHttpReply TestHttpReply::text(int status, const QByteArray &body)
{
    TestHttpReply r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    r.body = body;
    return r;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {

// The CN of `chain`'s leaf when the chain verifies against `ca` for client authentication (what
// a Kubernetes API server checks before taking the CN as the user name); empty otherwise. Done
// with OpenSSL directly: QSslSocket's QueryPeer mode asks for a certificate but does not judge it.
QString verifiedClientCn(const QSslCertificate &leafCert, const QList<QSslCertificate> &chain,
                         const QList<QSslCertificate> &ca)
{
    if (leafCert.isNull() || ca.isEmpty())
        return {};
    auto x509 = [](const QSslCertificate &c) {
        const QByteArray der = c.toDer();
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        return d2i_X509(nullptr, &p, der.size());
    };
    X509_STORE *store = X509_STORE_new();
    for (const QSslCertificate &c : ca) {
        X509 *x = x509(c);
        X509_STORE_add_cert(store, x);
        X509_free(x);
    }
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    // A server's OpenSSL does not always list the client's own certificate in the chain.
    for (const QSslCertificate &c : chain) {
        if (c != leafCert)
            sk_X509_push(untrusted, x509(c));
    }
    X509 *leaf = x509(leafCert);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    bool ok = leaf && X509_STORE_CTX_init(ctx, store, leaf, untrusted) == 1;
    if (ok) {
        X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_CLIENT);
        ok = X509_verify_cert(ctx) == 1;
    }
    X509_STORE_CTX_free(ctx);
    X509_free(leaf);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    if (!ok)
        return {};
    return leafCert.subjectInfo(QSslCertificate::CommonName).value(0);
}

// Answers one connection: parse, ask the handler, reply; then the next request on it.
class Worker : public QTcpServer
{
public:
    QByteArray certPem, keyPem;
    bool tls = false;
    QList<QSslCertificate> clientCa; // non-empty: ask clients for a certificate
    bool clientCertRequired = false;
    QMutex mutex; // guards everything below
    TestHttpServer::Handler handler;
    QList<RecordedRequest> requests;
    int inFlight = 0;
    int maxInFlight = 0;
    int accepted = 0;

    ~Worker() override
    {
        close();
        // Sockets go first, while the mutex their stall bookkeeping locks still exists.
        qDeleteAll(findChildren<QSslSocket *>());
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        {
            QMutexLocker lock(&mutex);
            ++accepted;
        }
        auto buffer = std::make_shared<QByteArray>();
        auto busy = std::make_shared<bool>(false);
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer, busy] {
            buffer->append(socket->readAll());
            serve(socket, buffer, busy);
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
            socket->close();
        });
        if (tls) {
            socket->setLocalCertificate(QSslCertificate(certPem, QSsl::Pem));
            socket->setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
            if (clientCa.isEmpty()) {
                socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            } else {
                QSslConfiguration config = socket->sslConfiguration();
                config.setCaCertificates(clientCa);
                socket->setSslConfiguration(config);
                socket->setPeerVerifyMode(clientCertRequired ? QSslSocket::VerifyPeer : QSslSocket::QueryPeer);
            }
            socket->startServerEncryption();
        }
    }

private:
    void serve(QSslSocket *socket, const std::shared_ptr<QByteArray> &buffer, const std::shared_ptr<bool> &busy)
    {
        if (*busy)
            return;
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        RecordedRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        request.body = buffer->mid(end + 4, length);
        buffer->remove(0, end + 4 + length);
        if (tls && !clientCa.isEmpty())
            request.clientCommonName = verifiedClientCn(socket->peerCertificate(), socket->peerCertificateChain(), clientCa);

        TestHttpServer::Handler h;
        {
            QMutexLocker lock(&mutex);
            requests.append(request);
            maxInFlight = std::max(maxInFlight, ++inFlight);
            h = handler;
        }
        const TestHttpReply reply = h ? h(request) : TestHttpReply::text(404, "no handler\n");
        *busy = true;
        QPointer<QSslSocket> guard(socket);
        auto send = [this, guard, reply, buffer, busy, head = request.method == "HEAD"] {
            if (!guard) {
                QMutexLocker lock(&mutex);
                --inFlight;
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Test\r\n";
            for (const auto &[n, v] : reply.headers)
                out += n + ": " + v + "\r\n";
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            if (reply.stallAfter >= 0) {
                out += reply.body.left(reply.stallAfter);
                guard->write(out);
                guard->flush();
                // Never finishes: the request stays in flight until the client gives up.
                connect(guard.data(), &QObject::destroyed, this, [this] {
                    QMutexLocker lock(&mutex);
                    --inFlight;
                });
                return;
            }
            if (reply.resetAfter >= 0) {
                out += reply.body.left(reply.resetAfter);
                guard->write(out);
                guard->flush();
                {
                    QMutexLocker lock(&mutex);
                    --inFlight;
                }
                // Once the client has the head and part of the body: SO_LINGER 0 makes the close
                // a TCP reset, as a crashing server or a middlebox cutting the connection does.
                QTimer::singleShot(50, guard.data(), [guard] {
                    if (!guard)
                        return;
                    const linger hard{1, 0};
                    ::setsockopt(static_cast<int>(guard->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                    guard->abort();
                });
                return;
            }
            if (!head)
                out += reply.body;
            guard->write(out);
            {
                QMutexLocker lock(&mutex);
                --inFlight;
            }
            *busy = false;
            serve(guard.data(), buffer, busy);
        };
        if (reply.delayMs > 0)
            QTimer::singleShot(reply.delayMs, this, send);
        else
            send();
    }
};

} // namespace

struct TestHttpServer::Impl
{
    QThread thread;
    Worker *worker = nullptr;
    quint16 port = 0;
};

TestHttpServer::TestHttpServer() : d(std::make_unique<Impl>())
{
    d->worker = new Worker;
}

TestHttpServer::TestHttpServer(const QString &certFile, const QString &keyFile) : TestHttpServer()
{
    QFile cert(certFile), key(keyFile);
    cert.open(QIODevice::ReadOnly);
    key.open(QIODevice::ReadOnly);
    d->worker->certPem = cert.readAll();
    d->worker->keyPem = key.readAll();
    d->worker->tls = true;
}

TestHttpServer::~TestHttpServer()
{
    if (d->thread.isRunning()) {
        QMetaObject::invokeMethod(d->worker, [w = d->worker] { delete w; }, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
    } else {
        delete d->worker;
    }
}

bool TestHttpServer::start()
{
    d->worker->moveToThread(&d->thread);
    d->thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        d->worker, [this, &ok] { ok = d->worker->listen(QHostAddress::LocalHost, 0); d->port = d->worker->serverPort(); },
        Qt::BlockingQueuedConnection);
    return ok;
}

quint16 TestHttpServer::port() const
{
    return d->port;
}

QString TestHttpServer::url(const QString &path, const QString &host) const
{
    return QStringLiteral("%1://%2:%3%4").arg(d->worker->tls ? "https" : "http", host).arg(d->port).arg(path);
}

void TestHttpServer::setClientCertificateCa(const QString &caFile, bool required)
{
    d->worker->clientCa = QSslCertificate::fromPath(caFile, QSsl::Pem);
    d->worker->clientCertRequired = required;
}

void TestHttpServer::setHandler(Handler handler)
{
    QMutexLocker lock(&d->worker->mutex);
    d->worker->handler = std::move(handler);
}

QList<RecordedRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&d->worker->mutex);
    return d->worker->requests;
}

int TestHttpServer::maxConcurrentRequests() const
{
    QMutexLocker lock(&d->worker->mutex);
    return d->worker->maxInFlight;
}

int TestHttpServer::connectionsAccepted() const
{
    QMutexLocker lock(&d->worker->mutex);
    return d->worker->accepted;
}

void TestHttpServer::resetCounters()
{
    QMutexLocker lock(&d->worker->mutex);
    d->worker->requests.clear();
    d->worker->maxInFlight = d->worker->inFlight;
    d->worker->accepted = 0;
}

} // namespace bulkhead::test
