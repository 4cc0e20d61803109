#pragma once

#include "rbac/rbacobjects.h"

namespace bulkhead {
class RbacIndex;
struct RbacGrant;
}

#include <string>
#include <unordered_map>
#include <vector>

namespace bulkhead::rbacscope {

// The bindings that apply to a subject, ClusterRoleBindings first, each part ascending; each with the group it is reached through
// ("" = the binding names the subject itself, which wins over a group).
struct Reach {
    std::vector<int> bindings;
    std::vector<std::string> viaGroup; // parallel to bindings
};

// A ServiceAccount is also the User "system:serviceaccount:NS:NAME" (the name it authenticates
// with), and the other way round; then its implicit groups (RbacIndex::implicitGroups).
// The grant of rule `rule` of `role` through binding `binding` (scope and viaRole filled in).
RbacGrant makeGrant(const RbacIndex &index, int binding, int role, int rule, std::string viaGroup);

Reach bindingsReaching(const std::unordered_map<std::string, std::vector<int>> &bindingsBySubjectKey,
                       const std::vector<RbacBinding> &bindings, const RbacSubject &subject);

} // namespace bulkhead::rbacscope
