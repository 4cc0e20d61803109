#pragma once

#include "net/httpclient.h"
#include "net/httpsourceoptions.h"
#include "secrets/secretrecord.h"
#include "sources/vaultsourceconfig.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;

// Client of a Vault / OpenBao KV v2 mount's metadata API on top of HttpClient (TLS with the
// source's CA file, plain http only for an insecure source, limits, retries of 429/503). Reads
// metadata only; never /data/. The token travels in X-Vault-Token (and the namespace in
// X-Vault-Namespace); redirects are not followed, because HttpClient drops only Authorization
// across origins and X-Vault-Token would go along to wherever a server points. Every error names
// the method, the API path and the host, never the token (each message is scrubbed of it too).
// Not thread-safe (like HttpClient): one client per worker thread.
class VaultClient
{
public:
    struct Listing
    {
        std::string folder;            // as asked: "" (the mount's root) or "team-a/"
        std::vector<std::string> keys; // as the server sent them; folders end in '/'
        long status = 0;
        bool notFound = false;         // 404: an empty or unknown folder (no error)
        bool forbidden = false;        // 403 (error set too)
        std::string error;
        bool ok() const { return error.empty(); }
    };
    struct Metadata
    {
        std::string path;
        std::optional<SecretRecord> secret;
        long status = 0;
        bool notFound = false; // 404: deleted since it was listed (no error)
        bool forbidden = false;
        std::string error;
        bool ok() const { return error.empty(); }
    };

    VaultClient(VaultSourceConfig source, std::string token);

    // LIST /v1/MOUNT/metadata/FOLDER for each folder, concurrently (the source's concurrency);
    // results in order. A server or proxy that refuses the LIST method (405) is asked again with
    // GET ?list=true.
    std::vector<Listing> list(const std::vector<std::string> &folders, const CancelToken *cancel = nullptr);
    // GET /v1/MOUNT/metadata/PATH for each secret path, concurrently; results in order.
    std::vector<Metadata> readMetadata(const std::vector<std::string> &paths, const CancelToken *cancel = nullptr);

    // "vault.example:8200" for messages.
    const std::string &host() const { return m_host; }
    // "secret/metadata/team-a/": how a path is named in messages (what `vault` CLI users know).
    std::string apiPath(const std::string &path) const;
    // HTTP requests sent so far (retries and the ?list=true fallback included).
    std::int64_t requestCount() const { return m_requests; }

private:
    // The requests through HttpClient, `concurrency` at a time.
    std::vector<HttpResponse> perform(const std::vector<HttpRequest> &requests, const CancelToken *cancel);
    HttpRequest request(const std::string &method, const std::string &path, bool listQuery) const;
    // A problem of a response as a message naming method, path and host; "" when usable.
    std::string problem(const HttpResponse &response, const std::string &method, const std::string &path) const;
    std::string scrub(std::string text) const;

    VaultSourceConfig m_source;
    std::string m_token;
    std::string m_base; // "https://host:port/v1/"
    std::string m_host;
    HttpSourceOptions m_options;
    HttpClient m_http;
    std::int64_t m_requests = 0;
};

} // namespace bulkhead
