#pragma once

#include "authchallenge.h"
#include "registrycredentials.h"
#include "tokencache.h"

#include "net/httprequest.h"
#include "net/httpresponse.h"
#include "net/httpsourceoptions.h"

#include <functional>
#include <optional>
#include <string>

namespace bulkhead {

class CancelToken;

// The authentication state of one registry for RegistryClient: anonymous until the registry
// answers 401, then HTTP Basic or the Bearer token flow, whichever its challenge asks for.
//
// Bearer (Docker token authentication): the challenge names a realm, service and scope; the
// realm must pass RealmPolicy before anything (least of all the credentials) is sent to it;
// GET realm?service=..&scope=.. with the credentials as Basic (none: an anonymous token);
// tokens are cached per scope until they expire; a 401 for a cached token fetches a new one
// once, a 401 for a token just fetched is an error. Once a registry has asked for Bearer, tokens
// for new scopes are fetched before the request instead of after its 401.
class RegistryAuth
{
public:
    // How requests go out (RegistryClient counts them).
    using Transport = std::function<HttpResponse(const HttpRequest &, const CancelToken *)>;

    // What a request was sent with; handleUnauthorized() needs it to decide what to do next.
    struct Sent
    {
        enum class Kind { None, Basic, CachedBearer, FreshBearer } kind = Kind::None;
        std::string header; // Authorization value, "" for None
    };

    RegistryAuth(std::string registryUrl, HttpSourceOptions options, std::optional<RegistryCredentials> credentials,
                 Transport transport);

    // The Authorization to send for a request needing `scope`; may fetch a token first. On
    // failure returns Kind::None with *error set.
    Sent authorization(const std::string &scope, const CancelToken *cancel, std::string *error);
    // After a 401 for a request sent with `sent`: true when the request should be sent again
    // (with authorization(scope)), false with *error set. `where` prefixes errors ("GET <url>: ").
    bool handleUnauthorized(const HttpResponse &response, const std::string &scope, const Sent &sent,
                            const std::string &where, const CancelToken *cancel, std::string *error);

    const TokenCache &tokens() const { return m_tokens; }

private:
    bool fetchToken(const std::string &cacheScope, const std::string &tokenScope, const CancelToken *cancel,
                    std::string *error);
    std::string basicHeader() const;
    std::string registryHost() const;

    std::string m_registryUrl;
    HttpSourceOptions m_options;
    std::optional<RegistryCredentials> m_credentials;
    Transport m_transport;
    bool m_sendBasic = false;
    std::optional<AuthChallenge> m_bearer; // the last Bearer challenge (realm, service)
    TokenCache m_tokens;
    std::optional<std::string> m_justFetched; // scope whose token was fetched for the request in flight
};

} // namespace bulkhead
