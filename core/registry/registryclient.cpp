#include "registryclient.h"

#include "net/redaction.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <openssl/evp.h>

#include <cctype>

namespace bulkhead {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isTokenChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string stripParams(const std::string &contentType)
{
    const auto semi = contentType.find(';');
    return lower(trim(std::string_view(contentType).substr(0, semi)));
}

} // namespace

bool RegistryClient::Manifest::isIndex() const
{
    return mediaType == registrymedia::kOciIndex || mediaType == registrymedia::kDockerManifestList;
}

RegistryClient::RegistryClient(std::string baseUrl, HttpSourceOptions options,
                               std::optional<RegistryCredentials> credentials)
    : m_baseUrl(std::move(baseUrl)), m_options(std::move(options)), m_credentials(std::move(credentials))
{
    while (!m_baseUrl.empty() && m_baseUrl.back() == '/')
        m_baseUrl.pop_back();
}

std::string RegistryClient::hostName() const
{
    const QUrl u(QString::fromStdString(m_baseUrl));
    std::string host = u.host().toStdString();
    if (u.port() > 0)
        host += ':' + std::to_string(u.port());
    return host;
}

std::vector<AuthChallenge> RegistryClient::parseWwwAuthenticate(std::string_view h)
{
    // challenge = scheme [ 1*SP ( token68 / #auth-param ) ], challenges separated by commas.
    std::vector<AuthChallenge> out;
    size_t i = 0;
    auto skipWs = [&] {
        while (i < h.size() && (h[i] == ' ' || h[i] == '\t'))
            ++i;
    };
    auto readToken = [&] {
        const size_t start = i;
        while (i < h.size() && isTokenChar(h[i]))
            ++i;
        return std::string(h.substr(start, i - start));
    };
    while (i < h.size()) {
        skipWs();
        while (i < h.size() && (h[i] == ',' || h[i] == ' '))
            ++i;
        if (i >= h.size())
            break;
        std::string token = readToken();
        if (token.empty()) {
            ++i; // garbage: skip a character
            continue;
        }
        skipWs();
        if (i < h.size() && h[i] == '=' && !out.empty()) {
            // auth-param of the current challenge
            ++i;
            skipWs();
            std::string value;
            if (i < h.size() && h[i] == '"') {
                ++i;
                while (i < h.size() && h[i] != '"') {
                    if (h[i] == '\\' && i + 1 < h.size())
                        ++i;
                    value += h[i++];
                }
                if (i < h.size())
                    ++i;
            } else {
                value = readToken();
            }
            out.back().params[lower(token)] = value;
            skipWs();
            if (i < h.size() && h[i] == ',')
                ++i;
            continue;
        }
        AuthChallenge c;
        c.scheme = token;
        out.push_back(std::move(c));
        // token68 after the scheme is ignored (no '=' follows a param name then); params follow.
    }
    return out;
}

