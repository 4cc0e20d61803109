#pragma once

#include "kube/execcredential.h"
#include "registry/collectionresult.h"
#include "secrets/secretpolicy.h"
#include "sources/clustersourceconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;

// Collects one cluster source into the store: kubeconfig -> connection (exec plugin only when
// approved) -> discovery -> LIST of namespaces, pods, deployments, statefulsets, daemonsets,
// replicasets, jobs, cronjobs, serviceaccounts, roles, clusterroles, rolebindings,
// clusterrolebindings, networkpolicies, secrets (metadata only) and, when their CRDs exist,
// trivy-operator reports (through the report importers) -> checks (workloads, namespaces,
// agents; images joined with the registry's users and signatures) -> ONE store transaction:
// workloads, namespaces, coverage, evidence, objects, the findings report (tool
// "bulkhead-cluster") through ImportWriter, the Secrets (SecretRepository: metadata, age signal,
// uses by the workloads; "unused" only known when every workload kind was listed completely),
// their evaluation (evaluateSecrets, tool "bulkhead-secrets"), and the run.
//
// Outcomes: unreachable / TLS / credentials refused -> "failed"; some resource forbidden, failed
// or partial -> "partial" (coverage says which, the controls depending on it are not assessed);
// cancelled -> nothing but the run record. Secret values are never requested, stored or logged.
class ClusterCollector
{
public:
    ClusterCollector(std::string storePath, ClusterSourceConfig source, ExecCredentialProvider *exec);

    void setProgressCallback(CollectionProgressCallback callback) { m_progress = std::move(callback); }
    void setNow(std::int64_t now) { m_now = now; }
    // Trusted registries for the untrusted-registry check ("" entries ignored); default: the
    // `workloads/trustedRegistries` setting.
    void setTrustedRegistries(std::vector<std::string> registries) { m_trusted = std::move(registries); m_trustedSet = true; }
    // The rotation policy the secrets are judged by; default: loadSecretPolicy() (the settings).
    void setSecretPolicy(SecretPolicy policy) { m_policy = std::move(policy); m_policySet = true; }

    // progress phases: "discovery", "listing" (done/total resources), "writing".
    CollectionResult run(const CancelToken *cancel = nullptr);

private:
    std::string m_storePath;
    ClusterSourceConfig m_source;
    ExecCredentialProvider *m_exec = nullptr;
    CollectionProgressCallback m_progress;
    std::int64_t m_now = 0;
    std::vector<std::string> m_trusted;
    bool m_trustedSet = false;
    SecretPolicy m_policy;
    bool m_policySet = false;
};

} // namespace bulkhead
