#include "kube/clusterresources.h"

namespace bulkhead {

namespace {

// The controls of the contract: workload checks, plus the agents found in DaemonSets/Deployments.
const std::vector<std::string> kWorkloadControls{"RUN-1", "RUN-2", "RUN-5", "IAM-3", "IAM-4",
                                                 "SEC-1", "SEC-5", "SUP-4", "BLD-3"};

std::vector<std::string> withAgents()
{
    std::vector<std::string> c = kWorkloadControls;
    c.insert(c.end(), {"RUN-4", "RUN-6", "INC-1", "SEC-2"});
    return c;
}

} // namespace

const std::vector<ClusterResourceSpec> &clusterResources()
{
    using R = ClusterResourceRole;
    const std::vector<std::string> iam{"IAM-1", "IAM-2"};
    static const std::vector<ClusterResourceSpec> specs{
        {"", "namespaces", "Namespace", false, R::Namespaces, {"RUN-3"}},
        {"", "serviceaccounts", "ServiceAccount", true, R::ServiceAccounts, iam},
        {"rbac.authorization.k8s.io", "roles", "Role", true, R::Roles, iam},
        {"rbac.authorization.k8s.io", "clusterroles", "ClusterRole", false, R::Roles, iam},
        {"rbac.authorization.k8s.io", "rolebindings", "RoleBinding", true, R::Bindings, iam},
        {"rbac.authorization.k8s.io", "clusterrolebindings", "ClusterRoleBinding", false, R::Bindings, iam},
        {"networking.k8s.io", "networkpolicies", "NetworkPolicy", true, R::NetworkPolicies, {"RUN-3"}},
        {"", "secrets", "Secret", true, R::Secrets, {"SEC-3", "SEC-4"}},
        {"apps", "replicasets", "ReplicaSet", true, R::Owners, kWorkloadControls},
        {"batch", "jobs", "Job", true, R::Owners, kWorkloadControls},
        {"", "pods", "Pod", true, R::Pods, kWorkloadControls},
        {"apps", "deployments", "Deployment", true, R::Controllers, withAgents()},
        {"apps", "statefulsets", "StatefulSet", true, R::Controllers, kWorkloadControls},
        {"apps", "daemonsets", "DaemonSet", true, R::Controllers, withAgents()},
        {"batch", "cronjobs", "CronJob", true, R::Controllers, kWorkloadControls},
        {"aquasecurity.github.io", "vulnerabilityreports", "VulnerabilityReport", true, R::TrivyReports, {}, true},
        {"aquasecurity.github.io", "configauditreports", "ConfigAuditReport", true, R::TrivyReports, {}, true},
        {"aquasecurity.github.io", "exposedsecretreports", "ExposedSecretReport", true, R::TrivyReports, {}, true},
    };
    return specs;
}

} // namespace bulkhead
