// The RBAC risk rules: each binding, resolved to its role's rules (after aggregation) through
// RbacIndex, is asked the risky permission questions of rbacriskmatch.h. Severities follow one
// scheme, told in each rule's description (rbacriskrules.cpp): a base severity for a cluster-wide
// grant; one step lower in one namespace (except kube-system, whose service accounts and
// controllers are the cluster's); one step lower again when the rule only names some objects.
#include "rbac/rbacrisk.h"

#include "rbac/rbacriskmatch.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace bulkhead {

namespace {

using namespace rbacrisk;

Severity lower(Severity s, int steps)
{
    const int value = std::max(static_cast<int>(Severity::Low), static_cast<int>(s) - steps);
    return static_cast<Severity>(std::min(static_cast<int>(s), value));
}

// Severity of a cluster-wide, unrestricted grant.
Severity baseSeverity(std::string_view id)
{
    using namespace rbacrule;
    static const std::map<std::string_view, Severity> table{
        {kWildcard, Severity::High},       {kClusterAdmin, Severity::Critical},  {kSecretsRead, Severity::High},
        {kPodExec, Severity::High},        {kWorkloadCreate, Severity::High},    {kEscalate, Severity::Critical},
        {kTokenCreate, Severity::High},    {kNodesProxy, Severity::Critical},    {kCsrApprove, Severity::High},
        {kWebhookConfig, Severity::High},  {kPvCreate, Severity::Medium},        {kAnonymousBinding, Severity::Critical},
        {kDanglingSubject, Severity::Medium}, {kDanglingRole, Severity::Low},
    };
    const auto it = table.find(id);
    return it == table.end() ? Severity::Medium : it->second;
}

// Naming one role to bind or escalate, one user to impersonate, or one signer is enough.
bool namesLower(std::string_view id)
{
    return id != rbacrule::kEscalate && id != rbacrule::kCsrApprove;
}

std::string subjectsText(const std::vector<RbacSubject> &subjects)
{
    constexpr std::size_t kShown = 4;
    std::string out;
    for (std::size_t i = 0; i < subjects.size() && i < kShown; ++i)
        out += (out.empty() ? "" : ", ") + subjects[i].key();
    if (subjects.size() > kShown)
        out += " and " + std::to_string(subjects.size() - kShown) + " more";
    return out.empty() ? std::string("no subjects") : out;
}

// Why it matters, for people: what whoever holds the binding can do.
std::string explain(const RbacRisk &risk, const RbacBinding &b)
{
    using namespace rbacrule;
    const std::string where = b.clusterBinding ? "in every namespace" : "in namespace " + b.nameSpace;
    const std::string who = subjectsText(risk.subjects);
    const std::string &id = risk.rule;
    if (id == kWildcard)
        return who + " hold a wildcard grant " + where
            + ": it covers every verb or resource the API serves now and any added later.";
    if (id == kClusterAdmin)
        return b.clusterBinding ? who + " can do anything in the cluster."
                                : who + " can do anything in namespace " + b.nameSpace
                + ", including reading its secrets and changing its roles.";
    if (id == kSecretsRead)
        return who + " can read secrets " + where + ": passwords, keys and tokens, and the access they protect.";
    if (id == kPodExec)
        return who + " can run commands in or connect to running containers " + where
            + ", and so read what those containers hold.";
    if (id == kWorkloadCreate)
        return who + " can start pods " + where
            + " that run as any service account there, and so gain those accounts' permissions.";
    if (id == kEscalate)
        return who + " can grant themselves more than this binding shows (escalate, bind or impersonate) " + where
            + ".";
    if (id == kTokenCreate)
        return who + " can mint tokens for service accounts " + where + " and act with their permissions.";
    if (id == kNodesProxy)
        return who + " can reach the kubelets' API: commands in any pod of any node, unaudited by the API server.";
    if (id == kCsrApprove)
        return who + " can approve certificate requests, and so obtain certificates for any user or group.";
    if (id == kWebhookConfig)
        return who + " can change admission webhooks: intercept every write to the API server or switch "
                     "policies off.";
    if (id == kPvCreate)
        return who + " can create persistent volumes, which can expose the nodes' filesystems to pods.";
    if (id == kAnonymousBinding)
        return "Everyone who can reach the API server (" + who + ") gets what role " + b.roleRef.kind + "/"
            + b.roleRef.name + " grants " + where + ".";
    if (id == kDanglingSubject)
        return "Whoever creates " + who + " later receives this binding's permissions without any RBAC change.";
    if (id == kDanglingRole)
        return "The binding grants nothing today; whoever creates " + b.roleRef.kind + " " + b.roleRef.name
            + " later grants its rules to " + who + ".";
    return {};
}

// One risky permission a rule of a role grants, whoever it is bound to (the severity depends on
// the binding's scope and is set per binding).
struct RuleHit {
    std::string_view id;
    int rule = -1; // -1: the role itself (cluster-admin by name)
    Reach reach = Reach::All;
    std::string detail;
};

// The permission hits of a role's rules (after aggregation), in rule order; `namespaced`: as
// granted by a RoleBinding. Computed once per role and scope: a large cluster has tens of
// thousands of bindings but a few thousand roles.
std::vector<RuleHit> roleHits(const RbacIndex &index, int roleIndex, bool namespaced)
{
    static constexpr std::string_view kProbed[] = {
        rbacrule::kSecretsRead, rbacrule::kPodExec,    rbacrule::kWorkloadCreate, rbacrule::kEscalate,
        rbacrule::kTokenCreate, rbacrule::kNodesProxy, rbacrule::kWebhookConfig,  rbacrule::kPvCreate,
    };
    std::vector<RuleHit> hits;
    const std::vector<PolicyRule> &rules = index.rules(roleIndex);
    int approvalRule = -1, signerRule = -1;
    RuleMatch approval, signer;
    bool everything = false;
    for (int i = 0; i < static_cast<int>(rules.size()); ++i) {
        const PolicyRule &rule = rules[i];
        std::string what;
        if (hasWildcard(rule, namespaced, &what))
            hits.push_back({rbacrule::kWildcard, i, Reach::All, "\"*\" in " + what + " (" + describePolicyRule(rule) + ")"});
        if (grantsEverything(rule)) {
            hits.push_back({rbacrule::kClusterAdmin, i, Reach::All,
                            "every verb on every resource (" + describePolicyRule(rule) + ")"});
            everything = true;
        }
        for (std::string_view id : kProbed) {
            const RuleMatch m = matchRule(rule, probesOf(id), namespaced);
            if (m.reach != Reach::None)
                hits.push_back({id, i, m.reach, m.describe()});
        }
        if (approvalRule < 0) {
            approval = matchRule(rule, csrApprovalProbes(), namespaced);
            if (approval.reach != Reach::None)
                approvalRule = i;
        }
        if (signerRule < 0) {
            signer = matchRule(rule, csrSignerProbes(), namespaced);
            if (signer.reach != Reach::None)
                signerRule = i;
        }
    }
    if (approvalRule >= 0 && signerRule >= 0)
        hits.push_back({rbacrule::kCsrApprove, approvalRule, Reach::All,
                        approval.describe()
                            + (signerRule == approvalRule ? "; " : "; rule " + std::to_string(signerRule) + ": ")
                            + signer.describe()});
    const RbacRole &role = index.roles()[roleIndex];
    if (role.clusterRole && role.name == "cluster-admin" && !everything)
        hits.push_back({rbacrule::kClusterAdmin, -1, Reach::All, "roleRef ClusterRole/cluster-admin"});
    return hits;
}

// roleHits per role and scope, computed when first asked.
class RoleHitCache
{
public:
    explicit RoleHitCache(const RbacIndex &index) : m_index(index), m_hits(index.roles().size() * 2) {}

