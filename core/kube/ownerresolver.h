#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <unordered_map>

namespace bulkhead {

// Resolves a pod to the workload that owns it: Pod -> ReplicaSet -> Deployment, Pod -> Job ->
// CronJob, Pod -> StatefulSet/DaemonSet, by ownerReferences (controller: true) and uid.
class OwnerResolver
{
public:
    // Remember an owner object (ReplicaSet, Job, ...) by uid with its own controller reference.
    void addOwner(const nlohmann::json &object);
    // "namespace/Kind/name" of the top-level controller of `pod`; "" when the pod has no
    // controller (a bare pod is its own workload). An owner that was not listed ends the walk at
    // the last known reference (Kind/name from the reference itself).
    std::string topLevelOwner(const nlohmann::json &pod) const;

private:
    struct Ref { std::string kind, name, nameSpace, parentUid; };
    std::unordered_map<std::string, Ref> m_byUid;
};

} // namespace bulkhead
