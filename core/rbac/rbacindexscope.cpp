#include "rbac/rbacindexscope.h"

#include "rbac/rbacindex.h"

#include <algorithm>

namespace bulkhead::rbacscope {

RbacGrant makeGrant(const RbacIndex &index, int binding, int role, int rule, std::string viaGroup)
{
    RbacGrant g;
    g.binding = binding;
    g.role = role;
    g.rule = rule;
    g.nameSpace = index.bindings()[binding].nameSpace;
    g.viaGroup = std::move(viaGroup);
    if (const int origin = index.ruleOrigin(role, rule); origin >= 0)
        g.viaRole = index.roles()[origin].name;
    return g;
}

Reach bindingsReaching(const std::unordered_map<std::string, std::vector<int>> &bindingsBySubjectKey,
                       const std::vector<RbacBinding> &bindings, const RbacSubject &subject)
{
    std::vector<std::string> selfKeys{subject.key()};
    constexpr std::string_view saUser = "system:serviceaccount:";
    if (subject.kind == SubjectKind::ServiceAccount) {
        selfKeys.push_back("User/" + std::string(saUser) + subject.nameSpace + ':' + subject.name);
    } else if (subject.kind == SubjectKind::User && subject.name.starts_with(saUser)) {
        const std::string_view rest = std::string_view(subject.name).substr(saUser.size());
        const auto colon = rest.find(':');
        if (colon != std::string_view::npos && colon > 0 && colon + 1 < rest.size())
            selfKeys.push_back(RbacSubject{SubjectKind::ServiceAccount, std::string(rest.substr(colon + 1)),
                                           std::string(rest.substr(0, colon))}
                                   .key());
    }
    // (binding, order of the key that reached it, group): the subject's own keys come first.
    std::vector<std::pair<int, std::pair<int, std::string>>> found;
    int order = 0;
    const auto collect = [&](const std::string &key, const std::string &group) {
        const auto it = bindingsBySubjectKey.find(key);
        if (it != bindingsBySubjectKey.end())
            for (int b : it->second)
                found.push_back({b, {order, group}});
        ++order;
    };
    for (const std::string &k : selfKeys)
        collect(k, {});
    for (const std::string &g : RbacIndex::implicitGroups(subject))
        collect("Group/" + g, g);
    std::sort(found.begin(), found.end(), [&](const auto &x, const auto &y) {
        const bool cx = bindings[x.first].clusterBinding, cy = bindings[y.first].clusterBinding;
        if (cx != cy)
            return cx;
        return x.first != y.first ? x.first < y.first : x.second.first < y.second.first;
    });
    Reach out;
    for (auto &[b, via] : found) {
        if (!out.bindings.empty() && out.bindings.back() == b)
            continue;
        out.bindings.push_back(b);
        out.viaGroup.push_back(std::move(via.second));
    }
    return out;
}

} // namespace bulkhead::rbacscope
