#pragma once

#include <string>

namespace bulkhead {

// What the user gave for a registry: sent as HTTP Basic to the registry when it asks for Basic,
// or to the token realm (after the realm policy passed) when it asks for a Bearer token.
struct RegistryCredentials
{
    std::string user;
    std::string password;
};

} // namespace bulkhead
