#include "rbac/rbacqueryworker.h"

#include "rbac/rbacrequest.h"
#include "rbac/rbactext.h"

namespace bulkhead::ui {

using rbactext::q;

const RbacIndexCache::Entry *RbacQueryWorker::entry(const std::string &cluster, QString &error)
{
    const RbacIndexCache::Entry *out = nullptr;
    if (!m_reader.run(0, error, [&] { out = &m_cache.get(m_reader.db(), cluster); }))
        return nullptr;
    return out;
}

bool RbacQueryWorker::readRequest(const QString &verb, const QString &resource, const QString &nameSpace,
                                  RbacRequest &request, QString &error)
{
    const QString v = verb.trimmed();
    if (v.isEmpty() || v.contains(QLatin1Char(' '))) {
        error = tr("Name one verb: get, list, create, delete, escalate, … (\"%1\" is not one)").arg(v);
        return false;
    }
    std::string why;
    if (!parseRbacResource(resource.trimmed().toStdString(), request, &why)) {
        error = tr("Cannot read the resource \"%1\": %2. Write pods, pods/exec, deployments.apps or /metrics.")
                    .arg(resource.trimmed(), q(why));
        return false;
    }
    request.verb = v.toStdString();
    request.nameSpace = nameSpace.trimmed().toStdString();
    return true;
}

RbacMatrixAnswer RbacQueryWorker::matrix(const std::string &cluster, const RbacSubject &subject,
                                         const std::optional<std::string> &scope)
{
    RbacMatrixAnswer out;
    out.cluster = cluster;
    const RbacIndexCache::Entry *e = entry(cluster, out.error);
    if (!e)
        return out;
    for (const std::string &error : e->errors)
        out.loadErrors << q(error);
    const RbacIndex &index = *e->index;
    const std::vector<RbacGrant> grants = index.effectivePermissions(subject);
    out.matrix = buildPermissionMatrix(index, subject, scope.value_or(std::string()), grants);
    if (!scope) {
        if (const std::string preferred = preferredScope(out.matrix); !preferred.empty())
            out.matrix = buildPermissionMatrix(index, subject, preferred, grants);
    }
    return out;
}

RbacWhoCanAnswer RbacQueryWorker::whoCan(const std::string &cluster, const QString &verb, const QString &resource,
                                         const QString &nameSpace)
{
    RbacWhoCanAnswer out;
    RbacRequest request;
    if (!readRequest(verb, resource, nameSpace, request, out.error))
        return out;
    out.question = q(describeRequest(request));
    const RbacIndexCache::Entry *e = entry(cluster, out.error);
    if (!e)
        return out;
    const RbacIndex &index = *e->index;
    for (const RbacGrantChain &chain : index.whoCan(request)) {
        RbacWhoCanRow row;
        row.subject = chain.subject;
        const RbacGrant &g = chain.grant;
        if (g.binding >= 0 && g.binding < int(index.bindings().size()))
            row.binding = rbactext::bindingText(index.bindings()[std::size_t(g.binding)]);
        if (g.role >= 0 && g.role < int(index.roles().size()))
            row.role = rbactext::roleText(index.roles()[std::size_t(g.role)]);
        row.scope = rbactext::scopeText(g.nameSpace);
        row.viaGroup = q(g.viaGroup);
        row.grant = q(index.describeGrant(g));
        out.rows.push_back(std::move(row));
    }
    return out;
}

RbacWhyText RbacQueryWorker::why(const std::string &cluster, const QString &subjectText, const QString &verb,
                                 const QString &resource, const QString &nameSpace)
{
    RbacWhyText out;
    const std::optional<RbacSubject> subject = parseRbacSubject(subjectText.trimmed().toStdString());
    if (!subject) {
        out.error = tr("Cannot read the subject \"%1\": write alice (a user), group:NAME, sa:NAMESPACE/NAME or "
                       "User/NAME, Group/NAME, ServiceAccount/NAMESPACE/NAME.")
                        .arg(subjectText.trimmed());
        return out;
    }
    RbacRequest request;
    if (!readRequest(verb, resource, nameSpace, request, out.error))
        return out;
    const RbacIndexCache::Entry *e = entry(cluster, out.error);
    if (!e)
        return out;
    const RbacIndex &index = *e->index;
    const RbacWhyAnswer answer = index.why(*subject, request);
    const QString who = QStringLiteral("%1 %2").arg(QString::fromLatin1(subjectKindName(subject->kind)),
                                                     rbactext::subjectName(*subject));
    const QString what = q(describeRequest(request));
    out.allowed = answer.allowed;
    if (answer.allowed) {
        out.verdict = tr("Yes: %1 may %2.").arg(who, what);
        for (const RbacGrant &g : answer.grants)
            out.chain << q(index.describeGrant(g));
        return out;
    }
    out.verdict = tr("No: %1 may not %2.").arg(who, what);
    // The analyzer's sentence names the closest grant and what differs; without one, the chain.
    if (!answer.explanation.empty())
        out.chain << q(answer.explanation);
    else if (answer.closest)
        out.chain << tr("Closest grant: %1 (differs in: %2)")
                         .arg(q(index.describeGrant(*answer.closest)), q(answer.closestMismatch));
    if (index.bindingsOf(*subject).empty())
        out.chain << tr("No binding of this cluster applies to %1: check the spelling (a service account is "
                        "sa:NAMESPACE/NAME).")
                         .arg(q(subject->key()));
    return out;
}

} // namespace bulkhead::ui
