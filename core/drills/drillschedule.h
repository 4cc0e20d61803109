#pragma once

#include "drills/drill.h"

#include <cstdint>

namespace bulkhead {

constexpr std::int64_t kDrillDaySeconds = 86400;

// When a drill falls due again: its last completed run (or, never held, its scheduling) plus its
// cadence; 0 for an on-demand drill (cadence 0), which never falls due.
std::int64_t drillNextDueAt(int cadenceDays, std::int64_t createdAt, std::int64_t lastCompletedAt);
// Past its due date at `now` (an on-demand drill never is).
bool drillOverdue(const Drill &drill, std::int64_t now);
// An open action item whose due date has passed.
bool drillActionOverdue(const DrillAction &action, std::int64_t now);

} // namespace bulkhead
