#pragma once

#include "importers/reportparser.h"
#include "kube/kubeworkload.h"
#include "kube/namespaceposture.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

struct RbacAnalysis;
struct RbacBinding;

// What one cluster collection judged, for its findings report.
struct ClusterReportInput {
    std::string cluster; // the source's name
    std::int64_t runId = 0, now = 0;
    const std::vector<KubeWorkload> *workloads = nullptr;
    const std::vector<NamespaceSegmentation> *namespaces = nullptr;
    bool namespacesAssessed = true; // NetworkPolicies were listed: the namespace findings are known
    bool insecureTls = false;       // the kubeconfig sets insecure-skip-tls-verify
    std::string server;
    // The RBAC analysis, when Roles, ClusterRoles, RoleBindings and ClusterRoleBindings were all
    // listed completely; null otherwise (no RBAC findings, none resolved).
    const RbacAnalysis *rbac = nullptr;
    // Assets of this cluster an earlier collection judged that this one no longer saw, while the
    // resource they came from was listed completely (a deleted Deployment, a removed namespace):
    // they get an empty complete scope, so their findings resolve.
    std::vector<AssetRef> gone;
};

// The findings of a cluster collection as a report for ImportWriter: tool "bulkhead-cluster",
// format ReportFormat::ClusterCollection. One KubernetesResource asset per workload (identity
// kubernetesIdentity(cluster, namespace, Kind, name)) with complete Misconfiguration and Secret
// scopes, one finding per failing (check, container) result at the offending field path; one
// asset per namespace (Kind "Namespace") with the segmentation findings when NetworkPolicies were
// listed; one asset for the cluster (Kind "Cluster") with the insecure-TLS finding; one asset per
// RoleBinding/ClusterRoleBinding with RBAC risks (Kind "RoleBinding"/"ClusterRoleBinding") with
// one finding per (binding, risk rule). A fixed problem is absent from the next report and so
// resolved. Rules from workloadPostureRules() and rbacRiskRules().
ParsedFile buildClusterReport(const ClusterReportInput &input);

// Identity pieces of a cluster-report asset: Kind "Namespace" and "Cluster" assets.
AssetRef namespaceAsset(const std::string &cluster, const std::string &nameSpace);
AssetRef clusterAsset(const std::string &cluster);
AssetRef workloadAsset(const std::string &cluster, const KubeWorkload &workload);
AssetRef bindingAsset(const std::string &cluster, const RbacBinding &binding);

} // namespace bulkhead
