#include "rbac/reviewtext.h"

#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace bulkhead::ui::reviewtext {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files the strings under the macro's context, the one
// tr() looks up at run time.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

QString stateName(ReviewState state)
{
    switch (state) {
    case ReviewState::NeverReviewed: return ReviewText::tr("never reviewed");
    case ReviewState::Current: return ReviewText::tr("current");
    case ReviewState::Due: return ReviewText::tr("due");
    case ReviewState::Changed: return ReviewText::tr("changed");
    }
    return {};
}

QColor stateColor(ReviewState state)
{
    switch (state) {
    case ReviewState::Changed: return QColor(0xb9, 0x1c, 0x1c);
    case ReviewState::Due: return QColor(0xd9, 0x4a, 0x1e);
    case ReviewState::NeverReviewed: return QColor(0x6b, 0x72, 0x80);
    case ReviewState::Current: return QColor(0x15, 0x80, 0x3d);
    }
    return {};
}

QString decisionTitle(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Keep: return ReviewText::tr("Keep");
    case ReviewDecision::Reduce: return ReviewText::tr("Reduce");
    case ReviewDecision::Remove: return ReviewText::tr("Remove");
    case ReviewDecision::Escalate: return ReviewText::tr("Escalate");
    }
    return {};
}

QString decisionExplanation(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Keep: return ReviewText::tr("The binding is needed as it is.");
    case ReviewDecision::Reduce:
        return ReviewText::tr("The binding grants more than needed: its role or subjects should shrink.");
    case ReviewDecision::Remove: return ReviewText::tr("The binding is not needed any more and should be deleted.");
    case ReviewDecision::Escalate: return ReviewText::tr("Someone else has to decide (the owner, security).");
    }
    return {};
}

QString kindName(bool clusterBinding)
{
    return clusterBinding ? QStringLiteral("ClusterRoleBinding") : QStringLiteral("RoleBinding");
}

QString roleText(const RoleRef &role)
{
    return QStringLiteral("%1/%2").arg(q(role.kind), q(role.name));
}

QString subjectsShort(const std::vector<RbacSubject> &subjects, int shown)
{
    QStringList keys;
    for (std::size_t i = 0; i < subjects.size() && int(i) < shown; ++i)
        keys << q(subjects[i].key());
    QString text = keys.join(QStringLiteral(", "));
    if (subjects.size() > std::size_t(shown))
        text += ReviewText::tr(" +%1").arg(subjects.size() - std::size_t(shown));
    if (subjects.empty())
        text = ReviewText::tr("(no subjects)");
    return text;
}

QString bindingTitle(const RbacBindingRecord &binding)
{
    if (binding.clusterBinding)
        return QStringLiteral("ClusterRoleBinding %1").arg(q(binding.name));
    return QStringLiteral("RoleBinding %1/%2").arg(q(binding.nameSpace), q(binding.name));
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return ReviewText::tr("Critical");
    case Severity::High: return ReviewText::tr("High");
    case Severity::Medium: return ReviewText::tr("Medium");
    case Severity::Low: return ReviewText::tr("Low");
    case Severity::Info: return ReviewText::tr("Info");
    case Severity::Unknown: break;
    }
    return ReviewText::tr("Unknown");
}

QString riskBadge(Severity worst, std::size_t rules)
{
    if (rules == 0)
        return {};
    return QStringLiteral("%1 · %2").arg(severityTitle(worst)).arg(rules);
}

QString dateText(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    return i18n::localDate(unixSeconds);
}

QString lastReviewText(const std::optional<BindingReview> &review)
{
    if (!review)
        return {};
    return QStringLiteral("%1 · %2, %3")
        .arg(decisionTitle(review->decision).toLower(), q(review->reviewer), dateText(review->reviewedAt));
}

QString dueText(const RbacBindingRow &row)
{
    // A due binding shows since when (the delegate paints it overdue); never reviewed and changed
    // ones have no date of their own.
    if (row.state == ReviewState::NeverReviewed || row.state == ReviewState::Changed || row.dueAt <= 0)
        return ReviewText::tr("now");
    return dateText(row.dueAt);
}

} // namespace bulkhead::ui::reviewtext
