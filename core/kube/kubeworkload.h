#pragma once

#include "kube/workloadcheck.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// One workload as the Workloads view lists it: a top-level controller (Deployment, StatefulSet,
// DaemonSet, CronJob, or a Job/ReplicaSet without an owner) or a pod without a controller.
struct KubeWorkload {
    std::string nameSpace, kind, name, uid;
    std::string serviceAccount;              // "" = default
    std::int64_t createdAt = 0;              // unix seconds
    int pods = 0;                            // running pods resolved to this workload (evaluateWorkload: 1 for a Pod, 0 for a controller)
    int containers = 0;                      // containers + init containers of its pod spec
    std::vector<std::string> images;         // as written in the spec, in container order (containers, init, ephemeral), each once
    // imageDigests[i] is the digest of images[i] ("sha256:...", "" unknown): evaluateWorkload takes it
    // from the object's status (containerStatuses[].imageID, also init/ephemeral, matched by container
    // name), else from a digest in the reference itself. Same size as images.
    std::vector<std::string> imageDigests;
    // Every check, Pass/NotApplicable included: grouped by check in workloadCheckIds() order, then
    // container order; a check that finds several problems in one container (hostPath volumes,
    // secret-looking variables) has one result each. Severity is Info on all but Fail.
    std::vector<WorkloadCheckResult> checks;
};

} // namespace bulkhead
