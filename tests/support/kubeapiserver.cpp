#include "kubeapiserver.h"

#include <QFile>

#include "kubeapiresources.h"
#include "kubefieldselector.h"
#include "kubegeneratedcluster.h"
#include "kubeobjectfile.h"
#include "testcerts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <vector>

namespace bulkhead::test {

namespace {

// One stored object, serialized once when added: a LIST page is the concatenation of these.
struct StoredObject {
    QString nameSpace, name;
    QByteArray item;     // as a list item (built-in kinds without kind/apiVersion, as the API serves them)
    QByteArray metadata; // as a PartialObjectMetadata item
    QHash<QString, QString> fields; // the values of the fields a fieldSelector may name
};

struct ResourceData {
    KubeApiResource def;
    std::vector<StoredObject> objects;
    bool sorted = true;

    void sort()
    {
        if (sorted)
            return;
        // etcd key order: /registry/<resource>/<namespace>/<name>
        std::stable_sort(objects.begin(), objects.end(), [](const StoredObject &a, const StoredObject &b) {
            return a.nameSpace != b.nameSpace ? a.nameSpace < b.nameSpace : a.name < b.name;
        });
        sorted = true;
    }
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

TestHttpReply jsonReply(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    TestHttpReply r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-cache, private")));
    r.body = body;
    return r;
}

// A metav1.Status as the API server words it.
TestHttpReply statusReply(int code, const QString &reason, const QString &message, const QJsonObject &details = {})
{
    QJsonObject o{{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", QJsonObject{}}, {"status", "Failure"},
                  {"message", message}, {"reason", reason}, {"code", code}};
    if (!details.isEmpty())
        o.insert("details", details);
    return jsonReply(code, json(o));
}

const QString kExpiredMessage = QStringLiteral(
    "The provided continue parameter is too old to display a consistent list result. You can start a new list "
    "without the continue parameter, or use the continue token in this response to retrieve the remainder of the "
    "results. Continuing with the provided token results in an inconsistent list - objects that were created, "
    "modified, or deleted between the time the first chunk was returned and now may show up in the list.");

// A 5xx as the API server words it.
TestHttpReply serverError(int code)
{
    if (code == 503)
        return statusReply(code, QStringLiteral("ServiceUnavailable"), QStringLiteral("the server is currently unable to handle the request"));
    if (code == 504)
        return statusReply(code, QStringLiteral("Timeout"),
                           QStringLiteral("Timeout: request did not complete within the allotted timeout"));
    return statusReply(code, QStringLiteral("InternalError"),
                       QStringLiteral("Internal error occurred: etcdserver: request timed out"),
                       QJsonObject{{"causes", QJsonArray{QJsonObject{{"message", "etcdserver: request timed out"}}}}});
}

// What a request path names.
struct Route {
    enum class Kind { Unknown, Version, CoreVersions, GroupList, ResourceList, List, Get } kind = Kind::Unknown;
    QString group, version, resource, nameSpace, name;
};

Route route(const QString &path)
{
    Route r;
    QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg == QStringList{QStringLiteral("version")}) {
        r.kind = Route::Kind::Version;
        return r;
    }
    if (seg == QStringList{QStringLiteral("api")}) {
        r.kind = Route::Kind::CoreVersions;
        return r;
    }
    if (seg == QStringList{QStringLiteral("apis")}) {
        r.kind = Route::Kind::GroupList;
        return r;
    }
    if (seg.size() >= 2 && seg[0] == QLatin1String("api")) {
        r.version = seg[1];
        seg = seg.mid(2);
    } else if (seg.size() >= 3 && seg[0] == QLatin1String("apis")) {
        r.group = seg[1];
        r.version = seg[2];
        seg = seg.mid(3);
    } else {
        return r;
    }
    if (seg.isEmpty()) {
        r.kind = Route::Kind::ResourceList;
    } else if (seg.size() == 1) {
        r.kind = Route::Kind::List;
        r.resource = seg[0];
    } else if (seg.size() == 2) { // a cluster-scoped object, or a namespace
        r.kind = Route::Kind::Get;
        r.resource = seg[0];
        r.name = seg[1];
    } else if (seg.size() == 3 && seg[0] == QLatin1String("namespaces")) {
        r.kind = Route::Kind::List;
        r.nameSpace = seg[1];
        r.resource = seg[2];
    } else if (seg.size() == 4 && seg[0] == QLatin1String("namespaces")) {
        r.kind = Route::Kind::Get;
        r.nameSpace = seg[1];
        r.resource = seg[2];
        r.name = seg[3];
    }
    return r;
}

} // namespace

struct KubeApiServer::Impl
{
    explicit Impl(const TestCerts &certs) : server(certs.serverCert(), certs.serverKey()), caCert(certs.caCert()) {}

