#include "report/rbacbindingsexport.h"

#include "report/findingscsv.h"
#include "util/timestamps.h"

namespace bulkhead::rbacbindingsexport {

namespace {

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string out;
    for (const std::string &i : items)
        out.append(out.empty() ? "" : separator).append(i);
    return out;
}

} // namespace

std::string subjectsText(const std::vector<RbacSubject> &subjects)
{
    std::vector<std::string> keys;
    for (const RbacSubject &s : subjects)
        keys.push_back(s.key());
    return joined(keys, " ");
}

std::string worstText(Severity worst)
{
    return worst == Severity::Unknown ? std::string() : std::string(severityName(worst));
}

std::string dueText(const RbacBindingRow &r)
{
    if (r.state == ReviewState::NeverReviewed || r.state == ReviewState::Changed || r.dueAt == 0)
        return "now";
    return isoTimestamp(r.dueAt).substr(0, 10);
}

std::string changesText(const RbacBindingRow &r)
{
    if (r.state != ReviewState::Changed || !r.lastReview)
        return {};
    const BindingReview &last = *r.lastReview;
    const BindingDiff diff = diffBinding(last.roleRef, last.subjects, last.uid, r.binding.roleRef, r.binding.subjects,
                                         r.binding.uid);
    if (diff.empty() && r.binding.createdAt > last.reviewedAt)
        return "re-created after the review";
    return describeDiff(diff);
}

nlohmann::ordered_json subjectJson(const RbacSubject &s)
{
    nlohmann::ordered_json j;
    j["subject"] = s.key();
    j["kind"] = subjectKindName(s.kind);
    j["name"] = s.name;
    if (s.kind == SubjectKind::ServiceAccount)
        j["namespace"] = s.nameSpace;
    return j;
}

nlohmann::ordered_json json(const RbacBindingRow &r)
{
    const RbacBindingRecord &b = r.binding;
    nlohmann::ordered_json j;
    j["id"] = r.id;
    j["cluster"] = r.cluster;
    j["kind"] = b.clusterBinding ? "ClusterRoleBinding" : "RoleBinding";
    j["namespace"] = b.nameSpace;
    j["name"] = b.name;
    j["role"] = {{"kind", b.roleRef.kind}, {"name", b.roleRef.name}, {"exists", b.roleExists}};
    nlohmann::ordered_json subjects = nlohmann::ordered_json::array();
    for (const RbacSubject &s : b.subjects)
        subjects.push_back(subjectJson(s));
    j["subjects"] = std::move(subjects);
    j["risk_rules"] = b.riskRules;
    j["worst"] = worstText(b.worst);
    j["bootstrap"] = b.bootstrap;
    j["state"] = reviewStateName(r.state);
    j["due_at"] = r.state == ReviewState::Current || r.state == ReviewState::Due ? isoTimestamp(r.dueAt) : "";
    if (r.lastReview) {
        const BindingReview &l = *r.lastReview;
        j["last_review"] = {{"decision", reviewDecisionName(l.decision)},
                            {"reviewer", l.reviewer},
                            {"note", l.note},
                            {"reviewed_at", isoTimestamp(l.reviewedAt)}};
    } else {
        j["last_review"] = nullptr;
    }
    if (const std::string changes = changesText(r); !changes.empty())
        j["changes"] = changes;
    j["created_at"] = isoTimestamp(b.createdAt);
    j["collected_at"] = isoTimestamp(r.collectedAt);
    return j;
}

std::string csvHeader()
{
    return "cluster,kind,namespace,name,role_kind,role,subjects,risk_rules,worst,bootstrap,state,due,last_decision,"
           "reviewer,reviewed_at,note";
}

std::string csvLine(const RbacBindingRow &r)
{
    using findingscsv::field;
    const RbacBindingRecord &b = r.binding;
    const BindingReview *l = r.lastReview ? &*r.lastReview : nullptr;
    return field(r.cluster) + ',' + (b.clusterBinding ? "ClusterRoleBinding" : "RoleBinding") + ',' + field(b.nameSpace)
        + ',' + field(b.name) + ',' + field(b.roleRef.kind) + ',' + field(b.roleRef.name) + ','
        + field(subjectsText(b.subjects)) + ',' + field(joined(b.riskRules, " ")) + ',' + worstText(b.worst) + ','
        + (b.bootstrap ? "true" : "false") + ',' + reviewStateName(r.state) + ',' + dueText(r) + ','
        + (l ? reviewDecisionName(l->decision) : "") + ',' + field(l ? l->reviewer : "") + ','
        + (l ? isoTimestamp(l->reviewedAt) : "") + ',' + field(l ? l->note : "");
}

ListExportResult write(const RbacRepository &repo, const RbacBindingFilter &filter, const ReviewPolicy &policy,
                       RbacBindingSort sort, bool descending, ListExportWriter &writer)
{
    return writeListPages(
        writer, csvHeader(), 500,
        [&](std::int64_t offset, int limit) { return repo.bindings(filter, policy, sort, descending, offset, limit); },
        csvLine, json);
}

} // namespace bulkhead::rbacbindingsexport
