// Fuzz target: a gate policy file (JSON, docs/gate-policy.md) through parseGatePolicy, the
// function `bulkheadctl gate` and the GUI use once the file is read.

#include "gate/gatepolicy.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace bulkhead;
    const GatePolicyParse p = parseGatePolicy(std::string_view(reinterpret_cast<const char *>(data), size), "policy.json");
    // Documented: a policy, or an error naming the file; and a policy without rules is refused.
    if (p.policy.has_value() == !p.error.empty() || (p.policy && p.policy->rules.empty())) {
        std::fprintf(stderr, "parseGatePolicy: policy %d, error \"%s\"\n", int(p.policy.has_value()), p.error.c_str());
        std::abort();
    }
    if (!p.policy)
        return 0;
    for (const GateRule &rule : p.policy->rules) {
        // The type named by each rule must name a type back (reports print it).
        if (!gateRuleTypeFromName(gateRuleTypeName(rule.type))) {
            std::fprintf(stderr, "rule %s has a type without a name\n", rule.id.c_str());
            std::abort();
        }
    }
    return 0;
}
