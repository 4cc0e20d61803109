#pragma once

// Debian's `docker-registry` (distribution 2.8) started on 127.0.0.1 with a free random port and a
// temporary storage directory, for integration tests of the registry collector.
//
// Notes on distribution 2.8 (see tests/integration/tst_localregistry.cpp, which checks them):
// - OCI image manifests and OCI image indexes are accepted and served as pushed (same digest);
//   an index can only be pushed once all its child manifests are in the repository.
// - There is no referrers API (GET /v2/<repo>/referrers/<digest> answers 404) and the `subject`
//   field is not indexed: signatures are found through the tag fallback scheme
//   `sha256-<hex>` (cosign: `sha256-<hex>.sig`).
// - Deletion (DELETE /v2/<repo>/manifests/<digest>) is enabled here.

#include "testcerts.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace bulkhead::test {

class LocalRegistry {
public:
    enum class Mode {
        PlainAnonymous, // http://127.0.0.1:PORT, no authentication
        TlsBasicAuth,   // https://127.0.0.1:PORT with the test CA's server cert, htpasswd basic auth
        TlsTokenAuth,   // https, Bearer tokens from `tokenRealm` (a TokenServer), verified by the
                        // registry against the test CA (rootcertbundle)
    };
    struct Options {
        Mode mode = Mode::PlainAnonymous;
        // Required for TlsBasicAuth; must outlive the registry.
        const TestCerts *certs = nullptr;
        // Serve the certificate for "wrong.example" instead of the one for 127.0.0.1/localhost
        // (start() then only waits for the port to accept connections).
        bool wrongNameCertificate = false;
        // TlsTokenAuth: the realm, service and issuer of the TokenServer (TokenServer::realm(),
        // service(), issuer()); `user`/`password` must be an account there that may push.
        QString tokenRealm;
        QString tokenService;
        QString tokenIssuer;
        QString user = QStringLiteral("bulkhead");
        QString password = QStringLiteral("s3cret-pass");
    };

    // Answer of a raw request (test diagnostics and setup only, not the client under test).
    struct Response {
        int status = 0;            // HTTP status, 0 when there was no HTTP answer
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString error;             // network/TLS error text, empty if none
        QByteArray header(const QByteArray &name) const;
    };
    enum class Auth { Configured, None, WrongPassword };

    explicit LocalRegistry(const Options &options);
    explicit LocalRegistry(Mode mode = Mode::PlainAnonymous, const TestCerts *certs = nullptr);
    ~LocalRegistry(); // stops the process
    LocalRegistry(const LocalRegistry &) = delete;
    LocalRegistry &operator=(const LocalRegistry &) = delete;

    // Whether /usr/bin/docker-registry (or docker-registry on PATH) exists; empty when found,
    // else a message suitable for QSKIP.
    static QString missingTool();
    static QString binary();

    // Starts the registry and waits (up to `timeoutMs`) until GET /v2/ answers 200 (anonymous)
    // or 401 (basic auth). On failure returns false; error() and log() tell why.
    bool start(int timeoutMs = 15000);
    void stop();
    bool isRunning() const;

    QString error() const { return m_error; }
    // What the registry wrote on stdout/stderr so far.
    QString log() const;

    Mode mode() const { return m_options.mode; }
    bool tls() const { return m_options.mode != Mode::PlainAnonymous; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString hostPort() const; // "127.0.0.1:PORT"
    QUrl baseUrl() const;     // "http(s)://127.0.0.1:PORT"
    QString user() const { return m_options.user; }
    QString password() const { return m_options.password; }
    QString credentials() const { return user() + QLatin1Char(':') + password(); } // "user:pass"
    QString caCertPath() const;  // empty in plain mode
    QString caCertDir() const;   // directory with only ca.crt (skopeo --cert-dir); empty in plain mode
    QString storageDir() const;  // registry's filesystem root
    QString configPath() const;

    // skopeo arguments to reach this registry as destination ("--dest-...") or source ("--src-...",
    // also what `skopeo inspect/list-tags` take without prefix: pass prefix "").
    // TLS: --*-cert-dir <caCertDir> --*-tls-verify=true --*-creds user:pass; plain: --*-tls-verify=false.
    QStringList skopeoArgs(const QString &prefix, Auth auth = Auth::Configured) const;
    // "docker://127.0.0.1:PORT/<repoAndTag>"
    QString dockerRef(const QString &repoAndTag) const;

    // Raw HTTP request to `path` (e.g. "/v2/"), trusting the test CA in TLS mode; Basic auth
    // (so in TlsTokenAuth mode only unauthenticated requests make sense: set up with skopeo).
    Response request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {}, Auth auth = Auth::Configured) const;
    // TLS handshake with 127.0.0.1:PORT trusting the test CA (or only the system CAs when
    // !trustCa); empty when it succeeds, else the verification errors.
    QString tlsHandshakeError(bool trustCa) const;
    Response get(const QString &path, Auth auth = Auth::Configured) const { return request("GET", path, {}, {}, auth); }
    // Uploads a blob (POST + PUT ?digest=); returns "sha256:<hex>" or empty (error in *error).
    QString pushBlob(const QString &repo, const QByteArray &bytes, QString *error = nullptr) const;
    // PUT /v2/<repo>/manifests/<reference> with the given media type; returns the digest the
    // registry reports (Docker-Content-Digest) or empty (error in *error).
    QString pushManifest(const QString &repo, const QString &reference, const QByteArray &manifest,
                         const QString &mediaType, QString *error = nullptr) const;

private:
    bool writeConfig();
    bool launch(int timeoutMs);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

// "sha256:<hex>" of bytes.
QString sha256Digest(const QByteArray &bytes);

} // namespace bulkhead::test
