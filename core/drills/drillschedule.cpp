#include "drills/drillschedule.h"

namespace bulkhead {

std::int64_t drillNextDueAt(int cadenceDays, std::int64_t createdAt, std::int64_t lastCompletedAt)
{
    if (cadenceDays <= 0)
        return 0;
    return (lastCompletedAt ? lastCompletedAt : createdAt) + std::int64_t(cadenceDays) * kDrillDaySeconds;
}

bool drillOverdue(const Drill &drill, std::int64_t now)
{
    return drill.nextDueAt > 0 && drill.nextDueAt < now;
}

bool drillActionOverdue(const DrillAction &action, std::int64_t now)
{
    return action.doneAt == 0 && action.dueAt > 0 && action.dueAt < now;
}

} // namespace bulkhead
