#include "report/imagesexport.h"

#include "registry/signaturestate.h"
#include "report/findingscsv.h"
#include "util/timestamps.h"

namespace bulkhead::imagesexport {

namespace {

// The store keeps SignatureState as its integer value.
std::string signatureName(int state)
{
    return std::string(signatureStateName(static_cast<SignatureState>(state)));
}

} // namespace

std::string csvHeader()
{
    return "source,repository,tags,digest,platform,user,created,size_bytes,layers,signature,"
           "sbom_format,sbom_created,last_scan_at,last_seen,critical,high,medium,low,posture_findings";
}

std::string csvLine(const ImageRepository::ImageRow &r)
{
    using findingscsv::field;
    std::string line;
    for (const std::string &cell :
         {field(r.source), field(r.repository), field(r.tags), field(r.digest), field(r.platform), field(r.user),
          field(isoTimestamp(r.created)), std::to_string(r.size), std::to_string(r.layers),
          signatureName(r.signature), field(r.sbomFormat), field(isoTimestamp(r.sbomCreated)),
          field(isoTimestamp(r.lastScanAt)), field(isoTimestamp(r.lastSeen)), std::to_string(r.critical),
          std::to_string(r.high), std::to_string(r.medium), std::to_string(r.low), std::to_string(r.postureFindings)})
        line += (line.empty() ? "" : ",") + cell;
    return line;
}

nlohmann::ordered_json json(const ImageRepository::ImageRow &r)
{
    auto time = [](std::int64_t t) { return t ? nlohmann::ordered_json(isoTimestamp(t)) : nlohmann::ordered_json(); };
    nlohmann::ordered_json j;
    j["source"] = r.source;
    j["repository"] = r.repository;
    j["tags"] = r.tags;
    j["digest"] = r.digest;
    j["platform"] = r.platform;
    j["user"] = r.user;
    j["created"] = time(r.created);
    j["size_bytes"] = r.size;
    j["layers"] = r.layers;
    j["signature"] = signatureName(r.signature);
    j["sbom_format"] = r.sbomFormat;
    j["sbom_created"] = time(r.sbomCreated);
    j["last_scan_at"] = time(r.lastScanAt);
    j["last_seen"] = time(r.lastSeen);
    j["vulnerabilities"] = {{"critical", r.critical}, {"high", r.high}, {"medium", r.medium}, {"low", r.low}};
    j["posture_findings"] = r.postureFindings;
    return j;
}

ListExportResult write(const ImageRepository &repo, const ImageRepository::ImageFilter &filter,
                       ImageRepository::ImageSortKey sort, bool descending, ListExportWriter &writer)
{
    return writeListPages(
        writer, csvHeader(), ImageRepository::kMaxRowsPerCall,
        [&](std::int64_t offset, int limit) { return repo.rows(filter, sort, descending, int(offset), limit); },
        csvLine, json);
}

} // namespace bulkhead::imagesexport
