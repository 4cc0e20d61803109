#include "registryauth.h"

#include "realmpolicy.h"
#include "tokenresponse.h"

#include "net/redaction.h"
#include "net/urlparts.h"

#include <QByteArray>

namespace bulkhead {

namespace {

std::string percentEncode(const std::string &s)
{
    return QByteArray::fromStdString(s).toPercentEncoding().toStdString();
}

std::string hostOf(const std::string &url)
{
    const auto parts = UrlParts::parse(url);
    if (!parts)
        return redactUrl(url);
    const bool defaultPort = (parts->scheme == "https" && parts->port == 443) || (parts->scheme == "http" && parts->port == 80);
    return defaultPort ? parts->host : parts->host + ":" + std::to_string(parts->port);
}

} // namespace

RegistryAuth::RegistryAuth(std::string registryUrl, HttpSourceOptions options,
                           std::optional<RegistryCredentials> credentials, Transport transport)
    : m_registryUrl(std::move(registryUrl)), m_options(std::move(options)), m_credentials(std::move(credentials)),
      m_transport(std::move(transport))
{
}

std::string RegistryAuth::registryHost() const
{
    return hostOf(m_registryUrl);
}

std::string RegistryAuth::basicHeader() const
{
    const QByteArray pair = QByteArray::fromStdString(m_credentials->user + ':' + m_credentials->password);
    return "Basic " + pair.toBase64().toStdString();
}

RegistryAuth::Sent RegistryAuth::authorization(const std::string &scope, const CancelToken *cancel, std::string *error)
{
    if (auto token = m_tokens.get(scope, TokenCache::Clock::now())) {
        // A token fetched after this request's 401 must not be refreshed again on the next 401.
        const bool fresh = m_justFetched == scope;
        m_justFetched.reset();
        return {fresh ? Sent::Kind::FreshBearer : Sent::Kind::CachedBearer, "Bearer " + *token};
    }
    m_justFetched.reset();
    if (m_bearer) {
        // The registry uses tokens: fetch one for this scope now rather than after a 401.
        if (!fetchToken(scope, scope, cancel, error))
            return {};
        m_justFetched.reset();
        if (auto token = m_tokens.get(scope, TokenCache::Clock::now()))
            return {Sent::Kind::FreshBearer, "Bearer " + *token};
        return {}; // a token that expires at once: go anonymous, the 401 will say why
    }
    if (m_sendBasic && m_credentials)
        return {Sent::Kind::Basic, basicHeader()};
    return {};
}

bool RegistryAuth::handleUnauthorized(const HttpResponse &r, const std::string &scope, const Sent &sent,
                                      const std::string &where, const CancelToken *cancel, std::string *error)
{
    std::vector<AuthChallenge> challenges;
    for (const std::string &h : r.headers.values("WWW-Authenticate")) {
        auto more = AuthChallenge::parse(h);
        challenges.insert(challenges.end(), more.begin(), more.end());
    }
    const AuthChallenge *bearer = nullptr;
    const AuthChallenge *basic = nullptr;
    for (const AuthChallenge &c : challenges) {
        if (c.isScheme("bearer") && !bearer)
            bearer = &c;
        else if (c.isScheme("basic") && !basic)
            basic = &c;
    }
    const std::string host = registryHost();

    if (bearer) {
        const std::string realm = bearer->param("realm");
        if (realm.empty()) {
            *error = where + "registry " + host + " asks for a bearer token but names no realm";
            return false;
        }
        m_bearer = *bearer;
        // The registry knows best which scope this request needs; ours is the fallback.
        const std::string tokenScope = bearer->param("scope").empty() ? scope : bearer->param("scope");
        if (sent.kind == Sent::Kind::FreshBearer) {
            const std::string who = m_credentials ? "user \"" + m_credentials->user + "\"" : "anonymous access";
            if (bearer->param("error") == "insufficient_scope")
                *error = where + "the token from " + hostOf(realm) + " does not grant " + tokenScope + " to " + who
                    + " (not allowed, or the repository does not exist)";
            else
                *error = where + "registry " + host + " rejected the token issued by " + hostOf(realm) + " (HTTP 401)";
            return false;
        }
        if (sent.kind == Sent::Kind::CachedBearer)
            m_tokens.remove(scope); // expired or revoked early: fetch a new one, once
        return fetchToken(scope, tokenScope, cancel, error);
    }

    if (basic) {
        if (!m_credentials) {
            *error = where + "authentication required by " + host + " (HTTP Basic) but no credentials are configured";
            return false;
        }
        if (sent.kind == Sent::Kind::Basic) {
            *error = where + "authentication failed at " + host + ": the registry rejected the credentials for user \""
                + m_credentials->user + "\" (HTTP 401)";
            return false;
        }
        m_sendBasic = true;
        return true;
    }
    *error = where + "authentication required by " + host + " with an unsupported scheme (HTTP 401)";
    return false;
}

bool RegistryAuth::fetchToken(const std::string &cacheScope, const std::string &tokenScope, const CancelToken *cancel,
                              std::string *error)
{
    const std::string realm = m_bearer->param("realm");
    const std::string service = m_bearer->param("service");
    const std::string refusal = RealmPolicy::refusal(realm, m_registryUrl, m_options.insecure);
    if (!refusal.empty()) {
        *error = "registry " + registryHost() + ": " + refusal + "; nothing was sent to it";
        return false;
    }
    std::string url = realm;
    std::string sep = realm.find('?') == std::string::npos ? "?" : "&";
    if (!service.empty()) {
        url += sep + "service=" + percentEncode(service);
        sep = "&";
    }
    if (!tokenScope.empty())
        url += sep + "scope=" + percentEncode(tokenScope);
    HttpRequest req;
    req.url = url;
    req.headers.emplace_back("Accept", "application/json");
    if (m_credentials)
        req.headers.emplace_back("Authorization", basicHeader());
    const auto received = TokenCache::Clock::now();
    const HttpResponse r = m_transport(req, cancel);
    const std::string where = "token realm " + hostOf(realm) + " for registry " + registryHost() + ": ";
    if (!r.error.empty()) {
        *error = where + r.error;
        return false;
    }
    if (r.status == 401 || r.status == 403) {
        *error = where + (m_credentials ? "the token server rejected the credentials for user \"" + m_credentials->user + "\""
                                        : "the token server refused an anonymous token; credentials are needed")
            + " (HTTP " + std::to_string(r.status) + ")";
        return false;
    }
    if (!r.ok()) {
        *error = where + r.problem();
        return false;
    }
    const TokenResponse token = TokenResponse::parse(r.body);
    if (!token.ok()) {
        *error = where + token.error;
        return false;
    }
    m_tokens.put(cacheScope, token.token, token.expiresIn, received);
    m_justFetched = cacheScope;
    return true;
}

} // namespace bulkhead
