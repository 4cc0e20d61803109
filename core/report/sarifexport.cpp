#include "report/sarifexport.h"

#include "report/findingsexportrows.h"
#include "report/sarifbuilder.h"
#include "report/trivyignoreexport.h"
#include "store/findingquery.h"
#include "util/asciicase.h"
#include "util/timestamps.h"

#include <unordered_set>

namespace bulkhead {

namespace {

// Where the scanners Bulkhead imports document themselves (tool.driver.informationUri).
std::string informationUriOf(const std::string &tool)
{
    const std::string t = asciiLower(tool);
    if (t == "trivy")
        return "https://trivy.dev";
    if (t == "grype")
        return "https://github.com/anchore/grype";
    if (t == "kubescape")
        return "https://kubescape.io";
    if (t == "dockle")
        return "https://github.com/goodwithtech/dockle";
    return {};
}

// Lower-case letters, digits and single dashes.
std::string slug(const std::string &text)
{
    std::string out;
    for (const char c : asciiLower(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.')
            out.push_back(c);
        else if (!out.empty() && out.back() != '-')
            out.push_back('-');
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string firstLine(const std::string &text)
{
    const std::size_t end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

SarifRule ruleOf(const ExportFinding &f, const ExportRule &details)
{
    SarifRule rule;
    rule.id = f.ruleKey;
    rule.shortDescription = details.title.empty() ? f.ruleKey : firstLine(details.title);
    rule.fullDescription = details.description;
    rule.helpText = details.description.empty() ? rule.shortDescription : details.description;
    if (!details.references.empty())
        rule.helpText += "\n\nReferences:\n" + details.references;
    rule.helpUri = firstLine(details.references);
    rule.securitySeverity = sarifSecuritySeverity(f.severity, f.cvss);
    rule.tags = {"security", std::string(findingKindName(f.kind))};
    if (!details.control.empty())
        rule.tags.push_back(details.control);
    return rule;
}

std::string messageOf(const ExportFinding &f)
{
    std::string text = f.ruleTitle.empty() ? f.ruleKey : f.ruleKey + ": " + firstLine(f.ruleTitle);
    if (!f.package.empty()) {
        text += " in " + f.package;
        if (!f.installedVersion.empty())
            text += " " + f.installedVersion;
        text += f.fixedVersion.empty() ? " (no fix known)" : " (fixed in " + f.fixedVersion + ")";
    }
    if (!f.message.empty())
        text += ". " + f.message;
    text += " [" + f.assetName + "]";
    return text;
}

SarifResult resultOf(const ExportFinding &f)
{
    SarifResult r;
    r.ruleId = f.ruleKey;
    r.level = sarifLevel(f.severity);
    r.message = messageOf(f);
    if (f.assetKind == AssetKind::KubernetesResource) {
        // A workload is no file: a logical location names it; the physical one (code-scanning
        // uploads want one) is its identity as a path.
        r.logicalName = f.assetName;
        r.logicalFullyQualifiedName = f.assetIdentity;
        r.logicalKind = "resource";
        r.artifactUri = sarifUri(f.assetIdentity);
    } else if (f.assetKind == AssetKind::Filesystem && !trivyIgnorePath(f.location).empty()) {
        r.artifactUri = sarifUri(trivyIgnorePath(f.location)); // a path in the scanned checkout
    } else {
        r.artifactUri = sarifUri(f.assetName); // the image reference
    }
    r.partialFingerprints = {{"bulkheadFingerprint/v1", fingerprintHex(f.fingerprint)}};
    r.properties = {{"severity", std::string(severityName(f.severity))},
                    {"status", std::string(findingStatusName(f.status))},
                    {"asset", f.assetName},
                    {"firstSeen", isoTimestamp(f.firstSeen)}};
    if (!f.package.empty())
        r.properties["package"] = f.package;
    if (!f.installedVersion.empty())
        r.properties["installedVersion"] = f.installedVersion;
    if (!f.fixedVersion.empty())
        r.properties["fixedVersion"] = f.fixedVersion;
    if (!f.location.empty())
        r.properties["location"] = f.location;
    if (!f.purl.empty())
        r.properties["purl"] = f.purl;
    return r;
}

} // namespace

std::string sarifUri(const std::string &text)
{
    // Path characters RFC 3986 allows; ':' only after the first '/'.
    constexpr std::string_view kPath = "!$&'()*+,;=@/";
    const std::size_t slash = text.find('/');
    if (slash == std::string::npos)
        return percentEncoded(text, kPath);
    return percentEncoded(std::string_view(text).substr(0, slash), kPath)
        + percentEncoded(std::string_view(text).substr(slash), "!$&'()*+,;=@/:");
}

std::int64_t writeFindingsSarif(const ExportFindingReader &reader, const FindingsExportOptions &options,
                                std::ostream &out)
{
    SarifBuilder sarif(out);
    for (const ExportTool &tool : reader.tools()) {
        SarifTool driver;
        driver.name = tool.name;
        driver.version = tool.version;
        driver.informationUri = informationUriOf(tool.name);
        // GitHub tells uploads apart by the category before the last '/': one per tool and scope,
        // so that uploading a narrower export does not close the alerts of the rest.
        driver.automationId = "bulkhead/" + slug(tool.name) + (options.scope.empty() ? "" : "/" + slug(options.scope.describe())) + "/";
        ExportFindingQuery query;
        query.scope = options.scope;
        query.statuses = {FindingStatus::Open, FindingStatus::Confirmed};
        query.firstToolId = tool.id;
        bool begun = false;
        reader.forEach(query, [&](const ExportFinding &f) {
            if (!begun) {
                sarif.beginRun(driver);
                begun = true;
            }
            if (!sarif.hasRule(f.ruleKey))
                sarif.addRule(ruleOf(f, reader.rule(f.ruleId)));
            sarif.addResult(resultOf(f));
            return bool(out);
        });
        sarif.endRun();
    }
    sarif.finish();
    return sarif.resultCount();
}

} // namespace bulkhead
