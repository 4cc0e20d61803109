#pragma once

#include <cstdint>
#include <string_view>

namespace bulkhead {

// What a finding is about. Stored as this integer.
enum class FindingKind : std::uint8_t {
    Vulnerability = 1,    // a known vulnerability (CVE, GHSA, ...) in a package
    Misconfiguration = 2, // a failed configuration / compliance check (IaC, Kubernetes, image config)
    Secret = 3,           // an exposed secret (never its value)
};

std::string_view findingKindName(FindingKind k); // "vulnerability", "misconfiguration", "secret"
bool parseFindingKindName(std::string_view text, FindingKind &out);

} // namespace bulkhead
