// Rule texts and controls of the RBAC risk rules (declared in rbacrisk.h). Each description says
// what was found, why it matters and how to fix it; references point at the Kubernetes RBAC
// documentation and good practices and at the CIS Kubernetes Benchmark's section 5.1.
#include "analysis/ruletexttr.h"
#include "analysis/ruletext.h"
#include "rbac/rbacrisk.h"

#include <array>
#include <utility>

namespace bulkhead {

namespace {

constexpr char kRbacDocs[] = "https://kubernetes.io/docs/reference/access-authn-authz/rbac/";
constexpr char kGoodPractices[] = "https://kubernetes.io/docs/concepts/security/rbac-good-practices/";
constexpr char kCis[] = "https://www.cisecurity.org/benchmark/kubernetes";

// Least privilege (IAM-1) for what a binding grants; clear boundaries (IAM-2) for bindings that
// point at nothing. Reading secrets is also SEC-4's "who can read secrets" evidence; a finding has
// one control, and the practice guide lists it under IAM-1.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kControls{{
    {rbacrule::kWildcard, "IAM-1"},
    {rbacrule::kClusterAdmin, "IAM-1"},
    {rbacrule::kSecretsRead, "IAM-1"},
    {rbacrule::kPodExec, "IAM-1"},
    {rbacrule::kWorkloadCreate, "IAM-1"},
    {rbacrule::kEscalate, "IAM-1"},
    {rbacrule::kTokenCreate, "IAM-1"},
    {rbacrule::kNodesProxy, "IAM-1"},
    {rbacrule::kCsrApprove, "IAM-1"},
    {rbacrule::kWebhookConfig, "IAM-1"},
    {rbacrule::kPvCreate, "IAM-1"},
    {rbacrule::kAnonymousBinding, "IAM-1"},
    {rbacrule::kDanglingSubject, "IAM-2"},
    {rbacrule::kDanglingRole, "IAM-2"},
}};

constexpr std::string_view kKeyPrefix = "bulkhead/";

std::string_view idOf(std::string_view idOrKey)
{
    return idOrKey.starts_with(kKeyPrefix) ? idOrKey.substr(kKeyPrefix.size()) : idOrKey;
}

RuleInfo rule(const char *id, const char *title, const char *description, std::initializer_list<const char *> refs)
{
    return describedRule(FindingKind::Misconfiguration, std::string(kKeyPrefix) + id, title, description, refs);
}

