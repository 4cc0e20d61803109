#pragma once

#include "kube/kubeclient.h"
#include "store/workloadrepository.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace bulkhead {

class CancelToken;

// The Secret types a metadata-only listing learns with one field-selected LIST per type
// (fieldSelector=type=<T>, Accept PartialObjectMetadataList): PartialObjectMetadata items carry
// no `type`, and asking for full objects would fetch the values.
const std::vector<std::string> &knownSecretTypes(); // Opaque, kubernetes.io/service-account-token, ...

struct SecretTypeListing {
    std::unordered_map<std::string, std::string> types; // uid -> type, for the secrets of a known type
    // Every known type was listed completely: a secret not in `types` has some other type (kept
    // "" = unknown, never guessed). Otherwise `failures` names each type not listed and why.
    bool complete = false;
    bool cancelled = false;
    std::vector<std::string> failures;
};

// Runs the per-type LISTs of `secrets` (the type discovery named) with `options` (page size,
// namespace; metadataOnly and fieldSelector are set here).
SecretTypeListing listSecretTypes(KubeClient &client, const KubeResourceType &secrets, KubeClient::ListOptions options,
                                  const CancelToken *cancel = nullptr);

// Writes "type" into each Secret record's JSON (secretMetadataRecord's record) from the listing:
// the listed type for a uid it holds; "" for the others when the listing was complete (listed
// under none of the known types: unknown, and known not to be a service-account token); nothing
// otherwise (the record stays as it was). kubeSecretRecord reads it.
void applySecretTypes(std::vector<KubeObjectRecord> &objects, const SecretTypeListing &listing);

} // namespace bulkhead
