#include "kube/kubeclient.h"

#include "kube/execcredential.h"
#include "kube/kubestatusmessage.h"
#include "net/canceltoken.h"
#include "net/httpclient.h"
#include "net/redaction.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <cctype>
#include <set>

namespace bulkhead {

namespace {

// The only Accept a metadata-only LIST sends (no fallback to full objects: that would fetch
// secret values).
constexpr const char *kMetadataAccept = "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1";

// Query values (continue tokens are base64 and may hold '+', '/', '=').
std::string percentEncode(const std::string &value)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::optional<nlohmann::json> parseObject(const std::string &body)
{
    auto j = nlohmann::json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    return j;
}

std::string stringField(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// `kubectl apply` keeps the whole applied object in this annotation: for a secret, its values.
void dropLastApplied(nlohmann::json &item)
{
    const auto meta = item.find("metadata");
    if (meta == item.end() || !meta->is_object())
        return;
    const auto annotations = meta->find("annotations");
    if (annotations != meta->end() && annotations->is_object())
        annotations->erase("kubectl.kubernetes.io/last-applied-configuration");
}

} // namespace

struct KubeClient::Impl
{
    KubeConnection connection;
    ExecCredentialProvider *exec = nullptr;
    std::string execApproval;
    HttpClient http;
    std::int64_t requests = 0;

    // The transfer policy and Authorization header for the next request: the connection's
    // static credentials, or the exec plugin's (a token, a client certificate, or both).
    bool authenticate(HttpSourceOptions *options, std::vector<std::pair<std::string, std::string>> *headers,
                      std::string *error)
    {
        *options = connection.http;
        options->insecure = false; // the API is https only
        options->skipTlsVerify = options->skipTlsVerify || connection.insecureSkipTlsVerify;
        if (connection.exec) {
            if (!exec) {
                *error = redactUrl(connection.server) + ": user \"" + connection.userName
                         + "\" authenticates through an exec credential plugin, which is not available here";
                return false;
            }
            std::string execError;
            const auto credential = exec->credential(connection, execApproval, &execError);
            if (!credential) {
                *error = redactUrl(connection.server) + ": " + execError;
                return false;
            }
            if (!credential->clientCertificateData.empty() && !credential->clientKeyData.empty()) {
                options->clientCertPem = credential->clientCertificateData;
                options->clientKeyPem = credential->clientKeyData;
            }
            if (!credential->token.empty())
                headers->emplace_back("Authorization", "Bearer " + credential->token);
        } else if (!connection.bearerToken.empty()) {
            headers->emplace_back("Authorization", "Bearer " + connection.bearerToken);
        } else if (!connection.basicUser.empty()) {
            const QByteArray pair = QByteArray::fromStdString(connection.basicUser + ":" + connection.basicPassword);
            headers->emplace_back("Authorization", "Basic " + pair.toBase64().toStdString());
        }
        return true;
    }

    // GET server+path. A 401 with an exec plugin's credential forgets it and tries once more with
    // a fresh one (the token may have been revoked or expired early).
    HttpResponse get(const std::string &path, const std::string &accept, const CancelToken *cancel, std::string *authError)
    {
        for (int attempt = 0;; ++attempt) {
            HttpSourceOptions options;
            HttpRequest request;
            request.url = connection.server + path;
            if (!authenticate(&options, &request.headers, authError))
                return {};
            request.headers.emplace_back("Accept", accept);
            HttpResponse response = http.perform(request, options, cancel);
            requests += 1 + response.retries;
            if (response.error.empty() && response.status == 401 && connection.exec && exec && attempt == 0) {
                exec->invalidate(connection);
                continue;
            }
            return response;
        }
    }

    // Several GETs at once (discovery); static credentials or one exec credential for all.
    std::vector<HttpResponse> getAll(const std::vector<std::string> &paths, const CancelToken *cancel, std::string *authError)
    {
        HttpSourceOptions options;
        std::vector<std::pair<std::string, std::string>> headers;
        if (!authenticate(&options, &headers, authError))
            return {};
        headers.emplace_back("Accept", "application/json");
        std::vector<HttpRequest> batch;
        for (const std::string &path : paths)
            batch.push_back(HttpRequest{"GET", connection.server + path, headers, {}});
        auto responses = http.perform(batch, options, cancel);
        for (const auto &r : responses)
            requests += 1 + r.retries;
        return responses;
    }

