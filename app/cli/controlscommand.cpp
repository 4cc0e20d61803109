// `bulkheadctl controls`: every control of the catalog with its status and the reason for it, and
// the posture score per area and overall with its coverage; `controls show ID` for one control's
// measures, attestation and score working. The answers come from bulkhead_core (assessPosture on a
// read-only store); docs/controls-and-score.md explains the rules.
#include "clitext.h"
#include "commands.h"
#include "cliargs.h"
#include "listprinter.h"

#include "controls/measurestatus.h"
#include "controls/postureassessor.h"
#include "report/findingscsv.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "util/asciicase.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

namespace bulkhead::cli {

namespace {

class ControlsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ControlsCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "ControlsCommand",
    "Usage: bulkheadctl [--db PATH] controls [--format table|json|csv] [--area A] [--status S]\n"
    "       bulkheadctl [--db PATH] controls show ID [--format table|json]\n"
    "\n"
    "Every control of the practice guide's catalog with its status (pass, partial, fail, attested,\n"
    "not_assessed) and why, computed from what the store holds (findings, collected images,\n"
    "workloads, RBAC, secrets, drills) and the attestations recorded with `bulkheadctl attest`;\n"
    "then the posture score overall and per area with its coverage (controls not assessed are\n"
    "left out of the score). docs/controls-and-score.md explains the rules and the weights.\n"
    "\n"
    "Options:\n"
    "  --area A       only this area: build, runtime, secrets, identity, supply-chain,\n"
    "                 incident-readiness (comma-separated for several)\n"
    "  --status S     only controls with this status: pass, partial, fail, attested,\n"
    "                 not_assessed (comma-separated for several)\n"
    "  --format F     table (default), csv (one row per control) or json (an object with\n"
    "                 \"controls\" and \"score\")\n"
    "\n"
    "`controls show ID` prints one control (BLD-3): the practice, how it is checked, each measure\n"
    "with its numbers and examples, the newest attestation, and how its area's score is made.\n");

std::string help()
{
    return msg(ControlsCommand::tr(kHelp));
}

constexpr const char *kShowHelp = QT_TRANSLATE_NOOP(
    "ControlsCommand",
    "Usage: bulkheadctl [--db PATH] controls show ID [--format table|json]\n"
    "\n"
    "One control: the practice and how Bulkhead checks it, its status and why, every measure with\n"
    "its numbers, examples and where to look in the GUI, the newest attestation (valid, expired or\n"
    "withdrawn) with its files' SHA-256, and the working of its area's score and the overall score.\n");

int usage(const char *subcommand, const char *help, const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl controls%s%s: %s\n\n%s", *subcommand ? " " : "", subcommand, message.c_str(),
                 msg(ControlsCommand::tr(help)).c_str());
    return Usage;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string day(std::int64_t t)
{
    return msg(localDay(t)); // ISO under the C locale
}

// "61.1", "75" (one decimal, none when whole), "-" for no score.
std::string scoreText(const std::optional<double> &score)
{
    if (!score)
        return "-";
    // Whole when one decimal would show ".0"; in the locale's digits ("61,1" in German).
    const std::string c = formatLine("%.1f", *score);
    const bool whole = c.size() > 2 && c.compare(c.size() - 2, 2, ".0") == 0;
    return msg(i18n::localNumber(*score, whole ? 0 : 1));
}

Utf8 statusText(ControlStatus s)
{
    // pass, partial, fail, attested as --status takes them; "not assessed" in words.
    return s == ControlStatus::NotAssessed ? msg(ControlsCommand::tr("not assessed")) : std::string(controlStatusName(s));
}

const char *modeName(AttestationMode m)
{
    switch (m) {
    case AttestationMode::Fallback: return "fallback";
    case AttestationMode::Alternative: return "alternative";
    case AttestationMode::Required: return "required";
    }
    return "fallback";
}

// A comma-separated option's values, each checked by `known`; "" when all are known, else the
// first unknown value.
template<class Known>
std::string splitList(const std::string &text, std::set<std::string> &out, Known known)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        if (!item.empty()) {
            if (!known(item))
                return item;
            out.insert(item);
        }
        start = comma + 1;
    }
    return {};
}

