#pragma once

#include "drills/drill.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace bulkhead {

// Drills and runs as JSON objects (`bulkheadctl drills list|show --format json`): times as RFC 3339
// ("" for none), days as "YYYY-MM-DD", enums by name (drillnames.h), plus what a reader would
// otherwise compute: "overdue" at `now`.
nlohmann::ordered_json drillJson(const Drill &drill, const std::string &templateKey, std::int64_t now);
nlohmann::ordered_json drillRunJson(const DrillRun &run, const std::string &drillName, std::int64_t now);
nlohmann::ordered_json drillActionJson(const DrillAction &action, std::int64_t now);

} // namespace bulkhead
