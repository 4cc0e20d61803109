#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// One Kubernetes cluster the user added as a source: a kubeconfig context. Stored as JSON in
// sources.config (kind "cluster"); it holds no secret: tokens, keys and passwords stay in the
// kubeconfig (or come from an exec plugin at run time and live in memory only).
struct ClusterSourceConfig {
    std::string name;        // also the cluster's name in findings and the Workloads view
    std::string kubeconfig;  // a path; "" = KUBECONFIG / ~/.kube/config at collection time
    std::string context;     // the chosen context (resolved and stored when the source is added)
    std::string server;      // the context's API server URL at add time (shown; the kubeconfig wins)
    // execApprovalFingerprint() of the plugin the user approved for this source; "" = none. A
    // plugin whose fingerprint differs is not run.
    std::string execApproval;
    std::string execCommand; // describeExecCommand() of what was approved (shown in the UI)
    int pageSize = 500;      // LIST limit
    bool importTrivyOperator = true; // import trivy-operator reports when their CRDs exist

    std::string toJson() const;
    // Null with `error` set when the text is not JSON, not an object, or a field has the wrong type.
    static std::optional<ClusterSourceConfig> fromJson(std::string_view json, std::string *error);
    // Name usable as a key ([A-Za-z0-9._-], 1..64), a context, pageSize 1..5000. First problem or "".
    std::string validate() const;
};

} // namespace bulkhead
