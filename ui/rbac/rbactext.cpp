#include "rbac/rbactext.h"

#include "rbac/rbacrisk.h"

#include <QCoreApplication>

namespace bulkhead::ui::rbactext {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("bulkhead::ui::rbactext", text);
}
} // namespace

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString severityText(Severity severity)
{
    if (severity == Severity::Unknown)
        return tr("no risk");
    const std::string_view name = severityName(severity);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString riskBadge(std::string_view ruleId)
{
    using namespace rbacrule;
    static const std::pair<std::string_view, const char *> kBadges[] = {
        {kWildcard, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "wildcard")},
        {kClusterAdmin, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "cluster-admin")},
        {kSecretsRead, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "secrets")},
        {kPodExec, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "exec")},
        {kWorkloadCreate, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "create pods")},
        {kEscalate, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "escalate")},
        {kTokenCreate, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "tokens")},
        {kNodesProxy, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "nodes/proxy")},
        {kCsrApprove, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "CSR approve")},
        {kWebhookConfig, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "webhooks")},
        {kPvCreate, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "create PV")},
        {kAnonymousBinding, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "anonymous")},
        {kDanglingSubject, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "missing SA")},
        {kDanglingRole, QT_TRANSLATE_NOOP("bulkhead::ui::rbactext", "missing role")},
    };
    for (const auto &[id, badge] : kBadges) {
        if (id == ruleId)
            return tr(badge);
    }
    QString text = QString::fromLatin1(ruleId.data(), qsizetype(ruleId.size()));
    if (text.startsWith(QLatin1String("rbac-")))
        text.remove(0, 5);
    return text;
}

QString reviewStateText(ReviewState state)
{
    switch (state) {
    case ReviewState::NeverReviewed: return tr("Never reviewed");
    case ReviewState::Current: return tr("Current");
    case ReviewState::Due: return tr("Due");
    case ReviewState::Changed: return tr("Changed");
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
    return nameSpace.empty() ? tr("cluster-wide") : tr("namespace %1").arg(q(nameSpace));
}

} // namespace bulkhead::ui::rbactext
