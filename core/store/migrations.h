#pragma once

#include <string_view>
#include <vector>

namespace bulkhead {

// Numbered schema migrations: entry i (0-based) takes the store from user_version i to i + 1.
// Append only; never edit a released step.
const std::vector<std::string_view> &schemaMigrations();

} // namespace bulkhead
