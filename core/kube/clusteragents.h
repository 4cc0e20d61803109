#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace bulkhead {

// Evidence that a cluster runs an agent a control asks for.
struct AgentEvidence {
    std::string control;  // "RUN-4" runtime security, "RUN-6" logs/metrics (also INC-1), "SEC-2" secret store
    std::string agent;    // "Falco", "fluent-bit", "external-secrets"
    std::string evidence; // "DaemonSet falco/falco (image falcosecurity/falco:0.37.1)"
};

// Looks for known agents by workload name, labels (app.kubernetes.io/name, app) and image
// repository in DaemonSets and Deployments (and secret-store CRDs by resource group):
// runtime security (Falco, Tetragon, Tracee, NeuVector, Sysdig, Aqua enforcer, KubeArmor),
// logs/metrics (fluent-bit, fluentd, vector, promtail, grafana-agent/alloy, otel-collector,
// datadog, prometheus node-exporter, filebeat), secret stores (external-secrets, secrets-store
// CSI driver, vault agent injector, sealed-secrets). `crdGroups`: API groups discovery found.
// One entry per agent (the first workload that shows it), workloads before CRD groups.
std::vector<AgentEvidence> detectClusterAgents(const std::vector<nlohmann::json> &workloads,
                                               const std::vector<std::string> &crdGroups);

// The controls one piece of evidence speaks to: a log/metrics agent ("RUN-6") is also evidence
// for central logging and alerting ("INC-1"); the others speak to their own control only.
std::vector<std::string> evidencedControls(const AgentEvidence &evidence);

} // namespace bulkhead
