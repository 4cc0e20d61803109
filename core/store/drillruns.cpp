// Runs of a drill (drill_runs), their checklist items (drill_items, copied from the template when
// the run starts, so a later template edit leaves held runs as they were) and action items
// (drill_actions).
#include "store/drillrepository.h"

#include "drills/drillnames.h"
#include "drills/drilltemplates.h"
#include "store/drillrows.h"
#include "store/storeerror.h"
#include "util/osuser.h"
#include "util/timestamps.h"

namespace bulkhead {

using namespace drillrows;

namespace {

bool blank(const std::string &s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string day(std::int64_t t)
{
    return isoTimestamp(t).substr(0, 10);
}

constexpr const char *kRunColumns =
    "r.id, r.drill_id, r.held_on, r.participants, r.status, r.completed_at, r.incident, r.notes";

DrillRun runFrom(const SqliteStatement &st)
{
    DrillRun r;
    r.id = st.int64(0);
    r.drillId = st.int64(1);
    r.heldOn = st.int64(2);
    r.participants = splitLines(st.text(3), '\n');
    r.status = drillRunStatusFromName(st.textView(4)).value_or(DrillRunStatus::InProgress);
    r.completedAt = st.isNull(5) ? 0 : st.int64(5);
    r.incident = st.text(6);
    r.notes = st.text(7);
    return r;
}

void loadItemsAndActions(const Database &db, DrillRun &run)
{
    SqliteStatement items = db.prepare(
        "SELECT position, text, done, evidence, notes FROM drill_items WHERE run_id = ?1 ORDER BY position");
    items.bind(1, run.id);
    while (items.step())
        run.items.push_back(DrillItem{static_cast<int>(items.int64(0)), items.text(1), items.int64(2) != 0,
                                      items.text(3), items.text(4)});
    SqliteStatement actions = db.prepare(
        "SELECT id, run_id, text, owner, control, due_at, done_at, created_at FROM drill_actions "
        "WHERE run_id = ?1 ORDER BY id");
    actions.bind(1, run.id);
    while (actions.step()) {
        DrillAction a;
        a.id = actions.int64(0);
        a.runId = actions.int64(1);
        a.text = actions.text(2);
        a.owner = actions.text(3);
        a.control = actions.text(4);
        a.dueAt = actions.int64(5);
        a.doneAt = actions.int64(6);
        a.createdAt = actions.int64(7);
        run.actions.push_back(std::move(a));
    }
}

// The completion rule: every checklist item done, or carrying a note that says why not.
std::int64_t unexplainedItems(const Database &db, std::int64_t runId)
{
    SqliteStatement st = db.prepare(
        "SELECT COUNT(*) FROM drill_items WHERE run_id = ?1 AND done = 0 AND trim(notes, ' ' || char(9, 10, 13)) = ''");
    st.bind(1, runId);
    st.step();
    return st.int64(0);
}

std::string unexplainedMessage(const std::string &drill, std::int64_t count)
{
    return "drill " + inQuotes(drill) + ": " + std::to_string(count) + " checklist item"
        + (count == 1 ? " is" : "s are") + " neither done nor explained (mark each done, or add a note saying why not)";
}

} // namespace

std::int64_t DrillRepository::startRun(std::int64_t drillId, std::int64_t heldOn,
                                       const std::vector<std::string> &participants, std::int64_t now)
{
    Database &db = writer(m_db);
    return inTransaction(db, [&] {
        SqliteStatement drill = db.prepare(
            "SELECT d.name, d.archived, t.checklist, t.key, t.builtin, t.kind, t.controls FROM drills d "
            "JOIN drill_templates t ON t.id = d.template_id "
            "WHERE d.id = ?1");
        drill.bind(1, drillId);
        if (!drill.step())
            throw StoreError("no drill with id " + std::to_string(drillId));
        const std::string name = drill.text(0);
        if (drill.int64(1) != 0)
            throw StoreError("drill " + inQuotes(name) + " is archived; restore it before starting a run");
        // A built-in's checklist is copied in the language the team reads (the run is their record).
        DrillTemplate source;
        source.checklist = checklistFromJson(drill.text(2));
        source.key = drill.text(3);
        source.builtin = drill.int64(4) != 0;
        source.kind = drillKindFromName(drill.textView(5)).value_or(DrillKind::Tabletop);
        source.controls = splitLines(drill.text(6), ' ');
        const std::vector<std::string> checklist = localizedBuiltinTemplate(std::move(source)).checklist;
        // One open run at a time: the team finishes (or explains) one exercise before the next.
        SqliteStatement open = db.prepare(
            "SELECT id, held_on FROM drill_runs WHERE drill_id = ?1 AND status = 'in_progress' ORDER BY id LIMIT 1");
        open.bind(1, drillId);
        if (open.step())
            throw StoreError("drill " + inQuotes(name) + ": run " + std::to_string(open.int64(0)) + " (held "
                             + day(open.int64(1)) + ") is still in progress; complete it before starting another");

        const std::string people = joinLines(participants, '\n'), user = osUserName();
        SqliteStatement insert = db.prepare(
            "INSERT INTO drill_runs(drill_id, held_on, participants, status, created_by, created_at) "
            "VALUES(?1, ?2, ?3, 'in_progress', ?4, ?5)");
        insert.bind(1, drillId).bind(2, heldOn ? heldOn : now).bindText(3, people).bindText(4, user).bind(5, now).exec();
        const std::int64_t runId = sqlite3_last_insert_rowid(db.handle());
        SqliteStatement item = db.prepare("INSERT INTO drill_items(run_id, position, text) VALUES(?1, ?2, ?3)");
        for (std::size_t i = 0; i < checklist.size(); ++i)
            item.bind(1, runId).bind(2, static_cast<std::int64_t>(i + 1)).bindText(3, checklist[i]).exec();
        return runId;
    });
}

std::optional<DrillRun> DrillRepository::run(std::int64_t runId) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kRunColumns + " FROM drill_runs r WHERE r.id = ?1");
    st.bind(1, runId);
    if (!st.step())
        return std::nullopt;
    DrillRun r = runFrom(st);
    loadItemsAndActions(m_read, r);
    return r;
}

