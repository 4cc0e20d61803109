#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bulkhead {

// RFC 3339 / ISO 8601 timestamp ("2021-08-03T14:15:00Z", fractions and offsets allowed, or a bare
// date "2021-08-03") to unix seconds; 0 when it cannot be read.
std::int64_t parseTimestamp(std::string_view text);
// Unix seconds to "2021-08-03T14:15:00Z"; "" for 0.
std::string isoTimestamp(std::int64_t unixSeconds);

} // namespace bulkhead
