#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// Facts about the store as a whole (store_meta): for now whether it is a demo store, which the
// window title and every report must say.
namespace storemeta {
inline constexpr std::string_view kDemo = "demo"; // "1" in a store written by `bulkheadctl demo`

std::optional<std::string> read(const Database &db, std::string_view key);
void write(Database &db, std::string_view key, std::string_view value);
bool isDemo(const Database &db);
// No report imported and no finding: the first-run state (an EXISTS probe, stops at one row).
bool isEmpty(const Database &db);
} // namespace storemeta

} // namespace bulkhead
