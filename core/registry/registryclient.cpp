#include "registryclient.h"

#include "net/asciilower.h"

#include "net/linkheader.h"
#include "net/redaction.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>

namespace bulkhead {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string stripParams(const std::string &contentType)
{
    const auto semi = contentType.find(';');
    return asciiLower(trim(std::string_view(contentType).substr(0, semi)));
}

bool isSha256Digest(std::string_view d)
{
    return d.size() == 71 && d.substr(0, 7) == "sha256:"
        && std::all_of(d.begin() + 7, d.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f'); });
}

QJsonObject jsonObject(const std::string &body, bool *ok = nullptr)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &pe);
    if (ok)
        *ok = pe.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

// The codes of a distribution error body ({"errors":[{"code":"MANIFEST_UNKNOWN",...}]}), comma
// separated; the messages are left out (they may echo the request).
std::string errorCodes(const std::string &body)
{
    std::string out;
    for (const QJsonValue &e : jsonObject(body).value(QStringLiteral("errors")).toArray()) {
        const std::string code = e.toObject().value(QStringLiteral("code")).toString().toStdString();
        if (code.empty() || !std::all_of(code.begin(), code.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)) || c == '_'; }))
            continue;
        out += (out.empty() ? "" : ", ") + code;
    }
    return out;
}

std::string repositoryScope(const std::string &repo)
{
    return "repository:" + repo + ":pull";
}

} // namespace

bool RegistryClient::Manifest::isIndex() const
{
    return mediaType == registrymedia::kOciIndex || mediaType == registrymedia::kDockerManifestList;
}

static std::string withoutTrailingSlash(std::string url)
{
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

RegistryClient::RegistryClient(std::string baseUrl, HttpSourceOptions options,
                               std::optional<RegistryCredentials> credentials)
    : m_baseUrl(withoutTrailingSlash(std::move(baseUrl))), m_options(std::move(options)),
      m_auth(m_baseUrl, m_options, std::move(credentials),
             [this](const HttpRequest &r, const CancelToken *c) { return send(r, m_options, c); })
{
}

std::vector<AuthChallenge> RegistryClient::parseWwwAuthenticate(std::string_view header)
{
    return AuthChallenge::parse(header);
}

std::optional<std::string> RegistryClient::nextLink(const HttpHeaders &headers, const std::string &currentUrl)
{
    return nextLinkTarget(headers, currentUrl);
}

std::string RegistryClient::sha256Digest(std::string_view bytes)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1)
        return {};
    static const char hex[] = "0123456789abcdef";
    std::string out = "sha256:";
    for (unsigned int i = 0; i < len; ++i) {
        out += hex[md[i] >> 4];
        out += hex[md[i] & 0xf];
    }
    return out;
}

