#include "drills/drillnames.h"

namespace bulkhead {

std::string_view drillKindName(DrillKind kind)
{
    return kind == DrillKind::PostIncident ? "post-incident" : "tabletop";
}

std::optional<DrillKind> drillKindFromName(std::string_view name)
{
    if (name == "tabletop")
        return DrillKind::Tabletop;
    if (name == "post-incident")
        return DrillKind::PostIncident;
    return std::nullopt;
}

std::string_view drillRunStatusName(DrillRunStatus status)
{
    return status == DrillRunStatus::Completed ? "completed" : "in_progress";
}

std::optional<DrillRunStatus> drillRunStatusFromName(std::string_view name)
{
    if (name == "in_progress")
        return DrillRunStatus::InProgress;
    if (name == "completed")
        return DrillRunStatus::Completed;
    return std::nullopt;
}

} // namespace bulkhead
