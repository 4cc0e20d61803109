// `bulkheadctl review`: the weekly review from the command line. `diff` compares the posture now
// with the last sign-off (or the newest snapshot at or before a date), `signoff` records the
// review with notes (a snapshot is taken with it and becomes the next review's baseline),
// `history` lists the sign-offs. The answers come from bulkhead_core (buildReviewDiff,
// SignoffRepository); nothing here reads the store directly.
#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "controls/evidencesettings.h"
#include "review/reviewcompare.h"
#include "review/reviewdiff.h"
#include "review/reviewjson.h"
#include "store/database.h"
#include "store/signoffrepository.h"
#include "store/storeerror.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>

namespace bulkhead::cli {

namespace {

class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "ReviewCommand",
    "Usage: bulkheadctl [--db PATH] review SUBCOMMAND [OPTIONS]\n"
    "\n"
    "The weekly review: what changed since the last sign-off (or a chosen date), and the sign-off.\n"
    "A snapshot of the posture is recorded after every import and collection and at each sign-off;\n"
    "the review compares the posture now with the last sign-off's snapshot, or with the newest\n"
    "snapshot at or before --since.\n"
    "\n"
    "Subcommands:\n"
    "  diff [--since YYYY-MM-DD] [--format text|json]   what changed: score and areas, controls, new\n"
    "                                 and resolved critical/high findings, RBAC bindings, overdue\n"
    "                                 secrets, expiring risk acceptances and attestations, drills\n"
    "                                 due, and coverage (a source gone, failing or silent: its\n"
    "                                 findings are not counted as resolved)\n"
    "  signoff --notes TEXT [--since YYYY-MM-DD]        sign the review off; prints its id and score\n"
    "  history [--format text|json]                     the sign-offs, newest first\n"
    "`bulkheadctl review SUBCOMMAND --help` describes each.\n"
    "Exit codes: 0 done, 1 the store could not be read or written, 2 usage error.\n");

std::string help()
{
    return msg(ReviewCommand::tr(kHelp));
}

constexpr const char *kDiffHelp = QT_TRANSLATE_NOOP(
    "ReviewCommand",
    "Usage: bulkheadctl [--db PATH] review diff [--since YYYY-MM-DD] [--format text|json]\n"
    "\n"
    "Compares the posture now with the last sign-off's snapshot (none: the oldest snapshot), or\n"
    "with the newest snapshot taken at or before the start (00:00 UTC) of --since. Lists are\n"
    "capped at 200 items; the totals of new and resolved findings are exact.\n"
    "\n"
    "Options:\n"
    "  --since DATE   compare with this date instead of the last sign-off\n"
    "  --format F     text (default) or json\n");

constexpr const char *kSignoffHelp = QT_TRANSLATE_NOOP(
    "ReviewCommand",
    "Usage: bulkheadctl [--db PATH] review signoff --notes TEXT [--since YYYY-MM-DD]\n"
    "\n"
    "Signs the review off as the current OS user: records a snapshot and the sign-off (with the\n"
    "review's figures and the notes) in one transaction. The snapshot is the next review's\n"
    "baseline. Sign-offs are kept and never changed. Prints the sign-off's id and score.\n"
    "\n"
    "Options:\n"
    "  --notes TEXT   what was discussed and decided (required)\n"
    "  --since DATE   the review compared with this date instead of the last sign-off\n");

constexpr const char *kHistoryHelp = QT_TRANSLATE_NOOP(
    "ReviewCommand",
    "Usage: bulkheadctl [--db PATH] review history [--format text|json]\n"
    "\n"
    "The sign-offs, newest first: when, by whom, the score, what the review compared with, notes.\n"
    "\n"
    "Options:\n"
    "  --format F     text (default) or json\n");

// A subcommand being run, for its messages ("bulkheadctl review diff: ...") and its options.
struct Subcommand {
    const char *name;
    const char *help; // a QT_TRANSLATE_NOOP of the ReviewCommand context