    TestHttpServer server;
    QString caCert; // the CA file a kubeconfig for this server names
    mutable QMutex mutex; // everything below; the handler runs on the server's thread
    QHash<QString, ResourceData> resources; // by plural
    QList<QString> resourceOrder;            // discovery order
    QHash<QString, QString> tokens;          // token -> user
    bool anonymous = false;
    bool trivyInstalled = false;
    QSet<QString> forbidden;
    int continueExpiry = 0;
    bool continueExpiryRepeats = true;
    qint64 pagesServed = 0;
    int delayMs = 0;
    QHash<QString, int> tooManyOnce; // resource -> Retry-After seconds
    QHash<QString, QPair<int, int>> failOnce; // resource -> (HTTP status, pages to serve first)
    qint64 resourceVersion = 100000;
    qint64 uids = 0;
    QStringList planted;

    void define(const KubeApiResource &def)
    {
        if (resources.contains(def.resource))
            return;
        resources.insert(def.resource, ResourceData{def, {}, true});
        resourceOrder.append(def.resource);
    }

    bool served(const ResourceData &data) const
    {
        return !(data.def.group == QLatin1String("aquasecurity.github.io") && !trivyInstalled);
    }

    ResourceData *find(const QString &group, const QString &version, const QString &resource)
    {
        auto it = resources.find(resource);
        if (it == resources.end() || it->def.group != group || it->def.version != version || !served(*it)
            || !it->def.listable())
            return nullptr;
        return &*it;
    }

