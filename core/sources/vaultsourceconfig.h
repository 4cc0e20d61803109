#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// A Vault / OpenBao server whose KV v2 metadata the user added as a source. Stored as JSON in
// sources.config (kind "vault"); it holds no secret: the token is read at each run from the
// environment variable or the file named here, and lives in memory for that run only.
struct VaultSourceConfig {
    std::string name;   // [A-Za-z0-9._-], 1..64; the origin of its secrets
    std::string url;    // "https://vault.example:8200" (no /v1)
    std::string mount = "secret";   // the KV v2 mount
    std::vector<std::string> paths; // folders under the mount to walk ("team-a/"); empty = the whole mount
    std::string tokenEnv = "VAULT_TOKEN"; // used when tokenFile is ""
    std::string tokenFile;
    std::string vaultNamespace;     // X-Vault-Namespace; "" = none
    std::string caFile;             // PEM trusted instead of the system store
    bool insecure = false;          // plain http allowed (TLS is still verified for https)
    int maxPaths = 200000;          // secrets read at most per run; more makes the run partial
    int concurrency = 8;            // requests in flight

    std::string toJson() const;
    static std::optional<VaultSourceConfig> fromJson(std::string_view json, std::string *error);
    // First problem or "": name, url (http(s)://host[:port], http only when insecure), mount
    // (non-empty, no leading/trailing '/'), paths (no "..", no leading '/'), maxPaths 1..10,000,000,
    // concurrency 1..64.
    std::string validate() const;
};

} // namespace bulkhead
