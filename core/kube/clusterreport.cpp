#include "kube/clusterreport.h"

#include "kube/workloadposture.h"
#include "rbac/rbacanalysis.h"

#include <QCryptographicHash>

#include <set>

namespace bulkhead {

namespace {

constexpr char kTool[] = "bulkhead-cluster";

std::string ruleKey(const std::string &check)
{
    return "bulkhead/k8s-" + check;
}

} // namespace

AssetRef namespaceAsset(const std::string &cluster, const std::string &nameSpace)
{
    AssetRef a;
    a.kind = AssetKind::KubernetesResource;
    a.identity = kubernetesIdentity(cluster, nameSpace, "Namespace", nameSpace);
    a.name = "Namespace/" + nameSpace;
    a.nameSpace = nameSpace;
    a.cluster = cluster;
    return a;
}

AssetRef clusterAsset(const std::string &cluster)
{
    AssetRef a;
    a.kind = AssetKind::KubernetesResource;
    a.identity = kubernetesIdentity(cluster, "", "Cluster", cluster);
    a.name = "Cluster/" + cluster;
    a.cluster = cluster;
    return a;
}

AssetRef workloadAsset(const std::string &cluster, const KubeWorkload &w)
{
    AssetRef a;
    a.kind = AssetKind::KubernetesResource;
    a.identity = kubernetesIdentity(cluster, w.nameSpace, w.kind, w.name);
    a.name = w.kind + '/' + w.name;
    a.nameSpace = w.nameSpace;
    a.cluster = cluster;
    return a;
}

AssetRef bindingAsset(const std::string &cluster, const RbacBinding &b)
{
    AssetRef a;
    a.kind = AssetKind::KubernetesResource;
    a.identity = kubernetesIdentity(cluster, b.nameSpace, b.kindName(), b.name);
    a.name = std::string(b.kindName()) + '/' + b.name;
    a.nameSpace = b.nameSpace;
    a.cluster = cluster;
    return a;
}

ParsedFile buildClusterReport(const ClusterReportInput &in)
{
    ParsedFile file;
    file.path = "cluster:" + in.cluster;
    // Every collection is its own report (reports are unique by content hash).
    const std::string seed = std::string(kTool) + '\n' + std::to_string(in.runId) + '\n' + in.cluster + '\n'
        + std::to_string(in.now);
    file.contentHash = QCryptographicHash::hash(QByteArray::fromStdString(seed), QCryptographicHash::Sha256)
                           .toHex().left(32).toStdString();
    ParsedReport &report = file.report.emplace();
    report.format = ReportFormat::ClusterCollection;
    report.tool = kTool;
    report.toolVersion = BULKHEAD_VERSION;
    report.scannedAt = in.now;

    std::set<std::string> usedRules;
    auto addFinding = [&](std::uint32_t asset, FindingKind kind, const std::string &rule, Severity severity,
                          std::string location, std::string message) {
        ParsedFinding f;
        f.asset = asset;
        f.kind = kind;
        f.ruleKey = rule;
        f.severity = severity;
        f.location = std::move(location);
        f.message = std::move(message);
        usedRules.insert(rule);
        report.findings.push_back(std::move(f));
    };

    if (in.workloads) {
        for (const KubeWorkload &w : *in.workloads) {
            const std::uint32_t index = report.addAsset(workloadAsset(in.cluster, w));
            report.addScope(index, FindingKind::Misconfiguration);
            report.addScope(index, FindingKind::Secret);
            // One finding per failing (check, field): two results at one path would be one finding.
            std::set<std::pair<std::string, std::string>> seen;
            for (const WorkloadCheckResult &c : w.checks) {
                if (c.state != CheckState::Fail)
                    continue;
                std::string location = c.path.empty() ? c.container : c.path;
                if (!seen.emplace(c.check, location).second)
                    continue;
                const bool secret = c.check == workloadcheck::kSecretEnvLiteral;
                addFinding(index, secret ? FindingKind::Secret : FindingKind::Misconfiguration, ruleKey(c.check),
                           c.severity, std::move(location), c.message);
            }
        }
    }
    if (in.namespaces && in.namespacesAssessed) {
        for (const NamespaceSegmentation &n : *in.namespaces) {
            const std::uint32_t index = report.addAsset(namespaceAsset(in.cluster, n.name));
            report.addScope(index, FindingKind::Misconfiguration);
            if (n.networkPolicies == 0)
                addFinding(index, FindingKind::Misconfiguration, clusterrule::kNoNetworkPolicy, Severity::Medium,
                           "namespace/" + n.name,
                           "namespace " + n.name + " has no NetworkPolicy: every pod accepts traffic from anywhere");
            if (!n.defaultDenyIngress)
                addFinding(index, FindingKind::Misconfiguration, clusterrule::kNoDefaultDenyIngress, Severity::Medium,
                           "namespace/" + n.name,
                           "namespace " + n.name + " has no default-deny ingress NetworkPolicy");
            if (!n.defaultDenyEgress)
                addFinding(index, FindingKind::Misconfiguration, clusterrule::kNoDefaultDenyEgress, Severity::Low,
                           "namespace/" + n.name,
                           "namespace " + n.name + " has no default-deny egress NetworkPolicy");
        }
    }
    {
        const std::uint32_t index = report.addAsset(clusterAsset(in.cluster));
        report.addScope(index, FindingKind::Misconfiguration);
        if (in.insecureTls)
            addFinding(index, FindingKind::Misconfiguration, clusterrule::kInsecureTls, Severity::High,
                       "kubeconfig/insecure-skip-tls-verify",
                       "the kubeconfig sets insecure-skip-tls-verify for " + in.server
                           + ": the API server's certificate is not verified");
    }
    if (in.rbac && in.rbac->index) {
        // One finding per (binding, rule); its location names the roleRef, which Kubernetes never
        // changes on a binding, so a finding stays one finding while the role's rules change.
        // Scopes are pushed once per new asset: addScope searches every scope, and a large
        // cluster has tens of thousands of bindings. Without the service accounts the dangling-
        // subject rule was not assessed: no scope then, so that none of its findings resolve.
        const std::vector<RbacBinding> &bindings = in.rbac->index->bindings();
        const bool assessed = in.rbac->index->objects().serviceAccountsListed;
        for (const RbacRisk &risk : in.rbac->risks) {
            // The API server's default bindings (cluster-admin to system:masters, discovery to
            // everyone, the controllers' roles) are in every cluster and not the team's to fix:
            // they stay on the RBAC page (shown on request), not in the findings to triage.
            if (risk.bootstrap)
                continue;
            const RbacBinding &b = bindings[risk.binding];
            const std::size_t before = report.assets.size();
            const std::uint32_t index = report.addAsset(bindingAsset(in.cluster, b));
            if (assessed && report.assets.size() > before)
                report.scopes.push_back({index, FindingKind::Misconfiguration});
            addFinding(index, FindingKind::Misconfiguration, "bulkhead/" + risk.rule, risk.severity,
                       "roleRef/" + b.roleRef.kind + '/' + b.roleRef.name,
                       risk.explanation + " (" + b.roleRef.kind + '/' + b.roleRef.name + ", " + risk.detail + ")");
        }
    }
    for (const AssetRef &gone : in.gone) {
        const std::uint32_t index = report.addAsset(gone);
        report.addScope(index, FindingKind::Misconfiguration);
        report.addScope(index, FindingKind::Secret);
    }
    for (const RuleInfo &rule : workloadPostureRules()) {
        if (usedRules.count(rule.key))
            report.rules.push_back(rule);
    }
    for (const RuleInfo &rule : rbacRiskRules()) {
        if (usedRules.count(rule.key))
            report.rules.push_back(rule);
    }
    computeFingerprints(report);
    return file;
}

} // namespace bulkhead
