// The local registry test support (LocalRegistry, OciLayout, TestCerts) against Debian's
// docker-registry 2.8 and skopeo: checked with skopeo and openssl only, never with Bulkhead's own
// registry client.

#include "localregistry.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace bulkhead::test;

class TestLocalRegistry : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<TestCerts> m_certs;
    std::unique_ptr<LocalRegistry> m_plain;
    std::unique_ptr<LocalRegistry> m_tls;
    QString m_skip;

    ToolRun skopeo(const LocalRegistry &r, const QString &command, const QString &repoAndTag,
                   LocalRegistry::Auth auth = LocalRegistry::Auth::Configured, const QStringList &extra = {})
    {
        QStringList args{command};
        args << extra << r.skopeoArgs(QString(), auth) << r.dockerRef(repoAndTag);
        return runTool(QStringLiteral("skopeo"), args, {}, 30000);
    }
    QJsonObject rawManifest(const LocalRegistry &r, const QString &ref, QByteArray *bytes = nullptr)
    {
        const ToolRun run = skopeo(r, QStringLiteral("inspect"), ref, LocalRegistry::Auth::Configured,
                                   {QStringLiteral("--raw")});
        if (!run.ok())
            qWarning("%s", qPrintable(run.describe()));
        if (bytes)
            *bytes = run.out;
        return QJsonDocument::fromJson(run.out).object();
    }
    QStringList tags(const LocalRegistry &r, const QString &repo)
    {
        QStringList args{QStringLiteral("list-tags")};
        args << r.skopeoArgs(QString()) << r.dockerRef(repo);
        const ToolRun run = runTool(QStringLiteral("skopeo"), args, {}, 30000);
        if (!run.ok())
            qWarning("%s", qPrintable(run.describe()));
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("Tags")).toArray())
            out << v.toString();
        out.sort();
        return out;
    }
    void checkSignature(const LocalRegistry &r, const PushedImage &image, const PushedImage &sig,
                        const QString &expectedSignedDigest, const QString &publicKey, bool expectValid);
    void pushAndVerify(const LocalRegistry &r);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void certificates();
    void plainRegistry();
    void tlsRegistry();
    void tlsRequiresCa();
    void wrongPasswordRefused();
    void noReferrersApi();
    void wrongNameCertificate();
};

void TestLocalRegistry::initTestCase()
{
    m_skip = missingRegistryTestTools();
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    QVERIFY(m_tmp.isValid());
    m_certs = std::make_unique<TestCerts>(m_tmp.filePath(QStringLiteral("certs")));
    QVERIFY2(m_certs->ok(), qPrintable(m_certs->error()));
    m_plain = std::make_unique<LocalRegistry>(LocalRegistry::Mode::PlainAnonymous);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->error()));
    m_tls = std::make_unique<LocalRegistry>(LocalRegistry::Mode::TlsBasicAuth, m_certs.get());
    QVERIFY2(m_tls->start(), qPrintable(m_tls->error()));
}

void TestLocalRegistry::cleanupTestCase()
{
    m_plain.reset();
    m_tls.reset();
}

void TestLocalRegistry::certificates()
{
    const QByteArray data = "payload to sign";
    QString err;
    const QByteArray sig = TestCerts::signSha256(m_certs->signingKey(), data, &err);
    QVERIFY2(!sig.isEmpty(), qPrintable(err));
    QCOMPARE(sig.at(0), char(0x30)); // DER SEQUENCE
    QVERIFY(TestCerts::verifySha256(m_certs->signingPublicKey(), data, sig));
    QVERIFY(!TestCerts::verifySha256(m_certs->otherSigningPublicKey(), data, sig));
    QVERIFY(!TestCerts::verifySha256(m_certs->signingPublicKey(), "other data", sig));
    QCOMPARE(QByteArray::fromBase64(TestCerts::base64(sig)), sig);

    const ToolRun server = runTool(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                                               m_certs->caCert(), m_certs->serverCert()});
    QVERIFY2(server.ok(), qPrintable(server.describe()));
    const ToolRun text = runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"),
                                                             QStringLiteral("-ext"), QStringLiteral("subjectAltName"),
                                                             QStringLiteral("-in"), m_certs->serverCert()});
    QVERIFY(text.out.contains("IP Address:127.0.0.1"));
    QVERIFY(text.out.contains("DNS:localhost"));
    const ToolRun wrong = runTool(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                                              m_certs->caCert(), QStringLiteral("-verify_hostname"),
                                                              QStringLiteral("localhost"), m_certs->wrongNameCert()});
    QVERIFY2(!wrong.ok(), "the wrong-name certificate must not verify for localhost");
}

