#include "tokenserver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace bulkhead::test {

struct TokenServer::State {
    QString keyFile;
    QByteArray certDer;
    QString service, issuer;
    QMutex mutex; // guards everything below
    QMap<QString, Account> accounts;
    QStringList anonymous;
    int lifetime = 300;
    QString redirect;
    int issued = 0;
};

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// ES256 (RFC 7518 3.4): ECDSA P-256 over SHA-256, the signature as R || S, 32 bytes each.
QByteArray signEs256(const QString &keyFile, const QByteArray &input)
{
    QFile f(keyFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = f.readAll();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return {};
    QByteArray out;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1) {
        QByteArray der(qsizetype(len), '\0');
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(der.data()), &len,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1) {
            const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
            if (ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(len))) {
                out = QByteArray(64, '\0');
                BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(out.data()), 32);
                BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(out.data()) + 32, 32);
                ECDSA_SIG_free(sig);
            }
        }
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return out;
}

// Glob patterns where '*' also matches '/' ("*" is every repository; Qt 6.4's wildcard
// conversion treats '/' as a path separator).
bool matchesAny(const QStringList &patterns, const QString &name)
{
    for (const QString &p : patterns) {
        QString re;
        for (const QChar c : p)
            re += c == QLatin1Char('*') ? QStringLiteral(".*") : c == QLatin1Char('?') ? QStringLiteral(".") : QRegularExpression::escape(QString(c));
        if (QRegularExpression(QRegularExpression::anchoredPattern(re)).match(name).hasMatch())
            return true;
    }
    return false;
}

// One requested scope "type:name:action,action" -> the granted access entry, or an empty object.
QJsonObject grant(const QString &scope, const TokenServer::Account *account, const QStringList &anonymous)
{
    const qsizetype first = scope.indexOf(QLatin1Char(':'));
    const qsizetype last = scope.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last <= first)
        return {};
    const QString type = scope.left(first);
    const QString name = scope.mid(first + 1, last - first - 1);
    const QStringList wanted = scope.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList granted;
    if (type == QLatin1String("registry") && name == QLatin1String("catalog")) {
        if (account && account->catalog && wanted.contains(QStringLiteral("*")))
            granted << QStringLiteral("*");
    } else if (type == QLatin1String("repository")) {
        for (const QString &action : wanted) {
            const bool allowed = account ? matchesAny(account->repositories, name) && account->actions.contains(action)
                                         : action == QLatin1String("pull") && matchesAny(anonymous, name);
            if (allowed)
                granted << action;
        }
    }
    if (granted.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("name"), name},
                       {QStringLiteral("actions"), QJsonArray::fromStringList(granted)}};
}

QByteArray makeJwt(const TokenServer::State &s, const QString &subject, const QJsonArray &access, int lifetime)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("ES256")},
                             {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(s.certDer.toBase64())}}};
    const QJsonObject claims{{QStringLiteral("iss"), s.issuer},
                             {QStringLiteral("sub"), subject},
                             {QStringLiteral("aud"), s.service},
                             {QStringLiteral("exp"), now + lifetime},
                             {QStringLiteral("nbf"), now - 5},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("access"), access}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = signEs256(s.keyFile, input);
    return signature.isEmpty() ? QByteArray() : input + '.' + base64Url(signature);
}

TestHttpReply json(int status, const QJsonObject &o)
{
    TestHttpReply r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

TestHttpReply answer(TokenServer::State &s, const RecordedRequest &req)
{
    QMutexLocker lock(&s.mutex);
    if (!s.redirect.isEmpty())
        return TestHttpReply::redirect(302, s.redirect.toUtf8());
    const QUrl url(QString::fromUtf8(req.target));
    if (url.path() != QLatin1String("/token"))
        return TestHttpReply::text(404, "no such path\n");
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("service")) != s.service)
        return json(400, {{QStringLiteral("details"), QStringLiteral("unknown service")}});

    const TokenServer::Account *account = nullptr;
    QString subject;
    const QByteArray auth = req.header("Authorization");
    if (!auth.isEmpty()) {
        const QByteArray pair = QByteArray::fromBase64(auth.mid(auth.indexOf(' ') + 1));
        const qsizetype colon = pair.indexOf(':');
        subject = QString::fromUtf8(pair.left(colon));
        const auto it = s.accounts.constFind(subject);
        if (!auth.startsWith("Basic ") || colon < 0 || it == s.accounts.cend()
            || it->password != QString::fromUtf8(pair.mid(colon + 1))) {
            TestHttpReply r = json(401, {{QStringLiteral("details"), QStringLiteral("invalid credentials")}});
            r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"bulkhead-test-token\"")));
            return r;
        }
        account = &*it;
    }
    // Several scopes come as repeated parameters or space-separated in one.
    QJsonArray access;
    for (const QString &value : query.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded)) {
        for (const QString &scope : value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QJsonObject g = grant(scope, account, s.anonymous);
            if (!g.isEmpty())
                access.append(g);
        }
    }
    const QByteArray token = makeJwt(s, subject, access, s.lifetime);
    if (token.isEmpty())
        return TestHttpReply::text(500, "cannot sign\n");
    ++s.issued;
    return json(200, {{QStringLiteral("token"), QString::fromLatin1(token)},
                      {QStringLiteral("access_token"), QString::fromLatin1(token)},
                      {QStringLiteral("expires_in"), s.lifetime},
                      {QStringLiteral("issued_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
}

} // namespace

TokenServer::TokenServer(const TestCerts &certs, bool tls) : m_state(std::make_shared<State>())
{
    m_state->keyFile = certs.tokenSigningKey();
    const auto chain = QSslCertificate::fromPath(certs.tokenSigningCert());
    if (!chain.isEmpty())
        m_state->certDer = chain.first().toDer();
    m_state->service = service();
    m_state->issuer = issuer();
    m_http = tls ? std::make_unique<TestHttpServer>(certs.serverCert(), certs.serverKey())
                 : std::make_unique<TestHttpServer>();
    m_http->setHandler([state = m_state](const RecordedRequest &req) { return answer(*state, req); });
}

TokenServer::~TokenServer() = default;

bool TokenServer::start()
{
    return !m_state->certDer.isEmpty() && m_http->start();
}

QString TokenServer::realm(const QString &host) const
{
    return m_http->url(QStringLiteral("/token"), host);
}

quint16 TokenServer::port() const
{
    return m_http->port();
}

void TokenServer::addAccount(const QString &user, const Account &account)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->accounts.insert(user, account);
}

void TokenServer::setAnonymousRepositories(const QStringList &patterns)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->anonymous = patterns;
}

void TokenServer::setLifetime(int seconds)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->lifetime = seconds;
}

void TokenServer::setRedirect(const QString &url)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->redirect = url;
}

int TokenServer::tokensIssued() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->issued;
}

QList<RecordedRequest> TokenServer::requests() const
{
    return m_http->requests();
}

void TokenServer::resetCounters()
{
    m_http->resetCounters();
    QMutexLocker lock(&m_state->mutex);
    m_state->issued = 0;
}

QByteArray TokenServer::makeToken(const QString &subject, const QJsonArray &access, int lifetime) const
{
    return makeJwt(*m_state, subject, access, lifetime);
}

} // namespace bulkhead::test
