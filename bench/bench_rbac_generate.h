#pragma once

// The RBAC objects of a generated large cluster, as the collector stores them (KubeObjectRecords
// holding each object's Kubernetes API JSON), for bench_rbac.

#include "kube/kubeworkload.h"
#include "store/workloadrepository.h"

#include <string>
#include <vector>

namespace bulkhead::bench {

struct RbacClusterSpec {
    int roleBindings = 40000;
    int clusterRoleBindings = 700;
    int roles = 1400;
    int clusterRoles = 720;
    int namespaces = 300;
    int workloads = 6000;
    unsigned long long seed = 6;
};

struct GeneratedRbac {
    std::vector<KubeObjectRecord> records; // ServiceAccounts, Roles, ClusterRoles, RoleBindings, ClusterRoleBindings
    std::vector<KubeWorkload> workloads;   // running workloads with their service accounts
    std::vector<std::string> namespaces;
    int serviceAccounts = 0, aggregatedClusterRoles = 0, bootstrapObjects = 0;
    int danglingSubjects = 0, danglingRoleRefs = 0; // planted
    std::size_t jsonBytes = 0;
};

// Deterministic for a spec (own PRNG, no std distributions). The mix, by design:
// - ClusterRoles: the API server's bootstrap roles (cluster-admin, admin/edit/view aggregated from
//   system:aggregate-to-*, system:controller:* ...), per-CRD-group "-view"/"-edit" roles labelled
//   for aggregation into view/edit/admin, platform roles aggregated by label selectors (matchLabels
//   and matchExpressions, some transitively), and custom roles with wildcard and risky rules;
// - Roles in the namespaces, some with resourceNames and risky rules;
// - RoleBindings concentrated in some namespaces (as real teams are), naming service accounts,
//   users, groups and now and then system:serviceaccounts:NS or system:authenticated;
// - ClusterRoleBindings: bootstrap ones, operators' service accounts, groups; one to system:anonymous;
// - a few subjects that do not exist and roleRefs that do not exist.
GeneratedRbac generateRbacCluster(const RbacClusterSpec &spec);

} // namespace bulkhead::bench
