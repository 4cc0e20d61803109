#include "registry/sourcecredentials.h"

// The credentials module is written in parallel; until it is part of the tree only anonymous
// sources can be collected, and any other is refused with a clear error.
#if __has_include("credentials/registrycredentialresolver.h")
#include "credentials/registrycredentialresolver.h"
#define BULKHEAD_HAVE_CREDENTIALS 1
#endif

namespace bulkhead {

std::optional<RegistryCredentials> resolveSourceCredentials(const RegistrySourceConfig &source, std::string *error)
{
    if (source.auth == RegistryAuthKind::Anonymous)
        return std::nullopt;
#ifdef BULKHEAD_HAVE_CREDENTIALS
    CredentialResult result = RegistryCredentialResolver::resolveWithDefaults(source);
    if (!result.ok()) {
        *error = result.error;
        return std::nullopt;
    }
    return std::move(result.credentials);
#else
    *error = "this build cannot read stored credentials";
    return std::nullopt;
#endif
}

} // namespace bulkhead
