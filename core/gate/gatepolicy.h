#pragma once

#include "analysis/slapolicy.h"
#include "model/findingkind.h"
#include "model/severity.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// The kinds of rule a gate policy holds; docs/gate-policy.md describes each with its options.
enum class GateRuleType {
    MaxOpenFindings, // "max_open_findings": at most N open findings per severity
    FindingsPastSla, // "no_findings_past_sla": no open finding past its SLA due date
    ImagesSigned,    // "images_signed": registry images signed (and verified)
    ImagesSbom,      // "images_have_sbom": registry images carry an SBOM (optionally young enough)
    ImagesNonRoot,   // "images_non_root": registry images whose config sets a non-root USER
    RbacRisk,        // "no_risky_rbac": no role binding with a risk at or above a severity
    SecretRotation,  // "no_overdue_rotations": no secret past its rotation due date
    ControlsPass,    // "controls_pass": listed controls pass (attested counts unless configured)
    MinPostureScore, // "min_posture_score": the overall posture score at least N
};

std::string_view gateRuleTypeName(GateRuleType type);
std::optional<GateRuleType> gateRuleTypeFromName(std::string_view name);

// One rule of a policy. Only the fields of its type mean anything; the parser fills the others'
// defaults and refuses options that do not belong to the type.
struct GateRule {
    std::string id; // unique in the policy; the type's name when the policy gives none
    GateRuleType type = GateRuleType::MaxOpenFindings;
    std::string description; // the policy author's words, printed with a violation

    // max_open_findings: severity -> the most open findings allowed (severities not listed: any).
    std::map<Severity, std::int64_t> maxBySeverity;
    // max_open_findings, no_findings_past_sla: which statuses count besides open and confirmed.
    bool countRiskAccepted = false;
    bool countFalsePositives = false;
    bool countMitigated = false;
    bool onlyFixable = false;        // only findings with a fixed version known
    std::vector<FindingKind> kinds;  // empty = every kind
    // no_findings_past_sla, no_risky_rbac: the lowest severity that counts.
    Severity minSeverity = Severity::Low;
    std::optional<SlaPolicy> sla;    // no_findings_past_sla: days per severity; nullopt = the app's settings
    // images_signed: true = signed and verified with a configured key; false = any signature that
    // is not invalid (signed but unverified passes).
    bool requireVerified = true;
    int sbomMaxAgeDays = 0;          // images_have_sbom: 0 = any age
    bool includeBootstrap = false;   // no_risky_rbac: the API server's own bootstrap bindings count
    // controls_pass
    std::vector<std::string> controls;
    bool attestedPasses = true;
    bool partialPasses = false;
    double minScore = 0;             // min_posture_score, 0..100
};

struct GatePolicy {
    int version = 1;
    std::string name; // the policy's "name", else the file's base name
    std::string description;
    std::vector<GateRule> rules; // in the file's order
};

struct GatePolicyParse {
    std::optional<GatePolicy> policy;
    std::string error; // "<file>: <JSON pointer>: <what is wrong>" when policy is empty
};

// Parses a policy (format version 1, docs/gate-policy.md). `fileName` names the file in errors
// and gives the default name. Unknown keys, wrong types, unknown severities, kinds, rule types and
// control ids (checked against the builtin catalog) are errors naming the key's JSON pointer.
GatePolicyParse parseGatePolicy(std::string_view json, const std::string &fileName);

// Reads and parses a policy file; an unreadable file is an error naming it.
GatePolicyParse loadGatePolicy(const std::string &path);

} // namespace bulkhead
