#pragma once

#include "rbac/rbacobjects.h"

#include <vector>

namespace bulkhead {

// The rules of every role after aggregation, and for each rule the ClusterRole it came from by
// aggregation (-1: the role's own). An aggregated ClusterRole holds the rules of every ClusterRole
// its selectors match, transitively (admin <- edit <- view), its stored rules first, each rule once.
void aggregateRules(const std::vector<RbacRole> &roles, std::vector<std::vector<PolicyRule>> &rules,
                    std::vector<std::vector<int>> &origins);

} // namespace bulkhead
