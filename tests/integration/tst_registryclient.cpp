// RegistryClient (core/registry) against Debian's docker-registry 2.8 started by LocalRegistry:
// plain anonymous and TLS + basic auth; images pushed with skopeo (tests/support/ocilayout.h).

#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include "registry/registryclient.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
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
    void bearerChallenge();
};

void TestRegistryClient::initTestCase()
{
    QString skip;
    if (const QString m = LocalRegistry::missingTool(); !m.isEmpty())
        skip = m;
    else if (const QString s = missingSkopeo(); !s.isEmpty())
        skip = s;
    else if (!haveTool(QStringLiteral("openssl")) || !haveTool(QStringLiteral("htpasswd")))
        skip = QStringLiteral("openssl or htpasswd (apache2-utils) not found: registry client tests skipped");
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY(m_tmp.isValid());
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    m_plain = std::make_unique<LocalRegistry>(LocalRegistry::Mode::PlainAnonymous);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->error()));
    m_tls = std::make_unique<LocalRegistry>(LocalRegistry::Mode::TlsBasicAuth, m_certs.get());
    QVERIFY2(m_tls->start(), qPrintable(m_tls->error()));
}

void TestRegistryClient::cleanupTestCase()
{
    m_plain.reset();
    m_tls.reset();
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

void TestRegistryClient::bearerChallenge()
{
    TestHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RecordedRequest &) {
        TestHttpReply reply = TestHttpReply::text(401, R"({"errors":[{"code":"UNAUTHORIZED"}]})");
        reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray(R"(Bearer realm="https://auth.example/token",service="reg")")));
        return reply;
    });
    RegistryClient client(server.url(QString()).toStdString(), plainOptions(), RegistryCredentials{"u", "p"});
    const QString err = QString::fromStdString(client.ping());
    QVERIFY2(err.contains(QStringLiteral("bearer token flow is not supported yet")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
