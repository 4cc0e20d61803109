#include "registry/posturereport.h"

#include "registry/registryclient.h"

#include <set>

namespace bulkhead {

namespace {

constexpr char kSecretEnvRule[] = "bulkhead/image-secret-env";

} // namespace

ParsedFile buildPostureReport(const std::string &sourceName, const std::string &registryHost, std::int64_t runId,
                              std::int64_t now, const std::vector<ImagePosture> &images)
{
    ParsedFile file;
    file.path = "registry:" + sourceName;
    file.contentHash = RegistryClient::sha256Digest("bulkhead-registry\n" + std::to_string(runId) + '\n' + sourceName
                                                     + '\n' + std::to_string(now)).substr(7, 32);
    ParsedReport &report = file.report.emplace();
    report.format = ReportFormat::RegistryCollection;
    report.tool = "bulkhead-registry";
    report.toolVersion = BULKHEAD_VERSION;
    report.scannedAt = now;

    std::set<std::string> usedRules;
    for (const ImagePosture &p : images) {
        const CollectedImage &image = p.image->image;
        AssetRef asset;
        asset.kind = AssetKind::Image;
        asset.identity = image.digest;
        asset.name = p.image->name;
        asset.repository = registryHost + '/' + image.repository;
        asset.digest = image.digest;
        const std::uint32_t index = report.addAsset(std::move(asset));
        report.addScope(index, FindingKind::Misconfiguration);
        report.addScope(index, FindingKind::Secret);
        for (const ImageCheck &check : p.checks) {
            ParsedFinding f;
            f.asset = index;
            f.ruleKey = check.ruleKey;
            f.severity = check.severity;
            f.message = check.message;
            if (check.ruleKey == kSecretEnvRule) {
                f.kind = FindingKind::Secret;
                // One finding per variable: the message names it (never its value), and the
                // location keeps two such variables of one image apart.
                f.location = check.message;
            } else {
                f.kind = FindingKind::Misconfiguration;
            }
            usedRules.insert(check.ruleKey);
            report.findings.push_back(std::move(f));
        }
    }
    for (const RuleInfo &rule : imagePostureRules()) {
        if (usedRules.count(rule.key))
            report.rules.push_back(rule);
    }
    computeFingerprints(report);
    return file;
}

} // namespace bulkhead
