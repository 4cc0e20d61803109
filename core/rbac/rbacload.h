#pragma once

#include "rbac/rbacobjects.h"

#include <string>
#include <vector>

namespace bulkhead {

class Database;
struct KubeObjectRecord;
struct KubeWorkload;

// RbacObjects from kube_objects records (Role, ClusterRole, RoleBinding, ClusterRoleBinding,
// ServiceAccount; other kinds ignored) and workloads. Objects that cannot be read are skipped and
// named in `errors`.
RbacObjects rbacObjectsFromRecords(const std::vector<KubeObjectRecord> &records,
                                   const std::vector<RbacWorkload> &workloads, bool serviceAccountsListed,
                                   std::vector<std::string> *errors);
// The same from the store, for one cluster (the source's name): kube_objects and kube_workloads
// (service account and automount), serviceAccountsListed from the newest run's coverage.
// Throws StoreError. Runs on a worker thread (the UI) or the CLI, never the GUI thread.
RbacObjects loadRbacObjects(const Database &db, const std::string &cluster, std::vector<std::string> *errors);

// A collected workload as the analysis sees it (added by the analyzer's owner: the collector
// holds KubeWorkloads, not store rows). The token counts as mounted unless the workload's
// automount-token check passed because automountServiceAccountToken is false.
RbacWorkload rbacWorkloadFromKube(const KubeWorkload &workload);

} // namespace bulkhead
