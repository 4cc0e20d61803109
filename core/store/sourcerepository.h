#pragma once

#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "sources/vaultsourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

struct SourceRow {
    std::int64_t id = 0;
    std::string name, kind, url; // kind: "registry", "cluster" or "vault"
    RegistrySourceConfig config; // kind "registry"
    ClusterSourceConfig cluster; // kind "cluster" (url = its API server)
    VaultSourceConfig vault;     // kind "vault" (url = its server)
    std::int64_t createdAt = 0;
    std::optional<CollectionRunRow> lastRun;
};

// The sources the user added. Only the JSON of RegistrySourceConfig / ClusterSourceConfig is stored, which holds no
// secret; removing a source removes its runs, images and tags, and a cluster's workloads, namespaces,
// coverage, evidence and objects (ON DELETE CASCADE). The keyring
// secret of a source is the caller's to remove (SecretStore), SQL cannot reach it.
class SourceRepository
{
public:
    explicit SourceRepository(Database &db) : m_db(db) {}

    // Returns the new id. Throws StoreError "a source named X already exists", or with the
    // problem RegistrySourceConfig::validate() names.
    std::int64_t add(const RegistrySourceConfig &config, std::int64_t now);
    std::int64_t add(const RegistrySourceConfig &config); // now = current time
    // A cluster source; the same rules (unique name, ClusterSourceConfig::validate()).
    std::int64_t add(const ClusterSourceConfig &config, std::int64_t now);
    std::int64_t add(const ClusterSourceConfig &config);
    // A vault source; the same rules (unique name, VaultSourceConfig::validate()).
    std::int64_t add(const VaultSourceConfig &config, std::int64_t now);
    std::int64_t add(const VaultSourceConfig &config);
    // Replaces the config of the source named config.name; throws StoreError when there is none
    // or it is of the other kind.
    void update(const RegistrySourceConfig &config);
    void update(const ClusterSourceConfig &config);
    void update(const VaultSourceConfig &config);
    // False when no source has that name.
    bool remove(const std::string &name);
    // By name.
    std::vector<SourceRow> list() const;
    std::optional<SourceRow> find(const std::string &name) const;

private:
    std::vector<SourceRow> select(const std::string *name) const;
    // `problem`: the config's validate() result; the config is stored only when it is "".
    std::int64_t insert(std::string_view kind, const std::string &name, const std::string &url,
                        const std::string &problem, const std::string &json, std::int64_t now);
    void replace(std::string_view kind, const std::string &name, const std::string &url, const std::string &problem,
                 const std::string &json);

    Database &m_db;
};

} // namespace bulkhead
