#pragma once

#include <cstdint>

namespace bulkhead::importlimits {

// Larger files are refused before reading: parsing needs the file plus about as much again in
// memory, and no real single scanner report we know of comes near this (a 10k-pod `trivy k8s`
// report is ~300 MB). Documented in docs/sources/scanner-reports.md ("Limits").
inline constexpr std::uint64_t kMaxReportBytes = 512ull * 1024 * 1024;
// Deeper nesting than any supported format uses (SARIF, the deepest, stays under 20) is refused:
// it is either corruption or an attack on the parser.
inline constexpr int kMaxNestingDepth = 64;

} // namespace bulkhead::importlimits
