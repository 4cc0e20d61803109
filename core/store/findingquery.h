#pragma once

#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "model/severity.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// One finding as lists show it and exports write it.
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
    std::string namespaceName;        // Kubernetes namespace of the asset, if any
    std::string control;              // controls catalog id of the rule, if any
    double cvss = -1;                 // -1: unknown
    std::string assignee;
    std::int64_t acceptanceExpiresAt = 0;
};

std::string fingerprintHex(std::uint64_t fingerprint);

} // namespace bulkhead
