// The RBAC graph of one cluster: roles with their aggregated rules, bindings with the role their
// roleRef names, and the bindings naming each subject. Built once, then asked read-only.
//
// Large clusters have tens of thousands of RoleBindings but only a few thousand roles, so who-can
// first asks each role once (does any of its rules allow the request?) and then walks the
// bindings with an integer lookup each, instead of matching rules per binding.
#include "rbac/rbacindex.h"

#include "rbac/rbacindexaggregate.h"
#include "rbac/rbacindexscope.h"

#include <algorithm>
#include <unordered_set>

namespace bulkhead {

namespace {

std::string roleKey(bool clusterRole, std::string_view nameSpace, std::string_view name)
{
    std::string k = clusterRole ? "C/" : "N/";
    if (!clusterRole)
        k.append(nameSpace).append("/");
    k.append(name);
    return k;
}

// "system:serviceaccount:NS:NAME", the user name a service account authenticates as, split.
bool serviceAccountUser(std::string_view user, std::string_view &nameSpace, std::string_view &name)
{
    constexpr std::string_view prefix = "system:serviceaccount:";
    if (!user.starts_with(prefix))
        return false;
    const std::string_view rest = user.substr(prefix.size());
    const auto colon = rest.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == rest.size())
        return false;
    nameSpace = rest.substr(0, colon);
    name = rest.substr(colon + 1);
    return true;
}

} // namespace

RbacIndex::RbacIndex(RbacObjects objects) : m_objects(std::move(objects))
{
    const std::vector<RbacRole> &roles = m_objects.roles;
    for (std::size_t i = 0; i < roles.size(); ++i)
        m_roleByKey.emplace(roleKey(roles[i].clusterRole, roles[i].nameSpace, roles[i].name), static_cast<int>(i));

    aggregateRules(roles, m_rules, m_ruleOrigin);

    const std::vector<RbacBinding> &bindings = m_objects.bindings;
    m_roleOfBinding.reserve(bindings.size());
    m_bindingByKey.reserve(bindings.size());
    m_bindingsBySubjectKey.reserve(bindings.size());
    for (std::size_t b = 0; b < bindings.size(); ++b) {
        const RbacBinding &binding = bindings[b];
        m_bindingByKey.emplace(roleKey(binding.clusterBinding, binding.nameSpace, binding.name), static_cast<int>(b));
        // A ClusterRoleBinding can only bind a ClusterRole; a RoleBinding a Role of its own
        // namespace or a ClusterRole (whose rules then apply in that namespace only).
        int role = -1;
        if (binding.roleRef.kind == "ClusterRole")
            role = findRole(true, {}, binding.roleRef.name);
        else if (binding.roleRef.kind == "Role" && !binding.clusterBinding)
            role = findRole(false, binding.nameSpace, binding.roleRef.name);
        m_roleOfBinding.push_back(role);
        for (const RbacSubject &s : binding.subjects) {
            std::string key = s.key();
            std::vector<int> &list = m_bindingsBySubjectKey[key];
            if (list.empty() || list.back() != static_cast<int>(b))
                list.push_back(static_cast<int>(b));
        }
    }
    // Sorted so that serviceAccountExists() can search them.
    std::sort(m_objects.serviceAccounts.begin(), m_objects.serviceAccounts.end(),
              [](const RbacServiceAccount &x, const RbacServiceAccount &y) {
                  return std::tie(x.nameSpace, x.name) < std::tie(y.nameSpace, y.name);
              });
    // Subjects by key: the keys the bindings name (each once already) and the service accounts.
    std::vector<std::string> keys;
    keys.reserve(m_bindingsBySubjectKey.size() + m_objects.serviceAccounts.size());
    for (const auto &entry : m_bindingsBySubjectKey)
        keys.push_back(entry.first);
    for (const RbacServiceAccount &sa : m_objects.serviceAccounts)
        keys.push_back(RbacSubject{SubjectKind::ServiceAccount, sa.name, sa.nameSpace}.key());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    m_subjects.reserve(keys.size());
    for (const std::string &k : keys)
        if (std::optional<RbacSubject> s = parseRbacSubject(k)) // key() reads back as the same subject
            m_subjects.push_back(std::move(*s));
}

const std::vector<PolicyRule> &RbacIndex::rules(int role) const
{
    static const std::vector<PolicyRule> none;
    return role >= 0 && role < static_cast<int>(m_rules.size()) ? m_rules[role] : none;
}

int RbacIndex::ruleOrigin(int role, int rule) const
{
    if (role < 0 || role >= static_cast<int>(m_ruleOrigin.size()) || rule < 0
        || rule >= static_cast<int>(m_ruleOrigin[role].size()))
        return -1;
    return m_ruleOrigin[role][rule];
}

