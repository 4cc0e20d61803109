// ClusterRole aggregation as the aggregation controller keeps it. Rules are compared by value;
// each distinct rule gets a number once, so that folding thousands of rules into a few aggregated
// roles compares integers, not strings.
#include "rbac/rbacindexaggregate.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace bulkhead {

namespace {

// Two rules are the same rule when every list is the same, in order.
std::string ruleKey(const PolicyRule &rule)
{
    std::string k;
    for (const auto *list : {&rule.verbs, &rule.apiGroups, &rule.resources, &rule.resourceNames, &rule.nonResourceURLs}) {
        for (const std::string &v : *list)
            k.append(v).push_back('\x1f');
        k.push_back('\x1e');
    }
    return k;
}

// The ClusterRoles each aggregated ClusterRole's selectors match directly (itself excluded).
std::vector<std::vector<int>> directSources(const std::vector<RbacRole> &roles)
{
    std::vector<std::vector<int>> direct(roles.size());
    for (std::size_t a = 0; a < roles.size(); ++a) {
        if (!roles[a].aggregated)
            continue;
        for (std::size_t j = 0; j < roles.size(); ++j) {
            if (j == a || !roles[j].clusterRole)
                continue;
            for (const LabelSelector &s : roles[a].aggregationSelectors) {
                if (labelSelectorMatches(s, roles[j].labels)) {
                    direct[a].push_back(static_cast<int>(j));
                    break;
                }
            }
        }
    }
    return direct;
}

// Every ClusterRole reached from `a` through aggregation, those that hold their rules without
// aggregating them first: a rule is credited to the role that wrote it, not one that carries it on.
std::vector<int> reachedSources(const std::vector<RbacRole> &roles, const std::vector<std::vector<int>> &direct,
                                std::size_t a)
{
    std::vector<char> reached(roles.size(), 0);
    reached[a] = 1;
    std::vector<int> stack(direct[a].rbegin(), direct[a].rend()), sources;
    while (!stack.empty()) {
        const int j = stack.back();
        stack.pop_back();
        if (reached[j])
            continue;
        reached[j] = 1;
        sources.push_back(j);
        for (auto it = direct[j].rbegin(); it != direct[j].rend(); ++it)
            stack.push_back(*it);
    }
    std::stable_sort(sources.begin(), sources.end(),
                     [&](int x, int y) { return !roles[x].aggregated && roles[y].aggregated; });
    return sources;
}

} // namespace

void aggregateRules(const std::vector<RbacRole> &roles, std::vector<std::vector<PolicyRule>> &rules,
                    std::vector<std::vector<int>> &origins)
{
    rules.assign(roles.size(), {});
    origins.assign(roles.size(), {});
    for (std::size_t a = 0; a < roles.size(); ++a) {
        rules[a] = roles[a].rules;
        origins[a].assign(roles[a].rules.size(), -1);
    }
    const std::vector<std::vector<int>> direct = directSources(roles);
    // Rule numbers of the roles that take part in aggregation (as source or target), by role.
    std::unordered_map<std::string, int> numbers;
    std::vector<std::vector<int>> numbered(roles.size());
    const auto number = [&](std::size_t role) {
        if (!numbered[role].empty() || roles[role].rules.empty())
            return;
        for (const PolicyRule &r : roles[role].rules)
            numbered[role].push_back(numbers.emplace(ruleKey(r), static_cast<int>(numbers.size())).first->second);
    };
    for (std::size_t a = 0; a < roles.size(); ++a) {
        if (!roles[a].aggregated)
            continue;
        number(a);
        for (int j : direct[a])
            number(static_cast<std::size_t>(j));
    }
    std::vector<int> originOf, present;
    for (std::size_t a = 0; a < roles.size(); ++a) {
        if (!roles[a].aggregated)
            continue;
        originOf.assign(numbers.size(), -1);
        present.assign(numbers.size(), 0);
        std::vector<std::pair<int, int>> candidates; // (source, rule) of each rule met first there
        for (int s : reachedSources(roles, direct, a)) {
            for (std::size_t r = 0; r < numbered[s].size(); ++r) {
                int &origin = originOf[numbered[s][r]];
                if (origin < 0) {
                    origin = s;
                    candidates.push_back({s, static_cast<int>(r)});
                }
            }
        }
        // Its stored rules first (in a live cluster the controller has already written the
        // aggregated rules there), credited to where they come from; then what is missing.
        for (std::size_t r = 0; r < numbered[a].size(); ++r) {
            origins[a][r] = originOf[numbered[a][r]];
            present[numbered[a][r]] = 1;
        }
        for (const auto &[s, r] : candidates) {
            int &there = present[numbered[s][r]];
            if (there)
                continue;
            there = 1;
            rules[a].push_back(roles[s].rules[r]);
            origins[a].push_back(s);
        }
    }
}

} // namespace bulkhead
