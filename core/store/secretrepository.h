#pragma once

#include "secrets/secretrecord.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// One collection or import of secrets of one store+origin (a cluster or vault source, an
// inventory) as its writer hands it over (inside its transaction).
struct SecretSourceWrite {
    SecretStoreKind store = SecretStoreKind::Kubernetes;
    std::string origin;
    std::int64_t sourceId = 0; // sources.id of a cluster/vault source; 0 for an inventory
    std::int64_t now = 0;
    // Everything of this origin was read: stored secrets of the origin not in `secrets` are
    // deleted. Otherwise rows are only added or updated (a 403 on a Vault path loses nothing).
    // An updated row keeps its id and its evaluation until the next evaluateSecrets().
    bool complete = false;
    std::vector<SecretRecord> secrets;
};

struct SecretRow {
    std::int64_t id = 0;
    SecretRecord secret; // without versions and uses (detail() has them)
    int useCount = 0;    // distinct workloads using it
    bool viaEnv = false, viaVolume = false; // volume: "volume" or "projected"
    std::optional<int> policyDays;           // from the last evaluation; nullopt = not evaluated
    std::string policyReason;
    std::optional<std::int64_t> dueAt;       // nullopt = unknown (no change time) or not evaluated
    std::int64_t collectedAt = 0;
};

struct SecretFilter {
    std::string store;    // "" or a secretStoreKindName()
    std::string origin;   // "" = all
    std::string location; // "" = all
    std::string text;     // substring of name, location, origin or owner
    bool overdue = false; // dueAt <= now
    bool unused = false;  // usage known and no use
    bool viaEnv = false;
    std::int64_t now = 0; // for `overdue`
};
// The key, then store, origin, location, name (unique together, so pages are stable), all in the
// same direction: descending reverses the whole order, ties included, so that either direction is
// one walk of one index. Age: descending is the largest age first (lastChangeAt ascending). Age
// and Due put unknown times (no change time; not evaluated) last in both directions.
enum class SecretSort : std::uint8_t { Name, Store, Location, Type, Age, Uses, Due };

// Decision of evaluateSecrets for one row.
struct SecretEvaluation {
    std::int64_t id = 0;
    int policyDays = 0;
    std::string reason;
    std::optional<std::int64_t> dueAt;
};

// The secrets tables (schema v7): secrets, secret_versions, secret_uses. Rows of a source go with
// it (ON DELETE CASCADE); inventory rows have no source and go by replaceInventory/removeOrigin.
// Only metadata is stored: the SecretRecord has no field for a value.
class SecretRepository
{
public:
    explicit SecretRepository(Database &db) : m_db(db) {}

    // One origin's secrets (a savepoint inside the caller's transaction, else its own). Throws StoreError.
    void write(const SecretSourceWrite &data);
    // Removes every secret of store+origin (e.g. an inventory). Returns rows removed.
    std::int64_t removeOrigin(SecretStoreKind store, const std::string &origin);

    // Paged, filtered, sorted in SQL.
    std::int64_t count(const SecretFilter &filter) const;
    std::vector<SecretRow> page(const SecretFilter &filter, SecretSort sort, bool descending, std::int64_t offset,
                                int limit) const;
    // One secret with versions and uses; nullopt when the id is unknown.
    std::optional<SecretRow> find(std::int64_t id) const;
    std::optional<SecretRecord> detail(std::int64_t id) const;
    // Secrets by (store, origin, location, name), with versions and uses; store/origin "" = all.
    // For the evaluation: calls `visit` once per secret in id order, without loading all at once.
    void forEach(const std::string &store, const std::string &origin,
                 const std::function<void(std::int64_t id, const SecretRecord &)> &visit) const;
    void setEvaluations(const std::vector<SecretEvaluation> &evaluations);

    // How many secrets (matching the filter) have an age, in days at `filter.now`, within each
    // bucket [edges[i], edges[i+1]) (the last bucket is [edges.back(), inf)); secrets with no
    // known change time are not counted. Returns edges.size() counts.
    std::vector<std::int64_t> ageDistribution(const SecretFilter &filter, const std::vector<int> &edgesDays) const;
    // Distinct (store, origin) pairs, sorted; locations of one origin ("" = all), sorted.
    std::vector<std::pair<std::string, std::string>> origins() const;
    std::vector<std::string> locations(const std::string &origin) const;

private:
    Database &m_db;
};

} // namespace bulkhead
