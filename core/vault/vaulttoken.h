#pragma once

#include "sources/vaultsourceconfig.h"

#include <optional>
#include <string>

namespace bulkhead {

// Where a vault source's token comes from, read at each run and kept in memory for that run only:
// the file named in the config (its first line, surrounding whitespace removed), else the
// environment variable (default VAULT_TOKEN). nullopt with *error naming where it looked ("the
// environment variable VAULT_TOKEN is not set", "token file /x: cannot be read (No such file or
// directory)"); *absent is set when no token is configured there at all (an unset variable), as
// opposed to a file that is broken. The error never holds the token.
std::optional<std::string> readVaultToken(const VaultSourceConfig &source, std::string *error, bool *absent = nullptr);

} // namespace bulkhead
