#pragma once

#include "model/parsedreport.h"
#include "secrets/secretpolicy.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class Database;
class ImportWriter;

namespace secretrule {
inline constexpr char kRotationOverdue[] = "bulkhead/secret-rotation-overdue"; // SEC-3
inline constexpr char kLongLivedToken[] = "bulkhead/secret-long-lived-token";  // SEC-3
inline constexpr char kInEnv[] = "bulkhead/secret-in-env";                     // SEC-5
inline constexpr char kTool[] = "bulkhead-secrets";
} // namespace secretrule

struct SecretEvaluationSummary {
    std::int64_t secrets = 0, overdue = 0, viaEnv = 0, serviceAccountTokens = 0;
    std::uint64_t findings = 0, newFindings = 0, resolved = 0, reopened = 0;
};

// Judges the stored secrets (all of them, or those of one store+origin) against the policy at
// `now`: writes each secret's decision and due time (SecretRepository::setEvaluations) and a
// findings report (tool "bulkhead-secrets", through ImportWriter) with complete scopes on the
// judged secrets' assets, so a fixed problem resolves:
//   bulkhead/secret-rotation-overdue (SEC-3) due <= now;
//   bulkhead/secret-long-lived-token (SEC-3) every kubernetes.io/service-account-token secret;
//   bulkhead/secret-in-env (SEC-5) a Kubernetes secret used through env or envFrom.
// Assets of secrets that are gone (their open findings) get an empty complete scope too.
// Runs inside the caller's transaction when there is one (the collectors call it in theirs),
// else in its own. Throws StoreError.
SecretEvaluationSummary evaluateSecrets(Database &db, const SecretPolicy &policy, std::int64_t now,
                                        const std::string &store = {}, const std::string &origin = {});
// The same through a writer the caller already writes reports with, in its batch (the cluster
// collector): one writer per transaction keeps the rule search index right.
SecretEvaluationSummary evaluateSecrets(Database &db, ImportWriter &writer, const SecretPolicy &policy,
                                        std::int64_t now, const std::string &store = {},
                                        const std::string &origin = {});

// Rule metadata of the three rules above (title, description, references).
const std::vector<RuleInfo> &secretRules();

} // namespace bulkhead
