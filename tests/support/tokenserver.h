#pragma once

// A Docker token-authentication server (the "realm" of a Bearer challenge) for tests: it checks
// HTTP Basic credentials, grants what the account may do, and answers real ES256 JWTs that
// Debian's docker-registry (distribution 2.8, `auth: token:`) verifies itself: the signing
// key's certificate (TestCerts::tokenSigningCert, issued by the test CA) is in the x5c header,
// and the registry's rootcertbundle is the test CA.

#include "testcerts.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace bulkhead::test {

class TokenServer {
public:
    struct Account {
        QString password;
        QStringList repositories;                   // names or wildcard patterns ("app/*", "*")
        QStringList actions = {QStringLiteral("pull")}; // granted on those repositories
        bool catalog = false;                        // registry:catalog:*
    };

    // Serves https on 127.0.0.1 with the CA's server certificate (or plain http when !tls).
    explicit TokenServer(const TestCerts &certs, bool tls = true);
    ~TokenServer();
    TokenServer(const TokenServer &) = delete;
    TokenServer &operator=(const TokenServer &) = delete;

    bool start();
    // "https://<host>:<port>/token": what the registry's challenge names.
    QString realm(const QString &host = QStringLiteral("127.0.0.1")) const;
    QString service() const { return QStringLiteral("bulkhead-test-registry"); }
    QString issuer() const { return QStringLiteral("bulkhead-test-issuer"); }
    quint16 port() const;

    void addAccount(const QString &user, const Account &account);
    // Repositories an anonymous request (no Authorization) may pull; none by default.
    void setAnonymousRepositories(const QStringList &patterns);
    // Lifetime of issued tokens: expires_in in the answer and exp in the JWT (default 300 s).
    void setLifetime(int seconds);
    // Answer every token request with a 302 to `url` instead (empty: back to normal).
    void setRedirect(const QString &url);

    int tokensIssued() const;
    QList<RecordedRequest> requests() const;
    void resetCounters();

    // A signed JWT for `subject` granting `access` ([{type,name,actions}]), valid from now for
    // `lifetime` seconds. Empty on failure (signing key unreadable).
    QByteArray makeToken(const QString &subject, const QJsonArray &access, int lifetime) const;

    struct State; // shared with the handler on the server thread (defined in the .cpp)

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<TestHttpServer> m_http;
};

} // namespace bulkhead::test
