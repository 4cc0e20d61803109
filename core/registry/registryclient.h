#pragma once

#include "net/httpclient.h"
#include "net/httpheaders.h"
#include "net/httpsourceoptions.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

class CancelToken;

// Media types a manifest request accepts.
namespace registrymedia {
inline constexpr char kOciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char kOciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char kDockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char kDockerManifestList[] = "application/vnd.docker.distribution.manifest.list.v2+json";
} // namespace registrymedia

struct RegistryCredentials
{
    std::string user;
    std::string password;
};

// One challenge of a WWW-Authenticate header: scheme (as sent) and its auth-params (names
// lower-cased, values unquoted).
struct AuthChallenge
{
    std::string scheme;
    std::map<std::string, std::string> params;
};

// Client of the OCI distribution API (/v2/) of one registry, on top of HttpClient.
// First slice: anonymous access or HTTP Basic (sent only after the registry asks for it with a
// Basic challenge); a Bearer challenge is reported as not supported yet. Every error names the
// redacted URL and the problem. Not thread-safe (like HttpClient).
class RegistryClient
{
public:
    struct TagList
    {
        std::vector<std::string> tags; // in the order the registry listed them, over all pages
        int pages = 0;
        std::string error;
        bool ok() const { return error.empty(); }
    };
    struct Manifest
    {
        std::string mediaType; // Content-Type (parameters stripped), else the body's "mediaType"
        std::string digest;    // "sha256:<hex>", verified against the body
        std::string body;      // raw bytes as served
        std::string error;
        bool ok() const { return error.empty(); }
        bool isIndex() const;  // OCI index or Docker manifest list
    };

    // `baseUrl` is "http(s)://host[:port]" (a trailing '/' is ignored).
    RegistryClient(std::string baseUrl, HttpSourceOptions options,
                   std::optional<RegistryCredentials> credentials = std::nullopt);

    // GET /v2/: empty when the registry answers 200 (after Basic auth if asked), else the error.
    std::string ping(const CancelToken *cancel = nullptr);
    // GET /v2/<repo>/tags/list, following Link rel="next"; pageSize > 0 adds ?n=<pageSize>.
    TagList listTags(const std::string &repo, int pageSize = 0, const CancelToken *cancel = nullptr);
    // GET /v2/<repo>/manifests/<reference> (tag or digest) accepting OCI/Docker manifests and
    // indexes/lists.
    Manifest manifest(const std::string &repo, const std::string &reference, const CancelToken *cancel = nullptr);

    const std::string &baseUrl() const { return m_baseUrl; }

    // Helpers (public for tests).
    static std::vector<AuthChallenge> parseWwwAuthenticate(std::string_view header);
    // Target of the first Link entry with rel="next", resolved against `currentUrl`.
    static std::optional<std::string> nextLink(const HttpHeaders &headers, const std::string &currentUrl);
    static std::string sha256Digest(std::string_view bytes); // "sha256:<hex>"

private:
    // GET with the auth dance; on failure *error is set (and the response is returned as is).
    HttpResponse get(const std::string &url, const std::vector<std::pair<std::string, std::string>> &headers,
                     const CancelToken *cancel, std::string *error);
    std::string hostName() const;

    std::string m_baseUrl;
    HttpSourceOptions m_options;
    std::optional<RegistryCredentials> m_credentials;
    bool m_sendBasic = false;
    HttpClient m_http;
};

} // namespace bulkhead
