#include "rbac/rbactext.h"

#include "rbac/rbacrisk.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

namespace bulkhead::ui::rbactext {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files the strings under the macro's context, the one
// tr() looks up at run time.
class RbacText
{
    Q_DECLARE_TR_FUNCTIONS(RbacText)
};
} // namespace

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString severityText(Severity severity)
{
    if (severity == Severity::Unknown)
        return RbacText::tr("no risk");
    const std::string_view name = severityName(severity);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

namespace {

// The badges, the weightiest first: a row shows as many as fit, in this order. Bindings to
// everyone come last: the API server's defaults make them reach every authenticated subject.
struct Badge {
    std::string_view rule;
    const char *text;
};
const Badge kBadges[] = {
    {rbacrule::kClusterAdmin, QT_TRANSLATE_NOOP("RbacText", "cluster-admin")},
    {rbacrule::kWildcard, QT_TRANSLATE_NOOP("RbacText", "wildcard")},
    {rbacrule::kEscalate, QT_TRANSLATE_NOOP("RbacText", "escalate")},
    {rbacrule::kSecretsRead, QT_TRANSLATE_NOOP("RbacText", "secrets")},
    {rbacrule::kTokenCreate, QT_TRANSLATE_NOOP("RbacText", "tokens")},
    {rbacrule::kPodExec, QT_TRANSLATE_NOOP("RbacText", "exec")},
    {rbacrule::kNodesProxy, QT_TRANSLATE_NOOP("RbacText", "nodes/proxy")},
    {rbacrule::kWebhookConfig, QT_TRANSLATE_NOOP("RbacText", "webhooks")},
    {rbacrule::kCsrApprove, QT_TRANSLATE_NOOP("RbacText", "CSR approve")},
    {rbacrule::kWorkloadCreate, QT_TRANSLATE_NOOP("RbacText", "create pods")},
    {rbacrule::kPvCreate, QT_TRANSLATE_NOOP("RbacText", "create PV")},
    {rbacrule::kDanglingSubject, QT_TRANSLATE_NOOP("RbacText", "missing SA")},
    {rbacrule::kDanglingRole, QT_TRANSLATE_NOOP("RbacText", "missing role")},
    {rbacrule::kAnonymousBinding, QT_TRANSLATE_NOOP("RbacText", "everyone")},
};

int badgeRank(std::string_view ruleId)
{
    for (std::size_t i = 0; i < std::size(kBadges); ++i) {
        if (kBadges[i].rule == ruleId)
            return int(i);
    }
    return int(std::size(kBadges)); // a rule added later: after the known ones
}

} // namespace

QString riskBadge(std::string_view ruleId)
{
    for (const Badge &b : kBadges) {
        if (b.rule == ruleId)
            return RbacText::tr(b.text);
    }
    QString text = QString::fromLatin1(ruleId.data(), qsizetype(ruleId.size()));
    if (text.startsWith(QLatin1String("rbac-")))
        text.remove(0, 5);
    return text;
}

QStringList badgeOrder(QStringList ruleIds)
{
    std::stable_sort(ruleIds.begin(), ruleIds.end(), [](const QString &a, const QString &b) {
        return badgeRank(a.toStdString()) < badgeRank(b.toStdString());
    });
    return ruleIds;
}

QString reviewStateText(ReviewState state)
{
    switch (state) {
    case ReviewState::NeverReviewed: return RbacText::tr("Never reviewed");
    case ReviewState::Current: return RbacText::tr("Current");
    case ReviewState::Due: return RbacText::tr("Due", "review state: due for review again");
    case ReviewState::Changed: return RbacText::tr("Changed");
    }
    return {};
}

QColor reviewStateColor(ReviewState state)
{
    switch (state) {
    case ReviewState::NeverReviewed: return QColor(0x6b, 0x72, 0x80);
    case ReviewState::Current: return QColor(0x15, 0x80, 0x3d);
    case ReviewState::Due: return QColor(0xc7, 0x8a, 0x00);
    case ReviewState::Changed: return QColor(0xb9, 0x1c, 0x1c);
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString subjectName(const RbacSubject &subject)
{
    if (subject.kind == SubjectKind::ServiceAccount)
        return q(subject.nameSpace) + QLatin1Char('/') + q(subject.name);
    return q(subject.name);
}

QString bindingText(const RbacBinding &binding)
{
    if (binding.clusterBinding)
        return QStringLiteral("ClusterRoleBinding %1").arg(q(binding.name));
    return QStringLiteral("RoleBinding %1/%2").arg(q(binding.nameSpace), q(binding.name));
}

QString roleText(const RbacRole &role)
{
    if (role.clusterRole)
        return QStringLiteral("ClusterRole %1").arg(q(role.name));
    return QStringLiteral("Role %1/%2").arg(q(role.nameSpace), q(role.name));
}

QString scopeText(const std::string &nameSpace)
{
    return nameSpace.empty() ? RbacText::tr("cluster-wide") : RbacText::tr("namespace %1").arg(q(nameSpace));
}

QString inScopeText(const std::string &nameSpace)
{
    return nameSpace.empty() ? RbacText::tr("cluster-wide") : RbacText::tr("in namespace %1").arg(q(nameSpace));
}

} // namespace bulkhead::ui::rbactext