    const std::vector<RuleHit> &hits(int role, bool namespaced)
    {
        std::optional<std::vector<RuleHit>> &slot = m_hits[std::size_t(role) * 2 + (namespaced ? 1 : 0)];
        if (!slot)
            slot = roleHits(m_index, role, namespaced);
        return *slot;
    }

private:
    const RbacIndex &m_index;
    std::vector<std::optional<std::vector<RuleHit>>> m_hits;
};

// The risks of one binding, keyed by rule id (so sorted by it), folding further matching rules
// into the first.
class BindingRisks
{
public:
    BindingRisks(const RbacIndex &index, RoleHitCache &cache, int binding)
        : m_index(index), m_cache(cache), m_bindingIndex(binding), m_binding(index.bindings()[binding]),
          m_role(index.roleOf(binding))
    {}

    void evaluate()
    {
        // A binding without subjects grants nothing to anybody: only a missing roleRef is said.
        if (m_role >= 0 && !m_binding.subjects.empty())
            evaluateRules();
        else if (m_role < 0)
            add(rbacrule::kDanglingRole, -1, Severity::Low,
                "roleRef " + m_binding.roleRef.kind + "/" + m_binding.roleRef.name + " does not exist");
        evaluateAnonymous();
        evaluateDanglingSubjects();
    }

