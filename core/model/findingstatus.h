#pragma once

#include <cstdint>
#include <string_view>

namespace bulkhead {

// Triage and lifecycle state of a finding, stored as this integer in findings.status.
// Resolved is set by imports (a newer complete scan no longer reports it); the others by people.
enum class FindingStatus : std::uint8_t {
    Open = 0,
    Confirmed = 1,
    FalsePositive = 2,
    RiskAccepted = 3,
    Mitigated = 4,
    Resolved = 5,
};

std::string_view findingStatusName(FindingStatus s); // "open", "confirmed", "false_positive", ...
bool parseFindingStatusName(std::string_view text, FindingStatus &out);

} // namespace bulkhead