void TestLocalRegistry::checkSignature(const LocalRegistry &r, const PushedImage &image, const PushedImage &sig,
                                       const QString &expectedSignedDigest, const QString &publicKey,
                                       bool expectValid)
{
    QVERIFY2(sig.ok(), qPrintable(sig.error));
    QCOMPARE(sig.tag, QStringLiteral("sha256-") + image.digest.mid(7) + QStringLiteral(".sig"));
    QByteArray bytes;
    const QJsonObject m = rawManifest(r, sig.reference(), &bytes);
    QCOMPARE(sha256Digest(bytes), sig.digest);
    QCOMPARE(m.value(QStringLiteral("mediaType")).toString(), QString::fromLatin1(oci::kManifest));
    const QJsonArray layers = m.value(QStringLiteral("layers")).toArray();
    QCOMPARE(layers.size(), 1);
    const QJsonObject layer = layers.at(0).toObject();
    QCOMPARE(layer.value(QStringLiteral("mediaType")).toString(), QString::fromLatin1(oci::kCosignSimpleSigning));
    const QByteArray sigDer = QByteArray::fromBase64(
        layer.value(QStringLiteral("annotations")).toObject().value(QString::fromLatin1(oci::kCosignSignatureAnnotation))
            .toString()
            .toLatin1());
    QVERIFY(!sigDer.isEmpty());
    // Fetch the payload blob back with skopeo (copy to a dir: transport) and check it.
    const QString out = m_tmp.filePath(QStringLiteral("fetched-") + sig.digest.mid(7, 12));
    QStringList args{QStringLiteral("--insecure-policy"), QStringLiteral("copy"), QStringLiteral("--quiet")};
    args << r.skopeoArgs(QStringLiteral("src")) << r.dockerRef(sig.reference()) << QStringLiteral("dir:") + out;
    const ToolRun copy = runTool(QStringLiteral("skopeo"), args);
    QVERIFY2(copy.ok(), qPrintable(copy.describe()));
    const QByteArray payload = readFile(out + QLatin1Char('/') + layer.value(QStringLiteral("digest")).toString().mid(7));
    QCOMPARE(sha256Digest(payload), layer.value(QStringLiteral("digest")).toString());
    const QJsonObject critical = QJsonDocument::fromJson(payload).object().value(QStringLiteral("critical")).toObject();
    QCOMPARE(critical.value(QStringLiteral("image")).toObject().value(QStringLiteral("docker-manifest-digest")).toString(),
             expectedSignedDigest);
    QCOMPARE(critical.value(QStringLiteral("type")).toString(), QStringLiteral("cosign container image signature"));
    QCOMPARE(critical.value(QStringLiteral("identity")).toObject().value(QStringLiteral("docker-reference")).toString(),
             r.hostPort() + QLatin1Char('/') + image.repo);
    QCOMPARE(TestCerts::verifySha256(publicKey, payload, sigDer), expectValid);
}

