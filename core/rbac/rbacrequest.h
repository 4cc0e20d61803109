#pragma once

#include "rbac/rbacobjects.h"

#include <string>
#include <string_view>

namespace bulkhead {

// One access question, as the API server's authorizer sees it.
struct RbacRequest {
    std::string verb;          // "get", "create", "use", "escalate", ...
    std::string apiGroup;      // "" core, "apps", ...
    std::string resource;      // "pods"
    std::string subresource;   // "exec", "" for none
    std::string name;          // resourceName, "" = the question is not about one object
    std::string nameSpace;     // "" = cluster-scoped (or "in every namespace": only cluster-wide grants answer)
    std::string nonResourceUrl; // "/healthz": a non-resource request (resource fields unused)
};

// "pods", "pods/exec", "deployments.apps", "deployments.apps/scale", "/metrics" (non-resource
// URL). Well-known core and apps resources may be named without their group ("deployments" ->
// apps). false + error for an empty or malformed resource.
bool parseRbacResource(std::string_view text, RbacRequest &out, std::string *error);
std::string describeRequest(const RbacRequest &request); // "create pods/exec in namespace shop"

// Whether the request is about a cluster-scoped resource that a RoleBinding can never grant
// (nodes, persistentvolumes, clusterroles, certificatesigningrequests, webhook configurations,
// storage classes, CRDs, ...): the authorizer sees such a request without a namespace, so only
// ClusterRoleBindings answer it whatever namespace the question names. Non-resource URLs too.
// "namespaces" is not one of them: a request on a namespace object carries that namespace.
bool isClusterScopedRequest(const RbacRequest &request);

// The API server's RBAC matching of one rule against one request (verbs, apiGroups, resources
// with "*", "res/sub" and "*/sub", resourceNames, nonResourceURLs with a trailing "*").
bool ruleAllows(const PolicyRule &rule, const RbacRequest &request);

// Why a rule does not allow a request: the first part that fails ("verb", "apiGroup",
// "resource", "resourceName", "nonResourceURL"), "" when it allows it.
std::string ruleMismatch(const PolicyRule &rule, const RbacRequest &request);

} // namespace bulkhead
