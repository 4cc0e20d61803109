#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

enum class DrillKind { Tabletop, PostIncident };

// A runbook/exercise template: built-in ones come from resources/drills/*.json (seeded into the
// store's drill_templates on first use, key = file's "key"); users create their own.
struct DrillTemplate {
    std::int64_t id = 0;
    std::string key;            // "leaked-registry-credential"; user templates "user-..."
    std::string title;
    DrillKind kind = DrillKind::Tabletop;
    std::string scenario;       // the situation the team walks through
    std::vector<std::string> controls; // control ids it exercises ("SEC-3", "SUP-4")
    int cadenceDays = 90;       // suggested cadence; 0 = on demand (post-incident review)
    std::vector<std::string> checklist;
    bool builtin = false;
};

// A drill the team has scheduled: a template with a cadence and an owner.
struct Drill {
    std::int64_t id = 0;
    std::int64_t templateId = 0;
    std::string name, owner;
    int cadenceDays = 90;       // 0: on demand
    std::int64_t createdAt = 0;
    bool archived = false;
    // Derived (DrillRepository::list): the last completed run and when the next one falls due
    // (last completion, or creation, + cadence; 0 = on demand).
    std::int64_t lastCompletedAt = 0;
    std::int64_t nextDueAt = 0;
    int openActions = 0, overdueActions = 0;
};

struct DrillItem {
    int position = 0;
    std::string text;
    bool done = false;
    std::string evidence, notes;
};

// Follow-up work: for a post-incident review, what changes, which control failed, who owns it.
struct DrillAction {
    std::int64_t id = 0;
    std::int64_t runId = 0;
    std::string text, owner;
    std::string control;        // the control that failed / that the action strengthens; may be empty
    std::int64_t dueAt = 0;     // 0: no due date
    std::int64_t doneAt = 0;    // 0: open
    std::int64_t createdAt = 0;
};

enum class DrillRunStatus { InProgress, Completed };

// One holding of a drill: date, participants, its checklist (copied from the template when the
// run starts), notes; completed when the team says so.
struct DrillRun {
    std::int64_t id = 0;
    std::int64_t drillId = 0;
    std::int64_t heldOn = 0;    // unix seconds (the day of the exercise)
    std::vector<std::string> participants;
    DrillRunStatus status = DrillRunStatus::InProgress;
    std::int64_t completedAt = 0;
    std::string incident;       // post-incident review: what happened
    std::string notes;
    std::vector<DrillItem> items;
    std::vector<DrillAction> actions;
};

} // namespace bulkhead
