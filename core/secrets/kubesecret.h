#pragma once

#include "secrets/secretrecord.h"
#include "store/workloadrepository.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace bulkhead {

// The SecretRecord of a Kubernetes Secret from its stored metadata record
// (secretMetadataRecord(), kube_objects.json): type, owner references, labels, the service
// account, and the age from the best signal present: a rotation annotation with a timestamp, else
// the newest managedFields entry that wrote data/stringData, else creationTimestamp (CreationOnly).
// The annotation "bulkhead.dev/rotation-days" (an integer) becomes declaredPolicyDays. The type is
// the record's "type" key: the collector learns it with field-selected lists (kube/secrettypes.h)
// because a metadata-only listing carries none; "" there means listed but of no known type. Only
// a record without the key (its type lists failed) falls back to a guess: a secret with the
// annotation kubernetes.io/service-account.name reads as "kubernetes.io/service-account-token",
// any other as "" (unknown). `uses` and usageKnown are left for the caller (secretUses()).
SecretRecord kubeSecretRecord(const std::string &cluster, const KubeObjectRecord &object);

// Every reference to a Secret in a pod spec (a Pod's spec, or a controller's
// spec.template.spec / CronJob spec.jobTemplate.spec.template.spec: pass the pod spec itself):
// containers, initContainers and ephemeralContainers env/envFrom, volumes (secret, projected),
// imagePullSecrets. Pairs of (secret name, use) with the workload's kind and name filled in; a
// secret referenced twice the same way by the same container is listed once.
std::vector<std::pair<std::string, SecretUse>> secretUses(const nlohmann::json &podSpec, const std::string &workloadKind,
                                                          const std::string &workloadName);

} // namespace bulkhead
