#include "rbac/permissionmatrix.h"

#include "rbac/rbacrequest.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace bulkhead {

namespace {

bool contains(const std::vector<std::string> &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Verbs beyond the standard eight that carry weight of their own come first, in this order (the
// privilege-escalation verbs lead); any other verb follows alphabetically; "*" is the last column.
int extraVerbRank(const std::string &verb)
{
    static const std::vector<std::string> kKnown = {"escalate", "bind", "impersonate", "use", "approve",
                                                    "sign", "attest", "proxy"};
    const auto it = std::find(kKnown.begin(), kKnown.end(), verb);
    return it == kKnown.end() ? int(kKnown.size()) : int(it - kKnown.begin());
}

// Row order: resources before non-resource URLs; the core group first, then groups by name, the
// "*" group last; within a group plain resources by name, "*" last.
auto rowSortKey(const PermissionMatrixRow &row)
{
    const bool url = !row.nonResourceUrl.empty();
    const int groupRank = row.apiGroup.empty() ? 0 : row.apiGroup == "*" ? 2 : 1;
    const bool anyResource = row.resource == "*" || row.resource.rfind("*/", 0) == 0;
    return std::make_tuple(url, groupRank, row.apiGroup, anyResource, row.resource, row.nonResourceUrl);
}

// The question a row asks of a rule, for `verb`: the rule's first resourceName stands in for
// "one of its named objects" (a rule with resourceNames allows nothing without a name).
RbacRequest rowRequest(const PermissionMatrixRow &row, const PolicyRule &rule, const std::string &verb)
{
    RbacRequest request;
    request.verb = verb;
    if (!row.nonResourceUrl.empty()) {
        request.nonResourceUrl = row.nonResourceUrl;
        return request;
    }
    request.apiGroup = row.apiGroup;
    const std::size_t slash = row.resource.find('/');
    request.resource = row.resource.substr(0, slash);
    if (slash != std::string::npos)
        request.subresource = row.resource.substr(slash + 1);
    if (!rule.resourceNames.empty())
        request.name = rule.resourceNames.front();
    return request;
}

} // namespace

const std::vector<std::string> &standardRbacVerbs()
{
    static const std::vector<std::string> kVerbs = {"get",   "list",  "watch",  "create",
                                                    "update", "patch", "delete", "deletecollection"};
    return kVerbs;
}

std::string permissionRowLabel(const std::string &apiGroup, const std::string &resource)
{
    return apiGroup.empty() ? resource : resource + "." + apiGroup;
}

std::string preferredScope(const PermissionMatrix &m)
{
    if (m.scopes.size() < 2 || m.scopeOwnGrants.front() > 0)
        return {};
    std::size_t best = 0;
    for (std::size_t i = 1; i < m.scopes.size(); ++i) {
        const auto key = std::make_pair(m.scopeOwnGrants[i], m.scopeGrants[i]);
        if (best == 0 || key > std::make_pair(m.scopeOwnGrants[best], m.scopeGrants[best]))
            best = i;
    }
    return m.scopes[best];
}

const PermissionMatrixCell *PermissionMatrix::cell(int row, int column) const
{
    if (row < 0 || column < 0 || row >= int(cells.size()) || column >= int(cells[std::size_t(row)].size()))
        return nullptr;
    return &cells[std::size_t(row)][std::size_t(column)];
}

int PermissionMatrix::column(const std::string &verb) const
{
    const auto it = std::find(verbs.begin(), verbs.end(), verb);
    return it == verbs.end() ? -1 : int(it - verbs.begin());
}

int PermissionMatrix::row(const std::string &label) const
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const PermissionMatrixRow &r) { return r.label == label; });
    return it == rows.end() ? -1 : int(it - rows.begin());
}

PermissionMatrix buildPermissionMatrix(const RbacIndex &index, const RbacSubject &subject, const std::string &scope)
{
    return buildPermissionMatrix(index, subject, scope, index.effectivePermissions(subject));
}

