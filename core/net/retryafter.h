#pragma once

#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>

namespace bulkhead {

// Retry-After (RFC 9110 10.2.3): delay seconds or an HTTP date, as a wait from `now`; a date in
// the past gives zero; nullopt when the value is neither.
std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, std::time_t now);

} // namespace bulkhead
