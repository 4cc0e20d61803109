#pragma once

#include "model/findingkind.h"
#include "model/parsedreport.h"
#include "model/severity.h"

#include <simdjson.h>

#include <string>
#include <string_view>

// SARIF rule metadata and the classification of SARIF results into Bulkhead's finding kinds.
// SARIF says nothing about what kind of problem a rule finds, so this is inferred from the rule
// id and tags (see kindOf).
namespace bulkhead::sarif {

// One tool.driver.rules[] entry. The text fields are views into the parser's buffers, valid while
// the document is: they are only copied into a RuleInfo on the rule's first sighting.
struct Rule {
    std::string_view id;
    std::string_view name; // Trivy: "OsPackageVulnerability", "LanguageSpecificPackageVulnerability", ...
    std::string_view shortDescription, fullDescription, helpText, helpUri;
    std::string_view defaultLevel;  // defaultConfiguration.level
    double securitySeverity = -1;   // properties["security-severity"]: GitHub's CVSS-like 0-10 score
    double cvssScore = -1;          // Trivy's properties cvssv3_baseScore (else cvssv2_score)
    std::string_view cvssVector;
    bool mentionsSecret = false;    // one of properties.tags contains "secret"
};

// Reads a rule object; throws on a wrong-typed id (the caller's guardEntry skips the rule).
Rule readRule(simdjson::ondemand::object rule);

// "CVE-2019-1549", "GHSA-...", "GO-2022-0001", "RUSTSEC-...", ... (a known advisory prefix and a digit)
bool looksLikeVulnerabilityId(std::string_view id);
// Vulnerability for advisory ids, Secret when the rule id or a tag says "secret", else
// Misconfiguration (image/IaC checks, linters: the closest Bulkhead kind for a failed check).
FindingKind kindOf(std::string_view ruleId, bool tagMentionsSecret);
// Vulnerability ids stay bare, so that Trivy, Grype and SARIF findings of one CVE share a rule;
// other rule ids are only unique per tool: "<tool lower-case>/<id>" ("dockle/CIS-DI-0010").
std::string ruleKey(FindingKind kind, std::string_view toolLowerCase, std::string_view ruleId);
// SARIF result levels: error -> High, warning -> Medium, note -> Low, none -> Info.
Severity severityFromLevel(std::string_view level);
// The RuleInfo for `rule`; text fields filled only when `withMetadata`.
RuleInfo ruleInfo(const Rule &rule, FindingKind kind, std::string key, bool withMetadata);

// Trivy writes vulnerability results as "Package: x\nInstalled Version: y\n...Fixed Version: z".
struct PackageText {
    std::string_view package, installed, fixed;
};
PackageText parseTrivyMessage(std::string_view text);

std::string lowerCase(std::string_view text);

} // namespace bulkhead::sarif
