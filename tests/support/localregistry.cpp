#include "localregistry.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>

namespace bulkhead::test {

QString sha256Digest(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray LocalRegistry::Response::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

LocalRegistry::LocalRegistry(const Options &options) : m_options(options) {}

LocalRegistry::LocalRegistry(Mode mode, const TestCerts *certs)
{
    m_options.mode = mode;
    m_options.certs = certs;
}

LocalRegistry::~LocalRegistry()
{
    stop();
}

QString LocalRegistry::binary()
{
    if (QFileInfo::exists(QStringLiteral("/usr/bin/docker-registry")))
        return QStringLiteral("/usr/bin/docker-registry");
    return QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
}

QString LocalRegistry::missingTool()
{
    if (binary().isEmpty())
        return QStringLiteral("docker-registry not found (apt install docker-registry): registry tests skipped");
    return {};
}

QString LocalRegistry::hostPort() const
{
    return host() + QLatin1Char(':') + QString::number(m_port);
}

QUrl LocalRegistry::baseUrl() const
{
    return QUrl((tls() ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort());
}

QString LocalRegistry::caCertPath() const
{
    return tls() && m_options.certs ? m_options.certs->caCert() : QString();
}

QString LocalRegistry::caCertDir() const
{
    return tls() && m_options.certs ? m_options.certs->caCertDir() : QString();
}

QString LocalRegistry::storageDir() const
{
    return m_dir.filePath(QStringLiteral("storage"));
}

QString LocalRegistry::configPath() const
{
    return m_dir.filePath(QStringLiteral("config.yml"));
}

QString LocalRegistry::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("registry.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

bool LocalRegistry::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString LocalRegistry::dockerRef(const QString &repoAndTag) const
{
    return QStringLiteral("docker://") + hostPort() + QLatin1Char('/') + repoAndTag;
}

QStringList LocalRegistry::skopeoArgs(const QString &prefix, Auth auth) const
{
    const QString p = prefix.isEmpty() ? QStringLiteral("--") : QStringLiteral("--") + prefix + QLatin1Char('-');
    QStringList args;
    if (tls()) {
        args << p + QStringLiteral("tls-verify=true") << p + QStringLiteral("cert-dir") << caCertDir();
        if (auth == Auth::Configured)
            args << p + QStringLiteral("creds") << credentials();
        else if (auth == Auth::WrongPassword)
            args << p + QStringLiteral("creds") << user() + QStringLiteral(":wrong-") + password();
        else
            args << p + QStringLiteral("no-creds");
    } else {
        args << p + QStringLiteral("tls-verify=false");
    }
    return args;
}

static quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

bool LocalRegistry::writeConfig()
{
    QString yaml = QStringLiteral("version: 0.1\n"
                                  "log:\n"
                                  "  level: info\n"
                                  "  accesslog:\n"
                                  "    disabled: false\n"
                                  "storage:\n"
                                  "  filesystem:\n"
                                  "    rootdirectory: %1\n"
                                  "  delete:\n"
                                  "    enabled: true\n"
                                  "  maintenance:\n"
                                  "    uploadpurging:\n"
                                  "      enabled: false\n"
                                  "http:\n"
                                  "  addr: 127.0.0.1:%2\n"
                                  "  secret: %3\n"
                                  "  headers:\n"
                                  "    X-Content-Type-Options: [nosniff]\n")
                       .arg(storageDir())
                       .arg(m_port)
                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (tls()) {
        const TestCerts *c = m_options.certs;
        yaml += QStringLiteral("  tls:\n"
                               "    certificate: %1\n"
                               "    key: %2\n")
                    .arg(m_options.wrongNameCertificate ? c->wrongNameCert() : c->serverCert(),
                         m_options.wrongNameCertificate ? c->wrongNameKey() : c->serverKey());
        if (m_options.mode == Mode::TlsTokenAuth)
            yaml += QStringLiteral("auth:\n"
                                   "  token:\n"
                                   "    realm: %1\n"
                                   "    service: %2\n"
                                   "    issuer: %3\n"
                                   "    rootcertbundle: %4\n")
                        .arg(m_options.tokenRealm, m_options.tokenService, m_options.tokenIssuer, c->caCert());
        else
            yaml += QStringLiteral("auth:\n"
                                   "  htpasswd:\n"
                                   "    realm: bulkhead-test\n"
                                   "    path: %1\n")
                        .arg(m_dir.filePath(QStringLiteral("htpasswd")));
    }
    QFile f(configPath());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write ") + configPath();
        return false;
    }
    f.write(yaml.toUtf8());
    return true;
}

bool LocalRegistry::start(int timeoutMs)
{
    m_error.clear();
    if (const QString missing = missingTool(); !missing.isEmpty()) {
        m_error = missing;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    QDir().mkpath(storageDir());
    if (tls()) {
        if (!m_options.certs || !m_options.certs->ok()) {
            m_error = QStringLiteral("TLS mode needs TestCerts: ")
                + (m_options.certs ? m_options.certs->error() : QStringLiteral("none given"));
            return false;
        }
        if (m_options.mode == Mode::TlsTokenAuth && m_options.tokenRealm.isEmpty()) {
            m_error = QStringLiteral("TlsTokenAuth mode needs tokenRealm, tokenService and tokenIssuer");
            return false;
        }
        const ToolRun h = runTool(QStringLiteral("htpasswd"),
                                  {QStringLiteral("-Bbn"), m_options.user, m_options.password});
        if (!h.ok()) {
            m_error = QStringLiteral("htpasswd (apache2-utils) failed: ") + h.describe();
            return false;
        }
        QFile f(m_dir.filePath(QStringLiteral("htpasswd")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = QStringLiteral("cannot write htpasswd");
            return false;
        }
        f.write(h.out.trimmed() + '\n');
    }
    // The port is picked free and then handed over: retry when another process took it meanwhile.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (launch(timeoutMs))
            return true;
        stop();
    }
    return false;
}

bool LocalRegistry::launch(int timeoutMs)
{
    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    if (!writeConfig())
        return false;
    m_process = std::make_unique<QProcess>();
    const QString logPath = m_dir.filePath(QStringLiteral("registry.log"));
    m_process->setStandardOutputFile(logPath, QIODevice::Append);
    m_process->setStandardErrorFile(logPath, QIODevice::Append);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep settings of the environment (REGISTRY_*) from changing the test registry.
    for (const QString &k : env.keys())
        if (k.startsWith(QStringLiteral("REGISTRY_")))
            env.remove(k);
    env.insert(QStringLiteral("OTEL_SDK_DISABLED"), QStringLiteral("true"));
    m_process->setProcessEnvironment(env);
    m_process->start(binary(), {QStringLiteral("serve"), configPath()});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start docker-registry: ") + m_process->errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    const int expected = tls() ? 401 : 200;
    Response last;
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running || m_process->waitForFinished(0)) {
            m_error = QStringLiteral("docker-registry exited (code %1) before answering; log:\n%2")
                          .arg(m_process->exitCode())
                          .arg(log());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.disconnectFromHost();
            // A certificate for another name cannot pass an HTTPS probe: accepting TCP must do.
            if (m_options.wrongNameCertificate)
                return true;
            last = request("GET", QStringLiteral("/v2/"), {}, {}, Auth::None);
            if (last.status == expected)
                return true;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("docker-registry on %1 did not answer /v2/ with %2 within %3 ms (last: %4 %5); log:\n%6")
                  .arg(hostPort())
                  .arg(expected)
                  .arg(timeoutMs)
                  .arg(last.status)
                  .arg(last.error, log());
    return false;
}

void LocalRegistry::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

QString LocalRegistry::tlsHandshakeError(bool trustCa) const
{
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
    ssl.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    if (trustCa)
        ssl.setCaCertificates(QSslCertificate::fromPath(caCertPath()));
    socket.setSslConfiguration(ssl);
    socket.setPeerVerifyName(host());
    socket.connectToHostEncrypted(host(), m_port);
    if (socket.waitForEncrypted(10000))
        return {};
    QStringList errors;
    for (const QSslError &e : socket.sslHandshakeErrors())
        errors << e.errorString();
    return errors.isEmpty() ? socket.errorString() : errors.join(QStringLiteral("; "));
}

LocalRegistry::Response LocalRegistry::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                               const QList<QPair<QByteArray, QByteArray>> &headers, Auth auth) const
{
    Response r;
    // One manager for the whole process, never destroyed: Qt 6.4 can crash when a manager is
    // destroyed right after a request (its HTTP thread is still tearing down).
    static QNetworkAccessManager *nam = [] {
        auto *m = new QNetworkAccessManager;
        m->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        return m;
    }();
    QUrl url = path.startsWith(QLatin1String("http")) ? QUrl(path) : QUrl(baseUrl().toString() + path);
    QNetworkRequest req(url);
    req.setTransferTimeout(10000);
    if (tls()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        // Each request verifies the server afresh (no resumed session skipping the check).
        ssl.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
        ssl.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
        ssl.setCaCertificates(QSslCertificate::fromPath(caCertPath()));
        req.setSslConfiguration(ssl);
    }
    if (tls() && auth != Auth::None) {
        const QString pass = auth == Auth::WrongPassword ? QStringLiteral("wrong-") + password() : password();
        req.setRawHeader("Authorization", "Basic " + (user() + QLatin1Char(':') + pass).toUtf8().toBase64());
    }
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    req.setRawHeader("Connection", "close"); // no reuse across TLS settings or credentials
    auto exec = [&](const QNetworkRequest &request) {
        Response out;
        QNetworkReply *reply = nam->sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
        if (reply->error() != QNetworkReply::NoError && out.status == 0)
            out.error = reply->errorString();
        reply->deleteLater();
        return out;
    };
    r = exec(req);
    // Token mode: the Basic credentials go to the realm, the token to the registry (the setup
    // side of the flow the client under test implements; kept minimal on purpose).
    if (m_options.mode == Mode::TlsTokenAuth && auth != Auth::None && r.status == 401) {
        const QByteArray challenge = r.header("WWW-Authenticate");
        const QRegularExpression param(QStringLiteral(R"re((\w+)="([^"]*)")re"));
        QUrlQuery query;
        QString realm;
        for (auto it = param.globalMatch(QString::fromUtf8(challenge)); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == QLatin1String("realm"))
                realm = m.captured(2);
            else if (m.captured(1) == QLatin1String("service") || m.captured(1) == QLatin1String("scope"))
                query.addQueryItem(m.captured(1), m.captured(2));
        }
        QUrl tokenUrl(realm);
        tokenUrl.setQuery(query);
        QNetworkRequest tokenReq = req;
        tokenReq.setUrl(tokenUrl);
        const Response token = [&] {
            QNetworkReply *reply = nam->get(tokenReq);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            Response t;
            t.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            t.body = reply->readAll();
            reply->deleteLater();
            return t;
        }();
        const QString jwt = QJsonDocument::fromJson(token.body).object().value(QStringLiteral("token")).toString();
        if (token.status != 200 || jwt.isEmpty()) {
            r.error = QStringLiteral("token request to %1 failed: HTTP %2").arg(realm).arg(token.status);
            return r;
        }
        req.setRawHeader("Authorization", "Bearer " + jwt.toUtf8());
        r = exec(req);
    }
    return r;
}

QString LocalRegistry::pushBlob(const QString &repo, const QByteArray &bytes, QString *error) const
{
    const QString digest = sha256Digest(bytes);
    const Response start = request("POST", QStringLiteral("/v2/%1/blobs/uploads/").arg(repo));
    if (start.status != 202) {
        if (error)
            *error = QStringLiteral("blob upload start: %1 %2 %3").arg(start.status).arg(start.error,
                                                                                      QString::fromUtf8(start.body));
        return {};
    }
    QString location = QString::fromUtf8(start.header("Location"));
    location += (location.contains(QLatin1Char('?')) ? QStringLiteral("&digest=") : QStringLiteral("?digest="))
        + QString::fromLatin1(QUrl::toPercentEncoding(digest));
    const Response put = request("PUT", location, bytes, {{"Content-Type", "application/octet-stream"}});
    if (put.status != 201) {
        if (error)
            *error = QStringLiteral("blob upload: %1 %2 %3").arg(put.status).arg(put.error, QString::fromUtf8(put.body));
        return {};
    }
    return digest;
}

QString LocalRegistry::pushManifest(const QString &repo, const QString &reference, const QByteArray &manifest,
                                    const QString &mediaType, QString *error) const
{
    const Response put = request("PUT", QStringLiteral("/v2/%1/manifests/%2").arg(repo, reference), manifest,
                                 {{"Content-Type", mediaType.toUtf8()}});
    if (put.status != 201) {
        if (error)
            *error = QStringLiteral("manifest put: %1 %2 %3").arg(put.status).arg(put.error, QString::fromUtf8(put.body));
        return {};
    }
    return QString::fromUtf8(put.header("Docker-Content-Digest"));
}

} // namespace bulkhead::test