std::vector<DrillRun> DrillRepository::runs(std::int64_t drillId) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kRunColumns
                                        + " FROM drill_runs r WHERE r.drill_id = ?1 ORDER BY r.held_on DESC, r.id DESC");
    st.bind(1, drillId);
    std::vector<DrillRun> out;
    while (st.step())
        out.push_back(runFrom(st));
    for (DrillRun &r : out)
        loadItemsAndActions(m_read, r);
    return out;
}

void DrillRepository::updateRun(const DrillRun &run)
{
    Database &db = writer(m_db);
    inTransaction(db, [&] {
        const std::string drill = drillOfRun(db, run.id);
        SqliteStatement status = db.prepare("SELECT status FROM drill_runs WHERE id = ?1");
        status.bind(1, run.id);
        status.step();
        const bool completed = status.text(0) == "completed";

        const std::string people = joinLines(run.participants, '\n');
        SqliteStatement update = db.prepare(
            "UPDATE drill_runs SET held_on = CASE WHEN ?2 > 0 THEN ?2 ELSE held_on END, participants = ?3, "
            "incident = ?4, notes = ?5 WHERE id = ?1");
        update.bind(1, run.id).bind(2, run.heldOn).bindText(3, people).bindText(4, run.incident)
            .bindText(5, run.notes).exec();
        SqliteStatement item = db.prepare(
            "UPDATE drill_items SET done = ?3, evidence = ?4, notes = ?5 WHERE run_id = ?1 AND position = ?2");
        for (const DrillItem &i : run.items) {
            item.bind(1, run.id).bind(2, i.position).bind(3, i.done ? 1 : 0).bindText(4, i.evidence)
                .bindText(5, i.notes).exec();
            if (sqlite3_changes(db.handle()) == 0)
                throw StoreError("drill " + inQuotes(drill) + ": run " + std::to_string(run.id)
                                 + " has no checklist item " + std::to_string(i.position));
        }
        // A completed run keeps satisfying the rule it was completed under.
        if (completed)
            if (const std::int64_t n = unexplainedItems(db, run.id); n > 0)
                throw StoreError(unexplainedMessage(drill, n) + "; the run is completed");
    });
}

void DrillRepository::completeRun(std::int64_t runId, std::int64_t now)
{
    Database &db = writer(m_db);
    inTransaction(db, [&] {
        const std::string drill = drillOfRun(db, runId);
        SqliteStatement status = db.prepare("SELECT status, completed_at FROM drill_runs WHERE id = ?1");
        status.bind(1, runId);
        status.step();
        if (status.text(0) == "completed")
            throw StoreError("drill " + inQuotes(drill) + ": run " + std::to_string(runId) + " was completed on "
                             + day(status.int64(1)));
        if (const std::int64_t n = unexplainedItems(db, runId); n > 0)
            throw StoreError(unexplainedMessage(drill, n));
        SqliteStatement update = db.prepare(
            "UPDATE drill_runs SET status = 'completed', completed_at = ?2 WHERE id = ?1");
        update.bind(1, runId).bind(2, now).exec();
    });
}

std::int64_t DrillRepository::addAction(const DrillAction &action)
{
    Database &db = writer(m_db);
    return inTransaction(db, [&] {
        const std::string drill = drillOfRun(db, action.runId);
        if (blank(action.text))
            throw StoreError("drill " + inQuotes(drill) + ": an action item needs a text saying what changes");
        SqliteStatement insert = db.prepare(
            "INSERT INTO drill_actions(run_id, text, owner, control, due_at, done_at, created_at) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, action.runId).bindText(2, action.text).bindText(3, action.owner).bindText(4, action.control)
            .bind(5, action.dueAt).bind(6, action.doneAt)
            .bind(7, action.createdAt ? action.createdAt : currentTime()).exec();
        return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db.handle()));
    });
}

void DrillRepository::updateAction(const DrillAction &action)
{
    Database &db = writer(m_db);
    inTransaction(db, [&] {
        SqliteStatement current = db.prepare("SELECT run_id FROM drill_actions WHERE id = ?1");
        current.bind(1, action.id);
        if (!current.step())
            throw StoreError("no drill action item with id " + std::to_string(action.id));
        const std::string drill = drillOfRun(db, current.int64(0));
        if (blank(action.text))
            throw StoreError("drill " + inQuotes(drill) + ": an action item needs a text saying what changes");
        // The run stays the one the action came from.
        SqliteStatement update = db.prepare(
            "UPDATE drill_actions SET text = ?2, owner = ?3, control = ?4, due_at = ?5, done_at = ?6 WHERE id = ?1");
        update.bind(1, action.id).bindText(2, action.text).bindText(3, action.owner).bindText(4, action.control)
            .bind(5, action.dueAt).bind(6, action.doneAt).exec();
    });
}

} // namespace bulkhead