PermissionMatrix buildPermissionMatrix(const RbacIndex &index, const RbacSubject &subject, const std::string &scope,
                                       const std::vector<RbacGrant> &subjectGrants)
{
    PermissionMatrix m;
    m.subject = subject;
    m.scope = scope;
    m.allGrants = int(subjectGrants.size());

    std::map<std::string, std::pair<int, int>> perScope{{std::string(), {0, 0}}}; // grants, own grants
    for (const RbacGrant &g : subjectGrants) {
        if (g.role < 0 || g.rule < 0)
            continue; // not a rule (a dangling roleRef grants nothing)
        auto &[grants, own] = perScope[g.nameSpace];
        ++grants;
        own += g.viaGroup.empty();
        // A cluster-wide grant is in force in every namespace; a RoleBinding's only in its own.
        if (g.nameSpace.empty() || (!scope.empty() && g.nameSpace == scope))
            m.grants.push_back(g);
    }
    for (const auto &[ns, counts] : perScope) { // "" sorts first
        m.scopes.push_back(ns);
        m.scopeGrants.push_back(counts.first);
        m.scopeOwnGrants.push_back(counts.second);
    }

    // The rows and the extra verbs, from the rules of the grants in scope.
    std::map<std::pair<std::string, std::string>, PermissionMatrixRow> resourceRows;
    std::map<std::string, PermissionMatrixRow> urlRows;
    std::set<std::string> extraVerbs;
    bool anyVerb = false;
    std::set<int> bindings;
    for (const RbacGrant &g : m.grants) {
        bindings.insert(g.binding);
        m.grantText.push_back(index.describeGrant(g));
        const PolicyRule &rule = index.rules(g.role)[std::size_t(g.rule)];
        std::string names;
        for (const std::string &name : rule.resourceNames)
            names += (names.empty() ? "" : ",") + name;
        m.grantObjects.push_back(std::move(names));
        for (const std::string &verb : rule.verbs) {
            if (verb == "*")
                anyVerb = true;
            else if (!contains(standardRbacVerbs(), verb))
                extraVerbs.insert(verb);
        }
        for (const std::string &group : rule.apiGroups) {
            for (const std::string &resource : rule.resources)
                resourceRows.try_emplace({group, resource},
                                         PermissionMatrixRow{group, resource, {}, permissionRowLabel(group, resource)});
        }
        for (const std::string &url : rule.nonResourceURLs)
            urlRows.try_emplace(url, PermissionMatrixRow{{}, {}, url, url});
    }
    m.bindings = int(bindings.size());
    m.verbs = standardRbacVerbs();
    std::vector<std::string> extras(extraVerbs.begin(), extraVerbs.end());
    std::stable_sort(extras.begin(), extras.end(),
                     [](const std::string &a, const std::string &b) { return extraVerbRank(a) < extraVerbRank(b); });
    m.verbs.insert(m.verbs.end(), extras.begin(), extras.end());
    if (anyVerb)
        m.verbs.push_back("*");

    for (auto &[key, row] : resourceRows)
        m.rows.push_back(std::move(row));
    for (auto &[key, row] : urlRows)
        m.rows.push_back(std::move(row));
    std::sort(m.rows.begin(), m.rows.end(),
              [](const PermissionMatrixRow &a, const PermissionMatrixRow &b) { return rowSortKey(a) < rowSortKey(b); });

    // Cells: whether each grant's rule covers the row is asked once (with a verb the rule has);
    // then each column is a plain look-up in the rule's verbs.
    m.cells.assign(m.rows.size(), std::vector<PermissionMatrixCell>(m.verbs.size()));
    const int anyColumn = anyVerb ? int(m.verbs.size()) - 1 : -1;
    for (std::size_t gi = 0; gi < m.grants.size(); ++gi) {
        const RbacGrant &g = m.grants[gi];
        const PolicyRule &rule = index.rules(g.role)[std::size_t(g.rule)];
        if (rule.verbs.empty())
            continue; // grants nothing
        const bool allVerbs = contains(rule.verbs, "*");
        for (std::size_t ri = 0; ri < m.rows.size(); ++ri) {
            if (!ruleAllows(rule, rowRequest(m.rows[ri], rule, rule.verbs.front())))
                continue;
            for (std::size_t c = 0; c < m.verbs.size(); ++c) {
                const bool granted = int(c) == anyColumn ? allVerbs : allVerbs || contains(rule.verbs, m.verbs[c]);
                if (granted)
                    m.cells[ri][c].grants.push_back(int(gi));
            }
        }
    }
    for (std::vector<PermissionMatrixCell> &row : m.cells) {
        for (PermissionMatrixCell &cell : row) {
            if (cell.grants.empty())
                continue;
            cell.namedObjectsOnly = std::all_of(cell.grants.begin(), cell.grants.end(), [&](int gi) {
                const RbacGrant &g = m.grants[std::size_t(gi)];
                return !index.rules(g.role)[std::size_t(g.rule)].resourceNames.empty();
            });
            cell.clusterWideOnly = !scope.empty()
                && std::all_of(cell.grants.begin(), cell.grants.end(),
                               [&](int gi) { return m.grants[std::size_t(gi)].nameSpace.empty(); });
        }
    }
    return m;
}

} // namespace bulkhead
