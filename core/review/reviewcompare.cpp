#include "review/reviewcompare.h"

#include "store/attestationrepository.h"
#include "store/drillrepository.h"
#include "store/reviewqueries.h"
#include "store/signoffrepository.h"
#include "store/snapshotrepository.h"
#include "util/timestamps.h"

#include <algorithm>
#include <map>
#include <set>

namespace bulkhead {

namespace {

std::string day(std::int64_t t)
{
    return t ? isoTimestamp(t).substr(0, 10) : std::string("never");
}

bool isCollected(const std::string &key)
{
    return key.rfind("registry:", 0) == 0 || key.rfind("cluster:", 0) == 0 || key.rfind("vault:", 0) == 0;
}

std::string sourceName(const std::string &key)
{
    return key.substr(key.find(':') + 1);
}

// "last complete run 2026-11-20" / "newest report scanned 2026-11-20" / "last import 2026-11-20".
std::string lastSuccessText(const SnapshotSource &s)
{
    if (isCollected(s.key))
        return s.lastSuccessAt ? "last successful run " + day(s.lastSuccessAt) : "never collected successfully";
    if (s.key.rfind("scanner:", 0) == 0)
        return "newest report scanned " + day(s.lastSuccessAt);
    return "last import " + day(s.lastSuccessAt);
}

std::string itemsText(std::int64_t n)
{
    return std::to_string(n) + (n == 1 ? " item" : " items");
}

constexpr const char *kNotResolved = "; what it reported is not counted as resolved";

ReviewItem attestationItem(const Attestation &a)
{
    ReviewItem item;
    item.title = a.control + " attested " + std::string(attestationStatusName(a.status)) + " by " + a.attestedBy;
    item.at = a.expiresAt;
    item.detail = "expires " + day(a.expiresAt) + " (attested " + day(a.attestedAt) + ")";
    item.page = "controls";
    item.filter = "control=" + a.control;
    return item;
}

// Drills overdue or due within the window, and the open actions of their runs that are past due.
std::vector<ReviewItem> drillItems(const Database &db, std::int64_t now)
{
    std::vector<ReviewItem> out;
    const DrillRepository drills(db);
    for (const Drill &d : drills.list(now)) {
        if (d.cadenceDays > 0 && d.nextDueAt > 0 && d.nextDueAt < now + kReviewSoonSeconds) {
            ReviewItem item;
            item.title = "Drill " + d.name;
            item.at = d.nextDueAt;
            item.detail = (d.nextDueAt <= now ? "overdue since " : "due ") + day(d.nextDueAt) + " (every "
                + std::to_string(d.cadenceDays) + " days; last held " + day(d.lastCompletedAt) + ")";
            item.severity = d.nextDueAt <= now ? Severity::Medium : Severity::Low;
            item.page = "drills";
            out.push_back(std::move(item));
        }
        if (d.overdueActions <= 0)
            continue;
        for (const DrillRun &run : drills.runs(d.id)) {
            for (const DrillAction &a : run.actions) {
                if (a.doneAt || !a.dueAt || a.dueAt >= now)
                    continue;
                ReviewItem item;
                item.title = "Action of " + d.name + ": " + a.text;
                item.at = a.dueAt;
                item.detail = "overdue since " + day(a.dueAt) + (a.owner.empty() ? "" : ", owner " + a.owner)
                    + (a.control.empty() ? "" : ", control " + a.control);
                item.severity = Severity::Medium;
                item.page = "drills";
                out.push_back(std::move(item));
            }
        }
    }
    return out;
}

} // namespace

ReviewBaseline resolveReviewBaseline(const Database &db, std::int64_t since)
{
    ReviewBaseline out;
    const SnapshotRepository snapshots(db);
    if (since > 0) {
        out.since = since;
        out.snapshot = snapshots.atOrBefore(since);
        return out;
    }
    if (const auto signoff = SignoffRepository(db).latest()) {
        out.signoffId = signoff->id;
        out.snapshot = snapshots.find(signoff->snapshotId);
        out.since = out.snapshot ? out.snapshot->takenAt : signoff->signedAt;
        return out;
    }
    if (const auto oldest = ReviewQueries(db).oldestSnapshotId()) {
        out.snapshot = snapshots.find(*oldest);
        out.since = out.snapshot ? out.snapshot->takenAt : 0;
    }
    return out;
}

std::vector<CoverageChange> coverageChanges(const Database &db, const std::optional<Snapshot> &baseline,
                                            const Snapshot &current)
{
    std::vector<CoverageChange> out;
    std::map<std::string, const SnapshotSource *> now, before;
    for (const SnapshotSource &s : current.sources)
        now[s.key] = &s;
    if (baseline) {
        for (const SnapshotSource &s : baseline->sources)
            before[s.key] = &s;
    }
    const ReviewQueries queries(db);
    for (const auto &[key, was] : before) {
        const auto it = now.find(key);
        CoverageChange c;
        c.source = key;
        c.itemsBefore = was->items;
        if (it == now.end()) {
            c.change = "gone";
            c.detail = "removed since the baseline (" + lastSuccessText(*was) + ", " + itemsText(was->items) + ")"
                + kNotResolved;
            out.push_back(std::move(c));
            continue;
        }
        const SnapshotSource &is = *it->second;
        c.itemsNow = is.items;
        if (is.status == "failed") {
            c.change = "failing";
            c.detail = lastSuccessText(is);
            if (isCollected(key)) {
                const SourceFailures f = queries.failuresSince(sourceName(key), std::max(was->lastSuccessAt,
                                                                                         baseline->takenAt));
                if (f.failedRuns > 0)
                    c.detail += "; " + std::to_string(f.failedRuns) + (f.failedRuns == 1 ? " run" : " runs")
                        + " failed since" + (f.lastError.empty() ? "" : ": " + f.lastError);
                else
                    c.detail += "; the last run " + is.status;
            }
            c.detail += kNotResolved;
            out.push_back(std::move(c));
        } else if (is.lastSuccessAt <= was->lastSuccessAt) {
            c.change = "silent";
            c.detail = (isCollected(key) ? "no successful run since the baseline (" : "no newer report since the "
                                                                                      "baseline (")
                + lastSuccessText(is) + ")" + kNotResolved;
            out.push_back(std::move(c));
        }
    }
    for (const auto &[key, is] : now) {
        if (before.count(key))
            continue;
        CoverageChange c;
        c.source = key;
        c.change = "new";
        c.itemsNow = is->items;
        c.detail = (baseline ? "new since the baseline: " : "no baseline: ") + lastSuccessText(*is) + ", "
            + itemsText(is->items);
        out.push_back(std::move(c));
    }
    return out;
}

ReviewDiff compareWithBaseline(const Database &db, Snapshot current, std::int64_t since, std::int64_t now)
{
    ReviewDiff diff;
    ReviewBaseline base = resolveReviewBaseline(db, since);
    diff.since = base.since;
    diff.now = now;
    diff.baseline = std::move(base.snapshot);
    diff.current = std::move(current);
    diff.scoreNow = diff.current.score;
    if (diff.baseline)
        diff.scoreBefore = diff.baseline->score;
    for (ControlArea area : kControlAreas) {
        std::optional<double> before, after;
        if (diff.baseline) {
            if (const auto it = diff.baseline->areaScore.find(area); it != diff.baseline->areaScore.end())
                before = it->second;
        }
        if (const auto it = diff.current.areaScore.find(area); it != diff.current.areaScore.end())
            after = it->second;
        diff.areaScores.push_back({area, {before, after}});
    }
    // Every control either side knows; one missing on a side is not assessed there.
    std::set<std::string> controls;
    for (const auto &[id, status] : diff.current.controlStatus)
        controls.insert(id);
    if (diff.baseline) {
        for (const auto &[id, status] : diff.baseline->controlStatus)
            controls.insert(id);
    }
    for (const std::string &id : controls) {
        ControlChange c;
        c.control = id;
        if (diff.baseline) {
            if (const auto it = diff.baseline->controlStatus.find(id); it != diff.baseline->controlStatus.end())
                c.before = it->second;
        }
        if (const auto it = diff.current.controlStatus.find(id); it != diff.current.controlStatus.end())
            c.after = it->second;
        if (c.before != c.after)
            diff.controlChanges.push_back(c);
    }

    const ReviewQueries queries(db);
    // Each list is capped; its total says how many there are in all.
    const auto take = [](ReviewList list, std::vector<ReviewItem> &items, std::int64_t &total) {
        items = std::move(list.items);
        total = list.total;
    };
    take(queries.newFindings(diff.since, now, kReviewListCap), diff.newFindings, diff.newFindingsTotal);
    take(queries.resolvedFindings(diff.since, now, kReviewListCap), diff.resolvedFindings, diff.resolvedFindingsTotal);
    take(queries.bindings(diff.since, now, kReviewListCap), diff.bindings, diff.bindingsTotal);
    take(queries.secretsOverdue(diff.since, now, kReviewListCap), diff.secretsOverdue, diff.secretsOverdueTotal);
    take(queries.acceptancesExpiring(now, now + kReviewSoonSeconds, kReviewListCap), diff.acceptancesExpiring,
         diff.acceptancesExpiringTotal);
    for (const Attestation &a : AttestationRepository(db).expiringBetween(now, now + kReviewSoonSeconds))
        diff.attestationsExpiring.push_back(attestationItem(a));
    diff.drillsDue = drillItems(db, now);
    diff.coverage = coverageChanges(db, diff.baseline, diff.current);
    return diff;
}

} // namespace bulkhead
