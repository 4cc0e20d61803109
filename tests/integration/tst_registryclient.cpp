// RegistryClient (core/registry) against Debian's docker-registry 2.8 started by LocalRegistry:
// plain anonymous, TLS + basic auth, and TLS + Bearer tokens from a TokenServer whose JWTs the
// registry verifies itself; images pushed with skopeo (tests/support/ocilayout.h).

#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "testsupport.h"
#include "tokenserver.h"

#include "registry/registryclient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace bulkhead;
using namespace bulkhead::test;

class TestRegistryClient : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<LocalRegistry> m_plain;
    std::unique_ptr<LocalRegistry> m_tls;
    std::unique_ptr<TokenServer> m_tokens;
    std::unique_ptr<LocalRegistry> m_bearer;
    // Token accounts: the registry's user pushes (setup); the reader may pull app/* and list the catalog.
    const QString m_reader = QStringLiteral("reader");
    const QString m_readerPassword = QStringLiteral("reader-pass-7f3");

    static std::string base(const LocalRegistry &r) { return r.baseUrl().toString().toStdString(); }
    HttpSourceOptions plainOptions() const
    {
        HttpSourceOptions o;
        o.insecure = true;
        return o;
    }
    HttpSourceOptions tlsOptions() const
    {
        HttpSourceOptions o;
        o.caFile = m_tls->caCertPath().toStdString();
        return o;
    }
    RegistryCredentials creds(const QString &password = {}) const
    {
        return {m_tls->user().toStdString(), (password.isEmpty() ? m_tls->password() : password).toStdString()};
    }
    QString workDir(const QString &name)
    {
        const QString d = m_tmp.filePath(name);
        QDir().mkpath(d);
        return d;
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void parsing();
    void pingPlain();
    void pingTlsBasic();
    void missingCredentials();
    void wrongPassword();
    void tlsWithoutCa();
    void listTagsPaginated();
    void manifestDigest();
    void indexMediaType();
    void missingManifest();
    void pagedTags();
    void bearerAgainstRegistry();
    void bearerScopeDenied();
    void bearerTokenCachedUntilExpiry();
    void bearerCachedTokenRefreshedOnce();
    void catalogPaged();
    void blobVerified();
    void referrersViaFallbackTag();
    void sbomAttachment();
};

void TestRegistryClient::initTestCase()
{
    if (const QString skip = missingRegistryTestTools(); !skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(m_tmp.isValid());
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    m_plain = std::make_unique<LocalRegistry>(LocalRegistry::Mode::PlainAnonymous);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->error()));
    m_tls = std::make_unique<LocalRegistry>(LocalRegistry::Mode::TlsBasicAuth, m_certs.get());
    QVERIFY2(m_tls->start(), qPrintable(m_tls->error()));

    m_tokens = std::make_unique<TokenServer>(*m_certs);
    QVERIFY(m_tokens->start());
    LocalRegistry::Options o;
    o.mode = LocalRegistry::Mode::TlsTokenAuth;
    o.certs = m_certs.get();
    o.tokenRealm = m_tokens->realm();
    o.tokenService = m_tokens->service();
    o.tokenIssuer = m_tokens->issuer();
    m_tokens->addAccount(o.user, {o.password, {QStringLiteral("*")}, {QStringLiteral("pull"), QStringLiteral("push")}, true});
    m_tokens->addAccount(m_reader, {m_readerPassword, {QStringLiteral("app/*")}, {QStringLiteral("pull")}, true});
    m_bearer = std::make_unique<LocalRegistry>(o);
    QVERIFY2(m_bearer->start(), qPrintable(m_bearer->error()));
}

void TestRegistryClient::cleanupTestCase()
{
    m_plain.reset();
    m_tls.reset();
    m_bearer.reset();
    m_tokens.reset();
}

