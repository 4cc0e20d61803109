#pragma once

#include "model/asset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bulkhead {

// Where a secret lives. Stored as this integer.
enum class SecretStoreKind : std::uint8_t {
    Kubernetes = 1, // a Secret of a cluster source (metadata only)
    Vault = 2,      // a KV v2 entry of a vault source (metadata only)
    Inventory = 3,  // a row of an imported inventory CSV (secrets that live elsewhere)
};
const char *secretStoreKindName(SecretStoreKind kind); // "kubernetes", "vault", "inventory"
bool parseSecretStoreKindName(std::string_view text, SecretStoreKind &out);

// Where the age of a secret comes from, most trustworthy first. Every age the product shows says
// which of these it rests on.
enum class AgeSource : std::uint8_t {
    VersionHistory = 1, // Vault: created_time of the current version (updated_time when no versions)
    Inventory = 2,      // the inventory's "last rotated" column: what its owner states
    Annotation = 3,     // a rotation annotation holding a timestamp (SecretPolicy::rotationAnnotations)
    ManagedFields = 4,  // the newest managedFields entry that wrote data or stringData
    CreationOnly = 5,   // creationTimestamp only: the last change was at or after it (a lower bound of the date)
    Unknown = 6,        // no usable time at all
};
const char *ageSourceName(AgeSource source); // "version history", "inventory", "annotation", "managedFields", "creation only", "unknown"
bool parseAgeSourceName(std::string_view text, AgeSource &out);

// One KV v2 version (Vault metadata "versions" map).
struct SecretVersion {
    int version = 0;
    std::int64_t createdAt = 0;
    std::int64_t deletedAt = 0; // deletion_time; 0 = not deleted
    bool destroyed = false;
    bool operator==(const SecretVersion &) const = default;
};

// How a workload uses a Kubernetes secret. `how`: "env" (env[].valueFrom.secretKeyRef), "envFrom"
// (envFrom[].secretRef), "volume" (volumes[].secret), "projected" (volumes[].projected.sources[].secret),
// "imagePullSecrets". The workload is in the secret's namespace.
struct SecretUse {
    std::string workloadKind, workloadName;
    std::string container; // "" for volumes and imagePullSecrets
    std::string how;
    bool operator==(const SecretUse &) const = default;
};
bool isEnvUse(const SecretUse &use); // "env" or "envFrom"

// One secret as Bulkhead knows it: metadata only, never a value. Keyed by (store, origin,
// location, name).
struct SecretRecord {
    SecretStoreKind store = SecretStoreKind::Kubernetes;
    std::string origin;   // the cluster or vault source's name, or the inventory's name
    std::string location; // Kubernetes namespace, Vault mount ("secret"), inventory "store" column
    std::string name;     // Secret name; path under the mount ("team-a/db"); inventory name
    std::string type;     // "Opaque", "kubernetes.io/service-account-token", ...; "kv-v2"; "" (inventory)
    std::string owner;    // ownerReferences "Certificate/web-tls" (comma separated); custom_metadata "owner"; inventory owner
    std::int64_t createdAt = 0;     // unix seconds; 0 unknown
    std::int64_t lastChangeAt = 0;  // unix seconds of the last change the ageSource shows; 0 unknown
    AgeSource ageSource = AgeSource::Unknown;
    std::string ageDetail;          // shown with the age: "managedFields: cert-manager-certificates-issuing",
                                    // "annotation example.com/rotated-at", "version 3 of 3"
    // A rotation interval declared on the secret itself: Vault custom_metadata "rotation_days",
    // the inventory's policy_days, the Kubernetes annotation "bulkhead.dev/rotation-days".
    std::optional<int> declaredPolicyDays;
    // Kubernetes labels (policy rules match on them); Vault custom_metadata except rotation_days
    // and owner (shown in the detail). Sorted by key.
    std::vector<std::pair<std::string, std::string>> labels;
    int currentVersion = 0;              // Vault
    std::vector<SecretVersion> versions; // Vault, by version ascending
    std::string serviceAccount;          // kubernetes.io/service-account.name of a token secret
    bool usageKnown = false;             // Kubernetes: every workload kind was listed, so "unused" is true
    std::vector<SecretUse> uses;         // Kubernetes, by workload kind, name, container, how
};

// The finding asset of a secret: KubernetesResource kubernetesIdentity(cluster, namespace,
// "Secret", name) for Kubernetes; AssetKind::Other with identity "vault:ORIGIN/MOUNT/PATH" or
// "inventory:ORIGIN/STORE/NAME" otherwise. name is what a person calls it ("secret/team-a/db").
AssetRef secretAsset(const SecretRecord &secret);

} // namespace bulkhead
