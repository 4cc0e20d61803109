// gatherReport: the report's title, as-of resolution, the posture (live or from a snapshot) and its
// trend, then the findings (reportgatherfindings.cpp) and posture sections (reportgather*.cpp),
// all read in one read transaction so that every number comes from the same moment.
#include "report/reportgather.h"

#include "controls/controlcatalog.h"
#include "controls/evidencesettings.h"
#include "controls/postureassessor.h"
#include "report/reportgatherparts.h"
#include "report/scopesql.h"
#include "store/database.h"
#include "store/snapshotrepository.h"
#include "store/readtransaction.h"
#include "store/storeerror.h"
#include "store/storemeta.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <exception>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr int kTrendDays = 90;

bool cancelled(const ReportOptions &options)
{
    return options.cancel && options.cancel->load();
}

// store_meta by key, with the key bound for as long as the statement runs.
std::string metaValue(const Database &db, const std::string &key)
{
    SqliteStatement st = db.prepare("SELECT value FROM store_meta WHERE key = ?1");
    st.bindText(1, key);
    return st.step() && !st.isNull(0) ? st.text(0) : std::string();
}

std::string timeText(std::int64_t t)
{
    // "2026-11-29 14:05 UTC"
    const std::int64_t days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
    const std::int64_t rest = t - days * kDay;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, " %02d:%02d UTC", static_cast<int>(rest / 3600),
                  static_cast<int>(rest % 3600 / 60));
    return reportparts::dayText(t) + buffer;
}

// The posture as a snapshot recorded it: each control's status with an explanation saying so, the
// scores as recorded (the evidence behind them is not kept).
PostureAssessment postureFromSnapshot(const Snapshot &snapshot)
{
    const ControlCatalog &catalog = ControlCatalog::builtin();
    PostureAssessment posture;
    posture.at = snapshot.takenAt;
    const std::string when = timeText(snapshot.takenAt);
    for (const ControlDefinition &definition : catalog.controls()) {
        ControlAssessment c;
        c.control = definition.id;
        c.area = definition.area;
        const auto status = snapshot.controlStatus.find(definition.id);
        if (status != snapshot.controlStatus.end()) {
            c.status = status->second;
            // %1: when the snapshot was taken, %2: why ("import", "collect prod", "sign-off").
            c.explanation = QCoreApplication::translate(
                                "ReportNotes", "Status as recorded on %1 (snapshot after %2); the evidence behind it is not kept.")
                                .arg(QString::fromStdString(when), QString::fromStdString(snapshot.reason))
                                .toStdString();
        } else {
            c.explanation = QCoreApplication::translate(
                                "ReportNotes", "Not in the snapshot of %1 (the control was added to the catalog later).")
                                .arg(QString::fromStdString(when))
                                .toStdString();
        }
        posture.controls.push_back(std::move(c));
    }
    // The weights and counts from today's catalog, the numbers as recorded.
    posture.score = scorePosture(catalog, posture.controls);
    posture.score.overall = snapshot.score;
    for (AreaScore &area : posture.score.areas) {
        const auto recorded = snapshot.areaScore.find(area.area);
        if (recorded != snapshot.areaScore.end())
            area.score = recorded->second;
    }
    return posture;
}

std::optional<std::int64_t> oldestSnapshotAt(const Database &db)
{
    SqliteStatement st = db.prepare("SELECT min(taken_at) FROM snapshots");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return st.int64(0);
}

// Resolves the as-of day: `asOf` and whether it is a past day; false with `error` when the date is
// not one or lies in the future.
bool resolveAsOf(const ReportOptions &options, std::int64_t &asOf, bool &past, std::string &error)
{
    asOf = options.now;
    past = false;
    if (options.asOfDate.empty())
        return true;
    const std::optional<std::int64_t> dayEnd = reportDayEnd(options.asOfDate);
    if (!dayEnd) {
        error = "as-of \"" + options.asOfDate + "\" is not a date (YYYY-MM-DD)";
        return false;
    }
    if (*dayEnd - kDay + 1 > options.now) {
        error = "as-of " + options.asOfDate + " is in the future (today is " + reportparts::dayText(options.now) + ")";
        return false;
    }
    // Today: the data as it is now.
    if (*dayEnd >= options.now)
        return true;
    asOf = *dayEnd;
    past = true;
    return true;
}

