#include "rbac/rbacriskmatch.h"

#include "rbac/rbacrequest.h"
#include "rbac/rbacrisk.h"

#include <algorithm>
#include <array>
#include <map>

namespace bulkhead::rbacrisk {

namespace {

constexpr std::string_view kRbacGroup = "rbac.authorization.k8s.io";
constexpr std::string_view kCertificates = "certificates.k8s.io";
constexpr std::string_view kAdmission = "admissionregistration.k8s.io";

template <typename List>
bool contains(const List &list, std::string_view value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

void addOnce(std::vector<std::string> &list, std::string value)
{
    if (!contains(list, value))
        list.push_back(std::move(value));
}

std::string join(const std::vector<std::string> &parts, std::string_view separator)
{
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : std::string(separator)) + p;
    return out;
}

// "pods/exec", "deployments.apps", "roles.rbac.authorization.k8s.io": how kubectl names them.
std::string resourceName(const Probe &p)
{
    std::string out(p.resource);
    if (!p.apiGroup.empty())
        out += '.' + std::string(p.apiGroup);
    if (!p.subresource.empty())
        out += '/' + std::string(p.subresource);
    return out;
}

RbacRequest request(const Probe &p, std::string name)
{
    RbacRequest r;
    r.verb = p.verb;
    r.apiGroup = p.apiGroup;
    r.resource = p.resource;
    r.subresource = p.subresource;
    r.name = std::move(name);
    return r;
}

std::vector<Probe> cross(std::initializer_list<std::string_view> verbs, std::string_view group,
                         std::initializer_list<std::string_view> resources, std::string_view subresource,
                         bool clusterScoped)
{
    std::vector<Probe> out;
    for (std::string_view r : resources) {
        for (std::string_view v : verbs)
            out.push_back({v, group, r, subresource, clusterScoped});
    }
    return out;
}

std::vector<Probe> concat(std::initializer_list<std::vector<Probe>> parts)
{
    std::vector<Probe> out;
    for (const auto &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

const std::map<std::string_view, std::vector<Probe>> &probeTable()
{
    static const std::map<std::string_view, std::vector<Probe>> table{
        {rbacrule::kSecretsRead, cross({"get", "list", "watch"}, "", {"secrets"}, "", false)},
        // kubectl exec/attach/port-forward POST (create); over WebSockets they are a GET, which
        // the API server has authorized as "get" on the subresource.
        {rbacrule::kPodExec, concat({cross({"create", "get"}, "", {"pods"}, "exec", false),
                                     cross({"create", "get"}, "", {"pods"}, "attach", false),
                                     cross({"create", "get"}, "", {"pods"}, "portforward", false)})},
        {rbacrule::kWorkloadCreate,
         concat({cross({"create"}, "", {"pods", "replicationcontrollers"}, "", false),
                 cross({"create"}, "apps", {"deployments", "statefulsets", "daemonsets", "replicasets"}, "", false),
                 cross({"create"}, "batch", {"jobs", "cronjobs"}, "", false)})},
        // escalate: update a role beyond one's own rights; bind: bind any role one names;
        // impersonate: act as another user, group or service account. Users, groups and
        // uids/userextras are cluster-scoped to the authorizer, service accounts are not;
        // bind and escalate are checked in the binding's namespace, for Roles and ClusterRoles.
        {rbacrule::kEscalate,
         concat({cross({"escalate"}, kRbacGroup, {"roles"}, "", false),
                 cross({"escalate"}, kRbacGroup, {"clusterroles"}, "", true),
                 cross({"bind"}, kRbacGroup, {"roles", "clusterroles"}, "", false),
                 cross({"impersonate"}, "", {"users", "groups"}, "", true),
                 cross({"impersonate"}, "", {"serviceaccounts"}, "", false),
                 cross({"impersonate"}, "authentication.k8s.io", {"uids", "userextras"}, "", true)})},
        {rbacrule::kTokenCreate, cross({"create"}, "", {"serviceaccounts"}, "token", false)},
        // The kubelet API maps GET to get and POST (exec, run) to create on nodes/proxy.
        {rbacrule::kNodesProxy, cross({"get", "create"}, "", {"nodes"}, "proxy", true)},
        {rbacrule::kWebhookConfig,
         cross({"create", "update", "patch", "delete"}, kAdmission,
               {"validatingwebhookconfigurations", "mutatingwebhookconfigurations"}, "", true)},
        {rbacrule::kPvCreate, cross({"create"}, "", {"persistentvolumes"}, "", true)},
    };
    return table;
}

} // namespace

const std::vector<Probe> &probesOf(std::string_view ruleId)
{
    static const std::vector<Probe> none;
    const auto &table = probeTable();
    const auto it = table.find(ruleId);
    return it == table.end() ? none : it->second;
}

const std::vector<Probe> &csrApprovalProbes()
{
    static const std::vector<Probe> probes = cross({"update"}, kCertificates, {"certificatesigningrequests"}, "approval", true);
    return probes;
}

const std::vector<Probe> &csrSignerProbes()
{
    static const std::vector<Probe> probes = cross({"approve"}, kCertificates, {"signers"}, "", true);
    return probes;
}

std::string RuleMatch::describe() const
{
    std::string out = join(verbs, ",") + " on " + join(resources, ", ");
    if (reach == Reach::Named)
        out += " (only " + join(names, ", ") + ")";
    return out;
}

RuleMatch matchRule(const PolicyRule &rule, const std::vector<Probe> &probes, bool namespaced)
{
    RuleMatch m;
    for (const Probe &p : probes) {
        if (namespaced && p.clusterScoped)
            continue;
        Reach reach = Reach::None;
        if (ruleAllows(rule, request(p, {}))) {
            reach = Reach::All;
        } else if (!rule.resourceNames.empty() && !(p.verb == "create" && p.subresource.empty())) {
            for (const std::string &name : rule.resourceNames) {
                if (ruleAllows(rule, request(p, name))) {
                    reach = Reach::Named;
                    break;
                }
            }
        }
        if (reach == Reach::None)
            continue;
        m.reach = std::max(m.reach, reach);
        addOnce(m.verbs, std::string(p.verb));
        addOnce(m.resources, resourceName(p));
    }
    if (m.reach == Reach::Named)
        m.names = rule.resourceNames;
    return m;
}

bool hasWildcard(const PolicyRule &rule, bool namespaced, std::string *what)
{
    std::vector<std::string> parts;
    const bool resourceRule = !rule.resources.empty();
    if (!resourceRule && (namespaced || rule.nonResourceURLs.empty()))
        return false;
    if (contains(rule.verbs, "*"))
        parts.push_back("verbs");
    if (resourceRule) {
        if (contains(rule.apiGroups, "*"))
            parts.push_back("apiGroups");
        if (std::any_of(rule.resources.begin(), rule.resources.end(),
                        [](const std::string &r) { return r == "*" || r.starts_with("*/"); }))
            parts.push_back("resources");
    }
    if (what)
        *what = join(parts, ", ");
    return !parts.empty();
}

bool grantsEverything(const PolicyRule &rule)
{
    return contains(rule.verbs, "*") && contains(rule.apiGroups, "*") && contains(rule.resources, "*")
        && rule.resourceNames.empty();
}

bool harmlessForEveryone(const PolicyRule &rule)
{
    static constexpr std::array<std::string_view, 8> kPublicUrls{
        "/healthz", "/livez", "/readyz", "/version", "/api", "/apis", "/openapi", "/.well-known"};
    static constexpr std::array<std::string_view, 3> kSelfReviews{"selfsubjectaccessreviews",
                                                                  "selfsubjectrulesreviews", "selfsubjectreviews"};
    if (rule.verbs.empty())
        return true; // grants nothing
    if (rule.resources.empty()) {
        const bool readOnly = std::all_of(rule.verbs.begin(), rule.verbs.end(),
                                          [](const std::string &v) { return v == "get" || v == "head"; });
        const bool publicUrls = std::all_of(rule.nonResourceURLs.begin(), rule.nonResourceURLs.end(), [](const std::string &u) {
            return std::any_of(kPublicUrls.begin(), kPublicUrls.end(), [&](std::string_view prefix) {
                // "/healthz", "/healthz/*", "/api/*"; never "*" alone.
                return u == prefix || u.starts_with(std::string(prefix) + "/");
            });
        });
        return readOnly && publicUrls;
    }
    const bool createOnly = rule.verbs.size() == 1 && rule.verbs.front() == "create";
    const bool groups = std::all_of(rule.apiGroups.begin(), rule.apiGroups.end(), [](const std::string &g) {
        return g == "authorization.k8s.io" || g == "authentication.k8s.io";
    });
    const bool reviews = std::all_of(rule.resources.begin(), rule.resources.end(),
                                     [](const std::string &r) { return contains(kSelfReviews, r); });
    return createOnly && groups && reviews && rule.nonResourceURLs.empty();
}

std::string describePolicyRule(const PolicyRule &rule)
{
    auto list = [](const std::vector<std::string> &items) {
        std::vector<std::string> shown;
        for (const std::string &i : items)
            shown.push_back(i.empty() ? "\"\"" : i);
        return join(shown, ",");
    };
    std::string out = "verbs=" + list(rule.verbs);
    if (!rule.apiGroups.empty())
        out += " apiGroups=" + list(rule.apiGroups);
    if (!rule.resources.empty())
        out += " resources=" + list(rule.resources);
    if (!rule.resourceNames.empty())
        out += " resourceNames=" + list(rule.resourceNames);
    if (!rule.nonResourceURLs.empty())
        out += " nonResourceURLs=" + list(rule.nonResourceURLs);
    return out;
}

} // namespace bulkhead::rbacrisk
