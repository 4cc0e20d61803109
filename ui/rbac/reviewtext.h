#pragma once

#include "model/severity.h"
#include "store/rbacrepository.h"

#include <QColor>
#include <QString>

#include <vector>

namespace bulkhead::ui::reviewtext {

// The words and colours of the review queue, in one place so that the table, its tooltips, the
// note prompt and the side pane say the same thing.

// "never reviewed", "current", "due", "changed" (translated).
QString stateName(ReviewState state);
// Red for changed, orange for due, grey for never reviewed, green for current.
QColor stateColor(ReviewState state);
// "Keep", "Reduce", "Remove", "Escalate" (translated).
QString decisionTitle(ReviewDecision decision);
// What the decision means, one sentence.
QString decisionExplanation(ReviewDecision decision);
// "RoleBinding" / "ClusterRoleBinding".
QString kindName(bool clusterBinding);
// "ClusterRole/edit".
QString roleText(const RoleRef &role);
// "User/alice, Group/dev +3": at most `shown` subject keys, then how many more.
QString subjectsShort(const std::vector<RbacSubject> &subjects, int shown = 2);
// "RoleBinding shop/deployer", "ClusterRoleBinding admins".
QString bindingTitle(const RbacBindingRecord &binding);
// "High · 3": the worst severity and the number of risk rules; empty without risks.
QString riskBadge(Severity worst, std::size_t rules);
// "Critical", "High", ... as the findings view says it.
QString severityTitle(Severity severity);
// yyyy-MM-dd in local time; empty for 0.
QString dateText(std::int64_t unixSeconds);
// "keep · alice, 2026-11-02"; empty without a review.
QString lastReviewText(const std::optional<BindingReview> &review);
// The due date; "now" for a binding never reviewed or changed since its review.
QString dueText(const RbacBindingRow &row);

} // namespace bulkhead::ui::reviewtext
