#pragma once

// Certificates and signing keys made with the `openssl` CLI for tests against a local registry,
// plus a small helper to run command-line tools (openssl, skopeo, htpasswd, docker-registry).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bulkhead::test {

// Outcome of one run of a command-line tool.
struct ToolRun {
    int exitCode = -1;   // -1 when the program did not start, crashed or timed out
    QByteArray out;      // standard output
    QByteArray err;      // standard error
    QString error;       // why it did not run (empty when it ran)
    bool ok() const { return error.isEmpty() && exitCode == 0; }
    // "program args: exit N: <stderr>" for failure messages.
    QString describe() const;
    QString command;
};

// Runs `program` with `args`, feeding `input` on stdin, waiting at most `timeoutMs`.
ToolRun runTool(const QString &program, const QStringList &args, const QByteArray &input = {},
                int timeoutMs = 60000);
// Whether `program` is on PATH.
bool haveTool(const QString &program);

// Makes, in `dir` (which must exist), with the openssl CLI:
//   ca.key/ca.crt              a test CA (ECDSA P-256, CA:TRUE)
//   server.key/server.crt      signed by the CA, SAN IP:127.0.0.1 and DNS:localhost
//   wrong.key/wrong.crt        signed by the CA, SAN DNS:wrong.example only
//   token.key/token.crt        signed by the CA: the key a TokenServer signs JWTs with (its
//                              certificate goes in the x5c header; the registry trusts the CA)
//   cosign.key/cosign.pub      ECDSA P-256 signing keypair (PKCS#8 / SubjectPublicKeyInfo PEM)
//   other.key/other.pub        a second, unrelated signing keypair ("wrong key")
//   ca-only/ca.crt             a directory holding only the CA (for skopeo --cert-dir)
// Everything is created in the constructor; check ok()/error().
class TestCerts {
public:
    explicit TestCerts(const QString &dir);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString dir() const { return m_dir; }

    QString caKey() const { return path("ca.key"); }
    QString caCert() const { return path("ca.crt"); }
    QString serverKey() const { return path("server.key"); }
    QString serverCert() const { return path("server.crt"); }
    QString wrongNameKey() const { return path("wrong.key"); }
    QString wrongNameCert() const { return path("wrong.crt"); }
    QString tokenSigningKey() const { return path("token.key"); }
    QString tokenSigningCert() const { return path("token.crt"); }
    QString signingKey() const { return path("cosign.key"); }
    QString signingPublicKey() const { return path("cosign.pub"); }
    QString otherSigningKey() const { return path("other.key"); }
    QString otherSigningPublicKey() const { return path("other.pub"); }
    // Directory containing only ca.crt: what skopeo's --cert-dir/--dest-cert-dir expects.
    QString caCertDir() const { return path("ca-only"); }

    // DER-encoded ECDSA signature of SHA-256(data) with the PEM private key `privateKeyPem`
    // (openssl dgst -sha256 -sign). Empty on failure (and *error set).
    static QByteArray signSha256(const QString &privateKeyPem, const QByteArray &data,
                                 QString *error = nullptr);
    // Checks a DER signature made by signSha256 with the PEM public key.
    static bool verifySha256(const QString &publicKeyPem, const QByteArray &data,
                             const QByteArray &derSignature);
    // Standard base64 (with padding), as cosign stores signatures in annotations.
    static QByteArray base64(const QByteArray &bytes) { return bytes.toBase64(); }

private:
    QString path(const char *name) const;
    bool run(const QStringList &args);
    bool makeLeaf(const QString &name, const QString &cn, const QString &san);
    bool makeSigningKey(const QString &name);

    QString m_dir;
    QString m_error;
};

} // namespace bulkhead::test
