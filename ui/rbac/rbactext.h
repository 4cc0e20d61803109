#pragma once

#include "model/severity.h"
#include "rbac/bindingreview.h"
#include "rbac/rbacindex.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace bulkhead::ui::rbactext {

// The words and colours the RBAC page uses in more than one place (subjects list, matrix, who-can),
// so that they read the same everywhere.

QString q(const std::string &s);
// "critical" ... "info"; "no risk" for Unknown (a subject without risks).
QString severityText(Severity severity);
// A risk rule's badge: "secrets", "exec", "wildcard", ... (the rule id without "rbac-" when unknown).
QString riskBadge(std::string_view ruleId);
// Rule ids in the order their badges show: the weightiest first, bindings to everyone last.
QStringList badgeOrder(QStringList ruleIds);
// "Never reviewed", "Current", "Due", "Changed".
QString reviewStateText(ReviewState state);
QColor reviewStateColor(ReviewState state);
// "shop/deployer" for a ServiceAccount, the name otherwise.
QString subjectName(const RbacSubject &subject);
// "RoleBinding shop/dev", "ClusterRoleBinding cluster-admin".
QString bindingText(const RbacBinding &binding);
// "Role shop/dev", "ClusterRole admin".
QString roleText(const RbacRole &role);
// "namespace shop" or "cluster-wide".
QString scopeText(const std::string &nameSpace);
// "in namespace shop" or "cluster-wide": after a verb and a resource.
QString inScopeText(const std::string &nameSpace);

} // namespace bulkhead::ui::rbactext
