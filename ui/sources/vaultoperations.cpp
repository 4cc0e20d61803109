#include "sources/vaultoperations.h"

#include "sources/sourceoperations.h"
#include "vault/vaultclient.h"
#include "vault/vaulttoken.h"
#include "vault/vaulttree.h"

#include <QStringList>

namespace bulkhead::ui::vaultops {

ConnectionTest testConnection(VaultSourceConfig config)
{
    ConnectionTest out;
    std::string error;
    std::optional<std::string> token = readVaultToken(config, &error);
    if (!token) {
        out.error = QString::fromStdString(error);
        return out;
    }
    // A test is interactive: one attempt, and an answer soon.
    config.concurrency = std::min(config.concurrency, 4);
    VaultClient client(config, *token);
    token->assign(token->size(), '\0'); // the client holds its own copy for this call only
    QStringList listed;
    out.keys = 0;
    for (const VaultClient::Listing &l : client.list(vaultRoots(config.paths))) {
        listed << QString::fromStdString(client.apiPath(l.folder));
        if (!l.ok()) {
            out.error = QString::fromStdString(l.error);
            out.keys = -1;
            break;
        }
        out.keys += static_cast<int>(l.keys.size());
    }
    out.listed = listed.join(QStringLiteral(", "));
    return out;
}

QString save(const QString &storePath, const VaultSourceConfig &config, bool update)
{
    return sourceops::writeSource(storePath, config, update);
}

} // namespace bulkhead::ui::vaultops
