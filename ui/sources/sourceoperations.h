#pragma once

#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "sources/vaultsourceconfig.h"
#include "store/sourcerepository.h"

#include <QString>

#include <vector>

namespace bulkhead::ui {

// The registry-source work of the Add-registry and Sources dialogs. Each call blocks (store,
// keyring, network): call them on a worker thread (runInBackground), never on the GUI thread.
namespace sourceops {

// Empty when the desktop keyring (Secret Service) can store passwords, else why not.
QString keyringProblem();

// Adds (or, with `update`, replaces) the source; a Basic source's non-empty password goes to the
// keyring first and nowhere else, so that a source is never stored without its secret. Empty on
// success, else the error (nothing changed).
QString save(const QString &storePath, const RegistrySourceConfig &config, const QString &password, bool update);

// Only the store's part of saving: adds (or, with `update`, replaces) the source. Empty on
// success, else the store's error.
QString writeSource(const QString &storePath, const RegistrySourceConfig &config, bool update);
QString writeSource(const QString &storePath, const ClusterSourceConfig &config, bool update);
QString writeSource(const QString &storePath, const VaultSourceConfig &config, bool update);

// Removes the source, its images and runs from the store, and its password from the keyring.
QString remove(const QString &storePath, const QString &name);

struct SourceList {
    std::vector<SourceRow> sources;
    QString error;
};
SourceList list(const QString &storePath);

struct ConnectionTest {
    QString error;           // empty: the registry answered GET /v2/
    // The catalog (GET /v2/_catalog), asked only when the ping succeeded. Many registries refuse
    // it to ordinary accounts (Docker Hub, GHCR): that is not a failure of the source, which
    // can still name its repositories through include patterns.
    int repositories = -1;   // -1: not asked or refused (catalogError says why)
    bool catalogCut = false; // the listing was still paging at the deadline: at least `repositories`
    QString catalogError;
};

// GET /v2/ with the dialog's settings and credentials (`password` as typed; for a docker
// config.json source the credentials are read from it as the collector would), then the catalog.
ConnectionTest testConnection(const RegistrySourceConfig &config, const QString &password);

} // namespace sourceops

} // namespace bulkhead::ui
