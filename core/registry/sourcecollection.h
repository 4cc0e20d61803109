#pragma once

#include "registry/collectionresult.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "sources/vaultsourceconfig.h"

#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;
class ExecCredentialProvider;

// One source a `collect` runs: a registry, a cluster or a vault (kind "registry" / "cluster" / "vault").
struct CollectableSource {
    std::string name, kind;
    RegistrySourceConfig registry; // kind "registry"
    ClusterSourceConfig cluster;   // kind "cluster"
    VaultSourceConfig vault;       // kind "vault"
};

// Every source (registries and clusters, by name) when `names` is empty, else those named, in
// that order. An unknown name (*unknownName set) or a store that cannot be read -> empty list and
// *error.
std::vector<CollectableSource> collectableSources(const std::string &storePath, const std::vector<std::string> &names,
                                                  std::string *error, bool *unknownName = nullptr);

// The registry sources a `collect` asks for: all registry sources when `names` is empty, else those
// named, in that order (a named cluster source is an error). An unknown name (*unknownName set) or a store that cannot be read -> empty list
// and *error.
std::vector<RegistrySourceConfig> sourcesToCollect(const std::string &storePath, const std::vector<std::string> &names,
                                                   std::string *error, bool *unknownName = nullptr);

// Collects one source as the CLI and the GUI's job do: resolves its credentials at run time
// (keyring or docker config.json), loads the posture thresholds from the settings and runs
// RegistryCollector. `concurrency` > 0 overrides the source's. A credential problem is a failed
// run with that error (and recorded as such).
CollectionResult collectSource(const std::string &storePath, RegistrySourceConfig source, const CancelToken *cancel,
                               const CollectionProgressCallback &progress, int concurrency = 0);

// Collects one cluster source (ClusterCollector): trusted registries from the settings, the exec
// plugin through `exec` (one provider per job, so a plugin runs once for several sources of one
// user; null = one for this call).
CollectionResult collectClusterSource(const std::string &storePath, ClusterSourceConfig source, const CancelToken *cancel,
                                      const CollectionProgressCallback &progress, ExecCredentialProvider *exec);

// Collects one vault source (VaultCollector; token from the config's file or environment variable).
CollectionResult collectVaultSource(const std::string &storePath, VaultSourceConfig source, const CancelToken *cancel,
                                    const CollectionProgressCallback &progress);

// Collects any kind.
CollectionResult collectAnySource(const std::string &storePath, const CollectableSource &source, const CancelToken *cancel,
                                  const CollectionProgressCallback &progress, ExecCredentialProvider *exec,
                                  int concurrency = 0);

// "complete: 12 repositories, 30 images, 31 tags, 210 requests, 0 failures; 14 posture findings
// (3 new, 1 resolved) in 2.1 s" for the CLI's summary line and the job's sourceDone.
std::string collectionSummary(const CollectionResult &result);
// "complete: 16 resources, 120 workloads, 12 namespaces, 40 secrets (3 overdue), 340 requests; 85 findings (85 new,
// 0 resolved); not collected: secrets (forbidden) in 1.2 s"
std::string clusterCollectionSummary(const CollectionResult &result);
// "complete: 1,204 secrets, 31 overdue, 3 paths not collected in 4.2 s"
std::string vaultCollectionSummary(const CollectionResult &result);
// The summary of `kind` ("registry", "cluster" or "vault").
std::string collectionSummary(const CollectionResult &result, const std::string &kind);

} // namespace bulkhead
