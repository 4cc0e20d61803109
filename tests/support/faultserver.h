#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace bulkhead::test {

// A TCP server on 127.0.0.1 (random port) that misbehaves the way a broken network or a hostile
// server does, on raw sockets (POSIX, one thread per connection) so that it can do what an HTTP
// library would not: reset a connection in the middle of a body, send a body that never ends,
// answer a TLS handshake with garbage. Requests it does not break are answered by a fixed reply
// or, when an upstream port is set, forwarded to that server (e.g. Debian's docker-registry), so
// a real registry can be reached through it with faults on chosen paths only.
class FaultServer
{
public:
    enum class Fault {
        None,          // answer normally (the reply below, or the upstream's answer)
        ResetMidBody,  // headers announcing a 1 MiB body, 1000 bytes of it, then RST (SO_LINGER 0)
        EndlessBody,   // 200, chunked, 64 KiB chunks for as long as the client reads
        EndlessHeaders,// a status line, then header lines for as long as the client reads
        Garbage,       // on connect, before any request: bytes that are neither HTTP nor TLS, then close
        Silent,        // read the request, answer nothing, keep the connection open
    };
    struct Reply {
        Fault fault = Fault::None;
        bool forward = false; // Fault::None: pass the request to the upstream instead of the fields below
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };
    // Decides per request (method and target as received); called on a connection's thread.
    // Unset: every request is forwarded when there is an upstream, else gets `defaultFault`.
    using Rule = std::function<Reply(const QByteArray &method, const QByteArray &target)>;

    explicit FaultServer(Fault defaultFault = Fault::None);
    ~FaultServer(); // closes every connection and joins its threads
    FaultServer(const FaultServer &) = delete;
    FaultServer &operator=(const FaultServer &) = delete;

    // Before start(): where Reply::forward sends a request: 127.0.0.1:port, plain http, one
    // request per connection (both sides are told "Connection: close").
    void setUpstreamPort(quint16 port);
    void setRule(Rule rule);

    bool start();
    quint16 port() const;
    // A port on 127.0.0.1 nobody listens on (taken from the OS, then released): connection refused.
    static quint16 closedPort();
    QString url(const QString &path, const QString &scheme = QStringLiteral("http")) const;

    // Body bytes written by EndlessBody replies, header bytes by EndlessHeaders, over all
    // connections: how far a client let a never-ending answer run before it hung up.
    std::int64_t endlessBytesSent() const;
    int connectionsAccepted() const;
    // Connections still being served (an endless reply the client has not hung up on counts).
    int openConnections() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead::test
