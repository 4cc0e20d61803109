// The "why" side of RbacIndex: which grants allow a request for one subject, or which grant comes
// closest and what about it does not match; and the one-line description of a grant that the
// CLI and the UI show.
#include "rbac/rbacindex.h"

#include "rbac/rbacindexscope.h"
#include "rbac/rbacrequestparts.h"

namespace bulkhead {

namespace {

std::string joined(const std::vector<std::string> &values, bool coreGroup = false)
{
    std::string out;
    for (const std::string &v : values) {
        if (!out.empty())
            out += ',';
        out += coreGroup && v.empty() ? std::string("core") : v;
    }
    return out.empty() ? std::string("-") : out;
}

// "core/pods,pods/log get,list", "/healthz,/livez get", "*/* *"; names after the verbs.
std::string ruleShort(const PolicyRule &rule)
{
    std::string out;
    if (!rule.nonResourceURLs.empty() && rule.resources.empty())
        out = joined(rule.nonResourceURLs) + ' ' + joined(rule.verbs);
    else
        out = joined(rule.apiGroups, true) + '/' + joined(rule.resources) + ' ' + joined(rule.verbs);
    if (!rule.resourceNames.empty())
        out += " names=" + joined(rule.resourceNames);
    return out;
}

// "get,list on pods,pods/log" for a sentence.
std::string ruleSentence(const PolicyRule &rule)
{
    if (!rule.nonResourceURLs.empty() && rule.resources.empty())
        return joined(rule.verbs) + " on " + joined(rule.nonResourceURLs);
    std::string out = joined(rule.verbs) + " on " + joined(rule.resources);
    if (!(rule.apiGroups.size() == 1 && rule.apiGroups[0].empty()))
        out += " (API group " + joined(rule.apiGroups, true) + ')';
    if (!rule.resourceNames.empty())
        out += " named " + joined(rule.resourceNames);
    return out;
}

std::string bindingName(const RbacBinding &b)
{
    return std::string(b.kindName()) + ' ' + (b.clusterBinding ? b.name : b.nameSpace + '/' + b.name);
}

std::string scopeText(const std::string &nameSpace)
{
    return nameSpace.empty() ? std::string("cluster-wide") : "in namespace " + nameSpace;
}

// What about the request a grant does not cover, for people: "not pods/exec".
std::string reasons(unsigned parts, const PolicyRule &rule, const RbacRequest &request, const std::string &grantScope)
{
    using namespace rbacparts;
    std::vector<std::string> out;
    if (parts & Verb)
        out.push_back("not the verb " + request.verb);
    if (parts & ApiGroup)
        out.push_back("not the API group " + (request.apiGroup.empty() ? std::string("core") : request.apiGroup));
    if (parts & Resource) {
        if (!request.nonResourceUrl.empty() || request.resource.empty())
            out.push_back("no resources");
        else
            out.push_back("not " + request.resource + (request.subresource.empty() ? "" : '/' + request.subresource));
    }
    if (parts & ResourceName)
        out.push_back(request.name.empty()
                          ? "only the objects named " + joined(rule.resourceNames) + " (the request names none)"
                          : "not the object " + request.name);
    if (parts & NonResourceUrl)
        out.push_back(rule.nonResourceURLs.empty() ? "no non-resource URLs" : "not the URL " + request.nonResourceUrl);
    if (parts & Namespace) {
        if (!request.nonResourceUrl.empty())
            out.push_back("a RoleBinding cannot grant non-resource URLs");
        else if (isClusterScopedRequest(request))
            out.push_back("a RoleBinding cannot grant the cluster-scoped " + request.resource);
        else if (request.nameSpace.empty())
            out.push_back("only in namespace " + grantScope + ", not cluster-wide");
        else
            out.push_back("only in namespace " + grantScope + ", not in " + request.nameSpace);
    }
    std::string text;
    for (const std::string &r : out)
        text += (text.empty() ? "" : " and ") + r;
    return text;
}

std::string groupList(const RbacSubject &subject)
{
    std::string out;
    for (const std::string &g : RbacIndex::implicitGroups(subject))
        out += (out.empty() ? "" : ", ") + g;
    return out;
}

} // namespace

RbacWhyAnswer RbacIndex::why(const RbacSubject &subject, const RbacRequest &request) const
{
    using namespace rbacparts;
    const rbacscope::Reach reach = rbacscope::bindingsReaching(m_bindingsBySubjectKey, m_objects.bindings, subject);
    const bool clusterOnly = isClusterScopedRequest(request);
    RbacWhyAnswer answer;
    // Closest: fewest mismatching parts; among those, the fewest about what is asked for (API
    // group, resource, URL) rather than how or where (verb, name, namespace): a grant on the right
    // resource in the wrong namespace explains more than one on another resource.
    const auto distance = [](unsigned parts) {
        return partCount(parts) * 8 + partCount(parts & (ApiGroup | Resource | NonResourceUrl));
    };
    int bestDistance = 1 << 20;
    unsigned bestParts = 0;
    int dangling = -1;
    for (std::size_t i = 0; i < reach.bindings.size(); ++i) { // cluster-wide first
        const int b = reach.bindings[i];
        const RbacBinding &binding = m_objects.bindings[b];
        const int role = m_roleOfBinding[b];
        if (role < 0) {
            if (dangling < 0)
                dangling = b;
            continue;
        }
        const bool scopeOk = binding.clusterBinding || (!clusterOnly && binding.nameSpace == request.nameSpace);
        for (std::size_t r = 0; r < m_rules[role].size(); ++r) {
            const unsigned parts = mismatchParts(m_rules[role][r], request) | (scopeOk ? 0u : unsigned(Namespace));
            if (parts == 0) {
                answer.grants.push_back(rbacscope::makeGrant(*this, b, role, static_cast<int>(r), reach.viaGroup[i]));
            } else if (answer.grants.empty() && distance(parts) < bestDistance) {
                bestDistance = distance(parts);
                bestParts = parts;
                answer.closest = rbacscope::makeGrant(*this, b, role, static_cast<int>(r), reach.viaGroup[i]);
            }
        }
    }
    const std::string who = subject.key();
    if (!answer.grants.empty()) {
        answer.allowed = true;
        answer.closest.reset();
        answer.explanation = who + " may " + describeRequest(request) + ": " + describeGrant(answer.grants.front());
        if (answer.grants.size() > 1)
            answer.explanation += " (and " + std::to_string(answer.grants.size() - 1) + " more)";
        return answer;
    }
    answer.explanation = who + " may not " + describeRequest(request) + ": ";
    if (answer.closest) {
        const RbacGrant &g = *answer.closest;
        const RbacBinding &binding = m_objects.bindings[g.binding];
        const PolicyRule &rule = m_rules[g.role][g.rule];
        answer.closestMismatch = partNames(bestParts);
        answer.explanation += "the closest grant, " + bindingName(binding) + " (" + binding.roleRef.kind + ' '
            + binding.roleRef.name + (g.viaGroup.empty() ? std::string() : ", via group " + g.viaGroup)
            + "), grants " + ruleSentence(rule) + ' ' + scopeText(g.nameSpace) + ", but "
            + reasons(bestParts, rule, request, g.nameSpace);
    } else if (dangling >= 0) {
        const RbacBinding &binding = m_objects.bindings[dangling];
        answer.explanation += bindingName(binding) + " applies to it but names " + binding.roleRef.kind + ' '
            + binding.roleRef.name + ", which does not exist";
    } else if (reach.bindings.empty()) {
        const std::string groups = groupList(subject);
        answer.explanation += "no RoleBinding or ClusterRoleBinding names it"
            + (groups.empty() ? std::string() : " or its groups (" + groups + ")");
    } else {
        answer.explanation += "the roles bound to it grant nothing";
    }
    return answer;
}

std::string RbacIndex::describeGrant(const RbacGrant &grant) const
{
    if (grant.binding < 0 || grant.binding >= static_cast<int>(m_objects.bindings.size()))
        return "(no binding)";
    const RbacBinding &binding = m_objects.bindings[grant.binding];
    std::string out = bindingName(binding) + " -> " + binding.roleRef.kind + ' ' + binding.roleRef.name;
    if (grant.role < 0) {
        out += " (does not exist)";
    } else if (grant.rule >= 0 && grant.rule < static_cast<int>(m_rules[grant.role].size())) {
        out += " rule " + std::to_string(grant.rule + 1) + " (" + ruleShort(m_rules[grant.role][grant.rule]) + ')';
        if (!grant.viaRole.empty())
            out += " from ClusterRole " + grant.viaRole;
    }
    if (!grant.nameSpace.empty())
        out += " in namespace " + grant.nameSpace;
    if (!grant.viaGroup.empty())
        out += " [via group " + grant.viaGroup + ']';
    return out;
}

} // namespace bulkhead
