#pragma once

#include "drills/drill.h"

#include <optional>
#include <string_view>

namespace bulkhead {

// Names of the drill enums as the store, the template files and the CLI's JSON spell them.
// "tabletop", "post-incident".
std::string_view drillKindName(DrillKind kind);
std::optional<DrillKind> drillKindFromName(std::string_view name);
// "in_progress", "completed".
std::string_view drillRunStatusName(DrillRunStatus status);
std::optional<DrillRunStatus> drillRunStatusFromName(std::string_view name);

} // namespace bulkhead
