#pragma once

#include <string>
#include <vector>

namespace bulkhead {

// What the cluster collector does with the items of one resource.
enum class ClusterResourceRole {
    Namespaces,
    ServiceAccounts,
    Roles,            // Role, ClusterRole
    Bindings,         // RoleBinding, ClusterRoleBinding
    NetworkPolicies,
    Secrets,          // metadata only
    Owners,           // ReplicaSets, Jobs: owner links of pods; top-level ones are workloads too
    Pods,
    Controllers,      // Deployments, StatefulSets, DaemonSets, CronJobs
    TrivyReports,     // trivy-operator CRs, imported through the report importers
};

// One resource the collector lists, in listing order: what the checks of a later resource need
// comes first (service accounts and bindings before workloads, ReplicaSets and Jobs before the
// pods they own, pods before the controllers whose images they resolve to digests).
struct ClusterResourceSpec {
    std::string group, resource, kind;
    bool namespaced = true;
    ClusterResourceRole role = ClusterResourceRole::Pods;
    std::vector<std::string> controls; // controls that depend on it (coverage; "not assessed" when missing)
    bool optional = false;             // trivy-operator CRs: no coverage row when the API lacks them
};

const std::vector<ClusterResourceSpec> &clusterResources();

} // namespace bulkhead
