// verifyCosignSignatures with keys and signatures made by the openssl CLI (TestCerts), over the
// simple-signing payload cosign writes (OciLayout::simpleSigningPayload) for the digest of a
// manifest built by OciLayout; and on the real cosign signature of the shared fixtures
// (containers/image signature/fixtures/dir-img-cosign-valid).

#include "registry/cosignverifier.h"
#include "ocilayout.h"
#include "testcerts.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// containers/image stores a signature as NUL, "sigstore-json\n", then
// {"mimeType":..., "payload":<base64>, "annotations":{"dev.cosignproject.cosign/signature":...}}.
CosignSignature fromSigstoreJson(const QByteArray &file)
{
    const QJsonObject o = QJsonDocument::fromJson(file.mid(file.indexOf('\n') + 1)).object();
    return CosignSignature{QByteArray::fromBase64(o.value("payload").toString().toLatin1()).toStdString(),
                           str(o.value("annotations").toObject().value(oci::kCosignSignatureAnnotation)), ""};
}

} // namespace

class TestCosignVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestCerts> m_certs;
    QString m_digest;       // manifest digest of the image under test
    QString m_otherDigest;  // digest of another image
    std::string m_keyPem, m_otherKeyPem;

    // A signature made by `privateKey` over the payload naming `digest`.
    CosignSignature sign(const QString &digest, const QString &privateKey = {})
    {
        const QByteArray payload = OciLayout::simpleSigningPayload("127.0.0.1:5000/app/web", digest);
        QString error;
        const QByteArray der =
            TestCerts::signSha256(privateKey.isEmpty() ? m_certs->signingKey() : privateKey, payload, &error);
        if (der.isEmpty())
            qFatal("signing failed: %s", qPrintable(error));
        return CosignSignature{payload.toStdString(), TestCerts::base64(der).toStdString(), "sha256:sigmanifest"};
    }

    std::string key() const { return m_keyPem; }
    std::string other() const { return m_otherKeyPem; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = std::make_unique<TestCerts>(m_dir.filePath("certs"));
        if (!m_certs->ok())
            QSKIP(qPrintable("openssl CLI needed: " + m_certs->error()));
        OciLayout layout(m_dir.filePath("layout"));
        OciImageSpec spec;
        m_digest = layout.addImage(spec).digest;
        spec.user = "1000";
        m_otherDigest = layout.addImage(spec).digest;
        QVERIFY2(layout.ok(), qPrintable(layout.error()));
        QVERIFY(m_digest != m_otherDigest);
        m_keyPem = fileBytes(m_certs->signingPublicKey()).toStdString();
        m_otherKeyPem = fileBytes(m_certs->otherSigningPublicKey()).toStdString();
        QVERIFY(!m_keyPem.empty() && !m_otherKeyPem.empty());
    }

    void valid()
    {
        const SignatureVerdict v = verifyCosignSignatures({sign(m_digest)}, {key()}, m_digest.toStdString(), {"cosign.pub"});
        QCOMPARE(v.state, SignatureState::Verified);
        QCOMPARE(v.keyIndex, 0);
        QCOMPARE(v.detail, "verified with key 1 (cosign.pub)");
    }

    void validWithSecondKey()
    {
        const SignatureVerdict v =
            verifyCosignSignatures({sign(m_digest)}, {other(), key()}, m_digest.toStdString(), {"team.pub", "release.pub"});
        QCOMPARE(v.state, SignatureState::Verified);
        QCOMPARE(v.keyIndex, 1);
        QCOMPARE(v.detail, "verified with key 2 (release.pub)");
    }

    // Signed with the right key, but for another image: copied or stale.
    void payloadForAnotherDigest()
    {
        const SignatureVerdict v = verifyCosignSignatures({sign(m_otherDigest)}, {key()}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::Invalid);
        QVERIFY2(v.detail.find("signature is for " + m_otherDigest.toStdString() + ", not this image") == 0,
                 v.detail.c_str());
        QVERIFY2(v.detail.find("sha256:sigmanifest") != std::string::npos, v.detail.c_str());
        QCOMPARE(v.keyIndex, -1);
    }

    void wrongKey()
    {
        const SignatureVerdict v =
            verifyCosignSignatures({sign(m_digest, m_certs->otherSigningKey())}, {key()}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::SignedNotVerified);
        QVERIFY2(v.detail.find("does not verify") != std::string::npos, v.detail.c_str());
    }

    void noKeys()
    {
        const SignatureVerdict v = verifyCosignSignatures({sign(m_digest)}, {}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::SignedNotVerified);
        QVERIFY2(v.detail.find("no public key is configured") != std::string::npos, v.detail.c_str());
    }

    void noSignatures()
    {
        const SignatureVerdict v = verifyCosignSignatures({}, {key()}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::Unsigned);
        QCOMPARE(v.keyIndex, -1);
    }

    void corruptedBase64()
    {
        CosignSignature s = sign(m_digest);
        s.signatureBase64.insert(10, "!*");
        const SignatureVerdict v = verifyCosignSignatures({s}, {key()}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::Invalid);
        QVERIFY2(v.detail.find("not valid base64") != std::string::npos, v.detail.c_str());
        s.signatureBase64.clear();
        QCOMPARE(verifyCosignSignatures({s}, {key()}, m_digest.toStdString()).state, SignatureState::Invalid);
    }

    // One changed byte in the signed payload (same digest): the signature no longer covers it.
    void tamperedPayload()
    {
        CosignSignature s = sign(m_digest);
        const auto at = s.payload.find("\"optional\":null");
        QVERIFY(at != std::string::npos);
        s.payload.replace(at, 15, "\"optional\":{}  ");
        const SignatureVerdict v = verifyCosignSignatures({s}, {key()}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::SignedNotVerified);
    }

    void payloadNotSimpleSigning_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("sha256:abc") << "signature payload is not JSON at byte";
        QTest::newRow("no critical") << QByteArray(R"({"optional":null})") << "no \"critical\" object";
        QTest::newRow("other type")
            << QByteArray(R"({"critical":{"identity":{"docker-reference":"r/a"},"image":{"docker-manifest-digest":"sha256:00"},"type":"atomic container signature"},"optional":null})")
            << "type is \"atomic container signature\"";
        QTest::newRow("no digest")
            << QByteArray(R"({"critical":{"identity":{"docker-reference":"r/a"},"image":{},"type":"cosign container image signature"},"optional":null})")
            << "names no critical.image.docker-manifest-digest";
    }

    void payloadNotSimpleSigning()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        QString error;
        const QByteArray der = TestCerts::signSha256(m_certs->signingKey(), payload, &error);
        QVERIFY2(!der.isEmpty(), qPrintable(error));
        const CosignSignature s{payload.toStdString(), TestCerts::base64(der).toStdString(), ""};
        const SignatureVerdict v = verifyCosignSignatures({s}, {key()}, m_digest.toStdString());
        QCOMPARE(v.state, SignatureState::Invalid);
        QVERIFY2(v.detail.find(expected.toStdString()) != std::string::npos, v.detail.c_str());
    }

    // Verified > Invalid > SignedNotVerified, whatever the order; the detail counts them.
    void precedence()
    {
        const std::string d = m_digest.toStdString();
        const CosignSignature good = sign(m_digest);
        const CosignSignature forOther = sign(m_otherDigest);
        const CosignSignature unknownKey = sign(m_digest, m_certs->otherSigningKey());
        SignatureVerdict v = verifyCosignSignatures({forOther, unknownKey, good}, {key()}, d);
        QCOMPARE(v.state, SignatureState::Verified);
        QVERIFY2(v.detail.find("3 signatures: 1 verified, 1 invalid, 1 signed-not-verified") != std::string::npos,
                 v.detail.c_str());
        v = verifyCosignSignatures({unknownKey, forOther}, {key()}, d);
        QCOMPARE(v.state, SignatureState::Invalid);
        QVERIFY2(v.detail.find("signature is for") == 0, v.detail.c_str());
        v = verifyCosignSignatures({unknownKey, unknownKey}, {key()}, d);
        QCOMPARE(v.state, SignatureState::SignedNotVerified);
    }

    void unusableKeys()
    {
        const std::string cert = fileBytes(m_certs->caCert()).toStdString(); // a certificate, not a key
        SignatureVerdict v =
            verifyCosignSignatures({sign(m_digest)}, {cert, key()}, m_digest.toStdString(), {"ca.crt", "cosign.pub"});
        QCOMPARE(v.state, SignatureState::Verified);
        QCOMPARE(v.keyIndex, 1);
        v = verifyCosignSignatures({sign(m_digest)}, {cert, "garbage"}, m_digest.toStdString(), {"ca.crt"});
        QCOMPARE(v.state, SignatureState::SignedNotVerified);
        QVERIFY2(v.detail.find("key 1 (ca.crt) is unusable: not a PEM public key") != std::string::npos, v.detail.c_str());
        QVERIFY2(v.detail.find("key 2 is unusable") != std::string::npos, v.detail.c_str());
    }

    // cosign also signs with RSA (PKCS#1 v1.5, SHA-256) and Ed25519 keys.
    void otherKeyTypes_data()
    {
        QTest::addColumn<QStringList>("genpkey");
        QTest::addColumn<bool>("rawSign"); // Ed25519 signs the message itself (pkeyutl -rawin)
        QTest::newRow("rsa 2048") << QStringList{"-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"} << false;
        QTest::newRow("ecdsa p-384") << QStringList{"-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"} << false;
        QTest::newRow("ed25519") << QStringList{"-algorithm", "ED25519"} << true;
    }

    void otherKeyTypes()
    {
        QFETCH(QStringList, genpkey);
        QFETCH(bool, rawSign);
        const QString base = m_dir.filePath(QString(QTest::currentDataTag()).replace(' ', '-'));
        const QByteArray payload = OciLayout::simpleSigningPayload("registry.example/app", m_digest);
        writeFile(base + ".payload", payload);
        ToolRun r = runTool("openssl", QStringList{"genpkey"} + genpkey + QStringList{"-out", base + ".key"});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = runTool("openssl", {"pkey", "-in", base + ".key", "-pubout", "-out", base + ".pub"});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        r = rawSign ? runTool("openssl", {"pkeyutl", "-sign", "-rawin", "-inkey", base + ".key", "-in", base + ".payload",
                                          "-out", base + ".sig"})
                    : runTool("openssl", {"dgst", "-sha256", "-sign", base + ".key", "-out", base + ".sig", base + ".payload"});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const CosignSignature s{payload.toStdString(), fileBytes(base + ".sig").toBase64().toStdString(), ""};
        const std::string pub = fileBytes(base + ".pub").toStdString();
        QCOMPARE(verifyCosignSignatures({s}, {key(), pub}, m_digest.toStdString()).keyIndex, 1);
        QCOMPARE(verifyCosignSignatures({s}, {key()}, m_digest.toStdString()).state, SignatureState::SignedNotVerified);
    }

    // A signature made by cosign itself: its payload names the fixture manifest's digest.
    void realCosignSignature()
    {
        BULKHEAD_REQUIRE_FIXTURE("cosign/dir-img-cosign-valid/signature-1");
        const QString dir = fixturePath("cosign/dir-img-cosign-valid/");
        const CosignSignature s = fromSigstoreJson(readFile(dir + "signature-1"));
        const std::string digest = sha256Digest(readFile(dir + "manifest.json")).toStdString();
        QVERIFY(!s.payload.empty() && !s.signatureBase64.empty());
        QCOMPARE(verifyCosignSignatures({s}, {}, digest).state, SignatureState::SignedNotVerified);
        QCOMPARE(verifyCosignSignatures({s}, {key()}, digest).state, SignatureState::SignedNotVerified);
        QCOMPARE(verifyCosignSignatures({s}, {key()}, m_digest.toStdString()).state, SignatureState::Invalid);
        // The public key that made it (containers/image signature/fixtures/cosign.pub), when the
        // fixtures carry it.
        const QString keyFile = fixturePath("cosign/cosign.pub");
        if (!QFileInfo::exists(keyFile))
            QSKIP(qPrintable(keyFile + " (containers/image signature/fixtures/cosign.pub) is not among the shared "
                                       "fixtures: the real signature was checked for its payload and digest only"));
        const std::string pub = readFile(keyFile).toStdString();
        QCOMPARE(verifyCosignSignatures({s}, {key(), pub}, digest).keyIndex, 1);
    }

    // The names are stored and typed in CLI filters: each parses back to its state, nothing else parses.
    void stateNames()
    {
        std::set<std::string_view> names;
        for (auto s : {SignatureState::Unsigned, SignatureState::SignedNotVerified, SignatureState::Verified,
                       SignatureState::Invalid}) {
            SignatureState parsed = SignatureState::Unsigned;
            QVERIFY(parseSignatureStateName(signatureStateName(s), parsed));
            QCOMPARE(parsed, s);
            names.insert(signatureStateName(s));
        }
        QCOMPARE(names.size(), std::size_t(4));
        SignatureState out = SignatureState::Verified;
        QVERIFY(!parseSignatureStateName("Verified", out));
        QVERIFY(!parseSignatureStateName("", out));
        QCOMPARE(out, SignatureState::Verified);
    }

    void tags()
    {
        OciDescriptor d;
        d.digest = m_digest;
        const std::string digest = m_digest.toStdString();
        QCOMPARE(cosignSignatureTag(digest), d.sigTag().toStdString());
        QCOMPARE(cosignAttachmentTag(digest, ".sbom"), "sha256-" + d.hex().toStdString() + ".sbom");
        QCOMPARE(cosignAttachmentTag(digest, "att"), "sha256-" + d.hex().toStdString() + ".att");
        QCOMPARE(referrersFallbackTag(digest), "sha256-" + d.hex().toStdString());
        // The fallback tag cuts the encoded part to 64 characters (sha512 digests).
        const std::string sha512 = "sha512:" + std::string(128, 'f');
        QCOMPARE(referrersFallbackTag(sha512), "sha512-" + std::string(64, 'f'));
        QCOMPARE(cosignSignatureTag("latest"), "");
        QCOMPARE(referrersFallbackTag("sha256:"), "");
    }
};

QTEST_GUILESS_MAIN(TestCosignVerifier)
#include "tst_cosignverifier.moc"
