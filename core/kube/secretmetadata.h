#pragma once

#include "store/workloadrepository.h"

#include <nlohmann/json_fwd.hpp>

namespace bulkhead {

// The stored record of a Secret (a PartialObjectMetadata item, or any object: only its metadata is
// read): name, namespace, uid, creationTimestamp, type when the object carries it, the newest
// managedFields time, the kinds and names of its ownerReferences and the annotation
// kubernetes.io/service-account.name. Never data or stringData, never labels or other annotations
// (kubectl.kubernetes.io/last-applied-configuration holds the values).
KubeObjectRecord secretMetadataRecord(const nlohmann::json &secret);

} // namespace bulkhead