bool RegistryClient::isValidRepositoryName(std::string_view repo)
{
    // path-component = [a-z0-9]+ (separator [a-z0-9]+)*, separator = [_.] | __ | [-]+
    if (repo.empty() || repo.size() > 255)
        return false;
    size_t start = 0;
    while (start <= repo.size()) {
        const size_t slash = repo.find('/', start);
        const std::string_view part = repo.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
        if (part.empty() || !alnum(part.front()) || !alnum(part.back()))
            return false;
        for (size_t i = 0; i < part.size(); ++i) {
            const char c = part[i];
            if (alnum(c) || c == '-')
                continue;
            if (c == '.' && alnum(part[i + 1]))
                continue;
            if (c == '_' && (alnum(part[i + 1]) || (part[i + 1] == '_' && i + 2 < part.size() && alnum(part[i + 2])))) {
                if (part[i + 1] == '_')
                    ++i;
                continue;
            }
            return false;
        }
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return true;
}

std::string RegistryClient::repoError(const std::string &repo) const
{
    if (isValidRepositoryName(repo))
        return {};
    return "registry " + redactUrl(m_baseUrl) + ": \"" + redact(repo) + "\" is not a valid repository name";
}

HttpResponse RegistryClient::send(const HttpRequest &request, const HttpSourceOptions &options, const CancelToken *cancel)
{
    HttpResponse r = m_http.perform(request, options, cancel);
    m_requests += 1 + r.redirects + r.retries;
    return r;
}

HttpResponse RegistryClient::get(const std::string &url,
                                 const std::vector<std::pair<std::string, std::string>> &headers,
                                 const std::string &scope, const CancelToken *cancel, std::string *error,
                                 const HttpSourceOptions *options)
{
    const std::string where = "GET " + redactUrl(url) + ": ";
    auto attempt = [&](const RegistryAuth::Sent &sent) {
        HttpRequest req;
        req.url = url;
        req.headers = headers;
        if (!sent.header.empty())
            req.headers.emplace_back("Authorization", sent.header);
        return send(req, options ? *options : m_options, cancel);
    };
    RegistryAuth::Sent sent = m_auth.authorization(scope, cancel, error);
    if (!error->empty())
        return {};
    HttpResponse r = attempt(sent);
    // Bounded: Basic once, a token fetched, a cached token refreshed once.
    for (int round = 0; round < 3 && r.error.empty() && r.status == 401; ++round) {
        if (!m_auth.handleUnauthorized(r, scope, sent, where, cancel, error))
            return r;
        sent = m_auth.authorization(scope, cancel, error);
        if (!error->empty())
            return r;
        r = attempt(sent);
    }
    if (!r.ok()) {
        *error = r.problem().empty() ? where + "failed" : r.problem();
        if (r.error.empty()) {
            if (const std::string codes = errorCodes(r.body); !codes.empty())
                *error += " (" + codes + ")";
        }
    }
    return r;
}

template<typename Page>
std::string RegistryClient::paged(std::string url, const std::string &scope, const char *what, int *pages, Page page,
                                  const CancelToken *cancel)
{
    constexpr int kMaxPages = 100000;
    while (!url.empty()) {
        if (*pages >= kMaxPages)
            return "GET " + redactUrl(url) + ": more than " + std::to_string(kMaxPages) + " pages of " + what;
        std::string error;
        const HttpResponse r = get(url, {{"Accept", "application/json"}}, scope, cancel, &error);
        if (!error.empty())
            return error;
        ++*pages;
        bool ok = false;
        const QJsonObject o = jsonObject(r.body, &ok);
        if (!ok)
            return "GET " + redactUrl(url) + ": the " + what + " answer is not a JSON object";
        if (std::string e = page(o); !e.empty())
            return "GET " + redactUrl(url) + ": " + e;
        const auto next = nextLink(r.headers, r.finalUrl.empty() ? url : r.finalUrl);
        if (next && *next == url)
            return "GET " + redactUrl(url) + ": Link rel=\"next\" points back to the same page";
        url = next.value_or(std::string());
    }
    return {};
}

std::string RegistryClient::ping(const CancelToken *cancel)
{
    std::string error;
    get(m_baseUrl + "/v2/", {}, std::string(), cancel, &error);
    return error;
}

// Appends the strings of o[key] to out; an error when it is present and not an array, or when
// the list would pass kMaxListEntries.
static std::string appendStrings(const QJsonObject &o, const QString &key, std::vector<std::string> &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isNull() && !v.isUndefined() && !v.isArray())
        return "\"" + key.toStdString() + "\" is not an array";
    const QJsonArray a = v.toArray();
    if (out.size() + static_cast<std::size_t>(a.size()) > RegistryClient::kMaxListEntries)
        return "more than " + std::to_string(RegistryClient::kMaxListEntries) + " " + key.toStdString()
            + " (the limit for one list)";
    for (const QJsonValue &t : a)
        out.push_back(t.toString().toStdString());
    return {};
}

RegistryClient::Catalog RegistryClient::catalog(int pageSize, const CancelToken *cancel)
{
    Catalog out;
    std::string url = m_baseUrl + "/v2/_catalog";
    if (pageSize > 0)
        url += "?n=" + std::to_string(pageSize);
    out.error = paged(url, "registry:catalog:*", "catalog", &out.pages,
                      [&](const QJsonObject &o) { return appendStrings(o, QStringLiteral("repositories"), out.repositories); },
                      cancel);
    return out;
}

RegistryClient::TagList RegistryClient::listTags(const std::string &repo, int pageSize, const CancelToken *cancel)
{
    TagList out;
    if ((out.error = repoError(repo)).size())
        return out;
    std::string url = m_baseUrl + "/v2/" + repo + "/tags/list";
    if (pageSize > 0)
        url += "?n=" + std::to_string(pageSize);
    out.error = paged(url, repositoryScope(repo), "tags", &out.pages,
                      [&](const QJsonObject &o) { return appendStrings(o, QStringLiteral("tags"), out.tags); }, cancel);
    return out;
}

RegistryClient::Manifest RegistryClient::manifest(const std::string &repo, const std::string &reference,
                                                  const CancelToken *cancel)
{
    Manifest out;
    if ((out.error = repoError(repo)).size())
        return out;
    const std::string url = m_baseUrl + "/v2/" + repo + "/manifests/" + reference;
    const std::string accept = std::string(registrymedia::kOciManifest) + ", " + registrymedia::kOciIndex + ", "
        + registrymedia::kDockerManifest + ", " + registrymedia::kDockerManifestList;
    HttpSourceOptions capped = m_options;
    capped.maxResponseBytes = std::min(capped.maxResponseBytes, kMaxManifestBytes);
    std::string error;
    HttpResponse r = get(url, {{"Accept", accept}}, repositoryScope(repo), cancel, &error, &capped);
    if (!error.empty()) {
        out.error = error;
        out.notFound = r.error.empty() && (r.status == 404 || errorCodes(r.body).find("MANIFEST_UNKNOWN") != std::string::npos);
        return out;
    }
    const std::string where = "GET " + redactUrl(url) + ": ";
    out.body = std::move(r.body);
    out.digest = sha256Digest(out.body);
    if (const auto header = r.headers.value("Docker-Content-Digest")) {
        const std::string h(trim(*header));
        if (h.rfind("sha256:", 0) == 0 && h != out.digest) {
            out.error = where + "Docker-Content-Digest " + h + " does not match the body's digest " + out.digest;
            return out;
        }
    }
    if (reference.rfind("sha256:", 0) == 0 && reference != out.digest) {
        out.error = where + "body digest " + out.digest + " does not match the requested digest";
        return out;
    }
    out.mediaType = stripParams(r.headers.value("Content-Type").value_or(""));
    const std::string bodyType = jsonObject(out.body).value(QStringLiteral("mediaType")).toString().toStdString();
    if (out.mediaType.empty() || out.mediaType == "application/json" || out.mediaType == "application/octet-stream")
        out.mediaType = bodyType;
    if (out.mediaType.empty())
        out.error = where + "manifest has no media type (no Content-Type and no \"mediaType\" field)";
    return out;
}