void TestLocalRegistry::pushAndVerify(const LocalRegistry &r)
{
    const QString work = m_tmp.filePath(QStringLiteral("layouts-") + QString::number(r.port()));
    QVERIFY(QDir().mkpath(work));

    const PushedImage root = pushRootImage(r, work);
    QVERIFY2(root.ok(), qPrintable(root.error));
    const PushedImage user = pushUserImage(r, work);
    QVERIFY2(user.ok(), qPrintable(user.error));
    QMap<QString, QString> platforms;
    const PushedImage multi = pushMultiPlatformImage(r, work, QStringLiteral("app/multi"), QStringLiteral("1.0"),
                                                     &platforms);
    QVERIFY2(multi.ok(), qPrintable(multi.error));

    // Digests are kept: the registry serves the bytes the layout holds.
    for (const PushedImage *p : {&root, &user, &multi}) {
        QByteArray bytes;
        rawManifest(r, p->reference(), &bytes);
        QCOMPARE(sha256Digest(bytes), p->digest);
        QCOMPARE(tags(r, p->repo), QStringList{p->tag});
    }
    // Config User as built.
    auto configOf = [&](const PushedImage &p, const QStringList &extra = {}) {
        const ToolRun run = skopeo(r, QStringLiteral("inspect"), p.reference(), LocalRegistry::Auth::Configured,
                                   QStringList{QStringLiteral("--config")} + extra);
        if (!run.ok())
            qWarning("%s", qPrintable(run.describe()));
        return QJsonDocument::fromJson(run.out).object();
    };
    QCOMPARE(configOf(root).value(QStringLiteral("config")).toObject().value(QStringLiteral("User")).toString(), QString());
    const QJsonObject userConfig = configOf(user);
    QCOMPARE(userConfig.value(QStringLiteral("config")).toObject().value(QStringLiteral("User")).toString(),
             QStringLiteral("1000:1000"));
    QCOMPARE(userConfig.value(QStringLiteral("created")).toString(), QStringLiteral("2024-06-01T12:30:00Z"));
    QCOMPARE(userConfig.value(QStringLiteral("history")).toArray().size(), 2);
    QVERIFY(userConfig.value(QStringLiteral("config")).toObject().value(QStringLiteral("Labels")).toObject()
                .contains(QStringLiteral("maintainer")));

    // The index is stored as an OCI index with both platforms, and each child is fetchable.
    const QJsonObject index = rawManifest(r, multi.reference());
    QCOMPARE(index.value(QStringLiteral("mediaType")).toString(), QString::fromLatin1(oci::kIndex));
    const QJsonArray children = index.value(QStringLiteral("manifests")).toArray();
    QCOMPARE(children.size(), 2);
    for (const QJsonValue &c : children) {
        const QJsonObject child = c.toObject();
        const QJsonObject platform = child.value(QStringLiteral("platform")).toObject();
        const QString key = platform.value(QStringLiteral("os")).toString() + QLatin1Char('/')
            + platform.value(QStringLiteral("architecture")).toString();
        QCOMPARE(child.value(QStringLiteral("digest")).toString(), platforms.value(key));
        QByteArray bytes;
        rawManifest(r, multi.repo + QLatin1Char('@') + platforms.value(key), &bytes);
        QCOMPARE(sha256Digest(bytes), platforms.value(key));
    }
    const QJsonObject armConfig = configOf(multi, {QStringLiteral("--override-arch"), QStringLiteral("arm64")});
    QCOMPARE(armConfig.value(QStringLiteral("architecture")).toString(), QStringLiteral("arm64"));

    // Signatures: valid on root, for another digest on user, with a wrong key on multi.
    const PushedImage valid = pushValidSignature(r, *m_certs, work, root);
    checkSignature(r, root, valid, root.digest, m_certs->signingPublicKey(), true);
    const PushedImage other = pushSignatureForOtherDigest(r, *m_certs, work, user);
    QVERIFY2(other.ok(), qPrintable(other.error));
    checkSignature(r, user, other, sha256Digest("another image: " + user.digest.toUtf8()),
                   m_certs->signingPublicKey(), true);
    const PushedImage wrongKey = pushSignatureWithWrongKey(r, *m_certs, work, multi);
    checkSignature(r, multi, wrongKey, multi.digest, m_certs->signingPublicKey(), false);
    QCOMPARE(tags(r, root.repo), (QStringList{QStringLiteral("1.0"), valid.tag}));
}

void TestLocalRegistry::plainRegistry()
{
    QVERIFY(!m_plain->tls());
    QCOMPARE(m_plain->baseUrl().scheme(), QStringLiteral("http"));
    pushAndVerify(*m_plain);
}

void TestLocalRegistry::tlsRegistry()
{
    QVERIFY(m_tls->tls());
    QCOMPARE(m_tls->baseUrl().scheme(), QStringLiteral("https"));
    QVERIFY(QFileInfo::exists(m_tls->caCertDir() + QStringLiteral("/ca.crt")));
    pushAndVerify(*m_tls);
}

