#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace bulkhead {

// Rule keys of the namespace and cluster findings.
namespace clusterrule {
inline constexpr char kNoNetworkPolicy[] = "bulkhead/k8s-namespace-no-networkpolicy";     // RUN-3
inline constexpr char kNoDefaultDenyIngress[] = "bulkhead/k8s-namespace-no-default-deny-ingress"; // RUN-3
inline constexpr char kNoDefaultDenyEgress[] = "bulkhead/k8s-namespace-no-default-deny-egress";   // RUN-3
inline constexpr char kInsecureTls[] = "bulkhead/k8s-cluster-insecure-tls";               // SEC-4: insecure-skip-tls-verify
} // namespace clusterrule

// A namespace's segmentation, from its NetworkPolicies.
struct NamespaceSegmentation {
    std::string name;
    int workloads = 0, pods = 0;
    int networkPolicies = 0;
    bool defaultDenyIngress = false; // a policy selecting every pod (empty podSelector) with Ingress in policyTypes and no ingress rules
    bool defaultDenyEgress = false;  // the same for Egress
};

// `namespaces`: Namespace objects; `policies`: NetworkPolicy objects of all namespaces. One entry
// per namespace, by name (workloads/pods left 0 for the caller).
std::vector<NamespaceSegmentation> evaluateNamespaces(const std::vector<nlohmann::json> &namespaces,
                                                      const std::vector<nlohmann::json> &policies);

} // namespace bulkhead
