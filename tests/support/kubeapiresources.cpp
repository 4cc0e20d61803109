#include "kubeapiresources.h"

namespace bulkhead::test {

namespace {

KubeApiResource res(const char *group, const char *resource, const char *kind, bool namespaced,
                    QStringList shortNames = {})
{
    KubeApiResource r;
    r.group = QLatin1String(group);
    r.version = r.group == QLatin1String("aquasecurity.github.io") ? QStringLiteral("v1alpha1") : QStringLiteral("v1");
    r.resource = QLatin1String(resource);
    r.kind = QLatin1String(kind);
    r.namespaced = namespaced;
    r.shortNames = std::move(shortNames);
    return r;
}

KubeApiResource only(KubeApiResource r, QStringList verbs)
{
    r.verbs = std::move(verbs);
    return r;
}

} // namespace

QList<KubeApiResource> builtinKubeApiResources()
{
    const QStringList getPatch = {QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")};
    return {
        res("", "namespaces", "Namespace", false, {QStringLiteral("ns")}),
        res("", "pods", "Pod", true, {QStringLiteral("po")}),
        only(res("", "pods/status", "Pod", true), getPatch),
        only(res("", "pods/log", "Pod", true), {QStringLiteral("get")}),
        only(res("", "bindings", "Binding", true), {QStringLiteral("create")}),
        res("", "serviceaccounts", "ServiceAccount", true, {QStringLiteral("sa")}),
        res("", "secrets", "Secret", true),
        res("", "configmaps", "ConfigMap", true, {QStringLiteral("cm")}),
        res("", "services", "Service", true, {QStringLiteral("svc")}),
        res("", "nodes", "Node", false, {QStringLiteral("no")}),
        res("apps", "deployments", "Deployment", true, {QStringLiteral("deploy")}),
        only(res("apps", "deployments/scale", "Scale", true), getPatch),
        res("apps", "statefulsets", "StatefulSet", true, {QStringLiteral("sts")}),
        res("apps", "daemonsets", "DaemonSet", true, {QStringLiteral("ds")}),
        res("apps", "replicasets", "ReplicaSet", true, {QStringLiteral("rs")}),
        res("batch", "jobs", "Job", true),
        res("batch", "cronjobs", "CronJob", true, {QStringLiteral("cj")}),
        res("rbac.authorization.k8s.io", "roles", "Role", true),
        res("rbac.authorization.k8s.io", "rolebindings", "RoleBinding", true),
        res("rbac.authorization.k8s.io", "clusterroles", "ClusterRole", false),
        res("rbac.authorization.k8s.io", "clusterrolebindings", "ClusterRoleBinding", false),
        res("networking.k8s.io", "networkpolicies", "NetworkPolicy", true, {QStringLiteral("netpol")}),
        only(res("authentication.k8s.io", "tokenreviews", "TokenReview", false), {QStringLiteral("create")}),
    };
}

QList<KubeApiResource> trivyOperatorResources()
{
    QList<KubeApiResource> out = {
        res("aquasecurity.github.io", "vulnerabilityreports", "VulnerabilityReport", true, {QStringLiteral("vuln")}),
        res("aquasecurity.github.io", "configauditreports", "ConfigAuditReport", true),
        res("aquasecurity.github.io", "exposedsecretreports", "ExposedSecretReport", true),
    };
    for (KubeApiResource &r : out)
        r.custom = true;
    return out;
}

} // namespace bulkhead::test