    int usage(const std::string &message) const
    {
        std::fprintf(stderr, "bulkheadctl review %s: %s\n\n%s", name, message.c_str(), msg(ReviewCommand::tr(help)).c_str());
        return Usage;
    }
    // Parses (no positional arguments); --help/-h on stdout. -1 to go on, else the exit code.
    int parse(CliArgs &args, const std::vector<std::string> &raw) const
    {
        if (!args.parse(raw))
            return usage(args.error());
        if (args.flag("--help") || args.flag("-h"))
            return std::fputs(msg(ReviewCommand::tr(help)).c_str(), stdout), Ok;
        return args.positional().empty() ? -1 : usage(msg(ReviewCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    }
};

constexpr Subcommand kDiff{"diff", kDiffHelp}, kSignoff{"signoff", kSignoffHelp}, kHistory{"history", kHistoryHelp};

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string day(std::int64_t t)
{
    return t ? msg(localDay(t)) : std::string("-"); // as the locale writes a date; ISO under the C locale
}

Utf8 scoreText(const std::optional<double> &score)
{
    if (!score)
        return msg(ReviewCommand::tr("n/a"));
    return msg(i18n::localNumber(*score, 1));
}

// "71.5 -> 74.0 (+2.5)"; "n/a -> 74.0".
Utf8 deltaText(const std::optional<double> &before, const std::optional<double> &after)
{
    std::string out = scoreText(before) + " -> " + scoreText(after);
    if (before && after) {
        const double change = *after - *before;
        out += std::fabs(change) < 0.05
            ? msg(ReviewCommand::tr(" (no change)"))
            : " (" + std::string(change > 0 ? "+" : "") + msg(i18n::localNumber(change, 1)) + ")";
    }
    return out;
}

// --since YYYY-MM-DD as the start of that day (UTC); 0 when absent. False for a bad date.
bool readSince(const CliArgs &args, std::int64_t &since)
{
    since = 0;
    const auto text = args.value("--since");
    if (!text)
        return true;
    if (text->size() != 10 || (*text)[4] != '-' || (*text)[7] != '-')
        return false;
    since = parseTimestamp(*text);
    return since > 0;
}

bool readFormat(const CliArgs &args, std::string &format)
{
    format = args.value("--format").value_or("text");
    return format == "text" || format == "json";
}

// `heading`: a QT_TRANSLATE_NOOP of the ReviewCommand context.
void printItems(const char *heading, const std::vector<ReviewItem> &items, std::int64_t total)
{
    const QString title = ReviewCommand::tr(heading);
    if (total == 0)
        return;
    if (total > static_cast<std::int64_t>(items.size()))
        std::printf("\n%s\n", msg(ReviewCommand::tr("%1 (%2, first %3):"), title, static_cast<long long>(total), items.size()).c_str());
    else
        std::printf("\n%s\n", msg(ReviewCommand::tr("%1 (%2):"), title, items.size()).c_str());
    for (const ReviewItem &i : items) {
        std::printf("  %s\n", i.title.c_str());
        // Where the GUI shows it: "[findings: control=BLD-2&severity=critical&status=open]".
        const std::string link = i.page.empty() ? "" : "  [" + i.page + (i.filter.empty() ? "" : ": " + i.filter) + "]";
        std::printf("      %s%s\n", i.detail.c_str(), link.c_str());
    }
}

void printItems(const char *heading, const std::vector<ReviewItem> &items)
{
    printItems(heading, items, static_cast<std::int64_t>(items.size()));
}

void printDiff(const ReviewDiff &d)
{
    std::printf("%s", msg(ReviewCommand::tr("Weekly review %1 -> %2"), day(d.since), day(d.now)).c_str());
    if (d.baseline)
        std::printf("%s\n", msg(ReviewCommand::tr(" (baseline: snapshot %1, %2, %3)"), static_cast<long long>(d.baseline->id), isoTimestamp(d.baseline->takenAt), d.baseline->reason).c_str());
    else
        std::printf("%s\n", msg(ReviewCommand::tr(" (no snapshot that old: everything reads as new)")).c_str());
    std::printf("%s\n", msg(ReviewCommand::tr("Score: %1; %2 of %3 controls assessed"), deltaText(d.scoreBefore, d.scoreNow), d.current.assessed, d.current.controls).c_str());
    for (const auto &[area, scores] : d.areaScores)
        std::printf("  %-34s %s\n", std::string(controlAreaTitle(area)).c_str(),
                    deltaText(scores.first, scores.second).c_str());
    if (!d.controlChanges.empty()) {
        std::printf("\n%s\n", msg(ReviewCommand::tr("Control changes (%1):"), d.controlChanges.size()).c_str());
        for (const ControlChange &c : d.controlChanges)
            std::printf("  %-8s %s -> %s\n", c.control.c_str(), std::string(controlStatusName(c.before)).c_str(),
                        std::string(controlStatusName(c.after)).c_str());
    }
    if (!d.coverage.empty()) {
        std::printf("\n%s\n", msg(ReviewCommand::tr("Coverage changes (%1):"), d.coverage.size()).c_str());
        for (const CoverageChange &c : d.coverage)
            std::printf("  %-28s %-8s %s\n", c.source.c_str(), c.change.c_str(), c.detail.c_str());
    }
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "New critical/high findings"), d.newFindings, d.newFindingsTotal);
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "Resolved critical/high findings"), d.resolvedFindings, d.resolvedFindingsTotal);
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "RBAC bindings created or changed"), d.bindings, d.bindingsTotal);
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "Secrets that became overdue"), d.secretsOverdue, d.secretsOverdueTotal);
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "Risk acceptances expiring within 14 days"), d.acceptancesExpiring, d.acceptancesExpiringTotal);
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "Attestations expiring within 14 days"), d.attestationsExpiring);
    printItems(QT_TRANSLATE_NOOP("ReviewCommand", "Drills due and overdue actions"), d.drillsDue);
    const bool quiet = d.controlChanges.empty() && d.coverage.empty() && !d.newFindingsTotal
        && !d.resolvedFindingsTotal && d.bindings.empty() && d.secretsOverdue.empty() && d.acceptancesExpiring.empty()
        && d.attestationsExpiring.empty() && d.drillsDue.empty();
    if (quiet)
        std::printf("\n%s\n", msg(ReviewCommand::tr("Nothing changed since the baseline.")).c_str());
}