    void appendTo(std::vector<RbacRisk> &out)
    {
        for (auto &[id, risk] : m_risks) {
            if (risk.rule_ >= 0 && m_extra[id] > 0)
                risk.detail += "; and " + std::to_string(m_extra[id]) + " more rule" + (m_extra[id] > 1 ? "s" : "");
            risk.explanation = explain(risk, m_binding);
            out.push_back(std::move(risk));
        }
    }

private:
    bool namespaced() const { return !m_binding.clusterBinding; }
    // A RoleBinding in kube-system reaches the cluster's own service accounts and controllers.
    int scopeSteps() const { return namespaced() && m_binding.nameSpace != "kube-system" ? 1 : 0; }

    RbacRisk &add(std::string_view id, int rule, Severity severity, std::string detail)
    {
        const std::string key(id);
        auto it = m_risks.find(key);
        if (it != m_risks.end()) {
            RbacRisk &risk = it->second;
            risk.severity = std::max(risk.severity, severity);
            constexpr int kDetailed = 3; // rules whose detail is kept; the rest are counted
            if (m_detailed[key]++ < kDetailed)
                risk.detail += "; rule " + std::to_string(rule) + ": " + detail;
            else
                ++m_extra[key];
            return risk;
        }
        RbacRisk risk;
        risk.rule = key;
        risk.severity = severity;
        risk.control = std::string(controlForRbacRule("bulkhead/" + key));
        risk.binding = m_bindingIndex;
        risk.role = m_role;
        risk.rule_ = rule;
        risk.nameSpace = m_binding.clusterBinding ? std::string() : m_binding.nameSpace;
        risk.subjects = m_binding.subjects;
        risk.detail = rule >= 0 ? "rule " + std::to_string(rule) + ": " + detail : std::move(detail);
        risk.bootstrap = m_binding.bootstrap && (m_role < 0 || m_index.roles()[m_role].bootstrap);
        m_detailed[key] = 1;
        return m_risks.emplace(key, std::move(risk)).first->second;
    }

    void evaluateRules()
    {
        for (const RuleHit &hit : m_cache.hits(m_role, namespaced())) {
            const int named = hit.reach == Reach::Named && namesLower(hit.id) ? 1 : 0;
            add(hit.id, hit.rule, lower(baseSeverity(hit.id), scopeSteps() + named), hit.detail);
        }
    }

    void evaluateAnonymous()
    {
        std::vector<RbacSubject> everyone;
        bool anonymous = false;
        for (const RbacSubject &s : m_binding.subjects) {
            const bool unauthenticated = (s.kind == SubjectKind::User && s.name == "system:anonymous")
                || (s.kind == SubjectKind::Group && s.name == "system:unauthenticated");
            const bool authenticated = s.kind == SubjectKind::Group && s.name == "system:authenticated";
            if (unauthenticated || authenticated)
                everyone.push_back(s);
            anonymous = anonymous || unauthenticated;
        }
        if (everyone.empty())
            return;
        Severity severity = anonymous ? Severity::Critical : Severity::High;
        std::string detail = "subjects " + subjectsText(everyone);
        if (m_role < 0) {
            severity = Severity::Medium;
            detail += "; roleRef does not exist";
        } else {
            const std::vector<PolicyRule> &rules = m_index.rules(m_role);
            if (std::all_of(rules.begin(), rules.end(), harmlessForEveryone)) {
                severity = Severity::Low;
                detail += "; the role only allows health, version and discovery URLs and self-reviews";
            }
        }
        RbacRisk &risk = add(rbacrule::kAnonymousBinding, -1, lower(severity, scopeSteps()), std::move(detail));
        risk.subjects = std::move(everyone);
    }

    void evaluateDanglingSubjects()
    {
        if (!m_index.objects().serviceAccountsListed)
            return;
        std::vector<RbacSubject> dangling;
        for (const RbacSubject &s : m_binding.subjects) {
            if (s.kind == SubjectKind::ServiceAccount && m_index.serviceAccountExists(s) == false)
                dangling.push_back(s);
        }
        if (dangling.empty())
            return;
        std::string detail = "subject";
        detail += dangling.size() > 1 ? "s " : " ";
        detail += subjectsText(dangling) + " not found";
        RbacRisk &risk = add(rbacrule::kDanglingSubject, -1, baseSeverity(rbacrule::kDanglingSubject), std::move(detail));
        risk.subjects = std::move(dangling);
    }

