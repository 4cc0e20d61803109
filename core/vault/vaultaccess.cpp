#include "vault/vaultaccess.h"

#include "vault/vaultclient.h"
#include "vault/vaulttree.h"

namespace bulkhead {

std::string checkVaultAccess(const VaultSourceConfig &source, const std::string &token, const CancelToken *cancel)
{
    VaultClient client(source, token);
    for (const VaultClient::Listing &l : client.list(vaultRoots(source.paths), cancel)) {
        if (!l.ok())
            return l.error;
    }
    return {};
}

} // namespace bulkhead
