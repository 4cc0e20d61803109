#pragma once

#include "secrets/secretrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// One rotation rule. Empty fields match anything; patterns are globs (`*`, `?`) matched against
// the whole text, case-sensitive.
struct SecretPolicyRule {
    std::string name;     // shown as the reason: "payments databases"
    std::string store;    // "" or a secretStoreKindName()
    std::string origin;   // source / inventory name glob
    std::string location; // namespace / mount / inventory store glob
    std::string type;     // type glob ("kubernetes.io/tls")
    std::string namePattern; // name glob ("db-*", "team-a/*")
    std::string label;    // "key=value" (equal) or "key" (present)
    int days = 90;        // 0: no age is acceptable (every such secret is overdue)
    bool operator==(const SecretPolicyRule &) const = default;
};

// How rotation is judged. Order of decision (decideSecretPolicy): a Kubernetes
// kubernetes.io/service-account-token secret gets serviceAccountTokenDays; else a declared
// interval on the secret (declaredPolicyDays); else the first matching rule; else defaultDays.
struct SecretPolicy {
    std::vector<SecretPolicyRule> rules;
    int defaultDays = 90;
    int serviceAccountTokenDays = 0;
    // Annotation names whose value is an RFC 3339 time of the last rotation, checked in order;
    // the collector keeps only these annotations (and only when the value is a timestamp).
    std::vector<std::string> rotationAnnotations{"bulkhead.dev/rotated-at"};
    bool operator==(const SecretPolicy &) const = default;
};

struct SecretPolicyDecision {
    int days = 90;
    std::string reason; // "service-account token", "declared on the secret", "rule 'payments'", "default"
};
SecretPolicyDecision decideSecretPolicy(const SecretPolicy &policy, const SecretRecord &secret);

// Due time: lastChangeAt + days * 86400; nullopt when lastChangeAt is unknown (0). A secret is
// overdue when due <= now.
std::optional<std::int64_t> secretDueAt(const SecretRecord &secret, const SecretPolicyDecision &decision);

// The policy as JSON ({"defaultDays":..,"serviceAccountTokenDays":..,"rotationAnnotations":[..],
// "rules":[{"name":..,"store":..,...,"days":..}]}) and back; fromJson: nullopt with *error naming
// the field ("rules[2].days: not a non-negative integer").
std::string secretPolicyToJson(const SecretPolicy &policy);
std::optional<SecretPolicy> secretPolicyFromJson(std::string_view json, std::string *error);

// The settings (QSettings group "secrets": defaultDays, serviceAccountTokenDays,
// rotationAnnotations, rules as JSON text), shared by the GUI and bulkheadctl. Missing or invalid
// values fall back to the defaults above.
SecretPolicy loadSecretPolicy();
void saveSecretPolicy(const SecretPolicy &policy);

} // namespace bulkhead
