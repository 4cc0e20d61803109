#pragma once

#include "model/asset.h"
#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "model/severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// A report a finding came from, as the import history recorded it.
struct FindingSourceReport {
    std::int64_t id = 0;
    std::string path;
    std::string format;      // reportFormatName(): "trivy", "grype", "sarif", ...
    std::string tool;        // "Trivy"; empty when the format names none
    std::string toolVersion;
    std::int64_t scannedAt = 0;  // unix seconds
    std::int64_t importedAt = 0;
};

// The current human decision on a finding; `decided` is false when nobody has triaged it yet.
struct FindingDecision {
    bool decided = false;
    FindingStatus status = FindingStatus::Open;
    std::string justification;
    std::int64_t expiresAt = 0; // risk acceptance expiry (unix seconds), 0 = none
    std::string assignee;
    std::string updatedBy;
    std::int64_t updatedAt = 0;
};

// One row of the append-only triage history.
struct FindingHistoryEntry {
    std::int64_t changedAt = 0;
    std::string changedBy;
    std::string field; // status, assignee, comment, carried_over
    std::string oldValue;
    std::string newValue;
    std::string note;
};

// Another finding of the same rule: where else the vulnerability or failed check lives.
struct AffectedFinding {
    std::int64_t findingId = 0;
    std::string asset;
    std::string package;
    std::string installedVersion;
    Severity severity = Severity::Unknown;
    FindingStatus status = FindingStatus::Open;
    bool resolved = false;
};

// Everything the detail pane shows about one finding, read in one go from a read connection.
struct FindingDetail {
    std::int64_t id = 0;
    std::uint64_t fingerprint = 0;
    FindingKind kind = FindingKind::Vulnerability;
    Severity severity = Severity::Unknown;
    FindingStatus status = FindingStatus::Open;

    // The rule (vulnerability or check), stored once per key.
    std::string ruleKey;
    std::string title;
    std::string description;
    std::vector<std::string> references; // URLs, primary first, as the scanner gave them
    std::string cwe;                     // "CWE-330,CWE-20"
    std::optional<double> cvssScore;
    std::string cvssVector;
    std::int64_t published = 0; // unix seconds, 0 = unknown
    std::int64_t modified = 0;
    std::string control;        // controls catalog id ("BLD-2"), empty when none

    AssetRef asset;
    std::string package;
    std::string packageType;
    std::string installedVersion;
    std::string fixedVersion;
    std::string location;
    std::string message;

    std::int64_t firstSeen = 0;
    std::int64_t lastSeen = 0;
    std::int64_t resolvedAt = 0; // 0 = still reported

    FindingSourceReport firstReport;
    FindingSourceReport lastReport;
    std::vector<std::string> tools; // every tool that reported it (findings.tool_mask)

    FindingDecision decision;
    std::vector<FindingHistoryEntry> history; // newest first

    // The blast radius: other findings of the same rule.
    std::int64_t affectedCount = 0;       // other findings of this rule, resolved ones included
    std::int64_t affectedActiveCount = 0; // of those, still reported (not resolved)
    std::vector<AffectedFinding> affected; // up to the asked number; still-reported ones first
};

} // namespace bulkhead