    void add(QJsonObject object)
    {
        const QString apiVersion = object.value("apiVersion").toString();
        const QString kind = object.value("kind").toString();
        const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
        const QString group = slash < 0 ? QString() : apiVersion.left(slash);
        const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
        ResourceData *data = nullptr;
        for (auto &r : resources) {
            if (r.def.group == group && r.def.kind == kind && r.def.listable() && !r.def.resource.contains('/')) {
                data = &r;
                break;
            }
        }
        QJsonObject meta = object.value("metadata").toObject();
        if (!data) { // a kind the server does not know: serve it as a custom resource
            KubeApiResource def;
            def.group = group;
            def.version = version;
            def.kind = kind;
            def.resource = kind.toLower() + QStringLiteral("s");
            def.namespaced = !meta.value("namespace").toString().isEmpty();
            def.custom = true;
            define(def);
            data = &resources[def.resource];
        }
        // What a real server fills in on create: a uid, a resourceVersion, and a Secret's type
        // defaulted to Opaque.
        if (!meta.contains("uid"))
            meta.insert("uid", QStringLiteral("00000000-0000-4000-8000-%1").arg(++uids, 12, 10, QLatin1Char('0')));
        if (!meta.contains("resourceVersion"))
            meta.insert("resourceVersion", QString::number(++resourceVersion));
        object.insert("metadata", meta);
        if (data->def.group.isEmpty() && kind == QLatin1String("Secret") && !object.contains("type"))
            object.insert("type", QStringLiteral("Opaque"));
        StoredObject stored;
        stored.nameSpace = meta.value("namespace").toString();
        stored.name = meta.value("name").toString();
        stored.fields = kubeFieldValues(object, kubeSelectableFields(data->def.group, data->def.kind, data->def.namespaced,
                                                                     data->def.custom));
        if (!data->def.custom) {
            object.remove("kind");
            object.remove("apiVersion");
        }
        stored.item = json(object);
        stored.metadata = json(QJsonObject{{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", meta}});
        data->objects.push_back(std::move(stored));
        data->sorted = false;
    }

    TestHttpReply handle(const RecordedRequest &request);
    TestHttpReply discovery(const Route &r) const;
    TestHttpReply list(ResourceData &data, const Route &r, const QUrlQuery &query, const RecordedRequest &request);
    TestHttpReply get(ResourceData &data, const Route &r, const RecordedRequest &request);
};

TestHttpReply KubeApiServer::Impl::handle(const RecordedRequest &request)
{
    QMutexLocker lock(&mutex);
    const QUrl url(QString::fromUtf8(request.target));
    const QUrlQuery query(url);
    const Route r = route(url.path());

    // Authentication first, for every path, as a server without anonymous access does.
    QString user;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        user = tokens.value(QString::fromUtf8(authorization.mid(7).trimmed()));
    else if (authorization.isEmpty() && !request.clientCommonName.isEmpty())
        user = request.clientCommonName;
    else if (authorization.isEmpty() && anonymous)
        user = QStringLiteral("system:anonymous");
    if (user.isEmpty())
        return statusReply(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));

    if (request.method != "GET")
        return statusReply(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral("the server does not allow this method on the requested resource"));

    switch (r.kind) {
    case Route::Kind::Version:
        return jsonReply(200, json(QJsonObject{{"major", "1"}, {"minor", "29"}, {"gitVersion", "v1.29.2"},
                                               {"gitCommit", "4b8e819355d791d96b7e9d9efe4cbafae2311c88"},
                                               {"gitTreeState", "clean"}, {"buildDate", "2024-02-14T10:32:39Z"},
                                               {"goVersion", "go1.21.7"}, {"compiler", "gc"}, {"platform", "linux/amd64"}}));
    case Route::Kind::CoreVersions:
    case Route::Kind::GroupList:
    case Route::Kind::ResourceList:
        return discovery(r);
    case Route::Kind::List:
    case Route::Kind::Get: {
        ResourceData *data = find(r.group, r.version, r.resource); // "/api/v1/namespaces/<ns>": a GET of it
        if (!data || (!r.nameSpace.isEmpty() && !data->def.namespaced))
            break;
        const QString qualified = data->def.group.isEmpty() ? data->def.resource : data->def.resource + '.' + data->def.group;
        if (forbidden.contains(data->def.resource)) {
            const QString verb = r.kind == Route::Kind::List ? QStringLiteral("list") : QStringLiteral("get");
            const QString scope = r.nameSpace.isEmpty() ? QStringLiteral("at the cluster scope")
                                                        : QStringLiteral("in the namespace \"%1\"").arg(r.nameSpace);
            QJsonObject details{{"kind", data->def.resource}};
            if (!data->def.group.isEmpty())
                details.insert("group", data->def.group);
            QString what = qualified;
            if (r.kind == Route::Kind::Get) {
                details.insert("name", r.name);
                what += QStringLiteral(" \"%1\"").arg(r.name);
            }
            return statusReply(403, QStringLiteral("Forbidden"),
                               QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\" %6")
                                   .arg(what, user, verb, data->def.resource, data->def.group, scope),
                               details);
        }
        if (const auto retry = tooManyOnce.find(data->def.resource); retry != tooManyOnce.end()) {
            const int seconds = *retry;
            tooManyOnce.erase(retry);
            TestHttpReply reply = statusReply(429, QStringLiteral("TooManyRequests"),
                                              QStringLiteral("Too many requests, please try again later."),
                                              QJsonObject{{"retryAfterSeconds", seconds}});
            reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(seconds)));
            return reply;
        }
        if (const auto fail = failOnce.find(data->def.resource); fail != failOnce.end() && r.kind == Route::Kind::List) {
            if (fail->second > 0) {
                --fail->second;
            } else {
                const int code = fail->first;
                failOnce.erase(fail);
                if (code == 0) {
                    TestHttpReply reset = list(*data, r, query, request);
                    reset.resetAfter = std::min<qint64>(100, reset.body.size() / 2);
                    return reset;
                }
                return serverError(code);
            }
        }
        return r.kind == Route::Kind::List ? list(*data, r, query, request) : get(*data, r, request);
    }
    case Route::Kind::Unknown:
        break;
    }
    return statusReply(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"),
                       QJsonObject{});
}

TestHttpReply KubeApiServer::Impl::discovery(const Route &r) const
{
    if (r.kind == Route::Kind::CoreVersions) {
        return jsonReply(200, json(QJsonObject{
                                  {"kind", "APIVersions"},
                                  {"versions", QJsonArray{"v1"}},
                                  {"serverAddressByClientCIDRs",
                                   QJsonArray{QJsonObject{{"clientCIDR", "0.0.0.0/0"},
                                                          {"serverAddress", QStringLiteral("127.0.0.1:%1").arg(server.port())}}}}}));
    }
    if (r.kind == Route::Kind::GroupList) {
        QJsonArray groups;
        QStringList seen;
        for (const QString &name : resourceOrder) {
            const ResourceData &data = resources[name];
            if (data.def.group.isEmpty() || seen.contains(data.def.group) || !served(data))
                continue;
            seen.append(data.def.group);
            const QJsonObject gv{{"groupVersion", data.def.groupVersion()}, {"version", data.def.version}};
            groups.append(QJsonObject{{"name", data.def.group}, {"versions", QJsonArray{gv}}, {"preferredVersion", gv}});
        }
        return jsonReply(200, json(QJsonObject{{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}}));
    }
    QJsonArray list;
    for (const QString &name : resourceOrder) {
        const ResourceData &data = resources[name];
        if (data.def.group != r.group || data.def.version != r.version || !served(data))
            continue;
        QJsonObject o{{"name", data.def.resource}, {"singularName", data.def.resource.contains('/') ? QString() : data.def.kind.toLower()},
                      {"namespaced", data.def.namespaced}, {"kind", data.def.kind},
                      {"verbs", QJsonArray::fromStringList(data.def.verbs)}};
        if (!data.def.shortNames.isEmpty())
            o.insert("shortNames", QJsonArray::fromStringList(data.def.shortNames));
        if (!data.def.resource.contains('/') && data.def.listable())
            o.insert("storageVersionHash", QString::fromLatin1(data.def.resource.toUtf8().toBase64().left(11)));
        list.append(o);
    }
    if (list.isEmpty())
        return statusReply(404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"),
                           QJsonObject{});
    QJsonObject doc{{"kind", "APIResourceList"}, {"groupVersion", r.group.isEmpty() ? r.version : r.group + '/' + r.version},
                    {"resources", list}};
    if (!r.group.isEmpty())
        doc.insert("apiVersion", "v1");
    return jsonReply(200, json(doc));
}

TestHttpReply KubeApiServer::Impl::list(ResourceData &data, const Route &r, const QUrlQuery &query,
                                        const RecordedRequest &request)
{
    data.sort();
    // The objects in scope: all, or one namespace's (contiguous in key order).
    size_t begin = 0, end = data.objects.size();
    if (!r.nameSpace.isEmpty()) {
        const auto lower = std::lower_bound(data.objects.begin(), data.objects.end(), r.nameSpace,
                                            [](const StoredObject &o, const QString &ns) { return o.nameSpace < ns; });
        const auto upper = std::upper_bound(lower, data.objects.end(), r.nameSpace,
                                            [](const QString &ns, const StoredObject &o) { return ns < o.nameSpace; });
        begin = size_t(lower - data.objects.begin());
        end = size_t(upper - data.objects.begin());
    }

    // The selector is read before the continue token, as the server's handler does; an unknown
    // field is a 400 naming it.
    QList<KubeFieldRequirement> selector;
    QString selectorError;
    if (!parseKubeFieldSelector(query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded), &selector,
                                &selectorError))
        return statusReply(400, QStringLiteral("BadRequest"), selectorError);
    const QStringList selectable = kubeSelectableFields(data.def.group, data.def.kind, data.def.namespaced, data.def.custom);
    for (const KubeFieldRequirement &term : selector) {
        if (!selectable.contains(term.field))
            return statusReply(400, QStringLiteral("BadRequest"),
                               kubeUnsupportedFieldMessage(data.def.group, data.def.kind, data.def.custom, term.field));
    }

