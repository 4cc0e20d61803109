#pragma once

#include "sources/vaultsourceconfig.h"

#include <string>

namespace bulkhead {

class CancelToken;

// Whether `token` may LIST every folder the source walks (its paths, or the mount's root) before
// the source is stored (`source add vault`, the Add vault dialog): "" when each LIST answers 200
// or 404 (empty), else the first problem, naming the method, the path and the host, never the
// token ("LIST secret/metadata/ at vault.example:8200: permission denied (HTTP 403)").
std::string checkVaultAccess(const VaultSourceConfig &source, const std::string &token,
                             const CancelToken *cancel = nullptr);

} // namespace bulkhead
