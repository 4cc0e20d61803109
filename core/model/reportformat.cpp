#include "model/reportformat.h"

namespace bulkhead {

std::string_view reportFormatName(ReportFormat f)
{
    switch (f) {
    case ReportFormat::TrivyJson: return "trivy";
    case ReportFormat::TrivyKubernetes: return "trivy-k8s";
    case ReportFormat::GrypeJson: return "grype";
    case ReportFormat::Sarif: return "sarif";
    case ReportFormat::CycloneDx: return "cyclonedx";
    case ReportFormat::Spdx: return "spdx";
    case ReportFormat::TrivyOperator: return "trivy-operator";
    case ReportFormat::Kubescape: return "kubescape";
    case ReportFormat::RegistryCollection: return "registry";
    case ReportFormat::ClusterCollection: return "cluster";
    case ReportFormat::SecretEvaluation: return "secrets";
    case ReportFormat::Unknown: break;
    }
    return "unknown";
}

} // namespace bulkhead
