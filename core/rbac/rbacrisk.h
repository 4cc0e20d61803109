#pragma once

#include "model/parsedreport.h"
#include "model/severity.h"
#include "rbac/rbacindex.h"

#include <string>
#include <vector>

namespace bulkhead {

// Rule ids of the RBAC risk rules (finding rule keys "bulkhead/<id>").
namespace rbacrule {
inline constexpr char kWildcard[] = "rbac-wildcard";                 // "*" in verbs, resources or apiGroups
inline constexpr char kClusterAdmin[] = "rbac-cluster-admin";        // cluster-admin or an equivalent (*,*,*) bound
inline constexpr char kSecretsRead[] = "rbac-secrets-read";          // get/list/watch secrets
inline constexpr char kPodExec[] = "rbac-pod-exec";                  // pods/exec, pods/attach, pods/portforward
inline constexpr char kWorkloadCreate[] = "rbac-workload-create";    // create pods or workload controllers
inline constexpr char kEscalate[] = "rbac-escalate";                 // escalate, bind, impersonate
inline constexpr char kTokenCreate[] = "rbac-token-create";          // serviceaccounts/token create
inline constexpr char kNodesProxy[] = "rbac-nodes-proxy";            // nodes/proxy
inline constexpr char kCsrApprove[] = "rbac-csr-approve";            // certificatesigningrequests/approval + signers approve
inline constexpr char kWebhookConfig[] = "rbac-webhook-config";      // (validating|mutating)webhookconfigurations write
inline constexpr char kPvCreate[] = "rbac-pv-create";                // persistentvolumes create
inline constexpr char kAnonymousBinding[] = "rbac-anonymous-binding"; // bound to system:anonymous/unauthenticated/authenticated
inline constexpr char kDanglingSubject[] = "rbac-dangling-subject";  // a bound ServiceAccount that does not exist
inline constexpr char kDanglingRole[] = "rbac-dangling-role";        // a roleRef that does not exist
} // namespace rbacrule

// Every rule id above, in a stable order (reports, filters).
const std::vector<std::string_view> &rbacRiskRuleIds();

// One risk: a binding that hands a risky permission (or is broken), to whom, and why it matters.
struct RbacRisk {
    std::string rule;       // rbacrule id
    Severity severity = Severity::Medium;
    std::string control;    // "IAM-1", "IAM-2", "SEC-4"
    int binding = -1;       // RbacIndex::bindings() index (every risk is carried by a binding)
    int role = -1;          // the role granting it; -1 for a dangling roleRef
    int rule_ = -1;         // the matching rule within RbacIndex::rules(role); -1 when not rule-based
    std::string nameSpace;  // scope: "" = cluster-wide
    std::vector<RbacSubject> subjects; // the binding subjects it reaches (the dangling one for kDanglingSubject)
    std::string detail;      // what matched: "verbs get,list on secrets", "subject ServiceAccount/shop/ghost"
    std::string explanation; // why it matters, for people (no secret values)
    bool bootstrap = false;  // binding and role are default bootstrap objects
};

// Every risk of the cluster, by binding, then rule id. One risk per (binding, rule id): several
// matching rules of one role fold into the first, the others' resources added to detail.
// kDanglingSubject is evaluated only when service accounts were listed.
std::vector<RbacRisk> evaluateRbacRisks(const RbacIndex &index);
// Whether a risk reaches a subject: one of its subjects is the subject itself (a ServiceAccount
// also as its User "system:serviceaccount:NS:NAME", and back) or a Group among `groups` (the
// subject's implicit groups, RbacIndex::implicitGroups).
bool rbacRiskReaches(const RbacRisk &risk, const RbacSubject &subject, const std::vector<std::string> &groups);

// The RuleInfo (title, description, severity, control, references) of each rule, for the
// findings report and the UI's explanations.
const std::vector<RuleInfo> &rbacRiskRules();
const RuleInfo *rbacRiskRule(std::string_view id);
// The control a "bulkhead/rbac-..." finding speaks to (the rule's RbacRisk::control); empty for
// other keys. controlForRule (analysis) defers to it, so stored findings carry the same control.
std::string_view controlForRbacRule(std::string_view ruleKey);

// A running workload whose pods carry a token of a service account with risky permissions.
struct RbacRiskyWorkload {
    int workload = -1;            // RbacIndex::objects().workloads index
    RbacSubject serviceAccount;
    Severity worst = Severity::Unknown;
    std::vector<std::string> rules; // rbacrule ids reaching the service account (directly or via its groups)
};
// Only workloads whose token is mounted; by worst severity (worst first), then namespace, name.
std::vector<RbacRiskyWorkload> riskyWorkloads(const RbacIndex &index, const std::vector<RbacRisk> &risks);

} // namespace bulkhead