int RbacIndex::findRole(bool clusterRole, const std::string &nameSpace, const std::string &name) const
{
    const auto it = m_roleByKey.find(roleKey(clusterRole, nameSpace, name));
    return it == m_roleByKey.end() ? -1 : it->second;
}

int RbacIndex::findBinding(bool clusterBinding, const std::string &nameSpace, const std::string &name) const
{
    const auto it = m_bindingByKey.find(roleKey(clusterBinding, nameSpace, name));
    return it == m_bindingByKey.end() ? -1 : it->second;
}

int RbacIndex::roleOf(int binding) const
{
    return binding >= 0 && binding < static_cast<int>(m_roleOfBinding.size()) ? m_roleOfBinding[binding] : -1;
}

std::vector<std::string> RbacIndex::implicitGroups(const RbacSubject &subject)
{
    std::string_view ns, name;
    switch (subject.kind) {
    case SubjectKind::ServiceAccount:
        return {"system:serviceaccounts", "system:serviceaccounts:" + subject.nameSpace, "system:authenticated"};
    case SubjectKind::User:
        if (subject.name == "system:anonymous")
            return {"system:unauthenticated"};
        // A User named as a service account's user name is that service account.
        if (serviceAccountUser(subject.name, ns, name))
            return {"system:serviceaccounts", "system:serviceaccounts:" + std::string(ns), "system:authenticated"};
        return {"system:authenticated"};
    case SubjectKind::Group:
        break;
    }
    return {};
}

std::vector<int> RbacIndex::bindingsOf(const RbacSubject &subject) const
{
    return rbacscope::bindingsReaching(m_bindingsBySubjectKey, m_objects.bindings, subject).bindings;
}

std::optional<bool> RbacIndex::serviceAccountExists(const RbacSubject &subject) const
{
    if (!m_objects.serviceAccountsListed || subject.kind != SubjectKind::ServiceAccount)
        return std::nullopt;
    const auto &all = m_objects.serviceAccounts;
    const auto before = [](const RbacServiceAccount &sa, const RbacSubject &s) {
        return std::tie(sa.nameSpace, sa.name) < std::tie(s.nameSpace, s.name);
    };
    const auto it = std::lower_bound(all.begin(), all.end(), subject, before);
    return it != all.end() && it->nameSpace == subject.nameSpace && it->name == subject.name;
}

std::vector<RbacGrant> RbacIndex::effectivePermissions(const RbacSubject &subject) const
{
    const rbacscope::Reach reach = rbacscope::bindingsReaching(m_bindingsBySubjectKey, m_objects.bindings, subject);
    std::size_t count = 0;
    for (int b : reach.bindings)
        count += m_roleOfBinding[b] < 0 ? 0 : m_rules[m_roleOfBinding[b]].size();
    std::vector<RbacGrant> out;
    out.reserve(count);
    for (std::size_t i = 0; i < reach.bindings.size(); ++i) { // cluster-wide first
        const int b = reach.bindings[i];
        const int role = m_roleOfBinding[b];
        if (role < 0)
            continue;
        for (std::size_t r = 0; r < m_rules[role].size(); ++r)
            out.push_back(rbacscope::makeGrant(*this, b, role, static_cast<int>(r), reach.viaGroup[i]));
    }
    return out;
}

std::vector<RbacGrantChain> RbacIndex::whoCan(const RbacRequest &request) const
{
    // Per role, the first of its rules that allows the request (-1: none).
    std::vector<int> allowing(m_rules.size(), -1);
    bool any = false;
    for (std::size_t role = 0; role < m_rules.size(); ++role) {
        const std::vector<PolicyRule> &rules = m_rules[role];
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (ruleAllows(rules[r], request)) {
                allowing[role] = static_cast<int>(r);
                any = true;
                break;
            }
        }
    }
    std::vector<RbacGrantChain> out;
    if (!any)
        return out;
    const bool clusterOnly = isClusterScopedRequest(request);
    const std::vector<RbacBinding> &bindings = m_objects.bindings;
    for (int pass = 0; pass < 2; ++pass) { // cluster-wide first
        for (std::size_t b = 0; b < bindings.size(); ++b) {
            const int role = m_roleOfBinding[b];
            if (role < 0 || allowing[role] < 0)
                continue;
            const RbacBinding &binding = bindings[b];
            if (binding.clusterBinding != (pass == 0))
                continue;
            // A RoleBinding answers only in its namespace, and never for non-resource URLs or
            // cluster-scoped resources (they have no namespace).
            if (!binding.clusterBinding && (clusterOnly || binding.nameSpace != request.nameSpace))
                continue;
            const RbacGrant g = rbacscope::makeGrant(*this, static_cast<int>(b), role, allowing[role], {});
            for (const RbacSubject &s : binding.subjects)
                out.push_back({s, g});
        }
    }
    return out;
}

} // namespace bulkhead