    qint64 listRv = resourceVersion;
    size_t start = begin;
    const QString continueToken = query.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
    if (!continueToken.isEmpty()) {
        const QJsonObject token = QJsonDocument::fromJson(QByteArray::fromBase64(continueToken.toLatin1(),
                                                                                 QByteArray::Base64UrlEncoding))
                                      .object();
        if (token.value("v").toString() != QLatin1String("meta.k8s.io/v1") || token.value("r").toString() != data.def.resource
            || token.value("ns").toString() != r.nameSpace)
            return statusReply(400, QStringLiteral("BadRequest"),
                               QStringLiteral("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)"));
        const qint64 issued = token.value("p").toInteger();
        const qint64 lastCompaction = continueExpiryRepeats ? (pagesServed / std::max(1, continueExpiry)) * continueExpiry
                                                            : (pagesServed >= continueExpiry ? continueExpiry : 0);
        if (continueExpiry > 0 && lastCompaction >= issued)
            return statusReply(410, QStringLiteral("Expired"), kExpiredMessage);
        listRv = token.value("rv").toInteger();
        start = std::min(end, begin + size_t(token.value("i").toInteger()));
    }
    const qint64 limit = query.queryItemValue(QStringLiteral("limit")).toLongLong();
    // Up to `limit` matching objects from `start` on: like etcd, the scan goes on past the ones the
    // selector drops, and a continue token is issued while objects remain to be scanned (so a
    // selective list may end with an empty page).
    std::vector<size_t> page;
    size_t stop = start;
    for (; stop < end && (limit <= 0 || qint64(page.size()) < limit); ++stop) {
        if (kubeFieldsMatch(selector, data.objects[stop].fields))
            page.push_back(stop);
    }

