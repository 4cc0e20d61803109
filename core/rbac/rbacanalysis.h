#pragma once

#include "rbac/rbacindex.h"
#include "rbac/rbacrisk.h"
#include "store/rbacrepository.h"

#include <memory>
#include <string>
#include <vector>

namespace bulkhead {

struct KubeObjectRecord;
struct KubeWorkload;

// The RBAC analysis of one cluster collection: the graph, its risks, and what the store keeps of
// it (rbac_bindings, rbac_subjects). Run by the cluster collector on the objects it just listed,
// inside its write transaction, when Roles, ClusterRoles, RoleBindings and ClusterRoleBindings
// were all listed completely.
struct RbacAnalysis {
    std::unique_ptr<RbacIndex> index;
    std::vector<RbacRisk> risks;
    std::vector<RbacRiskyWorkload> riskyWorkloads;
    RbacAnalysisWrite write; // sourceId/now/cluster left for the caller
    std::vector<std::string> errors; // objects that could not be read ("ClusterRole x: ..."), skipped
};

// objects: the collection's KubeObjectRecords (every kind; non-RBAC ones ignored);
// serviceAccountsListed: ServiceAccounts were listed completely.
RbacAnalysis analyzeRbac(const std::vector<KubeObjectRecord> &objects, const std::vector<KubeWorkload> &workloads,
                         bool serviceAccountsListed);

} // namespace bulkhead
