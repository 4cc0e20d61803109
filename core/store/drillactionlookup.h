#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>

namespace bulkhead {

// The run an action item belongs to (DrillRepository::run has the action then); nullopt for an
// unknown id. For callers that only have the action's id (`bulkheadctl drills action-done ID`).
std::optional<std::int64_t> drillActionRunId(const Database &db, std::int64_t actionId);

} // namespace bulkhead
