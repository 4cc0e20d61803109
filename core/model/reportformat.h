#pragma once

#include <cstdint>
#include <string_view>

namespace bulkhead {

enum class ReportFormat : std::uint8_t {
    Unknown = 0,
    TrivyJson,          // trivy image/fs/config JSON, SchemaVersion 2
    TrivyKubernetes,    // trivy k8s JSON: ClusterName + Resources (current) or Vulnerabilities/Misconfigurations (older)
    GrypeJson,          // grype -o json (0.7 "matches"+"source"+"distro" and current layouts)
    Sarif,              // SARIF 2.1.0 from any tool
    CycloneDx,          // CycloneDX JSON (components, vulnerabilities)
    Spdx,               // SPDX 2.x JSON (packages)
    TrivyOperator,      // trivy-operator VulnerabilityReport / ConfigAuditReport / ExposedSecretReport (single or List)
    Kubescape,          // kubescape JSON results (v2)
    RegistryCollection, // posture findings of a registry collection (core/registry), never read from a file
    ClusterCollection,  // workload, namespace and cluster findings of a cluster collection (core/kube), never read from a file
    SecretEvaluation,   // rotation, long-lived token and env findings of evaluateSecrets (core/secrets), never read from a file
};

std::string_view reportFormatName(ReportFormat f); // "trivy", "trivy-k8s", "grype", "sarif", ...

} // namespace bulkhead
