#pragma once

// Private to the RBAC risk rules (rbacrisk.cpp): how one PolicyRule reaches a risky permission.
// The permission questions go through ruleAllows() (rbacrequest.h) so that the matching semantics
// ("*", subresources, resourceNames) live in one place.

#include "rbac/rbacobjects.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead::rbacrisk {

// One access whose grant is risky: a verb on a resource[/subresource] of an API group.
struct Probe {
    std::string_view verb, apiGroup, resource, subresource;
    bool clusterScoped = false; // a RoleBinding cannot grant it (nodes, persistentvolumes, ...)
};

// The probes of a rule id of rbacrisk.h; empty for the rules that are not a permission question
// (wildcard, cluster-admin, CSR approval, subject and roleRef rules).
const std::vector<Probe> &probesOf(std::string_view ruleId);
// CSR approval needs both: update on certificatesigningrequests/approval, approve on signers.
const std::vector<Probe> &csrApprovalProbes();
const std::vector<Probe> &csrSignerProbes();

enum class Reach : std::uint8_t {
    None,
    Named, // only for the objects the rule's resourceNames list
    All,
};

struct RuleMatch {
    Reach reach = Reach::None;
    std::vector<std::string> verbs;     // of the probes it allows, each once, in probe order
    std::vector<std::string> resources; // "pods/exec", "deployments.apps", each once
    std::vector<std::string> names;     // the rule's resourceNames when Named
    // "create on pods/exec, pods/attach", "get on secrets (only db-password, tls)"
    std::string describe() const;
};

// What of the probes the rule allows. `namespaced`: the rule is granted by a RoleBinding, so
// cluster-scoped probes are skipped. A resourceNames-limited "create" of a top-level resource
// grants nothing (the API server does not know a name at create time) and is not counted.
RuleMatch matchRule(const PolicyRule &rule, const std::vector<Probe> &probes, bool namespaced);

// "*" in verbs, apiGroups or resources ("*/scale" too). Non-resource rules count for verbs only,
// and only cluster-wide (a RoleBinding cannot grant non-resource URLs). `what` names the parts:
// "verbs, resources".
bool hasWildcard(const PolicyRule &rule, bool namespaced, std::string *what);
// Every verb on every resource of every group, for every object name: cluster-admin's rule.
bool grantsEverything(const PolicyRule &rule);
// What the API server's default roles hand to everyone and is safe to: reading health, version
// and discovery URLs, and asking the API server what oneself may do (self*reviews create).
bool harmlessForEveryone(const PolicyRule &rule);

// "verbs=get,list apiGroups=\"\" resources=secrets resourceNames=a" (the rule as written).
std::string describePolicyRule(const PolicyRule &rule);

} // namespace bulkhead::rbacrisk
