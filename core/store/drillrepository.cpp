// Drill templates and scheduled drills (drill_templates, drills). Runs, checklist items and
// action items are in drillruns.cpp, the INC-2/INC-3 evidence in drillevidence.cpp.
#include "store/drillrepository.h"

#include "drills/drillnames.h"
#include "drills/drillschedule.h"
#include "drills/drilltemplates.h"
#include "store/drillrows.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <ctime>

namespace bulkhead {

using namespace drillrows;

namespace drillrows {

Database &writer(Database *db)
{
    if (!db)
        throw StoreError("the drills cannot be changed through a read-only connection");
    return *db;
}

std::int64_t currentTime()
{
    return static_cast<std::int64_t>(std::time(nullptr));
}

std::string inQuotes(const std::string &s)
{
    return "\"" + s + "\"";
}

std::string joinLines(const std::vector<std::string> &items, char separator)
{
    std::string out;
    for (const std::string &s : items) {
        if (s.empty())
            continue;
        if (!out.empty())
            out += separator;
        out += s;
    }
    return out;
}

std::vector<std::string> splitLines(const std::string &text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        if (end > start)
            out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string checklistJson(const std::vector<std::string> &items)
{
    return nlohmann::json(items).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> checklistFromJson(const std::string &json)
{
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    std::vector<std::string> out;
    if (doc.is_array())
        for (const nlohmann::json &v : doc)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

const char *const kTemplateColumns =
    "t.id, t.key, t.title, t.kind, t.scenario, t.controls, t.cadence_days, t.checklist, t.builtin";

DrillTemplate templateFrom(const SqliteStatement &st)
{
    DrillTemplate t;
    t.id = st.int64(0);
    t.key = st.text(1);
    t.title = st.text(2);
    t.kind = drillKindFromName(st.textView(3)).value_or(DrillKind::Tabletop);
    t.scenario = st.text(4);
    t.controls = splitLines(st.text(5), ' ');
    t.cadenceDays = static_cast<int>(st.int64(6));
    t.checklist = checklistFromJson(st.text(7));
    t.builtin = st.int64(8) != 0;
    return localizedBuiltinTemplate(std::move(t)); // built-ins are stored in English
}

// The derived fields in SQL: one row per drill however many runs and actions it has.
const char *const kDrillColumns =
    "d.id, d.template_id, d.name, d.owner, d.cadence_days, d.created_at, d.archived, "
    "(SELECT MAX(r.completed_at) FROM drill_runs r WHERE r.drill_id = d.id AND r.status = 'completed'), "
    "(SELECT COUNT(*) FROM drill_actions a JOIN drill_runs r ON r.id = a.run_id "
    " WHERE r.drill_id = d.id AND a.done_at = 0), "
    "(SELECT COUNT(*) FROM drill_actions a JOIN drill_runs r ON r.id = a.run_id "
    " WHERE r.drill_id = d.id AND a.done_at = 0 AND a.due_at > 0 AND a.due_at < ?1)";

Drill drillFrom(const SqliteStatement &st)
{
    Drill d;
    d.id = st.int64(0);
    d.templateId = st.int64(1);
    d.name = st.text(2);
    d.owner = st.text(3);
    d.cadenceDays = static_cast<int>(st.int64(4));
    d.createdAt = st.int64(5);
    d.archived = st.int64(6) != 0;
    d.lastCompletedAt = st.isNull(7) ? 0 : st.int64(7);
    d.openActions = static_cast<int>(st.int64(8));
    d.overdueActions = static_cast<int>(st.int64(9));
    d.nextDueAt = drillNextDueAt(d.cadenceDays, d.createdAt, d.lastCompletedAt);
    return d;
}

std::string drillOfRun(const Database &db, std::int64_t runId)
{
    SqliteStatement st = db.prepare("SELECT d.name FROM drill_runs r JOIN drills d ON d.id = r.drill_id WHERE r.id = ?1");
    st.bind(1, runId);
    if (!st.step())
        throw StoreError("no drill run with id " + std::to_string(runId));
    return st.text(0);
}

} // namespace drillrows

namespace {

constexpr int kMaxCadenceDays = 3650;
constexpr std::string_view kUserKeyPrefix = "user-";

// A user template's key: "user-" and the given key, or the title made into one.
std::string userKey(const DrillTemplate &t)
{
    std::string base = t.key.empty() ? t.title : t.key;
    if (base.starts_with(kUserKeyPrefix))
        base.erase(0, kUserKeyPrefix.size());
    std::string slug;
    for (char c : base) {
        const char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9'))
            slug += l;
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return std::string(kUserKeyPrefix) + (slug.empty() ? "template" : slug);
}

void checkCadence(const std::string &what, int cadenceDays)
{
    if (cadenceDays < 0 || cadenceDays > kMaxCadenceDays)
        throw StoreError(what + ": the cadence must be 0 (on demand) to " + std::to_string(kMaxCadenceDays)
                         + " days, not " + std::to_string(cadenceDays));
}

bool blank(const std::string &s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

void DrillRepository::ensureBuiltinTemplates()
{
    std::vector<DrillTemplate> builtins;
    try {
        builtins = builtinDrillTemplates();
    } catch (const DrillTemplateError &e) {
        throw StoreError(std::string("a built-in drill template is broken: ") + e.what());
    }
    Database &db = writer(m_db);
    inTransaction(db, [&] {
        // Built-ins follow the program: a newer text replaces the stored one (runs copied their
        // checklist when they started, so history does not change). A user template never
        // carries a built-in's key (they start with "user-").
        SqliteStatement upsert = db.prepare(
            "INSERT INTO drill_templates(key, title, kind, scenario, controls, cadence_days, checklist, builtin, "
            "created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8) ON CONFLICT(key) DO UPDATE SET "
            "title = excluded.title, kind = excluded.kind, scenario = excluded.scenario, controls = excluded.controls, "
            "cadence_days = excluded.cadence_days, checklist = excluded.checklist "
            "WHERE builtin = 1 AND (title IS NOT excluded.title OR kind IS NOT excluded.kind "
            "OR scenario IS NOT excluded.scenario OR controls IS NOT excluded.controls "
            "OR cadence_days IS NOT excluded.cadence_days OR checklist IS NOT excluded.checklist)");
        const std::int64_t now = currentTime();
        for (const DrillTemplate &t : builtins) {
            const std::string kind(drillKindName(t.kind)), controls = joinLines(t.controls, ' '),
                checklist = checklistJson(t.checklist);
            upsert.bindText(1, t.key).bindText(2, t.title).bindText(3, kind).bindText(4, t.scenario)
                .bindText(5, controls).bind(6, t.cadenceDays).bindText(7, checklist).bind(8, now).exec();
        }
    });
}

std::vector<DrillTemplate> DrillRepository::templates() const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kTemplateColumns
                                        + " FROM drill_templates t ORDER BY t.builtin DESC, t.title, t.id");
    std::vector<DrillTemplate> out;
    while (st.step())
        out.push_back(templateFrom(st));
    return out;
}

std::int64_t DrillRepository::addTemplate(const DrillTemplate &t)
{
    DrillTemplate copy = t;
    copy.key = userKey(t);
    if (const std::string problem = drillTemplateProblem(copy); !problem.empty())
        throw StoreError("drill template " + inQuotes(t.title) + ": " + problem);
    Database &db = writer(m_db);
    return inTransaction(db, [&] {
        SqliteStatement exists = db.prepare("SELECT 1 FROM drill_templates WHERE key = ?1");
        exists.bindText(1, copy.key);
        if (exists.step())
            throw StoreError("a drill template with the key " + inQuotes(copy.key)
                             + " exists already; give the new one another key or title");
        const std::string kind(drillKindName(copy.kind)), controls = joinLines(copy.controls, ' '),
            checklist = checklistJson(copy.checklist);
        SqliteStatement insert = db.prepare(
            "INSERT INTO drill_templates(key, title, kind, scenario, controls, cadence_days, checklist, builtin, "
            "created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8)");
        insert.bindText(1, copy.key).bindText(2, copy.title).bindText(3, kind).bindText(4, copy.scenario)
            .bindText(5, controls).bind(6, copy.cadenceDays).bindText(7, checklist).bind(8, currentTime()).exec();
        return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db.handle()));
    });
}

void DrillRepository::updateTemplate(const DrillTemplate &t)
{
    Database &db = writer(m_db);
    inTransaction(db, [&] {
        SqliteStatement current = db.prepare("SELECT key, title, builtin FROM drill_templates WHERE id = ?1");
        current.bind(1, t.id);
        if (!current.step())
            throw StoreError("no drill template with id " + std::to_string(t.id));
        if (current.int64(2) != 0)
            throw StoreError("drill template " + inQuotes(current.text(1))
                             + " is built in and cannot be edited; copy it to a template of your own");
        DrillTemplate copy = t;
        copy.key = current.text(0); // the key stays: drills refer to the template by id, people by key
        if (const std::string problem = drillTemplateProblem(copy); !problem.empty())
            throw StoreError("drill template " + inQuotes(copy.key) + ": " + problem);
        const std::string kind(drillKindName(copy.kind)), controls = joinLines(copy.controls, ' '),
            checklist = checklistJson(copy.checklist);
        SqliteStatement update = db.prepare(
            "UPDATE drill_templates SET title = ?2, kind = ?3, scenario = ?4, controls = ?5, cadence_days = ?6, "
            "checklist = ?7 WHERE id = ?1");
        update.bind(1, t.id).bindText(2, copy.title).bindText(3, kind).bindText(4, copy.scenario)
            .bindText(5, controls).bind(6, copy.cadenceDays).bindText(7, checklist).exec();
    });
}

std::int64_t DrillRepository::schedule(const Drill &drill)
{
    if (blank(drill.name))
        throw StoreError("a drill needs a name");
    const std::string what = "drill " + inQuotes(drill.name);
    checkCadence(what, drill.cadenceDays);
    Database &db = writer(m_db);
    return inTransaction(db, [&] {
        SqliteStatement tmpl = db.prepare("SELECT 1 FROM drill_templates WHERE id = ?1");
        tmpl.bind(1, drill.templateId);
        if (!tmpl.step())
            throw StoreError(what + ": no drill template with id " + std::to_string(drill.templateId));
        SqliteStatement exists = db.prepare("SELECT 1 FROM drills WHERE name = ?1");
        exists.bindText(1, drill.name);
        if (exists.step())
            throw StoreError(what + " exists already; drill names are unique");
        SqliteStatement insert = db.prepare(
            "INSERT INTO drills(template_id, name, owner, cadence_days, created_at, archived) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        insert.bind(1, drill.templateId).bindText(2, drill.name).bindText(3, drill.owner).bind(4, drill.cadenceDays)
            .bind(5, drill.createdAt ? drill.createdAt : currentTime()).bind(6, drill.archived ? 1 : 0).exec();
        return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db.handle()));
    });
}

void DrillRepository::updateDrill(const Drill &drill)
{
    if (blank(drill.name))
        throw StoreError("a drill needs a name");
    const std::string what = "drill " + inQuotes(drill.name);
    checkCadence(what, drill.cadenceDays);
    Database &db = writer(m_db);
    inTransaction(db, [&] {
        SqliteStatement other = db.prepare("SELECT id FROM drills WHERE name = ?1 AND id <> ?2");
        other.bindText(1, drill.name).bind(2, drill.id);
        if (other.step())
            throw StoreError(what + " exists already; drill names are unique");
        SqliteStatement update = db.prepare(
            "UPDATE drills SET name = ?2, owner = ?3, cadence_days = ?4, archived = ?5 WHERE id = ?1");
        update.bind(1, drill.id).bindText(2, drill.name).bindText(3, drill.owner).bind(4, drill.cadenceDays)
            .bind(5, drill.archived ? 1 : 0).exec();
        if (sqlite3_changes(db.handle()) == 0)
            throw StoreError("no drill with id " + std::to_string(drill.id));
    });
}

std::vector<Drill> DrillRepository::list(std::int64_t now, bool includeArchived) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kDrillColumns + " FROM drills d"
                                        + (includeArchived ? "" : " WHERE d.archived = 0") + " ORDER BY d.name");
    st.bind(1, now);
    std::vector<Drill> out;
    while (st.step())
        out.push_back(drillFrom(st));
    return out;
}

// find() has no `now`: overdueActions stays 0 there (list() counts it); the other derived fields
// are filled.
std::optional<Drill> DrillRepository::find(std::int64_t id) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kDrillColumns + " FROM drills d WHERE d.id = ?2");
    st.bind(1, std::int64_t(0)).bind(2, id);
    if (!st.step())
        return std::nullopt;
    return drillFrom(st);
}

std::optional<Drill> DrillRepository::findByName(const std::string &name) const
{
    SqliteStatement st = m_read.prepare(std::string("SELECT ") + kDrillColumns + " FROM drills d WHERE d.name = ?2");
    st.bind(1, std::int64_t(0)).bindText(2, name);
    if (!st.step())
        return std::nullopt;
    return drillFrom(st);
}

} // namespace bulkhead
