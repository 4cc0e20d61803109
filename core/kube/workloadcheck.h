#pragma once

#include "model/severity.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// The workload checks, one column each in the Workloads view. The rule key of a check's findings
// is "bulkhead/k8s-" + id.
namespace workloadcheck {
inline constexpr char kPrivileged[] = "privileged";                          // RUN-1
inline constexpr char kPrivilegeEscalation[] = "privilege-escalation";      // RUN-1
inline constexpr char kCapabilitiesNotDropped[] = "capabilities-not-dropped"; // RUN-1, IAM-4
inline constexpr char kDangerousCapabilities[] = "dangerous-capabilities";  // RUN-1, IAM-4
inline constexpr char kRunAsRoot[] = "run-as-root";                          // IAM-3
inline constexpr char kWritableRootFs[] = "writable-root-fs";                // RUN-2
inline constexpr char kNoSeccomp[] = "no-seccomp";                           // RUN-5
inline constexpr char kNoAppArmor[] = "no-apparmor";                         // RUN-5
inline constexpr char kHostNamespaces[] = "host-namespaces";                 // RUN-1
inline constexpr char kHostPath[] = "host-path";                             // RUN-1
inline constexpr char kSecretEnvRef[] = "secret-env-ref";                    // SEC-5
inline constexpr char kSecretEnvLiteral[] = "secret-env-literal";            // SEC-1 (FindingKind::Secret)
inline constexpr char kImageNotPinned[] = "image-not-pinned";                // SUP-4 (tag without digest, latest)
inline constexpr char kUntrustedRegistry[] = "untrusted-registry";          // SUP-4
inline constexpr char kImageUnsigned[] = "image-unsigned";                   // BLD-3 (registry's signature state)
inline constexpr char kAutomountToken[] = "automount-token";                 // IAM-1
inline constexpr char kDefaultServiceAccount[] = "default-service-account"; // IAM-1
} // namespace workloadcheck

// Every check id above, in column order.
const std::vector<std::string_view> &workloadCheckIds();

enum class CheckState : std::uint8_t {
    Pass = 0,
    Fail = 1,
    NotApplicable = 2, // e.g. no trusted registry list configured, no secrets in env
    NotAssessed = 3,   // the facts needed were not collected (e.g. image unknown to the registry)
};
const char *checkStateName(CheckState state); // "pass", "fail", "n/a", "not assessed"
bool parseCheckStateName(std::string_view text, CheckState &out);

// One outcome of one check on one workload (one per container for container checks; the
// workload's matrix cell is the worst of them).
struct WorkloadCheckResult {
    std::string check;     // workloadcheck id
    CheckState state = CheckState::Pass;
    Severity severity = Severity::Medium; // of a Fail
    std::string control;   // "RUN-1" (the primary control of the catalog)
    std::string container; // "" for pod-level checks
    std::string path;      // the offending field: "spec.template.spec.containers[0].securityContext.privileged"
    std::string message;   // what is wrong, never a secret value
};

} // namespace bulkhead
