#include "faultserver.h"

#include <QList>
#include <QTcpServer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <list>
#include <mutex>
#include <thread>

namespace bulkhead::test {

namespace {

// How often a blocked connection thread looks at the stop flag.
constexpr int kPollMs = 100;

// Waits for `events` on fd; false when stopping or on error/timeout of `totalMs` (< 0: no limit).
bool waitFor(int fd, short events, const std::atomic<bool> &stop, int totalMs = -1)
{
    int waited = 0;
    while (!stop.load()) {
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, kPollMs);
        if (n > 0)
            return (p.revents & events) != 0 || (p.revents & (POLLHUP | POLLERR)) == 0;
        if (n < 0 && errno != EINTR)
            return false;
        waited += kPollMs;
        if (totalMs >= 0 && waited >= totalMs)
            return false;
    }
    return false;
}

// Writes all of `data`; false when the peer is gone (EPIPE, ECONNRESET) or the server stops.
bool sendAll(int fd, const char *data, size_t size, const std::atomic<bool> &stop)
{
    while (size > 0) {
        if (!waitFor(fd, POLLOUT, stop))
            return false;
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}
bool sendAll(int fd, const QByteArray &data, const std::atomic<bool> &stop)
{
    return sendAll(fd, data.constData(), static_cast<size_t>(data.size()), stop);
}

// Reads until the end of an HTTP head ("\r\n\r\n") and the Content-Length body after it.
bool readRequest(int fd, QByteArray *head, QByteArray *body, const std::atomic<bool> &stop)
{
    QByteArray buf;
    char chunk[16384];
    qsizetype end = -1;
    while ((end = buf.indexOf("\r\n\r\n")) < 0) {
        if (buf.size() > 1024 * 1024 || !waitFor(fd, POLLIN, stop, 10'000))
            return false;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buf.append(chunk, n);
    }
    *head = buf.left(end + 4);
    *body = buf.mid(end + 4);
    qint64 length = 0;
    for (const QByteArray &line : head->split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    while (body->size() < length) {
        if (!waitFor(fd, POLLIN, stop, 10'000))
            return false;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        body->append(chunk, n);
    }
    return true;
}

// The head with its Connection header replaced by "Connection: close".
QByteArray withConnectionClose(const QByteArray &head)
{
    QList<QByteArray> lines = head.left(head.size() - 4).split('\n');
    QByteArray out;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("connection:"))
            continue;
        out += line + '\n';
    }
    return out.left(out.size() - 1) + "\nConnection: close\r\n\r\n";
}

const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    default: return "Status";
    }
}

} // namespace

struct FaultServer::Impl
{
    Fault defaultFault = Fault::None;
    quint16 upstream = 0;
    Rule rule;
    int listenFd = -1;
    quint16 port = 0;
    std::atomic<bool> stop{false};
    std::thread acceptor;
    std::mutex mutex;
    std::list<std::thread> threads;
    std::list<int> fds; // open connections, shut down on stop
    std::atomic<std::int64_t> endlessBytes{0};
    std::atomic<int> accepted{0};
    std::atomic<int> open{0};

    void acceptLoop();
    void serve(int fd);
    void answer(int fd, const Reply &reply, const QByteArray &head, const QByteArray &body);
    void forward(int fd, const QByteArray &head, const QByteArray &body);
};

FaultServer::FaultServer(Fault defaultFault) : d(std::make_unique<Impl>())
{
    d->defaultFault = defaultFault;
}

FaultServer::~FaultServer()
{
    d->stop = true;
    if (d->listenFd >= 0)
        ::shutdown(d->listenFd, SHUT_RDWR);
    if (d->acceptor.joinable())
        d->acceptor.join();
    {
        std::lock_guard lock(d->mutex);
        for (int fd : d->fds)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (std::thread &t : d->threads) // no new ones: the acceptor is gone
        t.join();
    if (d->listenFd >= 0)
        ::close(d->listenFd);
}

void FaultServer::setUpstreamPort(quint16 port)
{
    d->upstream = port;
}

void FaultServer::setRule(Rule rule)
{
    d->rule = std::move(rule);
}

bool FaultServer::start()
{
    d->listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (d->listenFd < 0)
        return false;
    const int one = 1;
    ::setsockopt(d->listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(d->listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(d->listenFd, 64) != 0
        || ::getsockname(d->listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return false;
    d->port = ntohs(addr.sin_port);
    d->acceptor = std::thread([this] { d->acceptLoop(); });
    return true;
}

quint16 FaultServer::port() const
{
    return d->port;
}

quint16 FaultServer::closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

QString FaultServer::url(const QString &path, const QString &scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(d->port).arg(path);
}

std::int64_t FaultServer::endlessBytesSent() const
{
    return d->endlessBytes.load();
}

int FaultServer::connectionsAccepted() const
{
    return d->accepted.load();
}

int FaultServer::openConnections() const
{
    return d->open.load();
}

void FaultServer::Impl::acceptLoop()
{
    while (!stop.load()) {
        if (!waitFor(listenFd, POLLIN, stop))
            continue;
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ++accepted;
        ++open;
        std::lock_guard lock(mutex);
        fds.push_back(fd);
        threads.emplace_back([this, fd] {
            serve(fd);
            {
                std::lock_guard lock(mutex);
                fds.remove(fd);
            }
            ::close(fd);
            --open;
        });
    }
}

void FaultServer::Impl::serve(int fd)
{
    if (defaultFault == Fault::Garbage && !rule) {
        // What an SSH server or a misconfigured port says first: neither a TLS ServerHello nor HTTP.
        sendAll(fd, QByteArray("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n\x01\x02\x03 not tls, not http\r\n"), stop);
        ::shutdown(fd, SHUT_WR);
        waitFor(fd, POLLIN, stop, 2000); // let the client read it before the socket goes away
        return;
    }
    QByteArray head, body;
    if (!readRequest(fd, &head, &body, stop))
        return;
    const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
    const QByteArray method = first.value(0), target = first.value(1);
    Reply reply;
    if (rule)
        reply = rule(method, target);
    else if (upstream)
        reply.forward = true;
    else
        reply.fault = defaultFault;
    answer(fd, reply, head, body);
}

void FaultServer::Impl::answer(int fd, const Reply &reply, const QByteArray &head, const QByteArray &body)
{
    switch (reply.fault) {
    case Fault::None:
        if (reply.forward && upstream) {
            forward(fd, head, body);
            return;
        }
        sendAll(fd,
                QByteArray("HTTP/1.1 ") + QByteArray::number(reply.status) + ' ' + reason(reply.status)
                    + "\r\nContent-Type: " + reply.contentType + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
                    + "\r\nConnection: close\r\n\r\n" + reply.body,
                stop);
        return;
    case Fault::ResetMidBody: {
        sendAll(fd,
                QByteArray("HTTP/1.1 200 OK\r\nContent-Type: ") + reply.contentType
                    + "\r\nContent-Length: 1048576\r\n\r\n" + QByteArray(1000, '{'),
                stop);
        ::usleep(50'000); // the client has the head and part of the body: the reset comes mid-body
        const linger hard{1, 0}; // close() sends RST instead of FIN
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        return;
    }
    case Fault::EndlessBody: {
        if (!sendAll(fd, QByteArray("HTTP/1.1 200 OK\r\nContent-Type: ") + reply.contentType
                             + "\r\nTransfer-Encoding: chunked\r\n\r\n", stop))
            return;
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
        while (sendAll(fd, chunk, stop))
            endlessBytes += 0x10000;
        return;
    }
    case Fault::EndlessHeaders: {
        if (!sendAll(fd, QByteArray("HTTP/1.1 200 OK\r\n"), stop))
            return;
        const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        while (sendAll(fd, line, stop))
            endlessBytes += line.size();
        return;
    }
    case Fault::Garbage:
        sendAll(fd, QByteArray("\x01\x02\x03 garbage, not an HTTP answer\r\n"), stop);
        return;
    case Fault::Silent:
        // Until the client gives up (recv 0 or error) or the server stops.
        for (char c; waitFor(fd, POLLIN, stop);) {
            if (::recv(fd, &c, 1, 0) <= 0)
                return;
        }
        return;
    }
}

void FaultServer::Impl::forward(int fd, const QByteArray &head, const QByteArray &body)
{
    const int up = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(upstream);
    if (up < 0 || ::connect(up, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        if (up >= 0)
            ::close(up);
        return; // the client sees the connection close without an answer
    }
    // Read the answer to its end: the upstream may keep the connection open whatever the
    // request said (TestHttpServer does), so its end is Content-Length, the last chunk, or EOF.
    const bool headRequest = head.startsWith("HEAD ");
    QByteArray response;
    auto complete = [&] {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray responseHead = response.left(end).toLower();
        const int status = responseHead.mid(9, 3).toInt();
        if (headRequest || status == 204 || status == 304 || (status >= 100 && status < 200))
            return true;
        for (const QByteArray &line : responseHead.split('\n')) {
            if (line.startsWith("content-length:"))
                return response.size() - (end + 4) >= line.mid(15).trimmed().toLongLong();
            if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
                return response.endsWith("\r\n0\r\n\r\n") || response.size() == end + 9; // "0\r\n\r\n" alone
        }
        return false; // until EOF
    };
    if (sendAll(up, withConnectionClose(head) + body, stop)) {
        char chunk[65536];
        while (!complete() && waitFor(up, POLLIN, stop, 30'000)) {
            const ssize_t n = ::recv(up, chunk, sizeof chunk, 0);
            if (n <= 0)
                break;
            response.append(chunk, n);
        }
    }
    ::close(up);
    const qsizetype end = response.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    sendAll(fd, withConnectionClose(response.left(end + 4)) + response.mid(end + 4), stop);
}

} // namespace bulkhead::test
