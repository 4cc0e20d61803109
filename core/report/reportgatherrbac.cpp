// The report's RBAC section: binding review status per cluster and the subjects holding High or
// Critical permissions. Review states come from RbacRepository, the one place that computes them
// (the RBAC view and IAM-2 read the same), with the intervals the settings dialog writes.
#include "rbac/reviewpolicysettings.h"
#include "analysis/ruletexttr.h"
#include "rbac/rbacrisk.h"
#include "report/reportgatherparts.h"
#include "store/database.h"
#include "store/rbacrepository.h"

#include <algorithm>
#include <map>

namespace bulkhead::reportparts {

namespace {

constexpr int kPage = 1000;

// Review counts of the bindings in the scope's namespaces (and the cluster-wide ones), read a page
// at a time through the repository; bootstrap bindings are left out as reviewSummary leaves them.
ReviewSummary namespacedSummary(const RbacRepository &repo, const std::string &cluster,
                                const std::vector<std::string> &namespaces, const ReviewPolicy &policy)
{
    ReviewSummary summary;
    std::vector<std::string> filters = namespaces;
    filters.emplace_back("-"); // cluster-wide bindings stay in
    for (const std::string &ns : filters) {
        RbacBindingFilter filter;
        filter.cluster = cluster;
        filter.nameSpace = ns;
        filter.hideBootstrap = true;
        for (std::int64_t offset = 0;; offset += kPage) {
            const std::vector<RbacBindingRow> rows =
                repo.bindings(filter, policy, RbacBindingSort::Name, false, offset, kPage);
            for (const RbacBindingRow &row : rows) {
                ++summary.bindings;
                switch (row.state) {
                case ReviewState::Current: ++summary.current; break;
                case ReviewState::Due: ++summary.due; break;
                case ReviewState::NeverReviewed: ++summary.neverReviewed; break;
                case ReviewState::Changed: ++summary.changed; break;
                }
                if (row.binding.worst >= Severity::High)
                    ++summary.highRisk;
            }
            if (static_cast<int>(rows.size()) < kPage)
                break;
        }
    }
    return summary;
}

// The subject's rules, worst first, each with its title. The store keeps a severity per binding
// (its worst risk), not per rule: a rule ranks by the worst binding naming the subject that carries
// it, ties in rbacRiskRuleIds() order. A rule that reaches the subject only through a group has no
// such binding and ranks last.
std::vector<std::string> ruleTexts(const Database &db, std::int64_t subjectId, std::vector<std::string> ids)
{
    std::map<std::string, std::int64_t> worst;
    SqliteStatement st = db.prepare("SELECT b.risk_rules, b.worst FROM rbac_bindings b JOIN rbac_subject_bindings l "
                                    "ON l.binding_id = b.id WHERE l.subject_id = ?1");
    st.bind(1, subjectId);
    while (st.step()) {
        const std::string rules = st.text(0);
        for (const std::string &id : ids) {
            if (rules.find(" " + id + " ") != std::string::npos)
                worst[id] = std::max(worst[id], st.int64(1));
        }
    }
    const std::vector<std::string_view> &order = rbacRiskRuleIds();
    const auto rank = [&](const std::string &id) { return std::find(order.begin(), order.end(), id) - order.begin(); };
    std::stable_sort(ids.begin(), ids.end(), [&](const std::string &a, const std::string &b) {
        const std::int64_t wa = worst.count(a) ? worst[a] : -1, wb = worst.count(b) ? worst[b] : -1;
        return wa != wb ? wa > wb : rank(a) < rank(b);
    });
    std::vector<std::string> out;
    for (const std::string &id : ids) {
        const RuleInfo *rule = rbacRiskRule(id);
        out.push_back(rule && !rule->title.empty() ? id + ": " + RuleText::translated(rule->title).toStdString() : id);
    }
    return out;
}

// The cluster's subjects whose worst risk is High or Critical (bootstrap-only ones are the API
// server's own and left out), worst first; a ServiceAccount outside the scope's namespaces is left
// out, Users and Groups have no namespace and stay in.
void riskySubjects(const Database &db, const RbacRepository &repo, const std::string &cluster, const std::vector<std::string> &namespaces,
                   const ReviewPolicy &policy, std::vector<ReportRiskySubject> &out)
{
    RbacSubjectFilter filter;
    filter.cluster = cluster;
    filter.onlyRisky = true;
    filter.hideBootstrap = true;
    for (std::int64_t offset = 0;; offset += kPage) {
        const std::vector<RbacSubjectRow> rows = repo.subjects(filter, policy, RbacSubjectSort::Risk, true, offset, kPage);
        for (const RbacSubjectRow &row : rows) {
            const RbacSubjectRecord &r = row.record;
            if (r.worst < Severity::High)
                return; // sorted worst first: the rest are below High
            if (!namespaces.empty() && !r.subject.nameSpace.empty() && !listed(namespaces, r.subject.nameSpace))
                continue;
            ReportRiskySubject s;
            s.cluster = row.cluster;
            s.kind = subjectKindName(r.subject.kind);
            s.name = r.subject.name;
            s.nameSpace = r.subject.nameSpace;
            s.worstRisk = static_cast<int>(r.worst);
            s.rules = ruleTexts(db, row.id, r.riskRules);
            s.bindings = r.bindings;
            s.reviewState = reviewStateName(row.reviewState);
            out.push_back(std::move(s));
        }
        if (static_cast<int>(rows.size()) < kPage)
            return;
    }
}

} // namespace

void gatherRbac(const Database &db, const ReportScope &scope, std::int64_t now, ReportRbac &out)
{
    // The repository's reads are const; it takes the connection non-const for its writes only.
    const RbacRepository repo(const_cast<Database &>(db));
    ReviewPolicy policy = loadReviewPolicy();
    policy.now = now;
    for (const std::string &cluster : repo.clusters()) {
        if (!scope.clusters.empty() && !listed(scope.clusters, cluster))
            continue;
        const ReviewSummary summary = scope.namespaces.empty() ? repo.reviewSummary(cluster, policy)
                                                               : namespacedSummary(repo, cluster, scope.namespaces, policy);
        out.clusters.push_back({cluster, summary.bindings, summary.current, summary.due, summary.neverReviewed,
                                summary.changed, summary.highRisk});
        riskySubjects(db, repo, cluster, scope.namespaces, policy, out.riskySubjects);
    }
    // Worst first across clusters; within a risk, by cluster then name (each cluster's rows came so).
    std::stable_sort(out.riskySubjects.begin(), out.riskySubjects.end(),
                     [](const ReportRiskySubject &a, const ReportRiskySubject &b) { return a.worstRisk > b.worstRisk; });
}

} // namespace bulkhead::reportparts