RegistryClient::Blob RegistryClient::blob(const std::string &repo, const std::string &digest, std::int64_t maxBytes,
                                          const CancelToken *cancel)
{
    Blob out;
    out.digest = digest;
    if ((out.error = repoError(repo)).size())
        return out;
    const std::string url = m_baseUrl + "/v2/" + repo + "/blobs/" + digest;
    if (!isSha256Digest(digest)) {
        out.error = "GET " + redactUrl(url) + ": only sha256 digests (sha256:<64 hex>) are supported";
        return out;
    }
    HttpSourceOptions capped = m_options;
    capped.maxResponseBytes = std::min(capped.maxResponseBytes, std::max<std::int64_t>(0, maxBytes));
    std::string error;
    HttpResponse r = get(url, {}, repositoryScope(repo), cancel, &error, &capped);
    if (!error.empty()) {
        out.error = error;
        out.notFound = r.error.empty() && r.status == 404;
        return out;
    }
    const std::string actual = sha256Digest(r.body);
    if (actual != digest) {
        out.error = "GET " + redactUrl(url) + ": the blob's content has digest " + actual + ", not the requested one";
        return out;
    }
    out.bytes = std::move(r.body);
    return out;
}

RegistryClient::Referrers RegistryClient::referrersFromIndex(const std::string &body,
                                                             const std::string &artifactType) const
{
    Referrers out;
    for (const QJsonValue &v : jsonObject(body).value(QStringLiteral("manifests")).toArray()) {
        const QJsonObject o = v.toObject();
        Referrer d;
        d.digest = o.value(QStringLiteral("digest")).toString().toStdString();
        d.mediaType = o.value(QStringLiteral("mediaType")).toString().toStdString();
        d.artifactType = o.value(QStringLiteral("artifactType")).toString().toStdString();
        d.size = static_cast<std::int64_t>(o.value(QStringLiteral("size")).toDouble());
        const QJsonObject ann = o.value(QStringLiteral("annotations")).toObject();
        for (auto it = ann.begin(); it != ann.end(); ++it)
            d.annotations[it.key().toStdString()] = it.value().toString().toStdString();
        if (d.digest.empty())
            continue;
        // The registry may ignore the filter (OCI-Filters-Applied tells); filter here either way.
        if (!artifactType.empty() && d.artifactType != artifactType)
            continue;
        out.descriptors.push_back(std::move(d));
    }
    return out;
}

RegistryClient::Referrers RegistryClient::referrers(const std::string &repo, const std::string &digest,
                                                    const std::string &artifactType, const CancelToken *cancel)
{
    Referrers out;
    if ((out.error = repoError(repo)).size())
        return out;
    std::string url = m_baseUrl + "/v2/" + repo + "/referrers/" + digest;
    if (!isSha256Digest(digest)) {
        out.error = "GET " + redactUrl(url) + ": only sha256 digests (sha256:<64 hex>) are supported";
        return out;
    }
    if (!artifactType.empty())
        url += "?artifactType=" + QByteArray::fromStdString(artifactType).toPercentEncoding().toStdString();
    std::string error;
    HttpSourceOptions capped = m_options;
    capped.maxResponseBytes = std::min(capped.maxResponseBytes, kMaxManifestBytes);
    const HttpResponse r = get(url, {{"Accept", registrymedia::kOciIndex}}, repositoryScope(repo), cancel, &error, &capped);
    if (error.empty() && stripParams(r.headers.value("Content-Type").value_or("")) == registrymedia::kOciIndex) {
        bool ok = false;
        const QJsonObject o = jsonObject(r.body, &ok);
        if (ok && o.value(QStringLiteral("manifests")).isArray())
            return referrersFromIndex(r.body, artifactType);
    }
    // No referrers API: 404 (distribution 2.8), or some other answer that is not an index. A
    // transport or authentication failure is an error, not a reason to fall back.
    if (!error.empty() && (!r.error.empty() || r.status == 401 || r.status == 403 || r.status == 0)) {
        out.error = error;
        return out;
    }
    const std::string tag = "sha256-" + digest.substr(7);
    const Manifest m = manifest(repo, tag, cancel);
    if (m.notFound)
        return out; // neither: nothing refers to this digest
    if (!m.ok()) {
        out.error = m.error;
        return out;
    }
    if (!m.isIndex())
        return out; // something else under that tag name: not a referrers list
    out = referrersFromIndex(m.body, artifactType);
    out.viaFallbackTag = true;
    return out;
}

} // namespace bulkhead