// Runs `body` on the store, turning store errors into exit code 1.
int withStore(const std::string &dbPath, Database::Access access, const std::function<int(Database &)> &body)
{
    try {
        Database db = Database::open(dbPath, access);
        return body(db);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(ReviewCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
}

int runDiff(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--since", "--format"}, {"--help", "-h"});
    if (const int done = kDiff.parse(args, raw); done >= 0)
        return done;
    std::int64_t since = 0;
    if (!readSince(args, since))
        return kDiff.usage(msg(ReviewCommand::tr("--since takes a date as YYYY-MM-DD")));
    std::string format;
    if (!readFormat(args, format))
        return kDiff.usage(msg(ReviewCommand::tr("--format must be text or json")));
    return withStore(dbPath, Database::Access::ReadOnly, [&](Database &db) {
        const ReviewDiff diff = buildReviewDiff(db, loadEvidenceSettings(), since, nowSeconds());
        if (format == "json")
            std::puts(reviewDiffJson(diff).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
        else
            printDiff(diff);
        return Ok;
    });
}

int runSignoff(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--notes", "--since"}, {"--help", "-h"});
    if (const int done = kSignoff.parse(args, raw); done >= 0)
        return done;
    const std::string notes = args.value("--notes").value_or("");
    if (notes.empty())
        return kSignoff.usage(msg(ReviewCommand::tr("--notes TEXT is required (what was reviewed and decided)")));
    std::int64_t since = 0;
    if (!readSince(args, since))
        return kSignoff.usage(msg(ReviewCommand::tr("--since takes a date as YYYY-MM-DD")));
    return withStore(dbPath, Database::Access::ReadWrite, [&](Database &db) {
        const std::int64_t now = nowSeconds();
        const ReviewDiff diff = buildReviewDiff(db, loadEvidenceSettings(), since, now);
        Signoff s;
        s.signedAt = now;
        s.signedBy = currentUserName();
        s.since = diff.since;
        s.notes = notes;
        s.summary = reviewSummaryJson(diff);
        SignoffRepository repo(db);
        const std::int64_t id = repo.signOff(s);
        const auto latest = repo.latest();
        std::printf("%s\n", msg(ReviewCommand::tr("signed off review %1 (score %2; snapshot %3)"), static_cast<long long>(id), scoreText(latest ? latest->score : std::nullopt).c_str(), static_cast<long long>(latest ? latest->snapshotId : 0)).c_str());
        return Ok;
    });
}

int runHistory(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (const int done = kHistory.parse(args, raw); done >= 0)
        return done;
    std::string format;
    if (!readFormat(args, format))
        return kHistory.usage(msg(ReviewCommand::tr("--format must be text or json")));
    return withStore(dbPath, Database::Access::ReadOnly, [&](Database &db) {
        const std::vector<Signoff> list = SignoffRepository(db).list();
        if (format == "json") {
            nlohmann::ordered_json out = nlohmann::ordered_json::array();
            for (const Signoff &s : list) {
                nlohmann::ordered_json j;
                j["id"] = s.id;
                j["signed_at"] = isoTimestamp(s.signedAt);
                j["signed_by"] = s.signedBy;
                j["since"] = s.since ? nlohmann::ordered_json(isoTimestamp(s.since)) : nlohmann::ordered_json();
                j["snapshot_id"] = s.snapshotId;
                j["score"] = s.score ? nlohmann::ordered_json(*s.score) : nlohmann::ordered_json();
                j["notes"] = s.notes;
                j["summary"] = nlohmann::ordered_json::parse(s.summary, nullptr, false);
                out.push_back(std::move(j));
            }
            std::puts(out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return Ok;
        }
        if (list.empty()) {
            std::puts(msg(ReviewCommand::tr("No review signed off yet (`bulkheadctl review signoff --notes TEXT`).")).c_str());
            return Ok;
        }
        std::puts(headerLine({{ReviewCommand::tr("ID"), 5},
                              {ReviewCommand::tr("SIGNED"), 20},
                              {ReviewCommand::tr("BY"), 16},
                              {ReviewCommand::tr("SCORE"), -6},
                              {ReviewCommand::tr("SINCE"), 10},
                              {ReviewCommand::tr("NOTES"), 0}})
                      .c_str());
        for (const Signoff &s : list) {
            std::string notes = s.notes.substr(0, s.notes.find('\n'));
            if (notes.size() > 60)
                notes = notes.substr(0, 59) + "~";
            std::printf("%-5lld  %-20s  %-16s  %6s  %-10s  %s\n", static_cast<long long>(s.id),
                        isoTimestamp(s.signedAt).c_str(), s.signedBy.c_str(), scoreText(s.score).c_str(),
                        day(s.since).c_str(), notes.c_str());
        }
        return Ok;
    });
}

} // namespace

int runReview(const std::string &dbPath, const std::vector<std::string> &args)
{
    if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
        std::fputs(help().c_str(), args.empty() ? stderr : stdout);
        return args.empty() ? Usage : Ok;
    }
    const std::string &sub = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (sub == "diff")
        return runDiff(dbPath, rest);
    if (sub == "signoff")
        return runSignoff(dbPath, rest);
    if (sub == "history")
        return runHistory(dbPath, rest);
    std::fprintf(stderr, "%s\n\n%s", msg(ReviewCommand::tr("bulkheadctl review: unknown subcommand \"%1\""), sub).c_str(), help().c_str());
    return Usage;
}

} // namespace bulkhead::cli
