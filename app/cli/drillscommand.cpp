// `bulkheadctl drills`: incident drills and post-incident reviews (INC-2, INC-3). Templates (the
// built-in ones and the users'), scheduled drills with their cadence, runs with their checklist,
// action items, completion. Everything goes through DrillRepository; errors name the drill and
// exit 1, usage errors exit 2.
#include "clitext.h"
#include "commands.h"
#include "listprinter.h"

#include "drills/drilljson.h"
#include "drills/drillnames.h"
#include "drills/drillschedule.h"
#include "drills/drilltemplates.h"
#include "store/database.h"
#include "store/drillactionlookup.h"
#include "store/drillrepository.h"
#include "store/storeerror.h"
#include "util/timestamps.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace bulkhead::cli {

namespace {

class DrillsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DrillsCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "DrillsCommand",
    "Usage: bulkheadctl [--db PATH] drills SUBCOMMAND [OPTIONS]\n"
    "\n"
    "Incident drills: tabletop exercises held on a cadence (INC-2) and post-incident reviews (INC-3).\n"
    "A drill is scheduled from a template; each run copies the template's checklist. A run completes\n"
    "when every checklist item is done or carries a note saying why not.\n"
    "\n"
    "Subcommands:\n"
    "  templates [--format table|json]            the built-in and your own templates\n"
    "  template add FILE.json                     add a template of your own (the format of\n"
    "                                             `drills template show KEY`)\n"
    "  template show KEY                          a template as JSON (copy a built-in to edit it)\n"
    "  list [--all] [--format table|json]         scheduled drills: last run, next due, actions\n"
    "  schedule TEMPLATE_KEY --name N [--owner O] [--cadence DAYS]\n"
    "                                             schedule a drill (cadence 0: on demand)\n"
    "  start NAME [--date YYYY-MM-DD] [--participant P]... [--incident TEXT]\n"
    "                                             start a run of the drill (default date: today)\n"
    "  check RUN_ID ITEM_NO [--done|--undone] [--evidence T] [--notes T]\n"
    "                                             record a checklist item\n"
    "  action RUN_ID --text T [--owner O] [--due YYYY-MM-DD] [--control ID]\n"
    "                                             add an action item to a run\n"
    "  action-done ACTION_ID                      mark an action item done\n"
    "  complete RUN_ID                            complete a run\n"
    "  show NAME|RUN_ID [--format text|json]      a drill with its runs, or one run\n"
    "  archive NAME [--restore]                   retire a drill (its runs stay as history) or restore it\n");

std::string help()
{
    return msg(DrillsCommand::tr(kHelp));
}

// Per-subcommand usage: "bulkheadctl drills SUB: message" and the help.
int usage(const std::string &sub, const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl drills%s%s: %s\n\n%s", sub.empty() ? "" : " ", sub.c_str(), message.c_str(),
                 help().c_str());
    return Usage;
}

int failed(const std::string &message)
{
    std::fprintf(stderr, "%s\n", msg(DrillsCommand::tr("error: %1"), message).c_str());
    return Failed;
}