void TestRegistryClient::parsing()
{
    const auto c = RegistryClient::parseWwwAuthenticate(
        R"(Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull")");
    QCOMPARE(c.size(), size_t(1));
    QCOMPARE(QString::fromStdString(c[0].scheme), QStringLiteral("Bearer"));
    QCOMPARE(QString::fromStdString(c[0].params.at("realm")), QStringLiteral("https://auth.example/token"));
    QCOMPARE(QString::fromStdString(c[0].params.at("scope")), QStringLiteral("repository:a/b:pull"));
    const auto two = RegistryClient::parseWwwAuthenticate(R"(Basic realm="Registry Realm", Bearer realm="x")");
    QCOMPARE(two.size(), size_t(2));
    QCOMPARE(QString::fromStdString(two[1].scheme), QStringLiteral("Bearer"));

    HttpHeaders h;
    h.add("Link", R"(</v2/a/tags/list?last=b&n=2>; rel="next")");
    QCOMPARE(QString::fromStdString(RegistryClient::nextLink(h, "http://127.0.0.1:5000/v2/a/tags/list?n=2").value()),
             QStringLiteral("http://127.0.0.1:5000/v2/a/tags/list?last=b&n=2"));
    HttpHeaders none;
    none.add("Link", R"(<https://x/other>; rel="prev")");
    QVERIFY(!RegistryClient::nextLink(none, "https://x/").has_value());
    QCOMPARE(QString::fromStdString(RegistryClient::sha256Digest("")),
             QStringLiteral("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestRegistryClient::pingPlain()
{
    RegistryClient client(base(*m_plain), plainOptions());
    const std::string err = client.ping();
    QVERIFY2(err.empty(), err.c_str());
}

void TestRegistryClient::pingTlsBasic()
{
    RegistryClient client(base(*m_tls), tlsOptions(), creds());
    const std::string err = client.ping();
    QVERIFY2(err.empty(), err.c_str());
}

void TestRegistryClient::missingCredentials()
{
    RegistryClient client(base(*m_tls), tlsOptions());
    const QString err = QString::fromStdString(client.ping());
    QVERIFY(!err.isEmpty());
    QVERIFY2(err.contains(QStringLiteral("authentication required")), qPrintable(err));
    QVERIFY2(err.contains(m_tls->hostPort()), qPrintable(err));
}

void TestRegistryClient::wrongPassword()
{
    RegistryClient client(base(*m_tls), tlsOptions(), creds(QStringLiteral("wrong-password")));
    const QString err = QString::fromStdString(client.ping());
    QVERIFY(!err.isEmpty());
    QVERIFY2(err.contains(QStringLiteral("rejected the credentials")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("wrong-password")), qPrintable(err));
}

void TestRegistryClient::tlsWithoutCa()
{
    RegistryClient client(base(*m_tls), HttpSourceOptions{}, creds());
    const QString err = QString::fromStdString(client.ping());
    QVERIFY(!err.isEmpty());
    QVERIFY2(err.contains(m_tls->hostPort()), qPrintable(err));
    QVERIFY2(!err.contains(m_tls->password()), qPrintable(err));
    qInfo("no CA: %s", qPrintable(err));
}

void TestRegistryClient::listTagsPaginated()
{
    for (LocalRegistry *r : {m_plain.get(), m_tls.get()}) {
        const QStringList pushed{QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("2.0")};
        QString digest;
        for (const QString &tag : pushed) {
            const PushedImage p = pushRootImage(*r, workDir(QStringLiteral("tags-%1-%2").arg(r->port()).arg(tag)),
                                                QStringLiteral("app/tags"), tag);
            QVERIFY2(p.ok(), qPrintable(p.error));
        }
        RegistryClient client(base(*r), r->tls() ? tlsOptions() : plainOptions(),
                              r->tls() ? std::optional<RegistryCredentials>(creds()) : std::nullopt);
        const RegistryClient::TagList list = client.listTags("app/tags", 2);
        QVERIFY2(list.ok(), list.error.c_str());
        // distribution 2.8 ignores ?n= on tags/list (one page); paging is checked in pagedTags().
        QVERIFY(list.pages >= 1);
        QStringList got;
        for (const std::string &t : list.tags)
            got << QString::fromStdString(t);
        got.sort();
        QCOMPARE(got, pushed);
    }
}

void TestRegistryClient::manifestDigest()
{
    for (LocalRegistry *r : {m_plain.get(), m_tls.get()}) {
        const PushedImage p = pushUserImage(*r, workDir(QStringLiteral("user-%1").arg(r->port())));
        QVERIFY2(p.ok(), qPrintable(p.error));
        RegistryClient client(base(*r), r->tls() ? tlsOptions() : plainOptions(),
                              r->tls() ? std::optional<RegistryCredentials>(creds()) : std::nullopt);
        const RegistryClient::Manifest byTag = client.manifest(p.repo.toStdString(), p.tag.toStdString());
        QVERIFY2(byTag.ok(), byTag.error.c_str());
        QCOMPARE(QString::fromStdString(byTag.digest), p.digest);
        QCOMPARE(QString::fromStdString(byTag.mediaType), QString::fromLatin1(oci::kManifest));
        QVERIFY(!byTag.isIndex());
        QCOMPARE(sha256Digest(QByteArray::fromStdString(byTag.body)), p.digest);
        const RegistryClient::Manifest byDigest = client.manifest(p.repo.toStdString(), p.digest.toStdString());
        QVERIFY2(byDigest.ok(), byDigest.error.c_str());
        QCOMPARE(byDigest.body, byTag.body);
    }
}

void TestRegistryClient::indexMediaType()
{
    QMap<QString, QString> platforms;
    const PushedImage p = pushMultiPlatformImage(*m_tls, workDir(QStringLiteral("multi")), QStringLiteral("app/multi"),
                                                 QStringLiteral("1.0"), &platforms);
    QVERIFY2(p.ok(), qPrintable(p.error));
    RegistryClient client(base(*m_tls), tlsOptions(), creds());
    const RegistryClient::Manifest m = client.manifest(p.repo.toStdString(), p.tag.toStdString());
    QVERIFY2(m.ok(), m.error.c_str());
    QCOMPARE(QString::fromStdString(m.mediaType), QString::fromLatin1(oci::kIndex));
    QVERIFY(m.isIndex());
    QCOMPARE(QString::fromStdString(m.digest), p.digest);
    const QString amd64 = platforms.value(QStringLiteral("linux/amd64"));
    QVERIFY(!amd64.isEmpty());
    const RegistryClient::Manifest child = client.manifest(p.repo.toStdString(), amd64.toStdString());
    QVERIFY2(child.ok(), child.error.c_str());
    QCOMPARE(QString::fromStdString(child.mediaType), QString::fromLatin1(oci::kManifest));
}

void TestRegistryClient::missingManifest()
{
    RegistryClient client(base(*m_plain), plainOptions());
    const RegistryClient::Manifest m = client.manifest("app/nothing", "9.9");
    QVERIFY(!m.ok());
    const QString err = QString::fromStdString(m.error);
    QVERIFY2(err.contains(QStringLiteral("/v2/app/nothing/manifests/9.9")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("404")), qPrintable(err));
    QVERIFY(m.notFound);
    // Any other failure is not "not found": callers must not take it for a missing tag.
    RegistryClient noCreds(base(*m_tls), tlsOptions());
    const RegistryClient::Manifest denied = noCreds.manifest("app/nothing", "9.9");
    QVERIFY(!denied.ok());
    QVERIFY(!denied.notFound);
}

// Paging with Link rel="next" (relative, as distribution sends it for the catalog), served by a
// scripted server: the registry under test does not page tags/list.
void TestRegistryClient::pagedTags()
{
    TestHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RecordedRequest &req) {
        TestHttpReply reply;
        reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        if (req.target == "/v2/app/paged/tags/list?n=2") {
            reply.body = R"({"name":"app/paged","tags":["1.0","1.1"]})";
            reply.headers.append(qMakePair(QByteArray("Link"), QByteArray(R"(</v2/app/paged/tags/list?last=1.1&n=2>; rel="next")")));
        } else if (req.target == "/v2/app/paged/tags/list?last=1.1&n=2") {
            reply.body = R"({"name":"app/paged","tags":["2.0","2.1"]})";
            reply.headers.append(qMakePair(QByteArray("Link"), QByteArray(R"(</v2/app/paged/tags/list?last=2.1&n=2>; rel="next")")));
        } else if (req.target == "/v2/app/paged/tags/list?last=2.1&n=2") {
            reply.body = R"({"name":"app/paged","tags":["3.0"]})";
        } else {
            reply.status = 404;
            reply.body = R"({"errors":[{"code":"NAME_UNKNOWN"}]})";
        }
        return reply;
    });
    RegistryClient client(server.url(QString()).toStdString(), plainOptions());
    const RegistryClient::TagList list = client.listTags("app/paged", 2);
    QVERIFY2(list.ok(), list.error.c_str());
    QCOMPARE(list.pages, 3);
    QCOMPARE(list.tags, (std::vector<std::string>{"1.0", "1.1", "2.0", "2.1", "3.0"}));
}

// Bearer against the real registry: the reader's Basic credentials go to the token server only,
// one token per scope, and the registry itself accepts the JWTs.
void TestRegistryClient::bearerAgainstRegistry()
{
    const PushedImage p = pushUserImage(*m_bearer, workDir(QStringLiteral("bearer")), QStringLiteral("app/bearer"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    m_tokens->resetCounters();
    RegistryClient client(base(*m_bearer), tlsOptions(), RegistryCredentials{m_reader.toStdString(), m_readerPassword.toStdString()});
    const std::string pingError = client.ping();
    QVERIFY2(pingError.empty(), pingError.c_str());
    const RegistryClient::Manifest m = client.manifest(p.repo.toStdString(), p.tag.toStdString());
    QVERIFY2(m.ok(), m.error.c_str());
    QCOMPARE(QString::fromStdString(m.digest), p.digest);
    const RegistryClient::TagList tags = client.listTags(p.repo.toStdString());
    QVERIFY2(tags.ok(), tags.error.c_str());
    QVERIFY(std::find(tags.tags.begin(), tags.tags.end(), p.tag.toStdString()) != tags.tags.end());
    const RegistryClient::Catalog catalog = client.catalog();
    QVERIFY2(catalog.ok(), catalog.error.c_str());
    QVERIFY(std::find(catalog.repositories.begin(), catalog.repositories.end(), p.repo.toStdString())
            != catalog.repositories.end());

    // One token per scope the calls needed: /v2/ (no scope), the repository, the catalog.
    const QSet<QString> scopes{QString(), QStringLiteral("repository:%1:pull").arg(p.repo),
                               QStringLiteral("registry:catalog:*")};
    QCOMPARE(m_tokens->tokensIssued(), int(scopes.size()));
    QSet<QString> asked;
    for (const RecordedRequest &r : m_tokens->requests()) {
        QVERIFY(r.header("Authorization").startsWith("Basic "));
        asked.insert(QUrlQuery(QUrl(QString::fromUtf8(r.target))).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded));
    }
    QCOMPARE(asked, scopes);
}

void TestRegistryClient::bearerScopeDenied()
{
    const PushedImage p = pushUserImage(*m_bearer, workDir(QStringLiteral("denied")), QStringLiteral("other/secret"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    RegistryClient client(base(*m_bearer), tlsOptions(), RegistryCredentials{m_reader.toStdString(), m_readerPassword.toStdString()});
    const RegistryClient::Manifest m = client.manifest(p.repo.toStdString(), p.tag.toStdString());
    QVERIFY(!m.ok());
    const QString err = QString::fromStdString(m.error);
    QVERIFY2(err.contains(QStringLiteral("does not grant repository:other/secret:pull")), qPrintable(err));
    QVERIFY2(err.contains(m_reader), qPrintable(err));
    QVERIFY2(!err.contains(m_readerPassword), qPrintable(err));
    QVERIFY(!m.notFound);
}

void TestRegistryClient::bearerTokenCachedUntilExpiry()
{
    const PushedImage p = pushRootImage(*m_bearer, workDir(QStringLiteral("expiry")), QStringLiteral("app/expiry"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    const int lifetime = 2;
    m_tokens->setLifetime(lifetime);
    m_tokens->resetCounters();
    RegistryClient client(base(*m_bearer), tlsOptions(), RegistryCredentials{m_reader.toStdString(), m_readerPassword.toStdString()});
    for (int i = 0; i < 3; ++i) {
        const RegistryClient::Manifest m = client.manifest(p.repo.toStdString(), p.tag.toStdString());
        QVERIFY2(m.ok(), m.error.c_str());
    }
    QCOMPARE(m_tokens->tokensIssued(), 1);
    QTest::qWait(lifetime * 1000 + 100);
    const RegistryClient::Manifest later = client.manifest(p.repo.toStdString(), p.tag.toStdString());
    m_tokens->setLifetime(300);
    QVERIFY2(later.ok(), later.error.c_str());
    QCOMPARE(m_tokens->tokensIssued(), 2);
}

// A registry that stops accepting a cached token (revoked early): the client fetches a new one
// once and goes on; when the new one is refused too, it stops with an error instead of looping.
// The registry's JWT checks cannot revoke a token, so a scripted server plays realm and registry.
void TestRegistryClient::bearerCachedTokenRefreshedOnce()
{
    TestHttpServer server;
    QVERIFY(server.start());
    struct State { std::atomic<int> issued{0}; std::atomic<int> accepted{1}; };
    auto state = std::make_shared<State>();
    const QByteArray realm = server.url(QStringLiteral("/token")).toUtf8();
    const QByteArray manifest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2},"layers":[]})";
    server.setHandler([state, realm, manifest](const RecordedRequest &req) {
        if (req.target.startsWith("/token")) {
            TestHttpReply r = TestHttpReply::text(200, R"({"token":"tok-)" + QByteArray::number(++state->issued) + R"(","expires_in":300})");
            return r;
        }
        if (req.header("Authorization") == "Bearer tok-" + QByteArray::number(state->accepted.load())) {
            TestHttpReply r = TestHttpReply::text(200, manifest);
            r.headers[0].second = "application/vnd.oci.image.manifest.v1+json";
            return r;
        }
        TestHttpReply r = TestHttpReply::text(401, R"({"errors":[{"code":"UNAUTHORIZED"}]})");
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                   "Bearer realm=\"" + realm + "\",service=\"test\",scope=\"repository:app/x:pull\""));
        return r;
    });
    RegistryClient client(server.url(QString()).toStdString(), plainOptions(), RegistryCredentials{"u", "p"});
    QVERIFY2(client.manifest("app/x", "1").ok(), client.manifest("app/x", "1").error.c_str());
    QCOMPARE(state->issued.load(), 1);
    state->accepted = 2; // tok-1 revoked; the next one issued will do
    const RegistryClient::Manifest refreshed = client.manifest("app/x", "1");
    QVERIFY2(refreshed.ok(), refreshed.error.c_str());
    QCOMPARE(state->issued.load(), 2);
    state->accepted = -1; // nothing is accepted any more
    const RegistryClient::Manifest refused = client.manifest("app/x", "1");
    QVERIFY(!refused.ok());
    QCOMPARE(state->issued.load(), 3); // one refresh, no loop
    const QString err = QString::fromStdString(refused.error);
    QVERIFY2(err.contains(QStringLiteral("rejected the token")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("tok-")), qPrintable(err));
    // Every request the server saw was counted, token requests included.
    QCOMPARE(client.requestCount(), std::int64_t(server.requests().size()));
}

void TestRegistryClient::catalogPaged()
{
    const QStringList repos{QStringLiteral("cat/a"), QStringLiteral("cat/b"), QStringLiteral("cat/c")};
    for (const QString &repo : repos) {
        const PushedImage p = pushRootImage(*m_plain, workDir(QStringLiteral("cat-") + repo.mid(4)), repo);
        QVERIFY2(p.ok(), qPrintable(p.error));
    }
    RegistryClient client(base(*m_plain), plainOptions());
    const int pageSize = 2;
    const RegistryClient::Catalog c = client.catalog(pageSize);
    QVERIFY2(c.ok(), c.error.c_str());
    for (const QString &repo : repos)
        QVERIFY(std::find(c.repositories.begin(), c.repositories.end(), repo.toStdString()) != c.repositories.end());
    std::vector<std::string> sorted = c.repositories;
    std::sort(sorted.begin(), sorted.end());
    QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()); // no page read twice
    const int total = int(c.repositories.size());
    // distribution links a full page to the next even when that one is empty: one extra page at most.
    QVERIFY2(c.pages >= (total + pageSize - 1) / pageSize && c.pages <= total / pageSize + 1,
             qPrintable(QStringLiteral("%1 pages for %2 repositories").arg(c.pages).arg(total)));
}

