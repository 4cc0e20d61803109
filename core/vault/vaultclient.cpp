#include "vault/vaultclient.h"

#include "net/urlparts.h"
#include "vault/vaultmetadata.h"

#include <algorithm>

namespace bulkhead {

namespace {

// Each byte outside RFC 3986's unreserved set is percent-encoded; '/' separates segments and
// stays. Keys may hold spaces, '?', '#' or '%', which would otherwise change the URL's meaning.
std::string encodePath(const std::string &path)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(path.size());
    for (unsigned char c : path) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

bool isRedirect(long status)
{
    return status >= 300 && status < 400;
}

// Vault answers an empty folder or a missing secret with 404 and an empty error list; a 404 with
// a message ("no handler for route ...": no such mount) is a real problem.
bool isEmptyNotFound(const HttpResponse &r)
{
    return r.error.empty() && r.status == 404 && vaultErrorText(r.body).empty();
}

} // namespace

VaultClient::VaultClient(VaultSourceConfig source, std::string token)
    : m_source(std::move(source)), m_token(std::move(token)),
      m_http(HttpClient::Limits{m_source.concurrency, m_source.concurrency})
{
    std::string url = m_source.url;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    m_base = url + "/v1/";
    if (const auto parts = UrlParts::parse(url)) {
        const bool defaultPort = (parts->scheme == "https" && parts->port == 443) || (parts->scheme == "http" && parts->port == 80);
        m_host = parts->host + (defaultPort ? "" : ":" + std::to_string(parts->port));
    } else {
        m_host = url;
    }
    m_options.caFile = m_source.caFile;
    m_options.insecure = m_source.insecure;
    m_options.maxRedirects = 0;
}

std::vector<HttpResponse> VaultClient::perform(const std::vector<HttpRequest> &requests, const CancelToken *cancel)
{
    // One batch: HttpClient keeps `concurrency` transfers in flight and starts the next queued
    // request as soon as one finishes.
    return m_http.perform(requests, m_options, cancel);
}

std::string VaultClient::apiPath(const std::string &path) const
{
    return m_source.mount + "/metadata/" + path;
}

HttpRequest VaultClient::request(const std::string &method, const std::string &path, bool listQuery) const
{
    HttpRequest r;
    r.method = method;
    r.url = m_base + encodePath(apiPath(path)) + (listQuery ? "?list=true" : "");
    r.headers.emplace_back("X-Vault-Token", m_token);
    if (!m_source.vaultNamespace.empty())
        r.headers.emplace_back("X-Vault-Namespace", m_source.vaultNamespace);
    r.headers.emplace_back("Accept", "application/json");
    return r;
}

std::string VaultClient::scrub(std::string text) const
{
    // Defence in depth: no message is built from the token, but a server could echo it back.
    if (m_token.empty())
        return text;
    for (std::size_t at = text.find(m_token); at != std::string::npos; at = text.find(m_token, at + 3))
        text.replace(at, m_token.size(), "***");
    return text;
}

std::string VaultClient::problem(const HttpResponse &r, const std::string &method, const std::string &path) const
{
    const std::string where = method + " " + apiPath(path) + " at " + m_host;
    if (isRedirect(r.status))
        return scrub(where + ": the server redirects (HTTP " + std::to_string(r.status)
                     + "), e.g. a standby node; Bulkhead does not follow Vault redirects, so that the token stays "
                       "with this address: use the active node's URL");
    if (!r.error.empty())
        return scrub(r.error);
    if (r.status >= 200 && r.status < 300)
        return {};
    std::string text = vaultErrorText(r.body);
    if (text.empty())
        text = r.status == 403 ? "permission denied" : "no Vault error message";
    std::string hint;
    if (r.status == 403)
        hint = m_source.vaultNamespace.empty() ? "" : " in namespace \"" + m_source.vaultNamespace + "\"";
    return scrub(where + ": " + text + hint + " (HTTP " + std::to_string(r.status) + ")");
}

std::vector<VaultClient::Listing> VaultClient::list(const std::vector<std::string> &folders, const CancelToken *cancel)
{
    std::vector<HttpRequest> requests;
    requests.reserve(folders.size());
    for (const std::string &f : folders)
        requests.push_back(request("LIST", f, false));
    std::vector<HttpResponse> responses = perform(requests, cancel);

    // Some proxies refuse methods they do not know: Vault takes GET ?list=true as the same LIST.
    std::vector<std::size_t> retry;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        m_requests += 1 + responses[i].retries;
        if (responses[i].error.empty() && responses[i].status == 405)
            retry.push_back(i);
    }
    if (!retry.empty()) {
        std::vector<HttpRequest> again;
        for (std::size_t i : retry)
            again.push_back(request("GET", folders[i], true));
        std::vector<HttpResponse> second = perform(again, cancel);
        for (std::size_t k = 0; k < retry.size(); ++k) {
            m_requests += 1 + second[k].retries;
            responses[retry[k]] = std::move(second[k]);
        }
    }

    std::vector<Listing> out(folders.size());
    for (std::size_t i = 0; i < folders.size(); ++i) {
        Listing &l = out[i];
        const HttpResponse &r = responses[i];
        l.folder = folders[i];
        l.status = r.status;
        if (isEmptyNotFound(r)) {
            l.notFound = true;
            continue;
        }
        l.error = problem(r, "LIST", folders[i]);
        l.forbidden = r.error.empty() && r.status == 403;
        if (!l.error.empty())
            continue;
        std::string error;
        if (auto keys = parseVaultListKeys(r.body, &error))
            l.keys = std::move(*keys);
        else
            l.error = "LIST " + apiPath(folders[i]) + " at " + m_host + ": " + error;
    }
    return out;
}

std::vector<VaultClient::Metadata> VaultClient::readMetadata(const std::vector<std::string> &paths,
                                                            const CancelToken *cancel)
{
    std::vector<HttpRequest> requests;
    requests.reserve(paths.size());
    for (const std::string &p : paths)
        requests.push_back(request("GET", p, false));
    const std::vector<HttpResponse> responses = perform(requests, cancel);
    std::vector<Metadata> out(paths.size());
    for (std::size_t i = 0; i < paths.size(); ++i) {
        Metadata &m = out[i];
        const HttpResponse &r = responses[i];
        m_requests += 1 + r.retries;
        m.path = paths[i];
        m.status = r.status;
        if (isEmptyNotFound(r)) {
            m.notFound = true;
            continue;
        }
        m.error = problem(r, "GET", paths[i]);
        m.forbidden = r.error.empty() && r.status == 403;
        if (!m.error.empty())
            continue;
        std::string error;
        m.secret = parseVaultMetadata(r.body, m_source.name, m_source.mount, paths[i], &error);
        if (!m.secret)
            m.error = "GET " + apiPath(paths[i]) + " at " + m_host + ": " + error;
    }
    return out;
}

} // namespace bulkhead
