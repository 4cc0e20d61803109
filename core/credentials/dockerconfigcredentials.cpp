#include "credentials/dockerconfigcredentials.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bulkhead {

namespace {

// "https://Host:5000/v1/" -> "host:5000": how docker itself compares auths keys.
QString normalizedHost(QString key)
{
    key = key.trimmed().toLower();
    for (const char *scheme : {"https://", "http://"})
        if (key.startsWith(QLatin1String(scheme)))
            key = key.mid(static_cast<qsizetype>(qstrlen(scheme)));
    if (const auto slash = key.indexOf(QLatin1Char('/')); slash >= 0)
        key.truncate(slash);
    return key;
}

// Docker Hub is stored under its legacy index address whichever host name the source uses.
QString canonicalHost(const std::string &host)
{
    const QString h = normalizedHost(QString::fromStdString(host));
    if (h == QLatin1String("docker.io") || h == QLatin1String("registry-1.docker.io")
        || h == QLatin1String("index.docker.io"))
        return QStringLiteral("index.docker.io");
    return h;
}

// The value of the object's member whose normalised key is `host`; exact keys win.
QJsonValue memberForHost(const QJsonObject &o, const QString &host)
{
    if (o.contains(host))
        return o.value(host);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (canonicalHost(it.key().toStdString()) == host)
            return it.value();
    return {};
}

} // namespace

std::string DockerConfigCredentials::configPath()
{
    const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("config.json")).toStdString();
    return QDir(QDir::homePath()).filePath(QStringLiteral(".docker/config.json")).toStdString();
}

CredentialResult DockerConfigCredentials::lookup(const std::string &registryHost) const
{
    CredentialResult r;
    const std::string path = configPath();
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = "cannot read docker config " + path + ": " + file.errorString().toStdString();
        return r;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (!doc.isObject()) {
        r.error = "docker config " + path + " is not a JSON object ("
            + parseError.errorString().toStdString() + " at byte " + std::to_string(parseError.offset) + ")";
        return r;
    }
    const QJsonObject config = doc.object();
    const QString host = canonicalHost(registryHost);

    const QJsonValue helper = memberForHost(config.value(QStringLiteral("credHelpers")).toObject(), host);
    if (helper.isString())
        return m_helper.get(helper.toString().toStdString(), registryHost);

    const QJsonObject auth = memberForHost(config.value(QStringLiteral("auths")).toObject(), host).toObject();
    std::string user, password;
    if (const QString encoded = auth.value(QStringLiteral("auth")).toString(); !encoded.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const auto colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon < 0) {
            r.error = "docker config " + path + ": the auth entry for " + registryHost
                + " is not base64 of user:password";
            return r;
        }
        user = decoded.decoded.left(colon).toStdString();
        password = decoded.decoded.mid(colon + 1).toStdString();
    } else {
        user = auth.value(QStringLiteral("username")).toString().toStdString();
        password = auth.value(QStringLiteral("password")).toString().toStdString();
    }
    if (const QString token = auth.value(QStringLiteral("identitytoken")).toString(); !token.isEmpty()) {
        r.credentials = RegistryCredentials{"<token>", token.toStdString()};
        return r;
    }
    if (!user.empty() || !password.empty()) {
        r.credentials = RegistryCredentials{user, password};
        return r;
    }

    const QString store = config.value(QStringLiteral("credsStore")).toString();
    if (!store.isEmpty())
        return m_helper.get(store.toStdString(), registryHost);
    r.error = "docker config " + path + " has no credentials for " + registryHost;
    return r;
}

} // namespace bulkhead
