#pragma once

#include "kube/kubeworkload.h"
#include "model/parsedreport.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// What the checks need beyond the object itself. Callbacks may be empty (the check is then
// NotAssessed, or NotApplicable for the trusted list).
struct WorkloadCheckContext {
    // Registry hosts (and host/path prefixes) the team trusts; empty = the untrusted-registry
    // check is NotApplicable. "docker.io" also matches images without a registry host.
    std::vector<std::string> trustedRegistries;
    // The image's config user as the registry collector recorded it ("" = root/unset); nullopt
    // when the registry does not know the image.
    std::function<std::optional<std::string>(const std::string &image)> imageUser;
    // The image's signature state name (signatureStateName: "unsigned", "signed", "verified",
    // "invalid"); nullopt when the registry does not know the image.
    std::function<std::optional<std::string>(const std::string &image)> imageSignature;
    // Whether the service account (namespace, name) has its automountServiceAccountToken set:
    // nullopt = unset or unknown.
    std::function<std::optional<bool>(const std::string &nameSpace, const std::string &name)> serviceAccountAutomount;
    // Whether any RoleBinding/ClusterRoleBinding names the service account: a token mounted for
    // an account that is granted nothing is "not needed".
    std::function<bool(const std::string &nameSpace, const std::string &name)> serviceAccountHasBindings;
};

// A workload from a controller or bare pod object (apiVersion/kind/metadata/spec as the API
// returns it): its facts and every check. Pod template location by kind: Pod "spec",
// Deployment/StatefulSet/DaemonSet/ReplicaSet/Job "spec.template.spec", CronJob
// "spec.jobTemplate.spec.template.spec". Nullopt for other kinds or an object without a pod spec.
// Checks read both fields and the old annotations (seccomp.security.alpha.kubernetes.io/pod,
// container.seccomp..., container.apparmor.security.beta.kubernetes.io/<container>).
std::optional<KubeWorkload> evaluateWorkload(const nlohmann::json &object, const WorkloadCheckContext &context);

// Rule metadata (title, description with what/why/how to fix, references, kind) of every check,
// keyed "bulkhead/k8s-<id>", plus the namespace and cluster rules below.
const std::vector<RuleInfo> &workloadPostureRules();

// The control of the catalog a check id speaks to ("RUN-1"); empty for an unknown id.
std::string_view controlForWorkloadCheck(std::string_view checkId);

// The control of any "bulkhead/k8s-..." rule key: a workload check's, or a namespace or cluster
// rule's (namespaceposture.h). Empty for other keys. controlForRule (analysis) defers to it.
std::string_view controlForKubeRule(std::string_view ruleKey);

// Whether a pod spec environment entry NAME=value holds a literal secret: envLooksSecret's name
// and value rules (also CREDENTIAL in the singular), and the value is not a reference
// ("$(OTHER)", "${X}" anywhere in it), not a placeholder ("<password>", "{{ .token }}", "****",
// "changeme"), not a file path and not a URL without user info.
bool podEnvLooksSecret(std::string_view name, std::string_view value);

} // namespace bulkhead
