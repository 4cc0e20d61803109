#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// One rule of a Role or ClusterRole, as the API server stores it. Empty lists stay empty (an
// empty verbs list grants nothing); "*" is kept as written.
struct PolicyRule {
    std::vector<std::string> verbs, apiGroups, resources, resourceNames, nonResourceURLs;
};

// metav1.LabelSelector: matchLabels AND every matchExpression (In, NotIn, Exists, DoesNotExist).
struct LabelSelectorRequirement {
    std::string key, op; // op as written: "In", "NotIn", "Exists", "DoesNotExist"
    std::vector<std::string> values;
};
struct LabelSelector {
    std::map<std::string, std::string> matchLabels;
    std::vector<LabelSelectorRequirement> matchExpressions;
};
// An empty selector matches nothing here (the aggregation controller's rule); an unknown op
// matches nothing.
bool labelSelectorMatches(const LabelSelector &selector, const std::map<std::string, std::string> &labels);

struct RbacRole {
    bool clusterRole = false;
    std::string nameSpace, name, uid; // nameSpace "" for a ClusterRole
    std::int64_t createdAt = 0;
    std::map<std::string, std::string> labels;
    std::vector<PolicyRule> rules;    // as stored; RbacIndex resolves aggregation separately
    bool aggregated = false;          // has an aggregationRule
    std::vector<LabelSelector> aggregationSelectors; // clusterRoleSelectors
    bool bootstrap = false;           // a default role of the API server (isBootstrapObject)
};

enum class SubjectKind : std::uint8_t { User, Group, ServiceAccount };
const char *subjectKindName(SubjectKind kind); // "User", "Group", "ServiceAccount"
bool parseSubjectKind(std::string_view text, SubjectKind &out);

struct RbacSubject {
    SubjectKind kind = SubjectKind::User;
    std::string name;
    std::string nameSpace; // ServiceAccount only (a binding subject without one takes the binding's)
    // "User/alice", "Group/system:masters", "ServiceAccount/ns/name": stable, sortable, used as the
    // CLI's and the store's spelling.
    std::string key() const;
    friend bool operator==(const RbacSubject &, const RbacSubject &) = default;
    friend auto operator<=>(const RbacSubject &, const RbacSubject &) = default;
};
// Parses key() back, and the CLI's short forms: "alice" (User), "group:NAME", "sa:NS/NAME",
// "system:serviceaccount:NS:NAME" (the username a service account authenticates as).
std::optional<RbacSubject> parseRbacSubject(std::string_view text);

struct RoleRef {
    std::string kind; // "Role" or "ClusterRole"
    std::string name;
    friend bool operator==(const RoleRef &, const RoleRef &) = default;
};

struct RbacBinding {
    bool clusterBinding = false;
    std::string nameSpace, name, uid; // nameSpace "" for a ClusterRoleBinding
    std::int64_t createdAt = 0;
    std::map<std::string, std::string> labels;
    RoleRef roleRef;
    std::vector<RbacSubject> subjects; // as written, ServiceAccount namespaces filled in
    bool bootstrap = false;
    const char *kindName() const { return clusterBinding ? "ClusterRoleBinding" : "RoleBinding"; }
};

struct RbacServiceAccount {
    std::string nameSpace, name;
    std::optional<bool> automountToken; // automountServiceAccountToken as written
};

// A running workload and the service account its pods run as (from kube_workloads).
struct RbacWorkload {
    std::string nameSpace, kind, name;
    std::string serviceAccount; // "" = "default"
    bool tokenMounted = true;   // false when the pod spec or the service account turns automount off
};

// Everything the analysis reads of one cluster.
struct RbacObjects {
    std::vector<RbacRole> roles;
    std::vector<RbacBinding> bindings;
    std::vector<RbacServiceAccount> serviceAccounts;
    std::vector<RbacWorkload> workloads;
    std::vector<std::string> namespaces;
    // ServiceAccounts were listed completely: a bound service account that is absent is
    // "dangling"; otherwise its existence is unknown and that rule is not assessed.
    bool serviceAccountsListed = false;
};

// Kubernetes objects (API JSON: apiVersion/kind/metadata/...) to the types above. `error` names
// what is wrong ("ClusterRole admin: rules[2].verbs is not a list"). Tolerates null lists (the
// fixtures' `rules: null`).
bool parseRbacRole(const nlohmann::json &object, RbacRole &out, std::string *error);
bool parseRbacBinding(const nlohmann::json &object, RbacBinding &out, std::string *error);
bool parseRbacServiceAccount(const nlohmann::json &object, RbacServiceAccount &out, std::string *error);

// The API server's default objects: label kubernetes.io/bootstrapping=rbac-defaults, or a
// "system:" name (system:controller:*, system:node, ...) in kube-system/cluster scope.
bool isBootstrapObject(const std::map<std::string, std::string> &labels, std::string_view name);

} // namespace bulkhead