std::optional<std::string> RegistryClient::nextLink(const HttpHeaders &headers, const std::string &currentUrl)
{
    for (const std::string &value : headers.values("Link")) {
        // A header may hold several comma-separated links: <uri>; param; param, <uri>; ...
        size_t pos = 0;
        while (true) {
            const size_t open = value.find('<', pos);
            if (open == std::string::npos)
                break;
            const size_t close = value.find('>', open);
            if (close == std::string::npos)
                break;
            const std::string target = value.substr(open + 1, close - open - 1);
            const size_t nextOpen = value.find('<', close);
            const std::string params = lower(value.substr(close + 1, nextOpen == std::string::npos
                                                                         ? std::string::npos
                                                                         : nextOpen - close - 1));
            pos = close + 1;
            // rel="next" or rel=next, possibly among several relation types.
            const size_t rel = params.find("rel=");
            if (rel == std::string::npos)
                continue;
            std::string relValue = params.substr(rel + 4);
            if (!relValue.empty() && relValue.front() == '"') {
                relValue.erase(0, 1);
                relValue = relValue.substr(0, relValue.find('"'));
            } else {
                relValue = relValue.substr(0, relValue.find_first_of(";, "));
            }
            bool isNext = false;
            size_t s = 0;
            while (s <= relValue.size()) {
                const size_t e = relValue.find(' ', s);
                if (relValue.substr(s, e == std::string::npos ? std::string::npos : e - s) == "next")
                    isNext = true;
                if (e == std::string::npos)
                    break;
                s = e + 1;
            }
            if (!isNext)
                continue;
            const QUrl base(QString::fromStdString(currentUrl));
            const QUrl resolved = base.resolved(QUrl(QString::fromStdString(target)));
            return resolved.toString(QUrl::FullyEncoded).toStdString();
        }
    }
    return std::nullopt;
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

HttpResponse RegistryClient::get(const std::string &url,
                                 const std::vector<std::pair<std::string, std::string>> &headers,
                                 const CancelToken *cancel, std::string *error)
{
    auto send = [&] {
        HttpRequest req;
        req.url = url;
        req.headers = headers;
        if (m_sendBasic && m_credentials) {
            const QByteArray pair = QByteArray::fromStdString(m_credentials->user + ':' + m_credentials->password);
            req.headers.emplace_back("Authorization", "Basic " + pair.toBase64().toStdString());
        }
        return m_http.perform(req, m_options, cancel);
    };
    HttpResponse r = send();
    for (int attempt = 0; attempt < 2 && r.error.empty() && r.status == 401; ++attempt) {
        const auto challenges = parseWwwAuthenticate(r.headers.value("WWW-Authenticate").value_or(""));
        bool basic = false, bearer = false;
        for (const AuthChallenge &c : challenges) {
            basic = basic || lower(c.scheme) == "basic";
            bearer = bearer || lower(c.scheme) == "bearer";
        }
        const std::string where = "GET " + redactUrl(url) + ": ";
        if (basic) {
            if (!m_credentials) {
                *error = where + "authentication required by " + hostName() + " (HTTP Basic) but no credentials are configured";
                return r;
            }
            if (m_sendBasic) {
                *error = where + "authentication failed at " + hostName() + ": the registry rejected the credentials for user \"" + m_credentials->user + "\" (HTTP 401)";
                return r;
            }
            m_sendBasic = true;
            r = send();
            continue;
        }
        if (bearer) {
            *error = where + "registry " + hostName() + " asks for a bearer token; the bearer token flow is not supported yet";
            return r;
        }
        *error = where + "authentication required by " + hostName() + " with an unsupported scheme (HTTP 401)";
        return r;
    }
    if (!r.ok())
        *error = r.problem().empty() ? "GET " + redactUrl(url) + ": failed" : r.problem();
    return r;
}

std::string RegistryClient::ping(const CancelToken *cancel)
{
    std::string error;
    get(m_baseUrl + "/v2/", {}, cancel, &error);
    return error;
}

RegistryClient::TagList RegistryClient::listTags(const std::string &repo, int pageSize, const CancelToken *cancel)
{
    TagList out;
    std::string url = m_baseUrl + "/v2/" + repo + "/tags/list";
    if (pageSize > 0)
        url += "?n=" + std::to_string(pageSize);
    constexpr int kMaxPages = 10000;
    while (!url.empty()) {
        if (out.pages >= kMaxPages) {
            out.error = "GET " + redactUrl(url) + ": more than " + std::to_string(kMaxPages) + " pages of tags";
            return out;
        }
        std::string error;
        const HttpResponse r = get(url, {{"Accept", "application/json"}}, cancel, &error);
        if (!error.empty()) {
            out.error = error;
            return out;
        }
        ++out.pages;
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.body), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            out.error = "GET " + redactUrl(url) + ": tag list is not a JSON object";
            return out;
        }
        const QJsonValue tags = doc.object().value(QStringLiteral("tags"));
        if (!tags.isNull() && !tags.isUndefined() && !tags.isArray()) {
            out.error = "GET " + redactUrl(url) + ": \"tags\" is not an array";
            return out;
        }
        for (const QJsonValue &t : tags.toArray())
            out.tags.push_back(t.toString().toStdString());
        const auto next = nextLink(r.headers, r.finalUrl.empty() ? url : r.finalUrl);
        if (next && *next == url) {
            out.error = "GET " + redactUrl(url) + ": Link rel=\"next\" points back to the same page";
            return out;
        }
        url = next.value_or(std::string());
    }
    return out;
}

RegistryClient::Manifest RegistryClient::manifest(const std::string &repo, const std::string &reference,
                                                  const CancelToken *cancel)
{
    Manifest out;
    const std::string url = m_baseUrl + "/v2/" + repo + "/manifests/" + reference;
    const std::string accept = std::string(registrymedia::kOciManifest) + ", " + registrymedia::kOciIndex + ", "
        + registrymedia::kDockerManifest + ", " + registrymedia::kDockerManifestList;
    std::string error;
    HttpResponse r = get(url, {{"Accept", accept}}, cancel, &error);
    if (!error.empty()) {
        out.error = error;
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
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out.body));
    const std::string bodyType = doc.object().value(QStringLiteral("mediaType")).toString().toStdString();
    if (out.mediaType.empty() || out.mediaType == "application/json" || out.mediaType == "application/octet-stream")
        out.mediaType = bodyType;
    if (out.mediaType.empty())
        out.error = where + "manifest has no media type (no Content-Type and no \"mediaType\" field)";
    return out;
}

} // namespace bulkhead
