#include "report/findingslistexport.h"

#include "report/findingscsv.h"
#include "util/timestamps.h"

namespace bulkhead::findingslistexport {

nlohmann::ordered_json json(const FindingRow &r)
{
    nlohmann::ordered_json j;
    j["fingerprint"] = fingerprintHex(r.fingerprint);
    j["kind"] = findingKindName(r.kind);
    j["rule_id"] = r.ruleKey;
    j["severity"] = severityName(r.severity);
    j["status"] = findingStatusName(r.status);
    j["asset"] = r.asset;
    j["package"] = r.package;
    j["installed_version"] = r.installedVersion;
    j["fixed_version"] = r.fixedVersion;
    j["location"] = r.location;
    j["title"] = r.title;
    j["first_seen"] = isoTimestamp(r.firstSeen);
    j["last_seen"] = isoTimestamp(r.lastSeen);
    j["resolved_at"] = r.resolvedAt ? nlohmann::ordered_json(isoTimestamp(r.resolvedAt)) : nlohmann::ordered_json();
    j["sources"] = r.sources;
    return j;
}

ListExportResult write(const FindingRepository &repo, const FindingFilter &filter, const FindingSort &sort,
                       ListExportWriter &writer)
{
    // forEach streams one cursor (no pages): the export is one consistent read.
    writer.begin(findingscsv::header());
    repo.forEach(filter, sort, [&](const FindingRow &row) {
        return writer.row([&] { return findingscsv::line(row); }, [&] { return json(row); });
    });
    writer.end();
    return {writer.rows(), writer.ok()};
}

} // namespace bulkhead::findingslistexport