// The first sentence of an explanation, cut to `width` (the listing's one line).
std::string firstSentence(const std::string &text, std::size_t width)
{
    std::string s = text;
    for (std::size_t at = s.find(". "); at != std::string::npos; at = s.find(". ", at + 1)) {
        s.resize(at + 1);
        break;
    }
    return s.size() <= width ? s : s.substr(0, width - 3) + "...";
}

// Words of `text` wrapped at `width` columns, each line after `indent` spaces; the first line
// starts with `label` instead when one is given (padded to the indent).
void printWrapped(const std::string &text, std::size_t indent, const std::string &label = "", std::size_t width = 100)
{
    // Padded in characters: a translated label may hold umlauts or accents.
    const QString labelText = QString::fromStdString(label);
    std::string first = label.empty() ? label
                                      : padded(labelText, static_cast<int>(std::max<qsizetype>(
                                                              static_cast<qsizetype>(indent), labelText.size() + 1)));
    auto printLine = [&](const std::string &line) {
        if (first.empty())
            std::printf("%*s%s\n", int(indent), "", line.c_str());
        else
            std::printf("%s%s\n", first.c_str(), line.c_str());
        first.clear();
    };
    std::string line;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && indent + line.size() + 1 + word.size() > width) {
            printLine(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (!line.empty() || !first.empty())
        printLine(line);
}

// The overall score's total and coverage lines (scoreWorking's last two).
std::vector<std::string> totalLines(const std::vector<std::string> &working)
{
    return {working.end() - std::min<std::ptrdiff_t>(2, std::ssize(working)), working.end()};
}

Utf8 coverageText(int assessed, int controls)
{
    return msg(ControlsCommand::tr("%1 of %2 assessed"), i18n::localNumber(std::int64_t{assessed}),
               i18n::localNumber(std::int64_t{controls}));
}

nlohmann::ordered_json attestationJson(const Attestation &a, std::int64_t now)
{
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["status"] = std::string(attestationStatusName(a.status));
    j["evidence"] = a.evidence;
    j["links"] = a.links;
    j["attested_by"] = a.attestedBy;
    j["attested_at"] = isoTimestamp(a.attestedAt);
    j["expires_at"] = isoTimestamp(a.expiresAt);
    j["valid"] = a.validAt(now);
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const AttestationFile &f : a.files)
        files.push_back({{"id", f.id}, {"name", f.name}, {"size", f.size}, {"sha256", f.sha256}});
    j["files"] = std::move(files);
    return j;
}

nlohmann::ordered_json measureJson(const EvidenceMeasure &m)
{
    nlohmann::ordered_json j;
    j["id"] = m.id;
    j["label"] = m.label;
    j["status"] = controlStatusName(measureStatus(m));
    j["assessed"] = m.assessed;
    j["not_assessed_reason"] = m.notAssessedReason;
    j["checked"] = m.checked;
    j["failing"] = m.failing;
    j["noun"] = m.noun;
    j["failing_as"] = m.failingAs;
    j["severity_based"] = m.severityBased;
    j["worst"] = m.severityBased && m.failing > 0 ? nlohmann::ordered_json(severityName(m.worst)) : nullptr;
    j["partial_percent"] = m.partialPercent;
    j["examples"] = m.examples;
    j["detail"] = m.detail;
    j["sentence"] = measureSentence(m);
    j["link"] = m.link.page.empty() ? nlohmann::ordered_json(nullptr)
                                    : nlohmann::ordered_json{{"page", m.link.page}, {"filter", m.link.filter}};
    return j;
}

nlohmann::ordered_json controlJson(const ControlDefinition &def, const ControlAssessment &a, std::int64_t now)
{
    nlohmann::ordered_json j;
    j["id"] = a.control;
    j["area"] = controlAreaName(a.area);
    j["title"] = def.title;
    j["status"] = controlStatusName(a.status);
    j["weight"] = def.weight;
    j["value"] = controlStatusValue(a.status) ? nlohmann::ordered_json(*controlStatusValue(a.status)) : nullptr;
    j["explanation"] = a.explanation;
    j["attestation_mode"] = modeName(def.attestation);
    j["attestation_applied"] = a.attestationApplied;
    j["attestation_expired"] = a.attestationExpired;
    j["attestation"] = a.attestation ? attestationJson(*a.attestation, now) : nlohmann::ordered_json(nullptr);
    nlohmann::ordered_json measures = nlohmann::ordered_json::array();
    for (const EvidenceMeasure &m : a.measures)
        measures.push_back(measureJson(m));
    j["measures"] = std::move(measures);
    return j;
}