    const bool metadataOnly = request.header("Accept").contains("as=PartialObjectMetadataList");
    ++pagesServed;
    QByteArray body;
    body.reserve(qsizetype(page.size()) * 2048 + 256);
    if (metadataOnly)
        body += R"({"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":")";
    else
        body += R"({"kind":")" + data.def.kind.toUtf8() + R"(List","apiVersion":")" + data.def.groupVersion().toUtf8()
                + R"(","metadata":{"resourceVersion":")";
    body += QByteArray::number(listRv) + '"';
    if (stop < end) {
        const QJsonObject token{{"v", "meta.k8s.io/v1"}, {"rv", listRv}, {"r", data.def.resource}, {"ns", r.nameSpace},
                                {"start", data.objects[stop].nameSpace + '/' + data.objects[stop].name + QChar(0)},
                                {"i", qint64(stop - begin)}, {"p", pagesServed}};
        body += R"(,"continue":")" + json(token).toBase64(QByteArray::Base64UrlEncoding) + '"';
        if (selector.isEmpty()) // a server counts what remains only for a list without selectors
            body += R"(,"remainingItemCount":)" + QByteArray::number(qint64(end - stop));
    }
    body += R"(},"items":[)";
    for (size_t k = 0; k < page.size(); ++k) {
        if (k > 0)
            body += ',';
        body += metadataOnly ? data.objects[page[k]].metadata : data.objects[page[k]].item;
    }
    body += "]}";
    return jsonReply(200, body,
                     metadataOnly ? QByteArray("application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1")
                                  : QByteArray("application/json"));
}

TestHttpReply KubeApiServer::Impl::get(ResourceData &data, const Route &r, const RecordedRequest &request)
{
    for (const StoredObject &o : data.objects) {
        if (o.name == r.name && o.nameSpace == r.nameSpace) {
            if (request.header("Accept").contains("as=PartialObjectMetadata"))
                return jsonReply(200, o.metadata, "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1");
            if (data.def.custom)
                return jsonReply(200, o.item);
            // A GET answers with kind and apiVersion, which list items leave out.
            return jsonReply(200, R"({"kind":")" + data.def.kind.toUtf8() + R"(","apiVersion":")"
                                      + data.def.groupVersion().toUtf8() + "\","  + o.item.mid(1));
        }
    }
    QJsonObject details{{"name", r.name}, {"kind", data.def.resource}};
    if (!data.def.group.isEmpty())
        details.insert("group", data.def.group);
    const QString qualified = data.def.group.isEmpty() ? data.def.resource : data.def.resource + '.' + data.def.group;
    return statusReply(404, QStringLiteral("NotFound"), QStringLiteral("%1 \"%2\" not found").arg(qualified, r.name), details);
}

