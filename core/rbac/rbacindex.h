#pragma once

#include "rbac/rbacobjects.h"
#include "rbac/rbacrequest.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace bulkhead {

// One effective permission of a subject: a rule of a role, granted by a binding, in a scope.
struct RbacGrant {
    int binding = -1;          // index into RbacIndex::bindings()
    int role = -1;             // index into RbacIndex::roles()
    int rule = -1;             // index into RbacIndex::rules(role)
    std::string nameSpace;     // "" = cluster-wide (a ClusterRoleBinding)
    std::string viaGroup;      // "" = bound to the subject itself; else the group it is bound through
                               // ("system:serviceaccounts:shop", "system:authenticated", ...)
    std::string viaRole;       // for an aggregated ClusterRole: the aggregated ClusterRole the rule came from
};

// A subject that a grant applies to, as written in the binding (who-can answers name binding
// subjects: a Group stands for its members).
struct RbacGrantChain {
    RbacSubject subject;
    RbacGrant grant;
};

struct RbacWhyAnswer {
    bool allowed = false;
    std::vector<RbacGrant> grants;  // every grant that allows it, cluster-wide first
    // When not allowed: the grant whose rule comes closest (fewest mismatching parts, scope
    // counted as a part) and what does not match ("verb", "resource", "namespace", ...), plus a
    // sentence for people: "RoleBinding shop/dev grants pods get,list in shop, but not exec".
    std::optional<RbacGrant> closest;
    std::string closestMismatch;
    std::string explanation;
};

// The RBAC graph of one cluster, built once and then asked read-only (safe to share between
// threads for reading). Aggregated ClusterRoles get the union of the rules of every ClusterRole
// their selectors match (transitively, as the aggregation controller keeps them), in addition to
// their stored rules. Subjects match as the API server matches them: a ServiceAccount is also in
// system:serviceaccounts, system:serviceaccounts:<ns> and system:authenticated; a User in
// system:authenticated, except system:anonymous, which is in system:unauthenticated.
class RbacIndex
{
public:
    explicit RbacIndex(RbacObjects objects);

    const RbacObjects &objects() const { return m_objects; }
    const std::vector<RbacRole> &roles() const { return m_objects.roles; }
    const std::vector<RbacBinding> &bindings() const { return m_objects.bindings; }
    // The rules a role grants after aggregation (its own first).
    const std::vector<PolicyRule> &rules(int role) const;
    // For rules(role)[rule]: the ClusterRole it came from by aggregation, or -1 (its own rule).
    int ruleOrigin(int role, int rule) const;

    int findRole(bool clusterRole, const std::string &nameSpace, const std::string &name) const; // -1
    int findBinding(bool clusterBinding, const std::string &nameSpace, const std::string &name) const; // -1
    int roleOf(int binding) const; // the role its roleRef names, -1 when it does not exist (dangling)

    // Every subject named by a binding, plus every listed service account, sorted by key().
    const std::vector<RbacSubject> &subjects() const { return m_subjects; }
    // The groups a subject is in implicitly (built-in groups above).
    static std::vector<std::string> implicitGroups(const RbacSubject &subject);
    // Bindings that apply to the subject: those naming it and those naming one of its implicit
    // groups (a Group subject: only those naming the group).
    std::vector<int> bindingsOf(const RbacSubject &subject) const;
    // Whether a ServiceAccount subject exists: nullopt when service accounts were not listed or the
    // subject is not a ServiceAccount.
    std::optional<bool> serviceAccountExists(const RbacSubject &subject) const;

    // Every grant of the subject (through bindingsOf), by scope (cluster-wide first), binding, rule.
    std::vector<RbacGrant> effectivePermissions(const RbacSubject &subject) const;
    // Binding subjects that may do the request, each with the grant; a RoleBinding answers only
    // for its namespace; request.nameSpace "" asks for cluster-wide grants only.
    std::vector<RbacGrantChain> whoCan(const RbacRequest &request) const;
    // May the subject do the request, and through which grants; or why not.
    RbacWhyAnswer why(const RbacSubject &subject, const RbacRequest &request) const;

    // "ClusterRoleBinding cluster-admin -> ClusterRole cluster-admin rule 1 (*/* *) [via group system:masters]"
    std::string describeGrant(const RbacGrant &grant) const;

private:
    RbacObjects m_objects;
    std::vector<RbacSubject> m_subjects;
    std::vector<std::vector<PolicyRule>> m_rules;      // per role, after aggregation
    std::vector<std::vector<int>> m_ruleOrigin;        // per role, per rule
    std::vector<int> m_roleOfBinding;
    std::unordered_map<std::string, int> m_roleByKey, m_bindingByKey;
    std::unordered_map<std::string, std::vector<int>> m_bindingsBySubjectKey; // subject key -> bindings naming it
};

} // namespace bulkhead
