#pragma once

#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "model/severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// A filter over findings. Empty lists mean "any".
struct FindingQuery {
    std::vector<Severity> severities;
    std::vector<FindingStatus> statuses;
    std::vector<FindingKind> kinds;
    std::string search;      // substring of rule id, package, title or description (case-insensitive)
    std::int64_t limit = -1; // -1: all
    // Keyset paging in the (severity DESC, id DESC) order: rows after this position. -1: from the top.
    int afterSeverity = -1;
    std::int64_t afterId = 0;
};

// One finding as shown to people and written by exports.
struct FindingRow {
    std::int64_t id = 0;
    std::uint64_t fingerprint = 0;
    FindingKind kind = FindingKind::Vulnerability;
    std::string ruleKey;
    Severity severity = Severity::Unknown;
    FindingStatus status = FindingStatus::Open;
    std::string asset;
    std::string package;
    std::string installedVersion;
    std::string fixedVersion;
    std::string location;
    std::string title;
    std::int64_t firstSeen = 0;
    std::int64_t lastSeen = 0;
    std::int64_t resolvedAt = 0;
    std::vector<std::string> sources; // tool names that reported it
};

std::string fingerprintHex(std::uint64_t fingerprint);

} // namespace bulkhead