nlohmann::ordered_json scoreJson(const PostureScore &score)
{
    nlohmann::ordered_json j;
    j["overall"] = score.overall ? nlohmann::ordered_json(*score.overall) : nullptr;
    j["controls"] = score.controls;
    j["assessed"] = score.assessed;
    j["coverage"] = std::to_string(score.assessed) + " of " + std::to_string(score.controls) + " controls assessed";
    nlohmann::ordered_json areas = nlohmann::ordered_json::array();
    for (const AreaScore &a : score.areas)
        areas.push_back({{"area", controlAreaName(a.area)},
                         {"title", controlAreaTitle(a.area)},
                         {"score", a.score ? nlohmann::ordered_json(*a.score) : nullptr},
                         {"controls", a.controls},
                         {"assessed", a.assessed},
                         {"weight_assessed", a.weightAssessed},
                         {"weight_total", a.weightTotal},
                         {"weighted_value", a.weightedValue}});
    j["areas"] = std::move(areas);
    return j;
}

std::string csvLine(const ControlDefinition &def, const ControlAssessment &a)
{
    using findingscsv::field;
    const Attestation *att = a.attestation ? &*a.attestation : nullptr;
    return field(a.control) + ',' + field(std::string(controlAreaName(a.area))) + ',' + field(def.title) + ','
        + std::string(controlStatusName(a.status)) + ',' + std::to_string(def.weight) + ',' + modeName(def.attestation)
        + ',' + (att ? field(att->attestedBy) : std::string()) + ','
        + (att ? isoTimestamp(att->expiresAt) : std::string()) + ',' + (a.attestationApplied ? "true" : "false") + ','
        + field(a.explanation);
}

PostureAssessment readPosture(const std::string &dbPath)
{
    const Database db = Database::open(dbPath, Database::Access::ReadOnly);
    return assessPosture(db, loadEvidenceSettings(), nowSeconds());
}

void printScoreTable(const PostureScore &score, const std::set<std::string> &areas)
{
    std::printf("\n%s\n", headerLine({{ControlsCommand::tr("SCORE"), 36}, {QString(), 6}, {ControlsCommand::tr("COVERAGE"), 0}})
                             .c_str());
    std::printf("%s  %6s  %s\n", padded(ControlsCommand::tr("Overall"), 36).c_str(), scoreText(score.overall).c_str(),
                msg(ControlsCommand::tr("%1 of %2 controls assessed"), i18n::localNumber(std::int64_t{score.assessed}),
                    i18n::localNumber(std::int64_t{score.controls}))
                    .c_str());
    for (const AreaScore &a : score.areas) {
        if (areas.empty() || areas.count(std::string(controlAreaName(a.area))))
            std::printf("%-36s  %6s  %s\n", std::string(controlAreaTitle(a.area)).c_str(), scoreText(a.score).c_str(),
                        coverageText(a.assessed, a.controls).c_str());
    }
}

