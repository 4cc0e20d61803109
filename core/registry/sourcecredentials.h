#pragma once

#include "registry/registrycredentials.h"
#include "sources/registrysourceconfig.h"

#include <optional>
#include <string>

namespace bulkhead {

// The credentials a collection of `source` uses, read at run time (keyring or docker
// config.json) through the credentials module. nullopt with *error empty: anonymous. *error never
// holds a secret. The one place the collector touches the credentials module.
std::optional<RegistryCredentials> resolveSourceCredentials(const RegistrySourceConfig &source, std::string *error);

} // namespace bulkhead
