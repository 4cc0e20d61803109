#pragma once

#include "sources/vaultsourceconfig.h"

#include <QString>

namespace bulkhead::ui {

// The vault-source work of the Add-vault dialog. Each call blocks (files, store, network): call
// them on a worker thread (runInBackground), never on the GUI thread. The token is read for the
// call only; no result or error carries it.
namespace vaultops {

struct ConnectionTest {
    QString error;  // empty: the token could LIST every folder the source walks
    QString listed; // what was listed: "secret/metadata/team-a/, secret/metadata/shared/"
    int keys = -1;  // entries (secrets and folders) directly in them; 0 for empty or absent folders
};

// Reads the token as a collection does (readVaultToken: the config's file, else its environment
// variable), then LISTs the metadata of each folder the source walks (vaultRoots) with exactly its
// TLS settings and namespace (VaultClient). A 404 is an empty folder, not a failure; the first
// failure (403, TLS, unreachable) is the error, naming the path and the host.
ConnectionTest testConnection(VaultSourceConfig config);

// Adds (or, with `update`, replaces) the source. Empty on success, else the store's error.
QString save(const QString &storePath, const VaultSourceConfig &config, bool update);

} // namespace vaultops

} // namespace bulkhead::ui
