#include "rbac/reviewdetailpane.h"

#include "analysis/ruletexttr.h"
#include "rbac/rbacrisk.h"
#include "rbac/reviewtext.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString subjectList(const std::vector<RbacSubject> &subjects)
{
    QString out;
    for (const RbacSubject &s : subjects)
        out += QStringLiteral("<li>%1</li>").arg(esc(s.key()));
    return out;
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>%1</h4>").arg(esc(text));
}

QString risksHtml(const RbacBindingRecord &b)
{
    if (b.riskRules.empty())
        return QStringLiteral("<p>%1</p>").arg(esc(ReviewDetailPane::tr("No risk found.")));
    QString out = QStringLiteral("<p>%1</p><ul>")
                      .arg(esc(ReviewDetailPane::tr("Worst: %1").arg(reviewtext::severityTitle(b.worst))));
    for (const std::string &id : b.riskRules) {
        const RuleInfo *info = rbacRiskRule(id);
        const QString title = info && !info->title.empty() ? RuleText::translated(info->title) : QString();
        out += QStringLiteral("<li><code>bulkhead/%1</code>%2</li>")
                   .arg(esc(id), title.isEmpty() ? QString() : QStringLiteral(" — ") + esc(title));
    }
    return out + QStringLiteral("</ul>");
}

QString diffHtml(const RbacBindingRow &row)
{
    const BindingDiff diff = ReviewDetailPane::diffSinceReview(row);
    if (!row.lastReview)
        return {};
    QString out = heading(ReviewDetailPane::tr("Since the last review (%1)").arg(reviewtext::dateText(row.lastReview->reviewedAt)));
    if (diff.empty())
        return out + QStringLiteral("<p>%1</p>").arg(esc(ReviewDetailPane::tr("Unchanged.")));
    // describeDiff names every subject added and removed and the roleRef before and after.
    out += QStringLiteral("<p><b>%1</b></p>").arg(esc(describeDiff(diff)));
    if (diff.recreated)
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(ReviewDetailPane::tr("The binding was deleted and created again after the review.")));
    return out;
}

QString historyHtml(const std::vector<BindingReview> &history)
{
    QString out = heading(ReviewDetailPane::tr("Review history"));
    if (history.empty())
        return out + QStringLiteral("<p>%1</p>").arg(esc(ReviewDetailPane::tr("Never reviewed.")));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const BindingReview &r : history) {
        out += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                   .arg(esc(reviewtext::dateText(r.reviewedAt)), esc(reviewtext::decisionTitle(r.decision)),
                        esc(r.reviewer));
        if (!r.note.empty())
            out += QStringLiteral("<tr><td></td><td colspan=\"2\"><i>%1</i></td></tr>").arg(esc(r.note));
    }
    return out + QStringLiteral("</table>");
}

} // namespace

ReviewDetailPane::ReviewDetailPane(QWidget *parent) : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("reviewDetail"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showNothing();
}

BindingDiff ReviewDetailPane::diffSinceReview(const RbacBindingRow &row)
{
    if (!row.lastReview)
        return {};
    const BindingReview &r = *row.lastReview;
    const RbacBindingRecord &b = row.binding;
    BindingDiff diff = diffBinding(r.roleRef, r.subjects, r.uid, b.roleRef, b.subjects, b.uid);
    // The store also calls a binding created after its review changed (same uid kept by a
    // restore from backup, say): say so rather than show "unchanged".
    if (b.createdAt > r.reviewedAt)
        diff.recreated = true;
    return diff;
}

QString ReviewDetailPane::html(const RbacBindingRow &row, const std::vector<BindingReview> &history)
{
    const RbacBindingRecord &b = row.binding;
    QString out = QStringLiteral("<h3>%1</h3>").arg(esc(reviewtext::bindingTitle(b)));
    QStringList facts;
    if (!row.cluster.empty())
        facts << tr("cluster %1").arg(QString::fromStdString(row.cluster));
    if (b.bootstrap)
        facts << tr("default binding of the API server");
    if (b.createdAt > 0)
        facts << tr("created %1").arg(reviewtext::dateText(b.createdAt));
    if (!facts.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    const QString due = row.state == ReviewState::Current ? tr("due again %1").arg(reviewtext::dueText(row))
                                                            : tr("needs review now");
    out += QStringLiteral("<p><b style=\"color:%1\">%2</b> — %3</p>")
               .arg(reviewtext::stateColor(row.state).name(), esc(reviewtext::stateName(row.state)), esc(due));

    out += heading(tr("Role"));
    out += QStringLiteral("<p>%1%2</p>")
               .arg(esc(reviewtext::roleText(b.roleRef)),
                    b.roleExists ? QString() : esc(tr(" (does not exist)")));
    out += heading(tr("Subjects (%1)").arg(b.subjects.size()));
    out += b.subjects.empty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None.")))
                              : QStringLiteral("<ul>%1</ul>").arg(subjectList(b.subjects));
    out += heading(tr("Risks"));
    out += risksHtml(b);
    out += diffHtml(row);
    out += historyHtml(history);
    return out;
}

void ReviewDetailPane::showDetail(const ReviewDetail &detail)
{
    if (!detail.error.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p style=\"color:#b91c1c\">%1</p>").arg(esc(detail.error)));
        return;
    }
    if (!detail.row) {
        m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("This binding is gone: the cluster was collected "
                                                                   "again without it. Refresh the queue."))));
        return;
    }
    m_browser->setHtml(html(*detail.row, detail.history));
}

void ReviewDetailPane::showLoading()
{
    m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Loading…"))));
}

void ReviewDetailPane::showNothing()
{
    m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Select a binding to see its subjects, risks, "
                                                              "changes and review history."))));
}

QString ReviewDetailPane::text() const
{
    return m_browser->toPlainText();
}

} // namespace bulkhead::ui
