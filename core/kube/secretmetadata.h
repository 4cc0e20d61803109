#pragma once

#include "store/workloadrepository.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace bulkhead {

// The stored record of a Secret (a PartialObjectMetadata item, or any object: only its metadata is
// read): name, namespace, uid, creationTimestamp, type when the object carries it, the newest
// managedFields time ("lastManaged"), the kinds and names of its ownerReferences ("owners"), the
// annotation kubernetes.io/service-account.name ("serviceAccount"), the labels ("labels"), and
// what the age of the secret rests on (kubeSecretRecord reads these):
//   "rotatedAt": [{"annotation","time"}] the annotations named in `rotationAnnotations` (in that
//                order) whose value is an RFC 3339 date-time; the time is stored re-written
//                ("2024-05-01T10:00:00Z"), never the annotation's text;
//   "rotationDays": the annotation bulkhead.dev/rotation-days when it is a whole number 0..36500;
//   "dataManaged": {"time","manager"} the newest managedFields entry whose fieldsV1 writes
//                  f:data or f:stringData.
// Never data or stringData, never other annotations (kubectl.kubernetes.io/last-applied-configuration
// holds the values), never the field names inside fieldsV1 (they name the data keys).
KubeObjectRecord secretMetadataRecord(const nlohmann::json &secret,
                                      const std::vector<std::string> &rotationAnnotations = {});

} // namespace bulkhead