int runList(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format", "--area", "--status"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage("", kHelp, args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (!args.positional().empty())
        return usage("", kHelp, msg(ControlsCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json")
        return usage("", kHelp, msg(ControlsCommand::tr("--format must be table, csv or json")));
    std::set<std::string> areas, statuses;
    if (const std::string bad = splitList(args.value("--area").value_or(""), areas,
                                          [](const std::string &a) { return controlAreaFromName(a).has_value(); });
        !bad.empty())
        return usage("", kHelp, msg(ControlsCommand::tr("unknown area \"%1\" (build, runtime, secrets, identity, supply-chain, incident-readiness)"), bad));
    if (const std::string bad = splitList(args.value("--status").value_or(""), statuses,
                                          [](const std::string &s) { return controlStatusFromName(s).has_value(); });
        !bad.empty())
        return usage("", kHelp, msg(ControlsCommand::tr("unknown status \"%1\" (pass, partial, fail, attested, not_assessed)"), bad));

    try {
        const PostureAssessment posture = readPosture(dbPath);
        const ControlCatalog &catalog = ControlCatalog::builtin();
        auto wanted = [&](const ControlAssessment &a) {
            return (areas.empty() || areas.count(std::string(controlAreaName(a.area))))
                && (statuses.empty() || statuses.count(std::string(controlStatusName(a.status))));
        };
        if (format == "json") {
            nlohmann::ordered_json controls = nlohmann::ordered_json::array();
            for (const ControlAssessment &a : posture.controls) {
                if (wanted(a))
                    controls.push_back(controlJson(*catalog.find(a.control), a, posture.at));
            }
            nlohmann::ordered_json out;
            out["at"] = isoTimestamp(posture.at);
            out["controls"] = std::move(controls);
            out["score"] = scoreJson(posture.score);
            std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return Ok;
        }
        if (format == "csv") {
            std::puts("id,area,title,status,weight,attestation_mode,attested_by,attestation_expires,attestation_applied,"
                      "explanation");
            for (const ControlAssessment &a : posture.controls) {
                if (wanted(a))
                    std::puts(csvLine(*catalog.find(a.control), a).c_str());
            }
            return Ok;
        }
        std::puts(headerLine({{ControlsCommand::tr("ID"), 6},
                              {ControlsCommand::tr("AREA"), 18},
                              {ControlsCommand::tr("STATUS"), 12},
                              {ControlsCommand::tr("WHY"), 0}})
                      .c_str());
        for (const ControlAssessment &a : posture.controls) {
            if (wanted(a))
                std::printf("%-6s  %-18s  %-12s  %s\n", a.control.c_str(), std::string(controlAreaName(a.area)).c_str(),
                            statusText(a.status).c_str(), firstSentence(a.explanation, 100).c_str());
        }
        printScoreTable(posture.score, areas);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(ControlsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

// Its status and label, then its numbers (not the label again: a measure not assessed says only
// why), then where the GUI shows the items.
void printMeasure(const EvidenceMeasure &m)
{
    printWrapped(m.label.empty() ? m.id : m.label, 16, "  " + statusText(measureStatus(m)));
    const std::string reason = m.notAssessedReason.empty() ? msg(ControlsCommand::tr("nothing collected speaks to it"))
                                                           : m.notAssessedReason;
    printWrapped(m.assessed ? measureSentence(m) : msg(ControlsCommand::tr("%1, so not assessed."), reason), 16);
    if (!m.link.page.empty())
        printWrapped(m.link.filter.empty() ? m.link.page
                                           : msg(ControlsCommand::tr("%1 where %2"), m.link.page, m.link.filter),
                     16 + 10, std::string(16, ' ') + msg(ControlsCommand::tr("shown in:")));
}

void printAttestation(const ControlDefinition &def, const ControlAssessment &a, std::int64_t now)
{
    std::printf("\n%s\n", msg(ControlsCommand::tr("Attestation (%1 mode)"), modeName(def.attestation)).c_str());
    if (!a.attestation) {
        printWrapped(msg(ControlsCommand::tr("none recorded. One would show that %1:"), def.attestationHint), 2);
        std::printf("%s\n", msg(ControlsCommand::tr("  bulkheadctl attest %1 --status pass --evidence TEXT [--link URL] [--file F]"), def.id).c_str());
        return;
    }
    const Attestation &t = *a.attestation;
    const QString state = t.status == AttestationStatus::Withdrawn ? ControlsCommand::tr("withdrawn")
        : a.attestationExpired                                    ? ControlsCommand::tr("expired, ignored")
        : !t.validAt(now)                                         ? ControlsCommand::tr("not in force yet")
        : a.attestationApplied                                    ? ControlsCommand::tr("valid, counted")
                                                                  : ControlsCommand::tr("valid, the evidence decides");
    std::printf("%s\n", msg(ControlsCommand::tr("  #%1 %2 by %3 on %4, expires %5 (%6)"), static_cast<long long>(t.id), std::string(attestationStatusName(t.status)), t.attestedBy, day(t.attestedAt), day(t.expiresAt), state).c_str());
    if (!t.evidence.empty())
        printWrapped(t.evidence, 4);
    for (const std::string &link : t.links)
        std::printf("%s\n", msg(ControlsCommand::tr("    link: %1"), link).c_str());
    for (const AttestationFile &f : t.files)
        std::printf("%s\n", msg(ControlsCommand::tr("    file: %1 (%2 bytes, sha256 %3)"), f.name, static_cast<long long>(f.size), f.sha256).c_str());
    std::printf("%s\n", msg(ControlsCommand::tr("  History: bulkheadctl attest --history %1"), def.id).c_str());
}

int runShow(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage("show", kShowHelp, args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(kShowHelp, stdout);
        return Ok;
    }
    if (args.positional().size() != 1)
        return usage("show", kShowHelp, args.positional().empty() ? msg(ControlsCommand::tr("which control? (an id such as BLD-3)"))
                                                                  : msg(ControlsCommand::tr("one control at a time")));
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "json")
        return usage("show", kShowHelp, msg(ControlsCommand::tr("--format must be table or json")));
    const ControlCatalog &catalog = ControlCatalog::builtin();
    const ControlDefinition *def = catalog.find(asciiUpper(args.positional()[0]));
    if (!def)
        return usage("show", kShowHelp, msg(ControlsCommand::tr("no control \"%1\" in the catalog (`bulkheadctl controls` lists them)"), args.positional()[0]));
    try {
        const PostureAssessment posture = readPosture(dbPath);
        const ControlAssessment *a = nullptr;
        for (const ControlAssessment &c : posture.controls)
            a = c.control == def->id ? &c : a;
        if (!a) {
            std::fprintf(stderr, "%s\n", msg(ControlsCommand::tr("error: control %1 was not assessed"), def->id).c_str());
            return Failed;
        }
        const std::vector<std::string> areaWorking = scoreWorking(catalog, posture.controls, def->area);
        const std::vector<std::string> overallWorking = scoreWorking(catalog, posture.controls, std::nullopt);
        if (format == "json") {
            nlohmann::ordered_json j = controlJson(*def, *a, posture.at);
            j["practice"] = def->practice;
            j["assessment"] = def->assessment;
            j["attestation_hint"] = def->attestationHint;
            // Named: a range-for over scoreJson(...)["areas"] would walk a temporary already destroyed.
            nlohmann::ordered_json score = scoreJson(posture.score);
            for (const nlohmann::ordered_json &area : score["areas"]) {
                if (area["area"] == controlAreaName(def->area))
                    j["area_score"] = area;
            }
            j["area_working"] = areaWorking;
            j["overall_score"] = posture.score.overall ? nlohmann::ordered_json(*posture.score.overall) : nullptr;
            j["overall_working"] = totalLines(overallWorking);
            std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return Ok;
        }
        std::printf("%s  %s\n", def->id.c_str(), def->title.c_str());
        printWrapped(std::string(controlAreaTitle(def->area)), 13, msg(ControlsCommand::tr("Area")));
        printWrapped(msg(ControlsCommand::tr("%1 (weight %2)"), statusText(a->status), std::to_string(def->weight)), 13, msg(ControlsCommand::tr("Status")));
        printWrapped(def->practice, 13, msg(ControlsCommand::tr("Practice")));
        printWrapped(def->assessment, 13, msg(ControlsCommand::tr("Checked by")));
        std::printf("\n%s\n", msg(ControlsCommand::tr("Why")).c_str());
        printWrapped(a->explanation, 2);
        std::printf("\n%s\n", msg(ControlsCommand::tr("Measures (%1)"), a->measures.size()).c_str());
        if (a->measures.empty())
            std::printf("%s\n", msg(ControlsCommand::tr("  none: nothing Bulkhead collects speaks to this control yet")).c_str());
        for (const EvidenceMeasure &m : a->measures)
            printMeasure(m);
        printAttestation(*def, *a, posture.at);
        std::printf("\n%s\n", msg(ControlsCommand::tr("Score working (%1)"), std::string(controlAreaTitle(def->area))).c_str());
        for (const std::string &line : areaWorking)
            std::printf("  %s\n", line.c_str());
        // The overall total only: its per-control lines are every area's.
        for (const std::string &line : totalLines(overallWorking))
            std::printf("  %s\n", line.c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(ControlsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace

int runControls(const std::string &dbPath, const std::vector<std::string> &args)
{
    if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
        const std::string &sub = args[0];
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (sub == "show")
            return runShow(dbPath, rest);
        if (sub == "help") {
            std::fputs(help().c_str(), stdout);
            return Ok;
        }
        return usage("", kHelp, msg(ControlsCommand::tr("unknown subcommand \"%1\""), sub));
    }
    return runList(dbPath, args);
}

} // namespace bulkhead::cli