    const RbacIndex &m_index;
    RoleHitCache &m_cache;
    int m_bindingIndex;
    const RbacBinding &m_binding;
    int m_role;
    std::map<std::string, RbacRisk> m_risks;
    std::unordered_map<std::string, int> m_detailed, m_extra;
};

} // namespace

std::vector<RbacRisk> evaluateRbacRisks(const RbacIndex &index)
{
    std::vector<RbacRisk> out;
    RoleHitCache cache(index);
    for (int b = 0; b < static_cast<int>(index.bindings().size()); ++b) {
        BindingRisks risks(index, cache, b);
        risks.evaluate();
        risks.appendTo(out);
    }
    return out;
}

namespace {

// A service account authenticates as the User "system:serviceaccount:NS:NAME": a binding may name
// it either way (RbacIndex::bindingsOf finds both).
bool sameIdentity(const RbacSubject &a, const RbacSubject &b)
{
    if (a == b)
        return true;
    const auto userOf = [](const RbacSubject &account) {
        return "system:serviceaccount:" + account.nameSpace + ':' + account.name;
    };
    if (a.kind == SubjectKind::ServiceAccount && b.kind == SubjectKind::User)
        return b.name == userOf(a);
    if (b.kind == SubjectKind::ServiceAccount && a.kind == SubjectKind::User)
        return a.name == userOf(b);
    return false;
}

} // namespace

bool rbacRiskReaches(const RbacRisk &risk, const RbacSubject &subject, const std::vector<std::string> &groups)
{
    for (const RbacSubject &s : risk.subjects) {
        if (sameIdentity(s, subject))
            return true;
        if (s.kind == SubjectKind::Group && std::find(groups.begin(), groups.end(), s.name) != groups.end())
            return true;
    }
    return false;
}

std::vector<RbacRiskyWorkload> riskyWorkloads(const RbacIndex &index, const std::vector<RbacRisk> &risks)
{
    std::vector<std::vector<int>> byBinding(index.bindings().size());
    for (int i = 0; i < static_cast<int>(risks.size()); ++i) {
        if (risks[i].binding >= 0 && risks[i].binding < static_cast<int>(byBinding.size()))
            byBinding[risks[i].binding].push_back(i);
    }
    // Workloads share service accounts: each account is resolved once.
    std::map<RbacSubject, std::pair<Severity, std::vector<std::string>>> byAccount;
    std::vector<RbacRiskyWorkload> out;
    const std::vector<RbacWorkload> &workloads = index.objects().workloads;
    for (int w = 0; w < static_cast<int>(workloads.size()); ++w) {
        const RbacWorkload &workload = workloads[w];
        if (!workload.tokenMounted)
            continue;
        RbacSubject account{SubjectKind::ServiceAccount,
                            workload.serviceAccount.empty() ? std::string("default") : workload.serviceAccount,
                            workload.nameSpace};
        auto found = byAccount.find(account);
        if (found == byAccount.end()) {
            Severity worst = Severity::Unknown;
            std::set<std::string> rules;
            const std::vector<std::string> groups = RbacIndex::implicitGroups(account);
            for (int b : index.bindingsOf(account)) {
                for (int r : byBinding[b]) {
                    const RbacRisk &risk = risks[r];
                    // A roleRef that does not exist grants nothing to carry; a default binding
                    // counts only where it names the account (as for the subject rows).
                    if (risk.rule == rbacrule::kDanglingRole
                        || !rbacRiskReaches(risk, account, risk.bootstrap ? std::vector<std::string>{} : groups))
                        continue;
                    worst = std::max(worst, risk.severity);
                    rules.insert(risk.rule);
                }
            }
            found = byAccount.emplace(account, std::make_pair(worst, std::vector<std::string>(rules.begin(), rules.end())))
                        .first;
        }
        if (found->second.second.empty())
            continue;
        out.push_back({w, account, found->second.first, found->second.second});
    }
    std::sort(out.begin(), out.end(), [&](const RbacRiskyWorkload &a, const RbacRiskyWorkload &b) {
        const RbacWorkload &wa = workloads[a.workload], &wb = workloads[b.workload];
        if (a.worst != b.worst)
            return a.worst > b.worst;
        return std::tie(wa.nameSpace, wa.name, wa.kind) < std::tie(wb.nameSpace, wb.name, wb.kind);
    });
    return out;
}

} // namespace bulkhead
