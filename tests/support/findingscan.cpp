#include "findingscan.h"

#include "model/parsedreport.h"
#include "store/database.h"
#include "store/importwriter.h"

#include <functional>

namespace bulkhead::test {

void writeOneFindingScan(Database &db, const std::string &image, FindingKind kind, const std::string &rule,
                         Severity severity, std::int64_t scannedAt)
{
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = "Trivy";
    r.scannedAt = scannedAt;
    AssetRef asset;
    asset.kind = AssetKind::Image;
    asset.identity = "sha256:" + std::to_string(std::hash<std::string>{}(image));
    asset.name = image;
    const auto index = r.addAsset(asset);
    r.addScope(index, kind);
    ParsedFinding f;
    f.asset = index;
    f.kind = kind;
    f.ruleKey = rule;
    f.severity = severity;
    f.location = "app/config.yaml";
    r.findings.push_back(f);
    computeFingerprints(r);
    ParsedFile file;
    file.path = "scan-" + rule + "-" + std::to_string(scannedAt) + ".json";
    file.contentHash = file.path;
    file.report = std::move(r);
    ImportWriter(db).write(file, scannedAt);
}

} // namespace bulkhead::test
