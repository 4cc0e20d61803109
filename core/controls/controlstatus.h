#pragma once

#include <optional>
#include <string_view>

namespace bulkhead {

// The state of one control of the catalog, computed from its evidence (assessControls) or taken
// from a human attestation. Stored by name (snapshots, reports), never by number.
enum class ControlStatus {
    NotAssessed, // no evidence: nothing collected or imported speaks to it, and no valid attestation
    Pass,
    Partial,
    Fail,
    Attested, // a valid (unexpired) attestation says it holds; see ControlAssessment::attestation
};

// "not_assessed", "pass", "partial", "fail", "attested".
std::string_view controlStatusName(ControlStatus status);
std::optional<ControlStatus> controlStatusFromName(std::string_view name);

} // namespace bulkhead
