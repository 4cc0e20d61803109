#pragma once

#include "model/asset.h"
#include "model/findingkind.h"
#include "model/reportformat.h"
#include "model/severity.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace bulkhead {

// Metadata of a vulnerability or check, stored once per (kind, key) however many findings
// refer to it. Parsers fill the text fields only the first time they meet a key (see
// ParseContext::firstSighting) so that a million findings do not copy a million descriptions.
struct RuleInfo {
    FindingKind kind = FindingKind::Vulnerability;
    std::string key;         // "CVE-2019-1549", "GHSA-...", "KSV001", "C-0017", "dockle/CIS-DI-0001"
    bool hasMetadata = false; // false: only the key is known here; the store keeps what it has
    std::string title;
    std::string description;
    std::string references;  // one URL per line, primary first
    std::string cwe;         // "CWE-330,CWE-20"
    double cvssScore = -1;   // highest v3 (else v2) base score; -1 when none
    std::string cvssVector;
    std::int64_t published = 0; // unix seconds, 0 when unknown
    std::int64_t modified = 0;
};

// One occurrence: this rule, on this asset, in this package/location.
struct ParsedFinding {
    std::uint32_t asset = 0;  // index into ParsedReport::assets
    FindingKind kind = FindingKind::Vulnerability;
    std::string ruleKey;      // RuleInfo::key
    Severity severity = Severity::Unknown;
    std::string package;      // package/component name; empty for misconfigurations
    std::string packageType;  // ecosystem or package class ("apk", "npm", "os-pkgs", ...)
    std::string installedVersion;
    std::string fixedVersion; // empty when no fix is known
    std::string location;     // file path, target, "file:line", resource path; part of the fingerprint
    std::string message;      // per-occurrence detail (misconfiguration message); never a secret value
    std::uint64_t fingerprint = 0; // set by computeFingerprints(), not by parsers
};

// One inventory entry (package / component) the report lists for an asset.
struct ParsedComponent {
    std::uint32_t asset = 0;
    std::string name;
    std::string type;     // ecosystem / package type
    std::string version;
    std::string purl;
    std::string licenses; // comma separated
};

// A report claims a complete scan of these (asset, kind) pairs; findings of that kind on that
// asset missing from a newer such report are resolved. A report that only lists packages does not
// claim a vulnerability scan.
struct ScanScope {
    std::uint32_t asset = 0;
    FindingKind kind = FindingKind::Vulnerability;
    bool operator==(const ScanScope &) const = default;
};

struct ParsedReport {
    ReportFormat format = ReportFormat::Unknown;
    std::string tool;         // "Trivy", "Grype", "dockle", "Kubescape", ...
    std::string toolVersion;
    std::int64_t scannedAt = 0; // unix seconds from the report; 0 = unknown (import time is used)
    std::vector<AssetRef> assets;
    std::vector<ScanScope> scopes;
    std::vector<RuleInfo> rules;
    std::vector<ParsedFinding> findings;
    std::vector<ParsedComponent> components;
    std::vector<std::string> warnings; // "entry 12 of Results[0].Vulnerabilities: no VulnerabilityID"
    std::uint64_t warningCount = 0;    // warnings may be capped; this is the true count

    // Returns the index of an asset with this kind+identity, adding it if new.
    std::uint32_t addAsset(AssetRef asset);
    void addScope(std::uint32_t asset, FindingKind kind);
    void warn(std::string text);

private:
    std::unordered_map<std::string, std::uint32_t> m_assetIndex; // kind byte + identity -> index
};

// Fingerprint of a finding: the first 8 bytes (big-endian) of SHA-256 over
// kind, rule key, asset kind+identity, package, installed version and location, separated by
// NUL bytes. Stable across versions: changing it would orphan every triage decision.
std::uint64_t findingFingerprint(const ParsedFinding &f, const AssetRef &asset);
void computeFingerprints(ParsedReport &report);

} // namespace bulkhead
