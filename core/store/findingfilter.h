#pragma once

#include "analysis/slapolicy.h"
#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "model/severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// What the findings view (and exports of "the current filter") select. Empty lists mean "any";
// every criterion narrows the result (AND).
struct FindingFilter {
    std::vector<Severity> severities;
    std::vector<FindingStatus> statuses;
    std::vector<FindingKind> kinds;
    std::vector<std::string> sources;     // tool names ("Trivy", "Grype", ...)
    std::vector<std::int64_t> assetIds;   // assets(id)
    std::string assetText;                // substring of the asset name (case-insensitive)
    std::vector<std::string> namespaces;  // Kubernetes namespace of the asset
    std::vector<std::string> controls;    // controls catalog ids ("BLD-2", "RUN-1", ...)
    std::optional<bool> fixAvailable;     // true: a fixed version is known; false: none known
    bool overdueOnly = false;             // open/confirmed past the SLA due date (sla, now)
    std::int64_t firstSeenFrom = 0;       // unix seconds, inclusive; 0 = unbounded
    std::int64_t firstSeenTo = 0;         // unix seconds, exclusive; 0 = unbounded
    std::string search;                   // full-text: rule id, title, description (FTS5) or package name
    std::int64_t acceptanceExpiresBefore = 0; // risk acceptances ending before (unix s); 0 = any
    std::vector<std::int64_t> ruleIds;    // drill-down from a group
    std::vector<std::int64_t> packageIds; // drill-down from a group
    SlaPolicy sla;                        // for overdueOnly and due dates
    std::int64_t now = 0;                 // for overdueOnly; 0 = the current time

    bool operator==(const FindingFilter &) const = default;
};

// Columns the findings list can be ordered by.
enum class FindingSortKey {
    Severity,
    Status,
    Kind,
    Rule,
    Title,
    Package,
    Installed,
    Fixed,
    Asset,
    FirstSeen,
    LastSeen,
    DueDate,
    Sources,
    Assignee,
};

struct FindingSort {
    FindingSortKey key = FindingSortKey::Severity;
    bool descending = true;
    bool operator==(const FindingSort &) const = default;
};

} // namespace bulkhead
