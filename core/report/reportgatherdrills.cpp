// The report's drills section: each scheduled drill as it stood at the as-of moment (the runs
// completed and actions open by then), and every post-incident review held by then with its
// actions. Computed from the runs themselves, not from DrillRepository::list's derived fields,
// which count completions and actions up to now. Drills are few: the runs are read per drill.
#include "drills/drillschedule.h"
#include "report/reportgatherparts.h"
#include "store/drillrepository.h"

#include <algorithm>
#include <map>

namespace bulkhead::reportparts {

namespace {

// An action counts at `asOf` when it existed then; it is open when not done by then.
bool actionOpenAt(const DrillAction &a, std::int64_t asOf)
{
    return a.createdAt <= asOf && (a.doneAt == 0 || a.doneAt > asOf);
}

// drillActionOverdue of the action as it was at `asOf` (done later = still open then).
bool actionOverdueAt(DrillAction a, std::int64_t asOf)
{
    if (a.createdAt > asOf)
        return false;
    if (a.doneAt > asOf)
        a.doneAt = 0;
    return drillActionOverdue(a, asOf);
}

ReportPostIncidentReview reviewOf(const std::string &drill, const DrillRun &run, std::int64_t asOf)
{
    ReportPostIncidentReview r;
    r.drill = drill;
    r.heldOn = run.heldOn;
    r.completedAt = run.completedAt <= asOf ? run.completedAt : 0;
    r.incident = run.incident;
    for (const DrillAction &a : run.actions) {
        if (a.createdAt > asOf)
            continue;
        ++r.actions;
        if (a.doneAt > 0 && a.doneAt <= asOf)
            ++r.actionsDone;
        if (actionOverdueAt(a, asOf))
            ++r.actionsOverdue;
        if (!a.control.empty() && std::find(r.controls.begin(), r.controls.end(), a.control) == r.controls.end())
            r.controls.push_back(a.control);
    }
    std::sort(r.controls.begin(), r.controls.end());
    return r;
}

} // namespace

void gatherDrills(const Database &db, std::int64_t asOf, ReportDrills &out)
{
    const DrillRepository repo(db);
    std::map<std::int64_t, DrillTemplate> templates;
    for (DrillTemplate &t : repo.templates())
        templates.emplace(t.id, std::move(t));

    // Archived drills are no longer scheduled; their post-incident reviews remain history.
    for (const Drill &drill : repo.list(asOf, true)) {
        if (drill.createdAt > asOf)
            continue;
        const auto tmpl = templates.find(drill.templateId);
        const bool postIncident = tmpl != templates.end() && tmpl->second.kind == DrillKind::PostIncident;
        ReportDrill d;
        d.name = drill.name;
        d.owner = drill.owner;
        d.cadenceDays = drill.cadenceDays;
        if (tmpl != templates.end())
            d.templateTitle = tmpl->second.title;
        d.kind = postIncident ? "post-incident" : "tabletop";
        for (const DrillRun &run : repo.runs(drill.id)) {
            if (run.heldOn > asOf)
                continue;
            ++d.runs;
            if (run.status == DrillRunStatus::Completed && run.completedAt > 0 && run.completedAt <= asOf)
                d.lastCompletedAt = std::max(d.lastCompletedAt, run.completedAt);
            for (const DrillAction &a : run.actions) {
                d.openActions += actionOpenAt(a, asOf) ? 1 : 0;
                d.overdueActions += actionOverdueAt(a, asOf) ? 1 : 0;
            }
            if (postIncident)
                out.postIncidentReviews.push_back(reviewOf(drill.name, run, asOf));
        }
        Drill then = drill;
        then.lastCompletedAt = d.lastCompletedAt;
        then.nextDueAt = d.nextDueAt = drillNextDueAt(d.cadenceDays, drill.createdAt, d.lastCompletedAt);
        d.overdue = drillOverdue(then, asOf);
        if (!drill.archived)
            out.drills.push_back(std::move(d));
    }
    // Newest review first.
    std::stable_sort(out.postIncidentReviews.begin(), out.postIncidentReviews.end(),
                     [](const ReportPostIncidentReview &a, const ReportPostIncidentReview &b) { return a.heldOn > b.heldOn; });
}

} // namespace bulkhead::reportparts
