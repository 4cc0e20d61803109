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

    // Many grants share a rule (one ClusterRole bound by hundreds of RoleBindings): each distinct
    // rule is looked at once, for the rows, the verbs and which rows it covers.
    std::map<std::pair<int, int>, std::size_t> slotOf; // (role, rule) -> index into `rules`
    std::vector<const PolicyRule *> rules;
    std::vector<std::size_t> grantSlot;
    std::set<int> bindings;
    for (const RbacGrant &g : m.grants) {
        bindings.insert(g.binding);
        const auto [it, added] = slotOf.try_emplace({g.role, g.rule}, rules.size());
        if (added)
            rules.push_back(&index.rules(g.role)[std::size_t(g.rule)]);
        grantSlot.push_back(it->second);
        std::string names;
        for (const std::string &name : rules[it->second]->resourceNames)
            names += (names.empty() ? "" : ",") + name;
        m.grantObjects.push_back(std::move(names));
    }
    m.bindings = int(bindings.size());

    // The rows and the extra verbs, from the distinct rules.
    std::map<std::pair<std::string, std::string>, PermissionMatrixRow> resourceRows;
    std::map<std::string, PermissionMatrixRow> urlRows;
    std::set<std::string> extraVerbs;
    bool anyVerb = false;
    for (const PolicyRule *rule : rules) {
        for (const std::string &verb : rule->verbs) {
            if (verb == "*")
                anyVerb = true;
            else if (!contains(standardRbacVerbs(), verb))
                extraVerbs.insert(verb);
        }
        for (const std::string &group : rule->apiGroups) {
            for (const std::string &resource : rule->resources)
                resourceRows.try_emplace({group, resource},
                                         PermissionMatrixRow{group, resource, {}, permissionRowLabel(group, resource)});
        }
        for (const std::string &url : rule->nonResourceURLs)
            urlRows.try_emplace(url, PermissionMatrixRow{{}, {}, url, url});
    }
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

    // Each distinct rule: the rows it covers (asked once per row, with a verb the rule has) and the
    // columns it grants (a plain look-up in its verbs).
    const std::size_t anyColumn = anyVerb ? m.verbs.size() - 1 : m.verbs.size();
    std::vector<std::vector<int>> coveredRows(rules.size());
    std::vector<std::vector<int>> grantedColumns(rules.size());
    for (std::size_t slot = 0; slot < rules.size(); ++slot) {
        const PolicyRule &rule = *rules[slot];
        if (rule.verbs.empty())
            continue; // grants nothing
        const bool allVerbs = contains(rule.verbs, "*");
        for (std::size_t c = 0; c < m.verbs.size(); ++c) {
            if (c == anyColumn ? allVerbs : allVerbs || contains(rule.verbs, m.verbs[c]))
                grantedColumns[slot].push_back(int(c));
        }
        for (std::size_t ri = 0; ri < m.rows.size(); ++ri) {
            if (ruleAllows(rule, rowRequest(m.rows[ri], rule, rule.verbs.front())))
                coveredRows[slot].push_back(int(ri));
        }
    }

    // The cells. Counts and flags per distinct rule first (how many grants use it, whether all of
    // them are cluster-wide); then the first grants of each cell in the grants' order (cluster-wide
    // first), skipping a rule once every cell it covers is full.
    std::vector<int> slotGrants(rules.size(), 0);
    std::vector<char> slotClusterWide(rules.size(), 1);
    for (std::size_t gi = 0; gi < m.grants.size(); ++gi) {
        ++slotGrants[grantSlot[gi]];
        if (scope.empty() || !m.grants[gi].nameSpace.empty())
            slotClusterWide[grantSlot[gi]] = 0;
    }
    m.cells.assign(m.rows.size(), std::vector<PermissionMatrixCell>(m.verbs.size()));
    for (std::size_t slot = 0; slot < rules.size(); ++slot) {
        const bool named = !rules[slot]->resourceNames.empty();
        for (int ri : coveredRows[slot]) {
            for (int c : grantedColumns[slot]) {
                PermissionMatrixCell &cell = m.cells[std::size_t(ri)][std::size_t(c)];
                const bool first = cell.grantCount == 0;
                cell.namedObjectsOnly = named && (first || cell.namedObjectsOnly);
                cell.clusterWideOnly = slotClusterWide[slot] && (first || cell.clusterWideOnly);
                cell.grantCount += slotGrants[slot];
            }
        }
    }
    std::vector<char> slotFull(rules.size(), 0);
    for (std::size_t gi = 0; gi < m.grants.size(); ++gi) {
        const std::size_t slot = grantSlot[gi];
        if (slotFull[slot])
            continue;
        bool full = true;
        for (int ri : coveredRows[slot]) {
            for (int c : grantedColumns[slot]) {
                std::vector<int> &grants = m.cells[std::size_t(ri)][std::size_t(c)].grants;
                if (int(grants.size()) < PermissionMatrixCell::kMaxGrants)
                    grants.push_back(int(gi));
                full = full && int(grants.size()) >= PermissionMatrixCell::kMaxGrants;
            }
        }
        slotFull[slot] = full;
    }

    // The texts of the grants a cell lists (describing thousands nobody is shown takes long).
    m.grantText.assign(m.grants.size(), std::string());
    for (const std::vector<PermissionMatrixCell> &row : m.cells) {
        for (const PermissionMatrixCell &cell : row) {
            for (int gi : cell.grants) {
                if (std::string &text = m.grantText[std::size_t(gi)]; text.empty())
                    text = index.describeGrant(m.grants[std::size_t(gi)]);
            }
        }
    }
    return m;
}

} // namespace bulkhead
