#pragma once

#include "controls/controlarea.h"
#include "controls/controlstatus.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// What one source last delivered, as of a snapshot. key: "registry:NAME", "cluster:NAME",
// "vault:NAME", "inventory:NAME" or "scanner:TOOL" (reports imported from that tool).
struct SnapshotSource {
    std::string key;
    std::string status;            // last run status ("complete", "partial", "failed"), "imported" for scanners
    std::int64_t lastSuccessAt = 0; // newest complete/partial run end, or newest report's scan time
    std::int64_t items = 0;         // images / workloads / secrets / findings it last delivered
};

// One point of the posture's history, taken after every import or collection (and at sign-off).
// Small: some hundred numbers, kept for years.
struct Snapshot {
    std::int64_t id = 0;
    std::int64_t takenAt = 0;
    std::string reason; // "import", "collect NAME", "sign-off", "manual"
    std::optional<double> score;
    int controls = 0, assessed = 0;
    std::map<std::string, ControlStatus> controlStatus;      // by control id
    std::map<std::string, std::int64_t> openByControl;       // open findings per control id
    std::map<ControlArea, std::optional<double>> areaScore;
    std::array<std::int64_t, 6> openBySeverity{};            // indexed by Severity
    std::map<std::string, std::int64_t> findingsByStatus;    // findingStatusName -> count (all findings)
    std::vector<SnapshotSource> sources;
};

} // namespace bulkhead