    std::string problem(const HttpResponse &response) const { return kubeErrorMessage(connection.server, response); }
};

KubeClient::KubeClient(KubeConnection connection, ExecCredentialProvider *exec, std::string execApproval)
    : d(std::make_unique<Impl>())
{
    d->connection = std::move(connection);
    while (!d->connection.server.empty() && d->connection.server.back() == '/')
        d->connection.server.pop_back();
    d->exec = exec;
    d->execApproval = std::move(execApproval);
}

KubeClient::~KubeClient() = default;

std::int64_t KubeClient::requestCount() const
{
    return d->requests;
}

const KubeConnection &KubeClient::connection() const
{
    return d->connection;
}

bool KubeClient::version(std::string *gitVersion, std::string *error, const CancelToken *cancel)
{
    std::string authError;
    const HttpResponse r = d->get("/version", "application/json", cancel, &authError);
    if (!authError.empty()) {
        *error = authError;
        return false;
    }
    if (!r.ok()) {
        *error = d->problem(r);
        return false;
    }
    const auto doc = parseObject(r.body);
    const std::string v = doc ? stringField(*doc, "gitVersion") : std::string();
    if (v.empty()) {
        *error = redactUrl(d->connection.server) + ": /version answered without a gitVersion: not a Kubernetes API server?";
        return false;
    }
    *gitVersion = v;
    return true;
}

std::optional<std::vector<KubeResourceType>> KubeClient::discover(std::string *error, std::vector<std::string> *warnings,
                                                                   const CancelToken *cancel)
{
    std::string authError;
    const auto first = d->getAll({"/api", "/apis"}, cancel, &authError);
    if (!authError.empty()) {
        *error = authError;
        return std::nullopt;
    }
    if (!first[0].ok()) {
        *error = d->problem(first[0]);
        return std::nullopt;
    }
    const auto core = parseObject(first[0].body);
    if (!core || !core->contains("versions")) {
        *error = redactUrl(d->connection.server) + ": /api is not an APIVersions document";
        return std::nullopt;
    }

    // (group, version) of every resource document to read: the core versions, then each group's
    // preferred version.
    std::vector<std::pair<std::string, std::string>> documents;
    for (const auto &v : (*core)["versions"]) {
        if (v.is_string())
            documents.emplace_back("", v.get<std::string>());
    }
    if (!first[1].ok()) {
        if (warnings)
            warnings->push_back(d->problem(first[1]) + " (API groups not discovered)");
    } else if (const auto groups = parseObject(first[1].body); groups && groups->contains("groups")) {
        for (const auto &g : (*groups)["groups"]) {
            const std::string name = stringField(g, "name");
            std::string version;
            if (const auto pv = g.find("preferredVersion"); pv != g.end() && pv->is_object())
                version = stringField(*pv, "version");
            if (version.empty() && g.contains("versions") && !g["versions"].empty())
                version = stringField(g["versions"][0], "version");
            if (!name.empty() && !version.empty())
                documents.emplace_back(name, version);
        }
    } else if (warnings) {
        warnings->push_back(redactUrl(d->connection.server) + ": /apis is not an APIGroupList document");
    }

    std::vector<std::string> paths;
    for (const auto &[group, version] : documents)
        paths.push_back(group.empty() ? "/api/" + version : "/apis/" + group + "/" + version);
    const auto responses = d->getAll(paths, cancel, &authError);
    if (!authError.empty()) {
        *error = authError;
        return std::nullopt;
    }
    if (cancel && cancel->isCancelled()) {
        *error = redactUrl(d->connection.server) + ": discovery cancelled";
        return std::nullopt;
    }
    std::vector<KubeResourceType> out;
    std::set<std::string> seen;
    for (size_t i = 0; i < responses.size(); ++i) {
        const auto &[group, version] = documents[i];
        const auto doc = responses[i].ok() ? parseObject(responses[i].body) : std::nullopt;
        if (!doc || !doc->contains("resources") || !(*doc)["resources"].is_array()) {
            if (warnings) {
                warnings->push_back(responses[i].ok()
                                        ? redactUrl(d->connection.server) + ": " + paths[i] + " is not an APIResourceList document"
                                        : d->problem(responses[i]));
            }
            if (group.empty() && i == 0 && !responses[i].ok()) { // the core group is required
                *error = d->problem(responses[i]);
                return std::nullopt;
            }
            continue;
        }
        for (const auto &r : (*doc)["resources"]) {
            const std::string name = stringField(r, "name");
            if (name.empty() || name.find('/') != std::string::npos) // subresources: pods/log, deployments/scale
                continue;
            bool listable = false;
            if (const auto verbs = r.find("verbs"); verbs != r.end() && verbs->is_array()) {
                for (const auto &v : *verbs)
                    listable = listable || (v.is_string() && v.get<std::string>() == "list");
            }
            if (!listable || !seen.insert(group + "/" + name).second)
                continue;
            KubeResourceType type;
            type.group = group;
            type.version = version;
            type.resource = name;
            type.kind = stringField(r, "kind");
            type.namespaced = r.value("namespaced", false);
            out.push_back(std::move(type));
        }
    }
    return out;
}

KubeListStatus KubeClient::list(const KubeResourceType &type, const ListOptions &options, const ItemCallback &onItem,
                                const std::function<void()> &onRestart, const CancelToken *cancel)
{
    KubeListStatus status;
    const std::string server = redactUrl(d->connection.server);
    std::string base = type.listPath();
    if (!options.nameSpace.empty() && type.namespaced) {
        const std::string prefix = type.group.empty() ? "/api/" + type.version : "/apis/" + type.group + "/" + type.version;
        base = prefix + "/namespaces/" + percentEncode(options.nameSpace) + "/" + type.resource;
    }
    const std::string accept = options.metadataOnly ? kMetadataAccept : "application/json";
    std::string continueToken;

    auto end = [&](KubeListOutcome outcome, std::string message) {
        status.outcome = outcome;
        status.message = std::move(message);
        return status;
    };

    while (true) {
        if (cancel && cancel->isCancelled())
            return end(KubeListOutcome::Cancelled, server + ": listing " + type.qualifiedName() + " cancelled");
        std::string path = base;
        char separator = '?';
        if (options.limit > 0) { // 0: the whole list in one answer
            path += "?limit=" + std::to_string(options.limit);
            separator = '&';
        }
        if (!options.fieldSelector.empty()) {
            path += separator + ("fieldSelector=" + percentEncode(options.fieldSelector));
            separator = '&';
        }
        if (!continueToken.empty())
            path += separator + ("continue=" + percentEncode(continueToken));
        std::string authError;
        const HttpResponse r = d->get(path, accept, cancel, &authError);
        if (!authError.empty())
            return end(KubeListOutcome::Failed, authError);
        status.httpStatus = r.status;
        if (!r.error.empty()) {
            if (cancel && cancel->isCancelled())
                return end(KubeListOutcome::Cancelled, r.error);
            return end(status.pages > 0 ? KubeListOutcome::Partial : KubeListOutcome::Failed, r.error);
        }
        if (r.status == 410 && !continueToken.empty()) {
            // The continue token expired (etcd compacted past it): start over once, then give up
            // with what the last attempt got.
            if (status.restarted)
                return end(KubeListOutcome::Partial, d->problem(r) + "; the list was restarted once already");
            status.restarted = true;
            status.items = 0;
            status.pages = 0;
            continueToken.clear();
            if (onRestart)
                onRestart();
            continue;
        }
        if (r.status == 401)
            return end(KubeListOutcome::Unauthorized, d->problem(r));
        if (r.status == 403)
            return end(KubeListOutcome::Forbidden, d->problem(r));
        if (r.status == 404)
            return end(KubeListOutcome::NotFound, d->problem(r));
        if (!r.ok())
            return end(status.pages > 0 ? KubeListOutcome::Partial : KubeListOutcome::Failed, d->problem(r));

        auto page = parseObject(r.body);
        const auto items = page ? page->find("items") : nlohmann::json::iterator();
        if (!page || items == page->end() || !(items->is_array() || items->is_null()))
            return end(status.pages > 0 ? KubeListOutcome::Partial : KubeListOutcome::Failed,
                       server + ": " + type.qualifiedName() + ": the server's answer is not a list");
        const std::string listKind = stringField(*page, "kind");
        if (options.metadataOnly) {
            // Never keep anything but metadata: a server that ignored the Accept header sent full
            // objects (for secrets: their values), so the whole answer is dropped unread.
            bool onlyMetadata = listKind == "PartialObjectMetadataList";
            for (const auto &item : *items) {
                onlyMetadata = onlyMetadata && item.is_object() && stringField(item, "kind") == "PartialObjectMetadata"
                               && !item.contains("data") && !item.contains("stringData") && !item.contains("spec");
            }
            if (!onlyMetadata)
                return end(KubeListOutcome::Failed,
                           server + ": " + type.qualifiedName() + ": the server answered a metadata-only list with "
                               + (listKind.empty() ? std::string("something else") : "a " + listKind)
                               + "; refused, its items were not read");
        }
        const std::string itemKind = listKind.size() > 4 && listKind.ends_with("List")
                                         ? listKind.substr(0, listKind.size() - 4) : type.kind;
        const std::string itemApiVersion = stringField(*page, "apiVersion");
        ++status.pages;
        if (items->is_array()) {
            for (auto &item : *items) {
                if (!item.is_object())
                    continue;
                if (!item.contains("kind"))
                    item["kind"] = itemKind;
                if (!item.contains("apiVersion"))
                    item["apiVersion"] = itemApiVersion;
                if (options.metadataOnly)
                    dropLastApplied(item);
                ++status.items;
                if (onItem)
                    onItem(item);
            }
        }
        continueToken.clear();
        if (const auto meta = page->find("metadata"); meta != page->end() && meta->is_object())
            continueToken = stringField(*meta, "continue");
        if (continueToken.empty())
            return end(KubeListOutcome::Complete, {});
    }
}

} // namespace bulkhead
