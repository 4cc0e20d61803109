#include "report/bindingreviewsexport.h"

#include "report/findingscsv.h"
#include "report/rbacbindingsexport.h"
#include "util/timestamps.h"

namespace bulkhead::bindingreviewsexport {

std::string csvHeader()
{
    return "cluster,kind,namespace,name,decision,reviewer,reviewed_at,note,role_kind,role,subjects";
}

std::string csvLine(const BindingReview &r)
{
    using findingscsv::field;
    return field(r.cluster) + ',' + (r.clusterBinding ? "ClusterRoleBinding" : "RoleBinding") + ',' + field(r.nameSpace)
        + ',' + field(r.name) + ',' + reviewDecisionName(r.decision) + ',' + field(r.reviewer) + ','
        + isoTimestamp(r.reviewedAt) + ',' + field(r.note) + ',' + field(r.roleRef.kind) + ',' + field(r.roleRef.name)
        + ',' + field(rbacbindingsexport::subjectsText(r.subjects));
}

nlohmann::ordered_json json(const BindingReview &r)
{
    nlohmann::ordered_json j;
    j["cluster"] = r.cluster;
    j["kind"] = r.clusterBinding ? "ClusterRoleBinding" : "RoleBinding";
    j["namespace"] = r.nameSpace;
    j["name"] = r.name;
    j["decision"] = reviewDecisionName(r.decision);
    j["reviewer"] = r.reviewer;
    j["reviewed_at"] = isoTimestamp(r.reviewedAt);
    j["note"] = r.note;
    // The binding as it was reviewed: a later change of these makes it "changed".
    j["role"] = {{"kind", r.roleRef.kind}, {"name", r.roleRef.name}};
    nlohmann::ordered_json subjects = nlohmann::ordered_json::array();
    for (const RbacSubject &s : r.subjects)
        subjects.push_back(rbacbindingsexport::subjectJson(s));
    j["subjects"] = std::move(subjects);
    return j;
}

ListExportResult write(const std::vector<BindingReview> &reviews, ListExportWriter &writer)
{
    // One page: a binding's history is short.
    return writeListPages(
        writer, csvHeader(), int(reviews.size()) + 1,
        [&](std::int64_t offset, int) { return offset ? std::vector<BindingReview>() : reviews; }, csvLine, json);
}

} // namespace bulkhead::bindingreviewsexport