KubeApiServer::KubeApiServer(const TestCerts &certs) : d(std::make_unique<Impl>(certs))
{
    d->server.setClientCertificateCa(certs.caCert(), false);
    for (const KubeApiResource &r : builtinKubeApiResources())
        d->define(r);
    for (const KubeApiResource &r : trivyOperatorResources())
        d->define(r);
    d->server.setHandler([impl = d.get()](const RecordedRequest &request) {
        TestHttpReply reply = impl->handle(request);
        QMutexLocker lock(&impl->mutex);
        reply.delayMs = impl->delayMs;
        return reply;
    });
}

KubeApiServer::~KubeApiServer() = default;

bool KubeApiServer::start()
{
    return d->server.start();
}

QString KubeApiServer::url() const
{
    return d->server.url(QString());
}

bool KubeApiServer::writeKubeconfig(const QString &path, const QString &token) const
{
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QString yaml = QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: test\n  cluster:\n"
                                        "    server: %1\n    certificate-authority: %2\nusers:\n- name: tester\n"
                                        "  user:\n    token: %3\ncontexts:\n- name: test\n  context:\n"
                                        "    cluster: test\n    user: tester\ncurrent-context: test\n")
                             .arg(url(), d->caCert, token);
    return f.write(yaml.toUtf8()) == yaml.toUtf8().size();
}

void KubeApiServer::addToken(const QString &token, const QString &user)
{
    QMutexLocker lock(&d->mutex);
    d->tokens.insert(token, user);
}

void KubeApiServer::setAllowAnonymous(bool allow)
{
    QMutexLocker lock(&d->mutex);
    d->anonymous = allow;
}

void KubeApiServer::addObject(const QJsonObject &object)
{
    QMutexLocker lock(&d->mutex);
    d->add(object);
}

bool KubeApiServer::addFile(const QString &path, QString *error)
{
    QList<QJsonObject> objects;
    if (!readKubeObjects(path, &objects, error))
        return false;
    QMutexLocker lock(&d->mutex);
    for (const QJsonObject &o : objects)
        d->add(o);
    return true;
}

void KubeApiServer::generateCluster(const GeneratedCluster &spec)
{
    QStringList planted;
    QMutexLocker lock(&d->mutex);
    generateKubeCluster(spec, &planted, [this](const QJsonObject &o) { d->add(o); });
    d->planted += planted;
}

int KubeApiServer::objectCount(const QString &resource) const
{
    QMutexLocker lock(&d->mutex);
    const auto it = d->resources.constFind(resource);
    return it == d->resources.constEnd() ? 0 : int(it->objects.size());
}

QStringList KubeApiServer::plantedSecretValues() const
{
    QMutexLocker lock(&d->mutex);
    return d->planted;
}

void KubeApiServer::setTrivyOperatorInstalled(bool installed)
{
    QMutexLocker lock(&d->mutex);
    d->trivyInstalled = installed;
}

void KubeApiServer::forbid(const QString &resource)
{
    QMutexLocker lock(&d->mutex);
    d->forbidden.insert(resource);
}

void KubeApiServer::setContinueExpiry(int pages, bool repeat)
{
    QMutexLocker lock(&d->mutex);
    d->continueExpiry = std::max(0, pages);
    d->continueExpiryRepeats = repeat;
}

void KubeApiServer::setDelayMs(int delayMs)
{
    QMutexLocker lock(&d->mutex);
    d->delayMs = delayMs;
}

void KubeApiServer::setTooManyRequestsOnce(const QString &resource, int retryAfterSeconds)
{
    QMutexLocker lock(&d->mutex);
    d->tooManyOnce.insert(resource, retryAfterSeconds);
}

void KubeApiServer::failListOnce(const QString &resource, int httpStatus, int afterPages)
{
    QMutexLocker lock(&d->mutex);
    d->failOnce.insert(resource, qMakePair(httpStatus, std::max(0, afterPages)));
}

QList<RecordedRequest> KubeApiServer::requests() const
{
    return d->server.requests();
}

int KubeApiServer::requestCount() const
{
    return int(d->server.requests().size());
}

int KubeApiServer::pagesServed() const
{
    QMutexLocker lock(&d->mutex);
    return int(d->pagesServed);
}

} // namespace bulkhead::test