std::vector<RuleInfo> makeRules()
{
    using namespace rbacrule;
    return {
        rule(kWildcard, QT_TRANSLATE_NOOP("RuleText", "Role grants wildcard permissions"),
             QT_TRANSLATE_NOOP("RuleText", "A rule of the bound role has \"*\" in its verbs, resources or apiGroups. A wildcard grants every "
             "verb, resource or API group the cluster serves, including the ones added later by new Kubernetes "
             "versions and CRDs, so nobody can say what the binding allows. Cluster-wide (a ClusterRoleBinding, "
             "or a RoleBinding in kube-system): High; in one namespace: Medium. List the verbs and resources "
             "the subjects need instead. CIS 5.1.3."),
             {kGoodPractices, kRbacDocs, kCis}),
        rule(kClusterAdmin, QT_TRANSLATE_NOOP("RuleText", "cluster-admin (or an equivalent role) is bound"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants the ClusterRole cluster-admin, or a role with a rule for every verb on every "
             "resource of every API group. Its subjects can do anything in the cluster (Critical), or in the "
             "binding's namespace, including reading every secret and changing its roles (High). Keep "
             "cluster-admin for break-glass accounts; give people and controllers narrower roles (admin, edit, "
             "view, or a role of their own). CIS 5.1.1."),
             {kGoodPractices, "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles",
              kCis}),
        rule(kSecretsRead, QT_TRANSLATE_NOOP("RuleText", "Role can read secrets"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants get, list or watch on secrets. Secrets hold passwords, API keys, TLS keys and "
             "(on older clusters) service account tokens, so reading them usually means gaining the access they "
             "protect; list and watch return the values of every secret at once. Cluster-wide: High; in one "
             "namespace: Medium; only named secrets: one step lower. Grant get on the named secrets the "
             "workload needs (resourceNames), or mount them into its pods instead of reading them through the "
             "API. Also the evidence of SEC-4 (who can read secrets). CIS 5.1.2."),
             {kGoodPractices, "https://kubernetes.io/docs/concepts/security/secrets-good-practices/", kCis}),
        rule(kPodExec, QT_TRANSLATE_NOOP("RuleText", "Role can exec into, attach to or port-forward to pods"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants create or get on pods/exec, pods/attach or pods/portforward. Its subjects can "
             "run commands inside running containers and reach their ports, and so read the secrets, tokens "
             "and data those containers hold, bypassing the application's own access control. Cluster-wide: "
             "High; in one namespace: Medium. Keep exec for break-glass roles, use logs and metrics for "
             "day-to-day debugging, and audit its use."),
             {kGoodPractices, "https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/",
              kCis}),
        rule(kWorkloadCreate, QT_TRANSLATE_NOOP("RuleText", "Role can create pods or workload controllers"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants create on pods, deployments, statefulsets, daemonsets, replicasets, jobs, "
             "cronjobs or replicationcontrollers. Whoever can create a pod in a namespace can run it as any "
             "service account of that namespace and so gains that account's permissions, and can mount the "
             "namespace's secrets and config maps, unless admission (Pod Security) stops it. Cluster-wide: "
             "High; in one namespace: Medium. Let a deployment pipeline hold this right rather than people, and "
             "keep powerful service accounts out of namespaces where others create pods. CIS 5.1.4."),
             {kGoodPractices, "https://kubernetes.io/docs/concepts/security/pod-security-admission/", kCis}),
        rule(kEscalate, QT_TRANSLATE_NOOP("RuleText", "Role can escalate, bind or impersonate"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants escalate or bind on roles or clusterroles, or impersonate on users, groups, "
             "service accounts or uids. escalate lets a subject write roles with permissions it does not have, "
             "bind lets it bind roles it does not hold, impersonate lets it act as someone else: each is a path "
             "to more privilege than the binding shows, up to cluster-admin. Cluster-wide: Critical; in one "
             "namespace: High (resourceNames do not lower it: one named role or user is enough). Remove these "
             "verbs from every role that is not the RBAC administration's own. CIS 5.1.8."),
             {kGoodPractices, "https://kubernetes.io/docs/reference/access-authn-authz/rbac/"
                              "#privilege-escalation-prevention-and-bootstrapping",
              "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation", kCis}),
        rule(kTokenCreate, QT_TRANSLATE_NOOP("RuleText", "Role can create service account tokens"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants create on serviceaccounts/token (the TokenRequest API). Its subjects can mint "
             "tokens for service accounts and then act with those accounts' permissions, from anywhere and for "
             "as long as the token lives. Cluster-wide: High; in one namespace: Medium. Grant it only to the "
             "components that hand out tokens, limited by resourceNames. CIS 5.1.13."),
             {kGoodPractices, "https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/",
              kCis}),
        rule(kNodesProxy, QT_TRANSLATE_NOOP("RuleText", "Role can reach the kubelet API through nodes/proxy"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants get or create on nodes/proxy. Requests through it reach the kubelet's API "
             "directly: its subjects can run commands in every pod of every node, and those requests bypass "
             "the API server's admission and audit logging. Critical. Remove nodes/proxy from every role "
             "people or applications hold; monitoring that needs kubelet metrics can use nodes/metrics. CIS "
             "5.1.10."),
             {kGoodPractices, "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/", kCis}),
        rule(kCsrApprove, QT_TRANSLATE_NOOP("RuleText", "Role can approve certificate signing requests"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants update on certificatesigningrequests/approval together with approve on "
             "signers. Its subjects can approve their own certificate requests and so obtain a client "
             "certificate for any user or group the signer issues, for example system:masters, which no RBAC "
             "rule can restrict. High. Leave approval to the controller manager and the node bootstrap "
             "approver. CIS 5.1.11."),
             {"https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/"
              "#authorization",
              kGoodPractices, kCis}),
        rule(kWebhookConfig, QT_TRANSLATE_NOOP("RuleText", "Role can change admission webhooks"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants create, update, patch or delete on validatingwebhookconfigurations or "
             "mutatingwebhookconfigurations. A mutating webhook sees and may change every object written to "
             "the API server, secrets included; deleting or redirecting a validating webhook switches off the "
             "policies it enforces. High. Keep these rights with the operators that install their own "
             "webhooks. CIS 5.1.12."),
             {"https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/",
              kGoodPractices, kCis}),
        rule(kPvCreate, QT_TRANSLATE_NOOP("RuleText", "Role can create persistent volumes"),
             QT_TRANSLATE_NOOP("RuleText", "The binding grants create on persistentvolumes. A persistent volume can point at a hostPath, so "
             "whoever can create one and a pod that claims it reads and writes the node's files, past the Pod "
             "Security rules that forbid hostPath in pods. Medium. Let storage classes provision volumes "
             "dynamically and keep PersistentVolume creation with the cluster's administrators. CIS 5.1.9."),
             {"https://kubernetes.io/docs/concepts/storage/persistent-volumes/", kGoodPractices, kCis}),
        rule(kAnonymousBinding, QT_TRANSLATE_NOOP("RuleText", "Binding grants access to anonymous or every authenticated user"),
             QT_TRANSLATE_NOOP("RuleText", "A subject of the binding is the user system:anonymous, the group system:unauthenticated (any "
             "request without credentials) or the group system:authenticated (every user and service account "
             "with any valid credential). Whatever the role grants, it grants to everyone who can reach the API "
             "server: Critical for anonymous access, High for every authenticated user, one step lower in one "
             "namespace; Low when the role only allows health, version and discovery URLs and self-reviews "
             "(the defaults), Medium when the role does not exist yet. Bind named users, groups or service "
             "accounts instead; CIS 5.1.7 and the guidance on anonymous access."),
             {"https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles",
              "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests",
              kGoodPractices}),
        rule(kDanglingSubject, QT_TRANSLATE_NOOP("RuleText", "Binding names a service account that does not exist"),
             QT_TRANSLATE_NOOP("RuleText", "A ServiceAccount subject of the binding does not exist in its namespace (service accounts were "
             "listed completely). Whoever creates a service account of that name later, perhaps in a namespace "
             "where others create pods, receives the binding's permissions without any RBAC change. Medium. "
             "Remove the subject, or the binding if it has no other subjects."),
             {kRbacDocs, kGoodPractices}),
        rule(kDanglingRole, QT_TRANSLATE_NOOP("RuleText", "Binding refers to a role that does not exist"),
             QT_TRANSLATE_NOOP("RuleText", "The binding's roleRef names a Role or ClusterRole that does not exist, so the binding grants "
             "nothing today. Whoever creates a role of that name later grants its rules to the binding's "
             "subjects without touching the binding, and reviews of bindings cannot see what it will grant. "
             "Low. Delete the binding, or restore the role it was made for."),
             {kRbacDocs, kGoodPractices}),
    };
}

} // namespace

const std::vector<std::string_view> &rbacRiskRuleIds()
{
    static const std::vector<std::string_view> ids = [] {
        std::vector<std::string_view> out;
        for (const auto &[id, control] : kControls)
            out.push_back(id);
        return out;
    }();
    return ids;
}

const std::vector<RuleInfo> &rbacRiskRules()
{
    static const std::vector<RuleInfo> rules = makeRules();
    return rules;
}

const RuleInfo *rbacRiskRule(std::string_view id)
{
    const std::string key = std::string(kKeyPrefix) + std::string(idOf(id));
    for (const RuleInfo &r : rbacRiskRules()) {
        if (r.key == key)
            return &r;
    }
    return nullptr;
}

std::string_view controlForRbacRule(std::string_view ruleKey)
{
    if (!ruleKey.starts_with(kKeyPrefix))
        return {};
    const std::string_view id = idOf(ruleKey);
    for (const auto &[known, control] : kControls) {
        if (id == known)
            return control;
    }
    return {};
}

} // namespace bulkhead
