#pragma once

#include <string>

namespace bulkhead {

// One listable resource of the API, as discovery names it.
struct KubeResourceType {
    std::string group;    // "" for the core group, "apps", "rbac.authorization.k8s.io", "aquasecurity.github.io"
    std::string version;  // "v1", "v1alpha1"
    std::string resource; // plural: "pods", "deployments", "vulnerabilityreports"
    std::string kind;     // "Pod", "Deployment", "VulnerabilityReport"
    bool namespaced = true;

    // "/api/v1/pods", "/apis/apps/v1/deployments"
    std::string listPath() const;
    // "pods", "deployments.apps" (what kubectl calls it; coverage rows use this)
    std::string qualifiedName() const;
};

} // namespace bulkhead
