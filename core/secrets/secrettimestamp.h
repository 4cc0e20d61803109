#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace bulkhead {

// A time a person or a tool states for a secret's rotation (an annotation value, an inventory
// cell), read strictly: an RFC 3339 date-time ("2024-05-01T10:00:00Z", "2024-05-01T12:00:00.5+02:00";
// 'T' may be 't' or a space) or, when `allowDate`, a bare date ("2024-05-01", midnight UTC).
// Unix seconds, or 0 when the text is anything else (trailing text, a missing zone, 2024-02-30).
// parseTimestamp (util/timestamps.h) is lenient on purpose for API output; a stated rotation time
// is not guessed at.
std::int64_t parseStatedTime(std::string_view text, bool allowDate);

// A stated rotation interval (an annotation value, an inventory cell): a whole number of days from
// 0 to kMaxStatedDays and nothing else ("30", not "30d", " 30" or "-1"); nullopt otherwise.
constexpr int kMaxStatedDays = 36500;
std::optional<int> parseStatedDays(std::string_view text);

} // namespace bulkhead
