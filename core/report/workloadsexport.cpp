#include "report/workloadsexport.h"

#include "kube/workloadcheck.h"
#include "report/findingscsv.h"
#include "util/timestamps.h"

namespace bulkhead::workloadsexport {

std::string worstName(const WorkloadRow &r)
{
    return r.failedChecks ? std::string(severityName(r.worst)) : std::string();
}

nlohmann::ordered_json json(const WorkloadRow &r)
{
    nlohmann::ordered_json j;
    j["cluster"] = r.cluster;
    j["namespace"] = r.nameSpace;
    j["kind"] = r.kind;
    j["name"] = r.name;
    j["service_account"] = r.serviceAccount;
    j["pods"] = r.pods;
    j["containers"] = r.containers;
    j["images"] = r.images;
    j["failed_checks"] = r.failedChecks;
    j["worst"] = worstName(r);
    nlohmann::ordered_json checks = nlohmann::ordered_json::object();
    const auto &ids = workloadCheckIds();
    for (std::size_t i = 0; i < r.cells.size() && i < ids.size(); ++i) {
        const WorkloadCheckCell &c = r.cells[i];
        nlohmann::ordered_json cell;
        cell["state"] = checkStateName(c.state);
        if (c.state == CheckState::Fail) {
            cell["severity"] = std::string(severityName(c.severity));
            cell["path"] = c.path;
            cell["message"] = c.message;
            cell["failing_containers"] = c.failingContainers;
        }
        checks[std::string(ids[i])] = std::move(cell);
    }
    j["checks"] = std::move(checks);
    j["collected_at"] = isoTimestamp(r.collectedAt);
    return j;
}

std::string csvHeader()
{
    std::string h = "cluster,namespace,kind,name,service_account,pods,containers,images,failed_checks,worst";
    for (std::string_view id : workloadCheckIds())
        h.append(",").append(id);
    return h;
}

std::string csvLine(const WorkloadRow &r)
{
    using findingscsv::field;
    std::string images;
    for (const std::string &i : r.images)
        images += (images.empty() ? "" : " ") + i;
    std::string line = field(r.cluster) + ',' + field(r.nameSpace) + ',' + field(r.kind) + ',' + field(r.name) + ','
        + field(r.serviceAccount) + ',' + std::to_string(r.pods) + ',' + std::to_string(r.containers) + ','
        + field(images) + ',' + std::to_string(r.failedChecks) + ',' + worstName(r);
    for (std::size_t i = 0; i < workloadCheckIds().size(); ++i)
        line += ',' + std::string(i < r.cells.size() ? checkStateName(r.cells[i].state) : "");
    return line;
}

ListExportResult write(const WorkloadRepository &repo, const WorkloadFilter &filter, WorkloadSort sort,
                       bool descending, ListExportWriter &writer)
{
    return writeListPages(
        writer, csvHeader(), 1000,
        [&](std::int64_t offset, int limit) { return repo.page(filter, sort, descending, offset, limit); }, csvLine,
        json);
}

} // namespace bulkhead::workloadsexport