// Parses; answers --help. -1 to go on, else the exit code.
int parse(CliArgs &args, const std::vector<std::string> &raw, const std::string &sub)
{
    if (!args.parse(raw))
        return usage(sub, args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    return -1;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string day(std::int64_t t)
{
    return t ? msg(localDay(t)) : "-"; // ISO under the C locale
}

// A day "YYYY-MM-DD" as unix seconds at its start (UTC); 0 when it is not one.
std::int64_t parseDay(const std::string &text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return 0;
    return parseTimestamp(text);
}

bool parseId(const std::string &text, std::int64_t &out)
{
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    out = std::stoll(text);
    return true;
}

std::string cut(const std::string &s, std::size_t width)
{
    return s.size() <= width ? s : s.substr(0, width - 1) + "~";
}

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string out;
    for (const std::string &s : items)
        out += (out.empty() ? "" : separator) + s;
    return out;
}

// "30d", "on demand": a cadence in a table's column.
Utf8 cadenceText(int days)
{
    return days ? msg(DrillsCommand::tr("%1d", "cadence in days"), days) : msg(DrillsCommand::tr("on demand"));
}

std::string inQuotes(const std::string &s)
{
    return "\"" + s + "\"";
}

std::map<std::int64_t, DrillTemplate> templatesById(const DrillRepository &repo)
{
    std::map<std::int64_t, DrillTemplate> out;
    for (DrillTemplate &t : repo.templates())
        out.emplace(t.id, std::move(t));
    return out;
}

// ---- templates -------------------------------------------------------------------------------

int runTemplates(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (const int done = parse(args, raw, "templates"); done >= 0)
        return done;
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("templates", msg(DrillsCommand::tr("--format must be table or json")));
    if (!args.positional().empty())
        return usage("templates", msg(DrillsCommand::tr("unexpected argument %1"), inQuotes(args.positional()[0])));
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    repo.ensureBuiltinTemplates();
    ListPrinter out(format, -1);
    out.begin("", headerLine({{DrillsCommand::tr("KEY"), 38},
                              {DrillsCommand::tr("KIND"), 13},
                              {DrillsCommand::tr("CADENCE"), -9},
                              {DrillsCommand::tr("ITEMS"), -5},
                              {DrillsCommand::tr("CONTROLS"), 24},
                              {DrillsCommand::tr("TITLE"), 0}}));
    for (const DrillTemplate &t : repo.templates()) {
        out.row(
            [&] {
                nlohmann::ordered_json j = nlohmann::ordered_json::parse(drillTemplateJson(t));
                j["id"] = t.id;
                j["builtin"] = t.builtin;
                return j;
            },
            [] { return std::string(); },
            [&] {
                return formatLine("%-38s  %-13s  %9s  %5s  %-24s  %s", cut(t.key, 38).c_str(),
                                  std::string(drillKindName(t.kind)).c_str(), cadenceText(t.cadenceDays).c_str(),
                                  msg(i18n::localNumber(static_cast<std::int64_t>(t.checklist.size()))).c_str(), cut(joined(t.controls, " "), 24).c_str(), t.title.c_str());
            });
    }
    out.end();
    return Ok;
}

int runTemplateCommand(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({}, {"--help", "-h"});
    if (const int done = parse(args, raw, "template"); done >= 0)
        return done;
    const std::vector<std::string> &pos = args.positional();
    if (pos.size() != 2 || (pos[0] != "add" && pos[0] != "show"))
        return usage("template", msg(DrillsCommand::tr("use `drills template add FILE.json` or `drills template show KEY`")));
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    repo.ensureBuiltinTemplates();
    if (pos[0] == "show") {
        for (const DrillTemplate &t : repo.templates())
            if (t.key == pos[1]) {
                std::fputs(drillTemplateJson(t).c_str(), stdout);
                return Ok;
            }
        return failed(msg(DrillsCommand::tr("no drill template with the key %1 (see `bulkheadctl drills templates`)"), inQuotes(pos[1])));
    }
    std::ifstream in(pos[1], std::ios::binary);
    if (!in)
        return failed(msg(DrillsCommand::tr("%1: cannot be read"), pos[1]));
    std::ostringstream text;
    text << in.rdbuf();
    DrillTemplate t;
    try {
        t = parseDrillTemplate(text.str(), pos[1]);
    } catch (const DrillTemplateError &e) {
        return failed(e.what());
    }
    const std::int64_t id = repo.addTemplate(t);
    for (const DrillTemplate &added : repo.templates())
        if (added.id == id)
            std::printf("%s\n", msg(DrillsCommand::tr("added drill template %1 (%2 checklist items)"), added.key, added.checklist.size()).c_str());
    return Ok;
}

// ---- drills ----------------------------------------------------------------------------------

int runList(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--format"}, {"--all", "--help", "-h"});
    if (const int done = parse(args, raw, "list"); done >= 0)
        return done;
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("list", msg(DrillsCommand::tr("--format must be table or json")));
    if (!args.positional().empty())
        return usage("list", msg(DrillsCommand::tr("unexpected argument %1"), inQuotes(args.positional()[0])));
    Database db = Database::open(dbPath, Database::Access::ReadOnly);
    const DrillRepository repo(static_cast<const Database &>(db));
    const std::map<std::int64_t, DrillTemplate> templates = templatesById(repo);
    const std::int64_t now = nowSeconds();
    ListPrinter out(format, -1);
    out.begin("", headerLine({{DrillsCommand::tr("NAME"), 28},
                              {DrillsCommand::tr("TEMPLATE"), 34},
                              {DrillsCommand::tr("OWNER"), 12},
                              {DrillsCommand::tr("CADENCE"), -9},
                              {DrillsCommand::tr("LAST RUN"), 10},
                              {DrillsCommand::tr("NEXT DUE"), 12},
                              {DrillsCommand::tr("ACTIONS (OPEN/OVERDUE)"), 0}}));
    for (const Drill &d : repo.list(now, args.flag("--all"))) {
        const auto t = templates.find(d.templateId);
        const std::string key = t == templates.end() ? std::string() : t->second.key;
        out.row([&] { return drillJson(d, key, now); }, [] { return std::string(); },
                [&] {
                    const std::string next = d.nextDueAt ? day(d.nextDueAt) + (drillOverdue(d, now) ? " !" : "")
                                                         : msg(DrillsCommand::tr("on demand"));
                    return formatLine("%-28s  %-34s  %-12s  %9s  %-10s  %-12s  %d/%d%s", cut(d.name, 28).c_str(),
                                      cut(key, 34).c_str(), cut(d.owner, 12).c_str(),
                                      d.cadenceDays ? cadenceText(d.cadenceDays).c_str() : "-",
                                      day(d.lastCompletedAt).c_str(), next.c_str(), d.openActions, d.overdueActions,
                                      d.archived ? msg(DrillsCommand::tr("  (archived)")).c_str() : "");
                });
    }
    out.end();
    return Ok;
}

int runSchedule(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--name", "--owner", "--cadence"}, {"--help", "-h"});
    if (const int done = parse(args, raw, "schedule"); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("schedule", args.positional().empty() ? msg(DrillsCommand::tr("which template? (see `bulkheadctl drills templates`)"))
                                                            : msg(DrillsCommand::tr("one template at a time")));
    const std::string name = args.value("--name").value_or("");
    if (name.empty())
        return usage("schedule", msg(DrillsCommand::tr("--name is required (the drill's name, unique)")));
    long long cadence = -1;
    if (!args.count("--cadence", cadence))
        return usage("schedule", msg(DrillsCommand::tr("--cadence takes a number of days (0: on demand)")));

    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    repo.ensureBuiltinTemplates();
    const std::string &key = args.positional()[0];
    for (const DrillTemplate &t : repo.templates()) {
        if (t.key != key)
            continue;
        Drill d;
        d.templateId = t.id;
        d.name = name;
        d.owner = args.value("--owner").value_or("");
        d.cadenceDays = cadence >= 0 ? static_cast<int>(std::min<long long>(cadence, 1'000'000)) : t.cadenceDays;
        d.createdAt = nowSeconds();
        const std::int64_t id = repo.schedule(d);
        const Drill stored = *repo.find(id);
        const std::string when = stored.nextDueAt
            ? msg(DrillsCommand::tr("every %1 days, first due %2"), stored.cadenceDays, day(stored.nextDueAt))
            : msg(DrillsCommand::tr("on demand"));
        std::printf("%s\n", msg(DrillsCommand::tr("scheduled drill %1 from %2: %3"), inQuotes(stored.name), t.key, when).c_str());
        return Ok;
    }
    return failed(msg(DrillsCommand::tr("drill %1: no drill template with the key %2 (see `bulkheadctl drills templates`)"), inQuotes(name), inQuotes(key)));
}

// ---- show ------------------------------------------------------------------------------------

void printRun(const DrillRun &r, std::int64_t now)
{
    const std::string held = r.completedAt
        ? msg(DrillsCommand::tr("run %1  held %2  %3 on %4"), static_cast<long long>(r.id), day(r.heldOn),
              drillRunStatusName(r.status), day(r.completedAt))
        : msg(DrillsCommand::tr("run %1  held %2  %3"), static_cast<long long>(r.id), day(r.heldOn),
              drillRunStatusName(r.status));
    std::printf("%s\n", held.c_str());
    if (!r.participants.empty())
        std::printf("%s\n", msg(DrillsCommand::tr("  participants: %1"), joined(r.participants, ", ")).c_str());
    if (!r.incident.empty())
        std::printf("%s\n", msg(DrillsCommand::tr("  incident: %1"), r.incident).c_str());
    if (!r.notes.empty())
        std::printf("%s\n", msg(DrillsCommand::tr("  notes: %1"), r.notes).c_str());
    int done = 0;
    for (const DrillItem &i : r.items)
        done += i.done;
    std::printf("%s\n", msg(DrillsCommand::tr("  checklist: %1 of %2 done"), done, r.items.size()).c_str());
    for (const DrillItem &i : r.items) {
        std::printf("  [%c] %2d. %s\n", i.done ? 'x' : ' ', i.position, i.text.c_str());
        if (!i.evidence.empty())
            std::printf("%s\n", msg(DrillsCommand::tr("         evidence: %1"), i.evidence).c_str());
        if (!i.notes.empty())
            std::printf("%s\n", msg(DrillsCommand::tr("         notes: %1"), i.notes).c_str());
    }
    if (!r.actions.empty())
        std::printf("%s\n", msg(DrillsCommand::tr("  actions:")).c_str());
    for (const DrillAction &a : r.actions) {
        const QString state = a.doneAt ? DrillsCommand::tr("done", "action item")
            : drillActionOverdue(a, now) ? DrillsCommand::tr("OVERDUE")
                                         : DrillsCommand::tr("open", "action item");
        const std::string owner = a.owner.empty() ? "-" : a.owner;
        const std::string detail = a.control.empty()
            ? msg(DrillsCommand::tr("%1 (owner %2, due %3)"), a.text, owner, day(a.dueAt))
            : msg(DrillsCommand::tr("%1 (owner %2, due %3, control %4)"), a.text, owner, day(a.dueAt), a.control);
        std::printf("  #%lld %s %s\n", static_cast<long long>(a.id), padded(state, 7).c_str(), detail.c_str());
    }
}

int runShow(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (const int done = parse(args, raw, "show"); done >= 0)
        return done;
    const std::string format = args.value("--format").value_or("text");
    if (format != "text" && format != "json")
        return usage("show", msg(DrillsCommand::tr("--format must be text or json")));
    if (args.positional().size() != 1)
        return usage("show", msg(DrillsCommand::tr("which drill? (its name, or a run id)")));
    const std::string &what = args.positional()[0];
    Database db = Database::open(dbPath, Database::Access::ReadOnly);
    const DrillRepository repo(static_cast<const Database &>(db));
    const std::int64_t now = nowSeconds();

    // A name first: a drill may well be called "2026".
    std::optional<Drill> drill = repo.findByName(what);
    std::int64_t runId = 0;
    if (!drill && parseId(what, runId)) {
        const std::optional<DrillRun> run = repo.run(runId);
        if (!run)
            return failed(msg(DrillsCommand::tr("no drill named %1 and no drill run with id %2"), inQuotes(what), what));
        const std::string name = repo.find(run->drillId)->name;
        if (format == "json")
            std::printf("%s\n", drillRunJson(*run, name, now).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        else {
            std::printf("%s\n", msg(DrillsCommand::tr("drill %1"), inQuotes(name)).c_str());
            printRun(*run, now);
        }
        return Ok;
    }
    if (!drill)
        return failed(msg(DrillsCommand::tr("no drill named %1 (see `bulkheadctl drills list --all`)"), inQuotes(what)));
    // list() fills the overdue action count, find() cannot (it has no clock).
    for (const Drill &d : repo.list(now, true))
        if (d.id == drill->id)
            drill = d;
    const std::map<std::int64_t, DrillTemplate> templates = templatesById(repo);
    const DrillTemplate &t = templates.at(drill->templateId);
    const std::vector<DrillRun> runs = repo.runs(drill->id);
    if (format == "json") {
        nlohmann::ordered_json j = drillJson(*drill, t.key, now);
        j["runs"] = nlohmann::ordered_json::array();
        for (const DrillRun &r : runs)
            j["runs"].push_back(drillRunJson(r, drill->name, now));
        std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        return Ok;
    }
    std::printf("%s\n", msg(drill->archived ? DrillsCommand::tr("drill %1 (archived)") : DrillsCommand::tr("drill %1"), inQuotes(drill->name)).c_str());
    std::printf("%s\n", msg(DrillsCommand::tr("  template:  %1 (%2)"), t.title, t.key).c_str());
    std::printf("%s\n", msg(DrillsCommand::tr("  kind:      %1; controls %2"), std::string(drillKindName(t.kind)), t.controls.empty() ? "-" : joined(t.controls, ", ").c_str()).c_str());
    std::printf("%s\n", msg(DrillsCommand::tr("  owner:     %1"), drill->owner.empty() ? "-" : drill->owner.c_str()).c_str());
    std::printf("%s\n", (drill->cadenceDays ? msg(DrillsCommand::tr("  cadence:   every %1 days"), drill->cadenceDays)
                                            : msg(DrillsCommand::tr("  cadence:   on demand"))).c_str());
    std::printf("%s\n", (drill->lastCompletedAt ? msg(DrillsCommand::tr("  last run:  completed %1"), day(drill->lastCompletedAt))
                                                : msg(DrillsCommand::tr("  last run:  never completed"))).c_str());
    if (drill->nextDueAt)
        std::printf("%s\n", msg(drillOverdue(*drill, now) ? DrillsCommand::tr("  next due:  %1 (OVERDUE)") : DrillsCommand::tr("  next due:  %1"),
                                day(drill->nextDueAt)).c_str());
    std::printf("%s\n", msg(DrillsCommand::tr("  actions:   %1 open, %2 overdue"), drill->openActions, drill->overdueActions).c_str());
    std::printf("%s\n", msg(DrillsCommand::tr("  runs:      %1"), runs.size()).c_str());
    std::printf("\n%s\n", msg(DrillsCommand::tr("scenario: %1"), t.scenario).c_str());
    for (const DrillRun &r : runs) {
        std::printf("\n");
        printRun(r, now);
    }
    return Ok;
}

// ---- runs ------------------------------------------------------------------------------------

int runStart(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--date", "--participant", "--incident"}, {"--help", "-h"});
    if (const int done = parse(args, raw, "start"); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("start", msg(DrillsCommand::tr("which drill? (its name; see `bulkheadctl drills list`)")));
    const std::int64_t now = nowSeconds();
    std::int64_t heldOn = now;
    if (const auto date = args.value("--date")) {
        heldOn = parseDay(*date);
        if (!heldOn)
            return usage("start", msg(DrillsCommand::tr("--date takes a day YYYY-MM-DD")));
    }
    const std::string &name = args.positional()[0];
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    const std::optional<Drill> drill = repo.findByName(name);
    if (!drill)
        return failed(msg(DrillsCommand::tr("no drill named %1 (see `bulkheadctl drills list`)"), inQuotes(name)));
    const std::int64_t runId = repo.startRun(drill->id, heldOn, args.values("--participant"), now);
    DrillRun run = *repo.run(runId);
    if (const auto incident = args.value("--incident")) {
        run.incident = *incident;
        repo.updateRun(run);
    }
    std::printf("%s\n", msg(DrillsCommand::tr("started run %1 of drill %2, held %3: %4 checklist items (`bulkheadctl drills check %5 ITEM_NO --done`)"), static_cast<long long>(runId), inQuotes(name), day(run.heldOn), run.items.size(), static_cast<long long>(runId)).c_str());
    return Ok;
}

// The run of RUN_ID and its drill's name; an error message when there is none.
std::optional<DrillRun> runOf(const DrillRepository &repo, const std::string &text, std::string &drill,
                              std::string &error)
{
    std::int64_t id = 0;
    if (!parseId(text, id)) {
        error = msg(DrillsCommand::tr("a run id is a number, not %1 (see `bulkheadctl drills show NAME`)"), inQuotes(text));
        return std::nullopt;
    }
    std::optional<DrillRun> run = repo.run(id);
    if (!run) {
        error = msg(DrillsCommand::tr("no drill run with id %1"), text);
        return std::nullopt;
    }
    drill = repo.find(run->drillId)->name;
    return run;
}

int runCheck(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--evidence", "--notes"}, {"--done", "--undone", "--help", "-h"});
    if (const int done = parse(args, raw, "check"); done >= 0)
        return done;
    if (args.positional().size() != 2)
        return usage("check", msg(DrillsCommand::tr("RUN_ID and ITEM_NO are needed")));
    if (args.flag("--done") && args.flag("--undone"))
        return usage("check", msg(DrillsCommand::tr("--done or --undone, not both")));
    std::int64_t position = 0;
    if (!parseId(args.positional()[1], position))
        return usage("check", msg(DrillsCommand::tr("ITEM_NO is the item's number in the checklist")));
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    std::string drill, error;
    std::optional<DrillRun> run = runOf(repo, args.positional()[0], drill, error);
    if (!run)
        return failed(error);
    auto item = std::find_if(run->items.begin(), run->items.end(),
                             [&](const DrillItem &i) { return i.position == position; });
    if (item == run->items.end())
        return failed(msg(DrillsCommand::tr("drill %1: run %2 has checklist items 1 to %3, not %4"), inQuotes(drill), args.positional()[0], std::to_string(run->items.size()), args.positional()[1]));
    if (args.flag("--done"))
        item->done = true;
    if (args.flag("--undone"))
        item->done = false;
    if (const auto evidence = args.value("--evidence"))
        item->evidence = *evidence;
    if (const auto notes = args.value("--notes"))
        item->notes = *notes;
    repo.updateRun(*run);
    std::printf("%s\n", msg(DrillsCommand::tr("drill %1, run %2, item %3: %4"), inQuotes(drill), args.positional()[0], static_cast<long long>(position), item->done ? DrillsCommand::tr("done", "checklist item")
                                   : item->notes.empty() ? DrillsCommand::tr("not done") : DrillsCommand::tr("not done (explained)")).c_str());
    return Ok;
}

int runAction(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--text", "--owner", "--due", "--control"}, {"--help", "-h"});
    if (const int done = parse(args, raw, "action"); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("action", msg(DrillsCommand::tr("which run? (RUN_ID)")));
    const std::string text = args.value("--text").value_or("");
    if (text.empty())
        return usage("action", msg(DrillsCommand::tr("--text is required (what changes)")));
    DrillAction action;
    if (const auto due = args.value("--due")) {
        const std::int64_t start = parseDay(*due);
        if (!start)
            return usage("action", msg(DrillsCommand::tr("--due takes a day YYYY-MM-DD")));
        action.dueAt = start + kDrillDaySeconds - 1; // due by the end of that day
    }
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    std::string drill, error;
    const std::optional<DrillRun> run = runOf(repo, args.positional()[0], drill, error);
    if (!run)
        return failed(error);
    action.runId = run->id;
    action.text = text;
    action.owner = args.value("--owner").value_or("");
    action.control = args.value("--control").value_or("");
    action.createdAt = nowSeconds();
    const std::int64_t id = repo.addAction(action);
    std::printf("%s\n", msg(DrillsCommand::tr("drill %1, run %2: action item #%3 added"), inQuotes(drill), static_cast<long long>(run->id), static_cast<long long>(id)).c_str());
    return Ok;
}

int runActionDone(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({}, {"--help", "-h"});
    if (const int done = parse(args, raw, "action-done"); done >= 0)
        return done;
    std::int64_t id = 0;
    if (args.positional().size() != 1 || !parseId(args.positional()[0], id))
        return usage("action-done", msg(DrillsCommand::tr("which action item? (ACTION_ID, a number)")));
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    const std::optional<std::int64_t> runId = drillActionRunId(db, id);
    if (!runId)
        return failed(msg(DrillsCommand::tr("no drill action item with id %1"), args.positional()[0]));
    const DrillRun run = *repo.run(*runId);
    const std::string drill = repo.find(run.drillId)->name;
    for (DrillAction a : run.actions) {
        if (a.id != id)
            continue;
        if (a.doneAt)
            return failed(msg(DrillsCommand::tr("drill %1: action item #%2 was done on %3"), inQuotes(drill), args.positional()[0], day(a.doneAt)));
        a.doneAt = nowSeconds();
        repo.updateAction(a);
        std::printf("%s\n", msg(DrillsCommand::tr("drill %1: action item #%2 done"), inQuotes(drill), static_cast<long long>(id)).c_str());
    }
    return Ok;
}

int runComplete(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({}, {"--help", "-h"});
    if (const int done = parse(args, raw, "complete"); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("complete", msg(DrillsCommand::tr("which run? (RUN_ID)")));
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    std::string drill, error;
    const std::optional<DrillRun> run = runOf(repo, args.positional()[0], drill, error);
    if (!run)
        return failed(error);
    repo.completeRun(run->id, nowSeconds());
    std::printf("%s\n", msg(DrillsCommand::tr("drill %1: run %2 completed"), inQuotes(drill), static_cast<long long>(run->id)).c_str());
    const Drill d = *repo.find(run->drillId);
    for (const DrillTemplate &t : repo.templates())
        if (t.id == d.templateId && t.kind == DrillKind::PostIncident && run->actions.empty())
            std::fputs((msg(DrillsCommand::tr("note: the review has no action items; INC-3 counts a review without any as failing (`bulkheadctl drills action RUN_ID --text T --owner O --due DATE`)")) + "\n").c_str(), stderr);
    if (d.nextDueAt)
        std::printf("%s\n", msg(DrillsCommand::tr("next due: %1"), day(d.nextDueAt)).c_str());
    return Ok;
}

int runArchive(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({}, {"--restore", "--help", "-h"});
    if (const int done = parse(args, raw, "archive"); done >= 0)
        return done;
    if (args.positional().size() != 1)
        return usage("archive", msg(DrillsCommand::tr("which drill? (its name)")));
    Database db = Database::open(dbPath);
    DrillRepository repo(db);
    std::optional<Drill> drill = repo.findByName(args.positional()[0]);
    if (!drill)
        return failed(msg(DrillsCommand::tr("no drill named %1 (see `bulkheadctl drills list --all`)"), inQuotes(args.positional()[0])));
    drill->archived = !args.flag("--restore");
    repo.updateDrill(*drill);
    std::printf("%s\n", msg(drill->archived ? DrillsCommand::tr("drill %1 archived") : DrillsCommand::tr("drill %1 restored"), inQuotes(drill->name)).c_str());
    return Ok;
}

} // namespace

int runDrills(const std::string &dbPath, const std::vector<std::string> &args)
{
    if (args.empty())
        return usage("", msg(DrillsCommand::tr("no subcommand given")));
    const std::string &sub = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (sub == "-h" || sub == "--help" || sub == "help") {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    static const std::map<std::string, int (*)(const std::string &, const std::vector<std::string> &)> commands{
        {"templates", runTemplates}, {"template", runTemplateCommand}, {"list", runList},
        {"schedule", runSchedule},   {"start", runStart},              {"check", runCheck},
        {"action", runAction},       {"action-done", runActionDone},   {"complete", runComplete},
        {"show", runShow},           {"archive", runArchive},
    };
    const auto it = commands.find(sub);
    if (it == commands.end())
        return usage("", msg(DrillsCommand::tr("unknown subcommand %1"), inQuotes(sub)));
    try {
        return it->second(dbPath, rest);
    } catch (const StoreError &e) {
        return failed(e.what());
    }
}

} // namespace bulkhead::cli
