#include "vaultserver.h"

#include "testcerts.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace bulkhead::test {

namespace {

// One KV v2 mount: entries by path, and the keys of every folder ("" is the mount's root, others
// end in '/'), kept sorted as Vault's storage lists them.
struct Mount {
    std::map<QString, VaultEntry> entries;
    std::map<QString, std::set<QString>> folders;
    QStringList forbidden; // path prefixes: 403 for LIST and reads under them
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TestHttpReply jsonReply(int status, const QByteArray &body)
{
    TestHttpReply r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = body;
    return r;
}

// Vault's error body: {"errors":[...]}; an empty list for "nothing here" (404 of a LIST or read).
TestHttpReply errorReply(int status, const QStringList &errors = {})
{
    return jsonReply(status, json(QJsonObject{{"errors", QJsonArray::fromStringList(errors)}}));
}

TestHttpReply permissionDenied()
{
    return errorReply(403, {QStringLiteral("permission denied")});
}

// The envelope a live server wraps every successful response in.
TestHttpReply envelope(const QJsonObject &data)
{
    return jsonReply(200, json(QJsonObject{{"request_id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                           {"lease_id", ""},
                                           {"renewable", false},
                                           {"lease_duration", 0},
                                           {"data", data},
                                           {"wrap_info", QJsonValue::Null},
                                           {"warnings", QJsonValue::Null},
                                           {"auth", QJsonValue::Null},
                                           {"mount_type", "kv"}}));
}

// RFC 3339 with nanoseconds, as Go's time.Time marshals ("2018-03-22T02:24:06.945319214Z"), so
// clients parse the fraction the way they must against a live server. The fraction is derived from
// the second: deterministic, and the whole seconds stay what the test set.
QString vaultTime(qint64 unixSeconds)
{
    const quint64 nanos = (quint64(unixSeconds) * 2654435761ULL) % 1000000000ULL;
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral(".%1Z").arg(nanos, 9, 10, QLatin1Char('0'));
}

QJsonObject metadataOf(const VaultEntry &e)
{
    QJsonObject versions;
    for (int v = 1; v <= e.versionTimes.size(); ++v) {
        const qint64 created = e.versionTimes[v - 1];
        // A soft delete happens after the version was written: an hour later is as good as any.
        const bool deleted = e.deletedVersions.contains(v);
        versions.insert(QString::number(v), QJsonObject{{"created_time", vaultTime(created)},
                                                        {"deletion_time", deleted ? vaultTime(created + 3600) : QString()},
                                                        {"destroyed", e.destroyedVersions.contains(v)}});
    }
    return QJsonObject{{"cas_required", false},
                       {"created_time", vaultTime(e.versionTimes.first())},
                       {"current_version", int(e.versionTimes.size())},
                       {"delete_version_after", "0s"},
                       {"max_versions", 0},
                       {"oldest_version", 0},
                       {"updated_time", vaultTime(e.versionTimes.last())},
                       // Vault sends null, not {}, for a secret without custom metadata.
                       {"custom_metadata", e.customMetadata.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.customMetadata)},
                       {"versions", versions}};
}

QJsonObject secretVersionOf(const VaultEntry &e)
{
    const int current = int(e.versionTimes.size());
    return QJsonObject{{"data", QJsonObject{{"value", e.value}}},
                       {"metadata", QJsonObject{{"created_time", vaultTime(e.versionTimes.last())},
                                                {"custom_metadata", e.customMetadata.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                               : QJsonValue(e.customMetadata)},
                                                {"deletion_time", ""},
                                                {"destroyed", false},
                                                {"version", current}}}};
}

QString trimSlashes(QString s)
{
    while (s.startsWith(QLatin1Char('/')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

} // namespace

struct VaultServer::Impl
{
    Impl() = default;
    explicit Impl(const TestCerts &certs) : server(certs.serverCert(), certs.serverKey()) {}

    TestHttpServer server;
    mutable QMutex mutex; // everything below; the handler runs on the server's thread
    std::map<QString, Mount> mounts;
    QSet<QString> tokens;
    QString vaultNamespace;
    int delayMs = 0;

    void add(const QString &mountName, VaultEntry e)
    {
        e.path = trimSlashes(e.path);
        if (e.path.isEmpty())
            return;
        if (e.versionTimes.isEmpty())
            e.versionTimes.append(e.createdTime);
        e.createdTime = e.versionTimes.first();
        Mount &m = mounts[trimSlashes(mountName)];
        // Every ancestor folder lists the next component (folders with a trailing '/').
        const QStringList parts = e.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QString folder;
        for (int i = 0; i < parts.size(); ++i) {
            const bool leaf = i == parts.size() - 1;
            const QString key = leaf ? parts[i] : parts[i] + QLatin1Char('/');
            m.folders[folder].insert(key);
            folder += key;
        }
        m.entries[e.path] = std::move(e);
    }

    TestHttpReply handle(const RecordedRequest &request);
    TestHttpReply answer(const RecordedRequest &request)
    {
        TestHttpReply reply = handle(request);
        QMutexLocker lock(&mutex);
        reply.delayMs = delayMs;
        return reply;
    }
};

TestHttpReply VaultServer::Impl::handle(const RecordedRequest &request)
{
    QMutexLocker lock(&mutex);
    const QUrl url(QString::fromUtf8(request.target));
    const QUrlQuery query(url);
    QString path = url.path(QUrl::FullyDecoded);
    if (!path.startsWith(QLatin1String("/v1/")))
        return errorReply(404);
    path = path.mid(4);

    // Namespaces: in the header, or as the first path components (both work on a live server).
    if (!vaultNamespace.isEmpty()) {
        const QString header = trimSlashes(QString::fromUtf8(request.header("X-Vault-Namespace")));
        if (header.isEmpty() && path.startsWith(vaultNamespace + QLatin1Char('/')))
            path = path.mid(vaultNamespace.size() + 1);
        else if (header != vaultNamespace)
            return permissionDenied(); // the token belongs to the namespace: elsewhere it is unknown
    }

    // The token before anything else: a bad or missing token learns nothing about paths.
    QByteArray token = request.header("X-Vault-Token");
    if (token.isEmpty() && request.header("Authorization").startsWith("Bearer "))
        token = request.header("Authorization").mid(7).trimmed();
    if (token.isEmpty() || !tokens.contains(QString::fromUtf8(token)))
        return permissionDenied();

    // The longest mount that prefixes the path (mounts may hold '/': "kv/prod").
    Mount *mount = nullptr;
    qsizetype mountLength = -1;
    for (auto &[name, m] : mounts) {
        if ((path == name || path.startsWith(name + QLatin1Char('/'))) && name.size() > mountLength) {
            mount = &m;
            mountLength = name.size();
        }
    }
    if (!mount)
        return errorReply(404, {QStringLiteral("no handler for route \"%1\". route entry not found.").arg(path)});

    const QString rest = path.mid(mountLength + 1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString area = slash < 0 ? rest : rest.left(slash);
    const QString sub = slash < 0 ? QString() : rest.mid(slash + 1);
    const bool list = request.method == "LIST"
                      || (request.method == "GET" && query.queryItemValue(QStringLiteral("list")) == QLatin1String("true"));
    const bool read = request.method == "GET" && !list;
    if (area != QLatin1String("metadata") && area != QLatin1String("data"))
        return errorReply(404);
    if ((!list && !read) || (list && area == QLatin1String("data")))
        return errorReply(405, {QStringLiteral("1 error occurred:\n\t* unsupported operation\n\n")});

    // A LIST names a folder: "team-a" and "team-a/" are the same one.
    const QString target = list ? (trimSlashes(sub).isEmpty() ? QString() : trimSlashes(sub) + QLatin1Char('/')) : trimSlashes(sub);
    for (const QString &prefix : mount->forbidden) {
        if (target.startsWith(prefix))
            return permissionDenied();
    }

    if (list) {
        const auto folder = mount->folders.find(target);
        if (folder == mount->folders.end() || folder->second.empty())
            return errorReply(404);
        QJsonArray keys;
        for (const QString &k : folder->second)
            keys.append(k);
        return envelope(QJsonObject{{"keys", keys}});
    }
    const auto entry = mount->entries.find(target);
    if (entry == mount->entries.end())
        return errorReply(404);
    return envelope(area == QLatin1String("metadata") ? metadataOf(entry->second) : secretVersionOf(entry->second));
}

VaultServer::VaultServer(const TestCerts &certs) : d(std::make_unique<Impl>(certs))
{
    d->server.setHandler([impl = d.get()](const RecordedRequest &request) { return impl->answer(request); });
}

VaultServer::VaultServer() : d(std::make_unique<Impl>())
{
    d->server.setHandler([impl = d.get()](const RecordedRequest &request) { return impl->answer(request); });
}

VaultServer::~VaultServer() = default;

bool VaultServer::start()
{
    return d->server.start();
}

QString VaultServer::url() const
{
    return d->server.url(QString());
}

void VaultServer::addToken(const QString &token)
{
    QMutexLocker lock(&d->mutex);
    d->tokens.insert(token);
}

void VaultServer::setNamespace(const QString &ns)
{
    QMutexLocker lock(&d->mutex);
    d->vaultNamespace = trimSlashes(ns);
}

void VaultServer::addEntry(const QString &mount, const VaultEntry &entry)
{
    QMutexLocker lock(&d->mutex);
    d->add(mount, entry);
}

void VaultServer::generate(const QString &mount, const GeneratedVaultTree &spec)
{
    static const char *const kLeafNames[] = {"db-password", "api-key", "tls", "oauth-client", "smtp",
                                             "s3-credentials", "signing-key", "webhook-secret"};
    static const char *const kFolderNames[] = {"team", "app", "env", "group"};
    const int fanout = std::max(2, spec.fanout);
    const qint64 now = spec.now > 0 ? spec.now : QDateTime::currentSecsSinceEpoch();
    const qint64 twoYears = 2 * 365 * 86400;
    std::mt19937 rng(spec.seed);
    auto below = [&rng](qint64 n) { return n <= 0 ? qint64(0) : qint64(rng() % quint64(n)); };

    // As many folder levels as it takes to hold `secrets` with at most `fanout` keys per folder.
    int levels = 0;
    for (qint64 capacity = fanout; capacity < spec.secrets; capacity *= fanout)
        ++levels;

    QMutexLocker lock(&d->mutex);
    for (int i = 0; i < spec.secrets; ++i) {
        QString path;
        int rest = i;
        QList<int> digits;
        for (int l = 0; l <= levels; ++l) {
            digits.prepend(rest % fanout);
            rest /= fanout;
        }
        for (int l = 0; l < levels; ++l)
            path += QStringLiteral("%1-%2/").arg(QLatin1String(kFolderNames[std::min(l, 3)])).arg(digits[l], 2, 10, QLatin1Char('0'));
        path += QStringLiteral("%1-%2").arg(QLatin1String(kLeafNames[i % 8])).arg(digits[levels], 2, 10, QLatin1Char('0'));

        VaultEntry e;
        e.path = path;
        // Versions 1..6, fewer more often; the first anywhere in the two years, the others after it.
        const int versions = 1 + int(below(6) * below(6) / 5);
        qint64 t = now - twoYears + below(twoYears - 86400);
        for (int v = 0; v < versions; ++v) {
            e.versionTimes.append(t);
            t += 1 + below(std::max<qint64>(1, (now - t) / 2));
        }
        if (versions > 1 && below(10) == 0)
            e.deletedVersions.append(1 + int(below(versions - 1)));
        if (versions > 1 && below(30) == 0)
            e.destroyedVersions.append(1);
        if (below(2) == 0)
            e.customMetadata.insert("owner", QStringLiteral("team-%1").arg(below(12), 2, 10, QLatin1Char('0')));
        if (below(4) == 0) {
            static const char *const kDays[] = {"30", "60", "90", "180", "365"};
            e.customMetadata.insert("rotation_days", kDays[below(5)]);
        }
        if (below(10) == 0)
            e.customMetadata.insert("environment", below(2) ? "production" : "staging");
        const QByteArray h = QCryptographicHash::hash(QByteArray::number(spec.seed) + ':' + mount.toUtf8() + ':' + path.toUtf8(),
                                                      QCryptographicHash::Sha256)
                                 .toHex()
                                 .left(16);
        e.value = QStringLiteral("vault-planted-%1-%2-%3").arg(spec.seed).arg(i).arg(QString::fromLatin1(h));
        d->add(mount, std::move(e));
    }
}

void VaultServer::forbid(const QString &mount, const QString &pathPrefix)
{
    QMutexLocker lock(&d->mutex);
    d->mounts[trimSlashes(mount)].forbidden.append(pathPrefix.startsWith(QLatin1Char('/')) ? pathPrefix.mid(1) : pathPrefix);
}

void VaultServer::setDelayMs(int delayMs)
{
    QMutexLocker lock(&d->mutex);
    d->delayMs = delayMs;
}

int VaultServer::entryCount(const QString &mount) const
{
    QMutexLocker lock(&d->mutex);
    const auto it = d->mounts.find(trimSlashes(mount));
    return it == d->mounts.end() ? 0 : int(it->second.entries.size());
}

QStringList VaultServer::plantedValues() const
{
    QMutexLocker lock(&d->mutex);
    QStringList values;
    for (const auto &[name, m] : d->mounts) {
        for (const auto &[path, e] : m.entries) {
            if (!e.value.isEmpty())
                values.append(e.value);
        }
    }
    return values;
}

QList<RecordedRequest> VaultServer::requests() const
{
    return d->server.requests();
}

int VaultServer::requestCount() const
{
    return int(d->server.requests().size());
}

} // namespace bulkhead::test