void TestLocalRegistry::tlsRequiresCa()
{
    // skopeo with TLS verification and no CA directory: the certificate is unknown.
    QStringList args{QStringLiteral("list-tags"), QStringLiteral("--tls-verify=true"), QStringLiteral("--creds"),
                     m_tls->credentials(), m_tls->dockerRef(QStringLiteral("app/root"))};
    const ToolRun noCa = runTool(QStringLiteral("skopeo"), args, {}, 30000);
    QVERIFY2(!noCa.ok(), "the TLS registry must be refused without the test CA");
    QVERIFY2(noCa.err.contains("certificate") || noCa.err.contains("x509"), noCa.err.constData());
    // With the CA: reachable (anonymous gets 401, i.e. TLS itself is fine).
    QCOMPARE(m_tls->get(QStringLiteral("/v2/"), LocalRegistry::Auth::None).status, 401);
    QCOMPARE(m_tls->get(QStringLiteral("/v2/")).status, 200);
    QCOMPARE(m_tls->tlsHandshakeError(true), QString());
    const QString untrusted = m_tls->tlsHandshakeError(false);
    QVERIFY2(!untrusted.isEmpty(), "a TLS handshake without the test CA must fail");
}

void TestLocalRegistry::wrongPasswordRefused()
{
    const ToolRun wrong = skopeo(*m_tls, QStringLiteral("list-tags"), QStringLiteral("app/root"),
                                 LocalRegistry::Auth::WrongPassword);
    QVERIFY2(!wrong.ok(), "a wrong password must be refused");
    QVERIFY2(wrong.err.contains("401") || wrong.err.contains("unauthorized") || wrong.err.contains("authentication"),
             wrong.err.constData());
    const ToolRun none = skopeo(*m_tls, QStringLiteral("list-tags"), QStringLiteral("app/root"),
                                LocalRegistry::Auth::None);
    QVERIFY2(!none.ok(), "anonymous access must be refused on the basic-auth registry");
    QCOMPARE(m_tls->get(QStringLiteral("/v2/"), LocalRegistry::Auth::WrongPassword).status, 401);
    const ToolRun right = skopeo(*m_tls, QStringLiteral("list-tags"), QStringLiteral("app/root"));
    QVERIFY2(right.ok(), qPrintable(right.describe()));
}

void TestLocalRegistry::noReferrersApi()
{
    // distribution 2.8 has no referrers API: clients must fall back to the sha256-<hex> tag scheme.
    const ToolRun digestRun = skopeo(*m_plain, QStringLiteral("inspect"), QStringLiteral("app/root:1.0"),
                                     LocalRegistry::Auth::Configured, {QStringLiteral("--format"),
                                                                       QStringLiteral("{{.Digest}}")});
    QVERIFY2(digestRun.ok(), qPrintable(digestRun.describe()));
    const QString digest = QString::fromUtf8(digestRun.out.trimmed());
    QVERIFY(digest.startsWith(QStringLiteral("sha256:")));
    const LocalRegistry::Response ref = m_plain->get(QStringLiteral("/v2/app/root/referrers/") + digest);
    QCOMPARE(ref.status, 404);
}

void TestLocalRegistry::wrongNameCertificate()
{
    LocalRegistry::Options o;
    o.mode = LocalRegistry::Mode::TlsBasicAuth;
    o.certs = m_certs.get();
    o.wrongNameCertificate = true;
    LocalRegistry wrong(o);
    QVERIFY2(wrong.start(), qPrintable(wrong.error()));
    const ToolRun run = skopeo(wrong, QStringLiteral("list-tags"), QStringLiteral("app/root"));
    QVERIFY2(!run.ok(), "a certificate for another name must be refused");
    // Go says "x509: cannot validate certificate for 127.0.0.1 because it doesn't contain any IP SANs".
    QVERIFY2(run.err.contains("x509"), run.err.constData());
    const QString handshake = wrong.tlsHandshakeError(true);
    QVERIFY2(handshake.contains(QStringLiteral("host name"), Qt::CaseInsensitive), qPrintable(handshake));
}

QTEST_GUILESS_MAIN(TestLocalRegistry)
#include "tst_localregistry.moc"