bool gatherSummary(const Database &db, const ReportOptions &options, ReportModel &out, std::string &error)
{
    ReportSummary &summary = out.summary;
    const std::int64_t asOf = out.title.asOf;
    SnapshotRepository snapshots(db);
    if (out.title.asOfIsPast) {
        const std::optional<Snapshot> snapshot = snapshots.atOrBefore(asOf);
        if (!snapshot) {
            const std::optional<std::int64_t> first = oldestSnapshotAt(db);
            error = first ? "as-of " + options.asOfDate + " is before the store's first snapshot ("
                    + reportparts::dayText(*first) + ")"
                          : "as-of " + options.asOfDate + ": the store has no snapshot yet, so only the present can "
                                                          "be reported";
            return false;
        }
        summary.posture = postureFromSnapshot(*snapshot);
        summary.snapshotTakenAt = snapshot->takenAt;
    } else {
        summary.posture = assessPosture(db, loadEvidenceSettings(), asOf);
    }
    // One point per day (its last snapshot); the window holds at most 91 days, so never thinned.
    for (const SnapshotRepository::ScorePoint &p : snapshots.scoreTrend(1 << 20)) {
        if (p.takenAt > asOf - kTrendDays * kDay && p.takenAt <= asOf)
            summary.trend.push_back({p.takenAt, p.score});
    }
    return true;
}

// What the scope and the as-of day do and do not narrow, for the title page.
void addNotes(const ReportOptions &options, ReportModel &out)
{
    // For the report's reader, in the installed translation (context "ReportNotes").
    std::vector<std::string> &notes = out.title.scopeNotes;
    const ReportScope &scope = options.scope;
    const auto note = [&notes](const QString &text) { notes.push_back(text.toStdString()); };
    if (!scope.empty()) {
        note(QCoreApplication::translate("ReportNotes",
                                         "The score, the control statuses and the trend cover the whole store; the "
                                         "scope narrows the findings, RBAC, secrets, coverage and sources sections."));
        note(QCoreApplication::translate("ReportNotes", "Drills and post-incident reviews are not narrowed by the scope."));
    }
    if (!scope.namespaces.empty())
        note(QCoreApplication::translate("ReportNotes",
                                         "Namespaces narrow findings, RBAC bindings (cluster-wide bindings stay in) and "
                                         "Kubernetes secrets; coverage and sources are per source and not narrowed by "
                                         "namespace."));
    if (!scope.sources.empty() || !scope.clusters.empty() || !scope.registries.empty())
        note(QCoreApplication::translate("ReportNotes",
                                         "Coverage and the sources appendix list the sources, clusters and registries "
                                         "the scope names; secrets those of the clusters and sources it names "
                                         "(registries hold none); RBAC the clusters it names."));
    if (out.title.asOfIsPast) {
        const QString asOf = QString::fromStdString(options.asOfDate);
        // %1: the as-of day, %2: when the snapshot was taken.
        note(QCoreApplication::translate("ReportNotes",
                                         "Data as of %1 (end of day, UTC): control statuses and scores as recorded in "
                                         "the snapshot of %2.")
                 .arg(asOf, QString::fromStdString(timeText(out.summary.snapshotTakenAt.value_or(0)))));
        note(QCoreApplication::translate("ReportNotes",
                                         "Findings first seen by then and not resolved before it, with their current "
                                         "triage; secret ages and drills at that moment."));
        // %1: now, %2: the as-of day.
        note(QCoreApplication::translate("ReportNotes",
                                         "RBAC review status and collection coverage are current (%1), not as of %2.")
                 .arg(QString::fromStdString(timeText(options.now)), asOf));
    }
}

