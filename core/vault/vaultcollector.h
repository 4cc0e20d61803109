#pragma once

#include "registry/collectionresult.h"
#include "secrets/secretpolicy.h"
#include "sources/vaultsourceconfig.h"

#include <cstdint>
#include <optional>
#include <string>

namespace bulkhead {

class CancelToken;

// Collects one Vault source into the store: token (file or environment; a missing token is a
// failed run naming where it looked) -> LIST /v1/MOUNT/metadata/PATH (recursively, folders end
// in '/', up to maxPaths secrets) -> GET /v1/MOUNT/metadata/PATH for each secret -> ONE store
// transaction: SecretRepository::write (complete only when every LIST and read succeeded),
// evaluateSecrets for this origin with loadSecretPolicy() (or the one set), and the run.
// Requests go through core/net HttpClient (TLS, limits, retries); the token travels in
// X-Vault-Token and never reaches the store, logs or errors. Outcomes: unreachable / TLS / token
// refused on the first LIST (403 at the top) -> "failed"; a 403 or error on some path -> "partial",
// the path named in failures ("secret/metadata/team-b/: permission denied (403)"); 404 on a LIST
// is an empty folder.
class VaultCollector
{
public:
    VaultCollector(std::string storePath, VaultSourceConfig source);

    void setProgressCallback(CollectionProgressCallback callback) { m_progress = std::move(callback); }
    void setNow(std::int64_t now) { m_now = now; }
    // Instead of the environment / file named in the config (tests, the CLI's --token-file check).
    void setToken(std::string token) { m_token = std::move(token); m_tokenSet = true; }
    // Instead of loadSecretPolicy() (tests, a job that already holds it).
    void setPolicy(SecretPolicy policy) { m_policy = std::move(policy); }

    // progress phases: "listing" (done = folders listed), "metadata" (done/total secrets), "writing".
    CollectionResult run(const CancelToken *cancel = nullptr);

private:
    std::string m_storePath;
    VaultSourceConfig m_source;
    CollectionProgressCallback m_progress;
    std::int64_t m_now = 0;
    std::string m_token;
    bool m_tokenSet = false;
    std::optional<SecretPolicy> m_policy;
};

} // namespace bulkhead
