#include "drills/drilljson.h"

#include "drills/drillnames.h"
#include "drills/drillschedule.h"
#include "util/timestamps.h"

namespace bulkhead {

namespace {

std::string day(std::int64_t t)
{
    return isoTimestamp(t).substr(0, 10);
}

} // namespace

nlohmann::ordered_json drillJson(const Drill &d, const std::string &templateKey, std::int64_t now)
{
    nlohmann::ordered_json j;
    j["id"] = d.id;
    j["name"] = d.name;
    j["template"] = templateKey;
    j["owner"] = d.owner;
    j["cadence_days"] = d.cadenceDays;
    j["created_at"] = isoTimestamp(d.createdAt);
    j["archived"] = d.archived;
    j["last_completed_at"] = isoTimestamp(d.lastCompletedAt);
    j["next_due"] = day(d.nextDueAt);
    j["overdue"] = drillOverdue(d, now);
    j["open_actions"] = d.openActions;
    j["overdue_actions"] = d.overdueActions;
    return j;
}

nlohmann::ordered_json drillActionJson(const DrillAction &a, std::int64_t now)
{
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["run_id"] = a.runId;
    j["text"] = a.text;
    j["owner"] = a.owner;
    j["control"] = a.control;
    j["due"] = day(a.dueAt);
    j["done_at"] = isoTimestamp(a.doneAt);
    j["overdue"] = drillActionOverdue(a, now);
    j["created_at"] = isoTimestamp(a.createdAt);
    return j;
}

nlohmann::ordered_json drillRunJson(const DrillRun &r, const std::string &drillName, std::int64_t now)
{
    nlohmann::ordered_json j;
    j["id"] = r.id;
    j["drill_id"] = r.drillId;
    j["drill"] = drillName;
    j["held_on"] = day(r.heldOn);
    j["participants"] = r.participants;
    j["status"] = drillRunStatusName(r.status);
    j["completed_at"] = isoTimestamp(r.completedAt);
    j["incident"] = r.incident;
    j["notes"] = r.notes;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const DrillItem &i : r.items)
        items.push_back({{"position", i.position}, {"text", i.text}, {"done", i.done}, {"evidence", i.evidence},
                         {"notes", i.notes}});
    j["items"] = std::move(items);
    nlohmann::ordered_json actions = nlohmann::ordered_json::array();
    for (const DrillAction &a : r.actions)
        actions.push_back(drillActionJson(a, now));
    j["actions"] = std::move(actions);
    return j;
}

} // namespace bulkhead