void fillTitle(const Database &db, const ReportOptions &options, ReportTitle &title)
{
    title.scopeLine = options.scope.describe();
    title.generatedAt = options.now;
    title.generatedBy = options.generatedBy;
    title.version = BULKHEAD_VERSION;
    title.storeId = metaValue(db, "store_id");
    title.storePath = options.storePath.empty() ? db.path() : options.storePath;
    title.demo = metaValue(db, std::string(storemeta::kDemo)) == "1";
}

} // namespace

namespace reportparts {

namespace {

bool equalsIgnoringCase(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

bool listed(const std::vector<std::string> &names, const std::string &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool sourceInScope(const ReportScope &scope, const std::string &kind, const std::string &name, const std::string &host)
{
    if (scope.sources.empty() && scope.clusters.empty() && scope.registries.empty())
        return true;
    // Scanner tools by name in any letter case, as scopesql matches them against `tools`.
    const auto sameName = [&](const std::string &given) {
        return kind == "scanner" ? equalsIgnoringCase(given, name) : given == name;
    };
    if (std::any_of(scope.sources.begin(), scope.sources.end(), sameName))
        return true;
    if (kind == "cluster")
        return listed(scope.clusters, name);
    if (kind != "registry")
        return false;
    // A registry by its source name or by its host, compared as scopesql compares hosts.
    const std::string normalized = host.empty() ? std::string() : normalizedRegistryHost(host);
    return std::any_of(scope.registries.begin(), scope.registries.end(), [&](const std::string &given) {
        return given == name || (!normalized.empty() && normalizedRegistryHost(given) == normalized);
    });
}

std::string dayText(std::int64_t unixSeconds)
{
    const std::chrono::sys_days day{std::chrono::days(unixSeconds >= 0 ? unixSeconds / kDay
                                                                       : (unixSeconds - kDay + 1) / kDay)};
    const std::chrono::year_month_day ymd(day);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

} // namespace reportparts

std::optional<std::int64_t> reportDayEnd(const std::string &date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(date[i])))
            return std::nullopt;
    }
    const int y = std::stoi(date.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!ymd.ok())
        return std::nullopt;
    const std::int64_t days = std::chrono::sys_days(ymd).time_since_epoch().count();
    return days * kDay + kDay - 1;
}

bool gatherReport(const Database &db, const ReportOptions &given, ReportModel &out, std::string &error)
{
    // A caller that left the generation time unset gets the present rather than 1970.
    ReportOptions options = given;
    if (options.now == 0)
        options.now = static_cast<std::int64_t>(std::time(nullptr));
    std::int64_t asOf = 0;
    bool past = false;
    if (!resolveAsOf(options, asOf, past, error))
        return false;
    try {
        ReadTransaction transaction(db);
        out = ReportModel();
        out.title.asOf = asOf;
        out.title.asOfIsPast = past;
        fillTitle(db, options, out.title);
        if (!cancelled(options) && !gatherSummary(db, options, out, error))
            return false;
        addNotes(options, out);
        if (!cancelled(options))
            gatherFindingSections(db, options.scope, asOf, out);
        if (!cancelled(options))
            gatherPostureSections(db, options, asOf, out);
    } catch (const std::exception &e) { // StoreError, or a bad_alloc on a huge store
        error = std::string("reading the store for the report: ") + e.what();
        return false;
    }
    if (cancelled(options)) {
        error = "cancelled";
        return false;
    }
    return true;
}

void gatherPostureSections(const Database &db, const ReportOptions &options, std::int64_t asOf, ReportModel &out)
{
    // RBAC and coverage are what the store holds now, whatever the as-of day (the notes say so).
    const std::int64_t now = std::max(options.now, asOf);
    reportparts::gatherRbac(db, options.scope, now, out.rbac);
    if (cancelled(options))
        return;
    reportparts::gatherSecrets(db, options.scope, asOf, out.secrets);
    if (cancelled(options))
        return;
    reportparts::gatherDrills(db, asOf, out.drills);
    if (cancelled(options))
        return;
    reportparts::gatherCoverage(db, options.scope, now, loadEvidenceSettings().scanMaxAgeDays, out.coverage);
    if (cancelled(options))
        return;
    reportparts::gatherSources(db, options.scope, out.sources);
}

} // namespace bulkhead
