#pragma once

#include "registry/registryclient.h"

#include <optional>
#include <string>

namespace bulkhead {

// Credentials for one registry, or why there are none. No credentials and no error means
// anonymous access. The error never contains a secret.
struct CredentialResult {
    std::optional<RegistryCredentials> credentials;
    std::string error;

    bool ok() const { return error.empty(); }
};

} // namespace bulkhead
