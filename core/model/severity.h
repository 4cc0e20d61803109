#pragma once

#include <cstdint>
#include <string_view>

namespace bulkhead {

// Ordered so that a larger value is worse; stored as this integer in the store.
enum class Severity : std::uint8_t { Unknown = 0, Info = 1, Low = 2, Medium = 3, High = 4, Critical = 5 };

// Lower-case canonical name ("critical", ..., "unknown").
std::string_view severityName(Severity s);
// Accepts every spelling the supported scanners use (CRITICAL, High, moderate, negligible,
// error/warning/note for SARIF levels is NOT handled here). Unknown text maps to Unknown.
Severity severityFromText(std::string_view text);
// CVSS base score to qualitative rating (CVSS v3 table); negative means none.
Severity severityFromCvss(double score);
// Parses a canonical name strictly; returns false for anything else (CLI filters).
bool parseSeverityName(std::string_view text, Severity &out);

} // namespace bulkhead
