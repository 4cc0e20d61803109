#pragma once

#include "analysis/slapolicy.h"
#include "controls/evidencesettings.h"
#include "gate/gatepolicy.h"
#include "report/reportscope.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// What one rule found.
struct GateRuleResult {
    std::string id;
    GateRuleType type = GateRuleType::MaxOpenFindings;
    std::string description;            // the policy's, may be empty
    bool passed = true;
    std::int64_t violating = 0;         // items that break the rule (findings, images, bindings, ...)
    std::string message;                // "3 open critical findings (max 0)"
    std::vector<std::string> evidence;  // the violating items, worst first, at most the evidence limit
    std::vector<std::string> notes;     // what the rule did not look at, and why
};

struct GateResult {
    std::string policyName;
    std::string scope; // ReportScope::describe()
    std::int64_t at = 0;
    std::vector<GateRuleResult> rules; // the policy's order

    bool passed() const;
    int violatedRules() const;
};

struct GateOptions {
    std::int64_t now = 0;
    std::size_t evidenceLimit = 10;  // evidence lines per rule ("... and N more" after them)
    SlaPolicy sla;                   // no_findings_past_sla without its own sla_days
    EvidenceSettings evidence;       // controls_pass, min_posture_score (assessPosture)
};

struct GateEvaluation {
    GateResult result;
    std::string error; // a scope naming nothing in the store; the result is empty then
};

// Evaluates every rule of the policy against the store within the scope. Reads only. Throws
// StoreError when the store cannot be read.
GateEvaluation evaluateGate(const Database &db, const GatePolicy &policy, const ReportScope &scope,
                            const GateOptions &options);

} // namespace bulkhead
