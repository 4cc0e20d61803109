#pragma once

#include "authchallenge.h"
#include "registryauth.h"
#include "registrycredentials.h"

#include "net/httpclient.h"
#include "net/httpheaders.h"
#include "net/httpsourceoptions.h"

#include <cstdint>
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

// Client of the OCI distribution API (/v2/) of one registry, on top of HttpClient. Anonymous,
// HTTP Basic or Bearer tokens, as the registry's challenges ask (see RegistryAuth). Every error
// names the redacted URL or host and the problem, never a password or token. Not thread-safe
// (like HttpClient): one client per worker thread.
class RegistryClient
{
public:
    // Largest manifest accepted (what distribution 3 and most registries enforce on push): a
    // bigger one is hostile or broken and would only cost memory.
    static constexpr std::int64_t kMaxManifestBytes = 4 * 1024 * 1024;
    // Most names one catalog or tag list may hold over all its pages: a registry whose Link
    // rel="next" never ends (or a repository with millions of tags) would otherwise grow the
    // list until memory runs out and then cost a manifest request per tag. More is an error for
    // that list, not a silently shortened list: a tag list's repository is reported as failed, a
    // catalog is treated as one the registry refuses (only literal include patterns are crawled).
    static constexpr std::size_t kMaxListEntries = 1'000'000;

    struct TagList
    {
        std::vector<std::string> tags; // in the order the registry listed them, over all pages
        int pages = 0;
        std::string error;
        bool ok() const { return error.empty(); }
    };
    struct Catalog
    {
        std::vector<std::string> repositories; // over all pages
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
        bool notFound = false; // HTTP 404 / MANIFEST_UNKNOWN: no such tag or digest (error is set too)
        bool ok() const { return error.empty(); }
        bool isIndex() const;  // OCI index or Docker manifest list
    };
    struct Blob
    {
        std::string bytes;
        std::string digest; // as requested, verified against the bytes
        std::string error;
        bool notFound = false;
        bool ok() const { return error.empty(); }
    };
    // One entry of a referrers list (an OCI descriptor).
    struct Referrer
    {
        std::string digest, mediaType, artifactType;
        std::int64_t size = 0;
        std::map<std::string, std::string> annotations;
    };
    struct Referrers
    {
        std::vector<Referrer> descriptors;
        bool viaFallbackTag = false; // read from the "sha256-<hex>" tag, not the referrers API
        std::string error;
        bool ok() const { return error.empty(); }
    };

    // `baseUrl` is "http(s)://host[:port]" (a trailing '/' is ignored).
    RegistryClient(std::string baseUrl, HttpSourceOptions options,
                   std::optional<RegistryCredentials> credentials = std::nullopt);

    // GET /v2/: empty when the registry answers 200 (after authenticating if asked), else the error.
    std::string ping(const CancelToken *cancel = nullptr);
    // GET /v2/_catalog (scope registry:catalog:*), following Link rel="next"; pageSize > 0 adds ?n=.
    // At most kMaxListEntries names and 100,000 pages.
    Catalog catalog(int pageSize = 0, const CancelToken *cancel = nullptr);
    // GET /v2/<repo>/tags/list, following Link rel="next"; pageSize > 0 adds ?n=<pageSize>.
    // At most kMaxListEntries tags and 100,000 pages.
    TagList listTags(const std::string &repo, int pageSize = 0, const CancelToken *cancel = nullptr);
    // GET /v2/<repo>/manifests/<reference> (tag or digest) accepting OCI/Docker manifests and
    // indexes/lists; at most kMaxManifestBytes.
    Manifest manifest(const std::string &repo, const std::string &reference, const CancelToken *cancel = nullptr);
    // GET /v2/<repo>/blobs/<digest> (sha256 only), at most maxBytes, digest verified.
    Blob blob(const std::string &repo, const std::string &digest, std::int64_t maxBytes,
              const CancelToken *cancel = nullptr);
    // Manifests whose subject is `digest`: GET /v2/<repo>/referrers/<digest>; when the registry
    // has no referrers API (404 or an answer that is not an OCI index), the fallback tag
    // "sha256-<hex>" (an OCI index). Neither: an empty list, no error. A non-empty artifactType
    // keeps only those entries.
    Referrers referrers(const std::string &repo, const std::string &digest, const std::string &artifactType = {},
                        const CancelToken *cancel = nullptr);

    const std::string &baseUrl() const { return m_baseUrl; }
    // HTTP requests sent so far (token requests, redirect hops and retries included).
    std::int64_t requestCount() const { return m_requests; }

    // Helpers (public for tests).
    static std::vector<AuthChallenge> parseWwwAuthenticate(std::string_view header);
    // Target of the first Link entry with rel="next", resolved against `currentUrl`.
    static std::optional<std::string> nextLink(const HttpHeaders &headers, const std::string &currentUrl);
    static std::string sha256Digest(std::string_view bytes); // "sha256:<hex>"
    // Distribution's repository name grammar (lower-case path components joined by '/').
    static bool isValidRepositoryName(std::string_view repo);

private:
    // GET with authentication for `scope`; on failure *error is set (and the response is returned as is).
    HttpResponse get(const std::string &url, const std::vector<std::pair<std::string, std::string>> &headers,
                     const std::string &scope, const CancelToken *cancel, std::string *error,
                     const HttpSourceOptions *options = nullptr);
    HttpResponse send(const HttpRequest &request, const HttpSourceOptions &options, const CancelToken *cancel);
    // Follows Link rel="next" from `url`, handing each page's JSON object to `page`.
    template<typename Page>
    std::string paged(std::string url, const std::string &scope, const char *what, int *pages, Page page,
                      const CancelToken *cancel);
    Referrers referrersFromIndex(const std::string &body, const std::string &artifactType) const;
    std::string repoError(const std::string &repo) const;

    std::string m_baseUrl;
    HttpSourceOptions m_options;
    HttpClient m_http;
    std::int64_t m_requests = 0;
    RegistryAuth m_auth;
};

} // namespace bulkhead
