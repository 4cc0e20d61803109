#pragma once

#include <string>
#include <vector>

namespace bulkhead {

// What a report, an export or a gate covers. Every list empty = the whole store. Lists combine
// with AND across fields and OR within one ("registries a or b, and namespace prod").
//  - sources:    names of configured sources (registry, cluster, vault, inventory; `source list`)
//                or scanner tools ("trivy", "grype", ...): findings reported by / items
//                collected from them.
//  - clusters:   cluster source names: workloads, RBAC, cluster secrets and findings on assets of
//                those clusters.
//  - namespaces: Kubernetes namespaces (workloads, RBAC bindings in them, secrets, findings on
//                assets in them). Cluster-wide objects (ClusterRoleBindings) stay in.
//  - registries: registry hosts ("ghcr.io", "127.0.0.1:5000") or registry source names: images
//                and findings on images from them.
// A section with nothing a field applies to (e.g. drills for `namespaces`) ignores that field;
// the report's scope line says which sections a scope narrows.
struct ReportScope {
    std::vector<std::string> sources;
    std::vector<std::string> clusters;
    std::vector<std::string> namespaces;
    std::vector<std::string> registries;

    bool empty() const { return sources.empty() && clusters.empty() && namespaces.empty() && registries.empty(); }
    // "Whole store" or "clusters prod; namespaces shop, payments" (the title page's scope line).
    std::string describe() const;
};

// Parses the CLI's `--scope` values: "cluster=prod", "namespace=shop", "registry=ghcr.io",
// "source=trivy"; several --scope options add up, a value may list several names split by
// commas ("namespace=shop,payments"). Returns an error naming the bad value, "" when fine.
std::string addScopeArgument(ReportScope &scope, const std::string &argument);

} // namespace bulkhead