void TestRegistryClient::blobVerified()
{
    const PushedImage p = pushUserImage(*m_tls, workDir(QStringLiteral("blob")), QStringLiteral("app/blob"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    RegistryClient client(base(*m_tls), tlsOptions(), creds());
    const RegistryClient::Manifest m = client.manifest(p.repo.toStdString(), p.digest.toStdString());
    QVERIFY2(m.ok(), m.error.c_str());
    const QJsonObject config = QJsonDocument::fromJson(QByteArray::fromStdString(m.body)).object().value("config").toObject();
    const std::string digest = config.value("digest").toString().toStdString();
    const std::int64_t size = config.value("size").toInteger();
    const RegistryClient::Blob b = client.blob(p.repo.toStdString(), digest, 1 << 20);
    QVERIFY2(b.ok(), b.error.c_str());
    QCOMPARE(std::int64_t(b.bytes.size()), size);
    QCOMPARE(RegistryClient::sha256Digest(b.bytes), digest);

    const RegistryClient::Blob small = client.blob(p.repo.toStdString(), digest, size - 1);
    QVERIFY(!small.ok());
    QVERIFY2(QString::fromStdString(small.error).contains(QStringLiteral("larger than the limit of %1 bytes").arg(size - 1)),
             small.error.c_str());
    const RegistryClient::Blob missing = client.blob(p.repo.toStdString(), RegistryClient::sha256Digest("no such blob"), 1 << 20);
    QVERIFY(!missing.ok());
    QVERIFY(missing.notFound);
    const RegistryClient::Blob bad = client.blob(p.repo.toStdString(), "sha512:abc", 1 << 20);
    QVERIFY2(QString::fromStdString(bad.error).contains(QStringLiteral("only sha256")), bad.error.c_str());
}

// distribution 2.8 has no referrers API: the client falls back to the "sha256-<hex>" tag. Run
// against the token registry, so the fallback also goes through the bearer flow.
void TestRegistryClient::referrersViaFallbackTag()
{
    const PushedImage image = pushUserImage(*m_bearer, workDir(QStringLiteral("ref")), QStringLiteral("app/referred"));
    QVERIFY2(image.ok(), qPrintable(image.error));
    const PushedImage spdx = pushReferrerSbom(*m_bearer, workDir(QStringLiteral("ref-spdx")), image, SbomFormat::Spdx);
    QVERIFY2(spdx.ok(), qPrintable(spdx.error));
    const PushedImage cdx = pushReferrerSbom(*m_bearer, workDir(QStringLiteral("ref-cdx")), image, SbomFormat::CycloneDx);
    QVERIFY2(cdx.ok(), qPrintable(cdx.error));
    const QMap<QString, QString> pushed{{spdx.digest, QString::fromLatin1(oci::kSpdxJson)},
                                        {cdx.digest, QString::fromLatin1(oci::kCycloneDxJson)}};

    RegistryClient client(base(*m_bearer), tlsOptions(), RegistryCredentials{m_reader.toStdString(), m_readerPassword.toStdString()});
    const RegistryClient::Referrers all = client.referrers(image.repo.toStdString(), image.digest.toStdString());
    QVERIFY2(all.ok(), all.error.c_str());
    QVERIFY(all.viaFallbackTag);
    QMap<QString, QString> got;
    for (const RegistryClient::Referrer &r : all.descriptors) {
        got.insert(QString::fromStdString(r.digest), QString::fromStdString(r.artifactType));
        QCOMPARE(QString::fromStdString(r.mediaType), QString::fromLatin1(oci::kManifest));
        QVERIFY(r.size > 0);
    }
    QCOMPARE(got, pushed);

    const RegistryClient::Referrers onlySpdx = client.referrers(image.repo.toStdString(), image.digest.toStdString(), oci::kSpdxJson);
    QVERIFY2(onlySpdx.ok(), onlySpdx.error.c_str());
    QCOMPARE(onlySpdx.descriptors.size(), size_t(1));
    QCOMPARE(QString::fromStdString(onlySpdx.descriptors[0].digest), spdx.digest);

    // The referrer names the image as its subject.
    const RegistryClient::Manifest referrer = client.manifest(image.repo.toStdString(), spdx.digest.toStdString());
    QVERIFY2(referrer.ok(), referrer.error.c_str());
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(referrer.body)).object();
    QCOMPARE(body.value("subject").toObject().value("digest").toString(), image.digest);
    QCOMPARE(body.value("artifactType").toString(), QString::fromLatin1(oci::kSpdxJson));

    // Nothing refers to the SBOM itself: an empty list, and no error.
    const RegistryClient::Referrers none = client.referrers(image.repo.toStdString(), spdx.digest.toStdString());
    QVERIFY2(none.ok(), none.error.c_str());
    QVERIFY(none.descriptors.empty());
    QVERIFY(!none.viaFallbackTag);
}

void TestRegistryClient::sbomAttachment()
{
    const PushedImage image = pushRootImage(*m_plain, workDir(QStringLiteral("att")), QStringLiteral("app/attached"));
    QVERIFY2(image.ok(), qPrintable(image.error));
    RegistryClient client(base(*m_plain), plainOptions());
    const struct { SbomFormat format; const char *layerType; } cases[] = {
        {SbomFormat::Spdx, oci::kSpdxJsonText}, {SbomFormat::CycloneDx, oci::kCycloneDxJson}};
    for (const auto &c : cases) {
        const PushedImage att = pushSbomAttachment(*m_plain, workDir(QStringLiteral("att-sbom")), image, c.format);
        QVERIFY2(att.ok(), qPrintable(att.error));
        QCOMPARE(att.tag, QStringLiteral("sha256-%1.sbom").arg(image.digest.mid(7)));
        const RegistryClient::Manifest m = client.manifest(image.repo.toStdString(), att.tag.toStdString());
        QVERIFY2(m.ok(), m.error.c_str());
        QCOMPARE(QString::fromStdString(m.digest), att.digest);
        const QJsonArray layers = QJsonDocument::fromJson(QByteArray::fromStdString(m.body)).object().value("layers").toArray();
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers[0].toObject().value("mediaType").toString(), QString::fromLatin1(c.layerType));
        const RegistryClient::Blob sbom = client.blob(image.repo.toStdString(),
                                                      layers[0].toObject().value("digest").toString().toStdString(), 1 << 20);
        QVERIFY2(sbom.ok(), sbom.error.c_str());
        const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(sbom.bytes)).object();
        if (c.format == SbomFormat::Spdx) {
            QCOMPARE(doc.value("spdxVersion").toString(), QStringLiteral("SPDX-2.3"));
            QCOMPARE(doc.value("packages").toArray().size(), 1);
        } else {
            QCOMPARE(doc.value("specVersion").toString(), QStringLiteral("1.5"));
            QCOMPARE(doc.value("components").toArray().size(), 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
