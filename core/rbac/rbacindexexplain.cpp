// The "why" side of RbacIndex: which grants allow a request for one subject, or which grant comes
// closest and what about it does not match; and the one-line description of a grant that the
// CLI and the UI show. The explanation is for people and follows the installed translation
// (context "RbacExplain"); the grant chain (describeGrant) and the request (describeRequest) are
// Kubernetes notation and stay as they are.
#include "rbac/rbacindex.h"

#include "rbac/rbacindexscope.h"
#include "rbac/rbacrequestparts.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace bulkhead {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

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
QString ruleSentence(const PolicyRule &rule)
{
    // %1: verbs, %2: resources or URLs.
    if (!rule.nonResourceURLs.empty() && rule.resources.empty())
        return QCoreApplication::translate("RbacExplain", "%1 on %2", "verbs on resources")
            .arg(q(joined(rule.verbs)), q(joined(rule.nonResourceURLs)));
    QString out = QCoreApplication::translate("RbacExplain", "%1 on %2", "verbs on resources")
                      .arg(q(joined(rule.verbs)), q(joined(rule.resources)));
    if (!(rule.apiGroups.size() == 1 && rule.apiGroups[0].empty()))
        out = QCoreApplication::translate("RbacExplain", "%1 (API group %2)").arg(out, q(joined(rule.apiGroups, true)));
    if (!rule.resourceNames.empty())
        out = QCoreApplication::translate("RbacExplain", "%1 named %2").arg(out, q(joined(rule.resourceNames)));
    return out;
}

std::string bindingName(const RbacBinding &b)
{
    return std::string(b.kindName()) + ' ' + (b.clusterBinding ? b.name : b.nameSpace + '/' + b.name);
}

QString scopeText(const std::string &nameSpace)
{
    return nameSpace.empty() ? QCoreApplication::translate("RbacExplain", "cluster-wide")
                             : QCoreApplication::translate("RbacExplain", "in namespace %1").arg(q(nameSpace));
}

// What about the request a grant does not cover, for people: "not pods/exec".
QString reasons(unsigned parts, const PolicyRule &rule, const RbacRequest &request, const std::string &grantScope)
{
    using namespace rbacparts;
    QStringList out;
    if (parts & Verb)
        out << QCoreApplication::translate("RbacExplain", "not the verb %1").arg(q(request.verb));
    if (parts & ApiGroup)
        out << QCoreApplication::translate("RbacExplain", "not the API group %1")
                   .arg(request.apiGroup.empty() ? QStringLiteral("core") : q(request.apiGroup));
    if (parts & Resource) {
        if (!request.nonResourceUrl.empty() || request.resource.empty())
            out << QCoreApplication::translate("RbacExplain", "no resources");
        else
            out << QCoreApplication::translate("RbacExplain", "not %1", "a resource")
                       .arg(q(request.resource + (request.subresource.empty() ? "" : '/' + request.subresource)));
    }
    if (parts & ResourceName)
        out << (request.name.empty()
                    ? QCoreApplication::translate("RbacExplain", "only the objects named %1 (the request names none)")
                          .arg(q(joined(rule.resourceNames)))
                    : QCoreApplication::translate("RbacExplain", "not the object %1").arg(q(request.name)));
    if (parts & NonResourceUrl)
        out << (rule.nonResourceURLs.empty()
                    ? QCoreApplication::translate("RbacExplain", "no non-resource URLs")
                    : QCoreApplication::translate("RbacExplain", "not the URL %1").arg(q(request.nonResourceUrl)));
    if (parts & Namespace) {
        if (!request.nonResourceUrl.empty())
            out << QCoreApplication::translate("RbacExplain", "a RoleBinding cannot grant non-resource URLs");
        else if (isClusterScopedRequest(request))
            out << QCoreApplication::translate("RbacExplain", "a RoleBinding cannot grant the cluster-scoped %1")
                       .arg(q(request.resource));
        else if (request.nameSpace.empty())
            out << QCoreApplication::translate("RbacExplain", "only in namespace %1, not cluster-wide").arg(q(grantScope));
        else
            out << QCoreApplication::translate("RbacExplain", "only in namespace %1, not in %2")
                       .arg(q(grantScope), q(request.nameSpace));
    }
    QString text;
    for (const QString &r : std::as_const(out))
        text = text.isEmpty() ? r : QCoreApplication::translate("RbacExplain", "%1 and %2", "reasons").arg(text, r);
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
    // %1: the subject ("User/alice"), %2: the request ("get pods in namespace shop"), %3: the grant
    // chain or why not.
    const QString who = q(subject.key()), what = q(describeRequest(request));
    if (!answer.grants.empty()) {
        answer.allowed = true;
        answer.closest.reset();
        const QString grant = q(describeGrant(answer.grants.front()));
        // (A plain variable as the count: lupdate loses messages whose count is an expression.)
        const int more = static_cast<int>(answer.grants.size() - 1);
        answer.explanation =
            (answer.grants.size() > 1
                 ? QCoreApplication::translate("RbacExplain", "%1 may %2: %3 (and %n more)", nullptr, more)
                 : QCoreApplication::translate("RbacExplain", "%1 may %2: %3"))
                .arg(who, what, grant)
                .toStdString();
        return answer;
    }
    QString why;
    if (answer.closest) {
        const RbacGrant &g = *answer.closest;
        const RbacBinding &binding = m_objects.bindings[g.binding];
        const PolicyRule &rule = m_rules[g.role][g.rule];
        answer.closestMismatch = partNames(bestParts);
        // %1: the binding, %2: the role it names, %3: what the rule grants, %4: where, %5: what it misses.
        const QString role = q(binding.roleRef.kind + ' ' + binding.roleRef.name);
        why = QCoreApplication::translate("RbacExplain", "the closest grant, %1 (%2), grants %3 %4, but %5")
                  .arg(q(bindingName(binding)),
                       g.viaGroup.empty()
                           ? role
                           : QCoreApplication::translate("RbacExplain", "%1, via group %2").arg(role, q(g.viaGroup)),
                       ruleSentence(rule), scopeText(g.nameSpace), reasons(bestParts, rule, request, g.nameSpace));
    } else if (dangling >= 0) {
        const RbacBinding &binding = m_objects.bindings[dangling];
        why = QCoreApplication::translate("RbacExplain", "%1 applies to it but names %2, which does not exist")
                  .arg(q(bindingName(binding)), q(binding.roleRef.kind + ' ' + binding.roleRef.name));
    } else if (reach.bindings.empty()) {
        const std::string groups = groupList(subject);
        why = groups.empty()
            ? QCoreApplication::translate("RbacExplain", "no RoleBinding or ClusterRoleBinding names it")
            : QCoreApplication::translate("RbacExplain", "no RoleBinding or ClusterRoleBinding names it or its groups (%1)")
                  .arg(q(groups));
    } else {
        why = QCoreApplication::translate("RbacExplain", "the roles bound to it grant nothing");
    }
    answer.explanation = QCoreApplication::translate("RbacExplain", "%1 may not %2: %3").arg(who, what, why).toStdString();
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
