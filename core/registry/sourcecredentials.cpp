#include "registry/sourcecredentials.h"

#include "credentials/registrycredentialresolver.h"

namespace bulkhead {

std::optional<RegistryCredentials> resolveSourceCredentials(const RegistrySourceConfig &source, std::string *error)
{
    if (source.auth == RegistryAuthKind::Anonymous)
        return std::nullopt;
    CredentialResult result = RegistryCredentialResolver::resolveWithDefaults(source);
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    return std::move(result.credentials);
}

} // namespace bulkhead
