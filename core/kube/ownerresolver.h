#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>

namespace bulkhead {

// Resolves a pod to the workload that owns it: Pod -> ReplicaSet -> Deployment, Pod -> Job ->
// CronJob, Pod -> StatefulSet/DaemonSet, by ownerReferences (controller: true) and uid. A Node
// "controlling" a static (mirror) pod is no workload: such a pod is its own.
class OwnerResolver
{
public:
    // Remember an owner object (ReplicaSet, Job, ...) by uid with its own controller reference.
    void addOwner(const nlohmann::json &object);
    // "namespace/Kind/name" of the top-level controller of `pod`; "" when the pod has no
    // controller (a bare pod is its own workload). An owner that was not listed ends the walk at
    // the last known reference (Kind/name from the reference itself).
    std::string topLevelOwner(const nlohmann::json &pod) const;

    // Owners remembered so far.
    std::size_t size() const { return m_byUid.size(); }

private:
    // The controller reference of an object: who it names (kind, name, uid).
    struct Controller { std::string kind, name, uid; };
    struct Ref {
        std::string kind, name, nameSpace;
        std::optional<Controller> parent;
    };
    static std::optional<Controller> controllerOf(const nlohmann::json &object);
    std::unordered_map<std::string, Ref> m_byUid;
};

} // namespace bulkhead
