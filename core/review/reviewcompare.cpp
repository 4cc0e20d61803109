#include "review/reviewcompare.h"

#include "store/attestationrepository.h"
#include "store/drillrepository.h"
#include "store/reviewqueries.h"
#include "store/signoffrepository.h"
#include "store/snapshotrepository.h"
#include "i18n/localeformat.h"
#include "i18n/pluralcount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <set>

namespace bulkhead {

namespace {

// The review's sentences are for people (the weekly review page, `bulkheadctl review diff`) and follow
// the installed translation. A sign-off stores counts only, never these texts. (QString where tr() is
// called: lupdate loses the context in functions declared to return std::.)
class ReviewCompareText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCompareText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The UTC day as the locale writes it (ISO under the C locale), or "never".
QString day(std::int64_t t)
{
    if (!t)
        return ReviewCompareText::tr("never");
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date());
}

bool isCollected(const std::string &key)
{
    return key.rfind("registry:", 0) == 0 || key.rfind("cluster:", 0) == 0 || key.rfind("vault:", 0) == 0;
}

std::string sourceName(const std::string &key)
{
    return key.substr(key.find(':') + 1);
}

// "last successful run 2026-11-20" / "newest report scanned 2026-11-20" / "last import 2026-11-20".
QString lastSuccessText(const SnapshotSource &s)
{
    if (isCollected(s.key))
        return s.lastSuccessAt ? ReviewCompareText::tr("last successful run %1").arg(day(s.lastSuccessAt))
                               : ReviewCompareText::tr("never collected successfully");
    if (s.key.rfind("scanner:", 0) == 0)
        return ReviewCompareText::tr("newest report scanned %1").arg(day(s.lastSuccessAt));
    return ReviewCompareText::tr("last import %1").arg(day(s.lastSuccessAt));
}

QString itemsText(std::int64_t n)
{
    const int count = i18n::pluralCount(n);
    return ReviewCompareText::tr("%n items", nullptr, count);
}

// "<what happened>; what it reported is not counted as resolved"
QString notResolved(const QString &what)
{
    return ReviewCompareText::tr("%1; what it reported is not counted as resolved").arg(what);
}

ReviewItem attestationItem(const Attestation &a)
{
    ReviewItem item;
    item.title = ReviewCompareText::tr("%1 attested %2 by %3")
                     .arg(q(a.control), QLatin1String(attestationStatusName(a.status)), q(a.attestedBy))
                     .toStdString();
    item.at = a.expiresAt;
    item.detail = ReviewCompareText::tr("expires %1 (attested %2)").arg(day(a.expiresAt), day(a.attestedAt)).toStdString();
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
            item.title = ReviewCompareText::tr("Drill %1").arg(q(d.name)).toStdString();
            item.at = d.nextDueAt;
            const int cadence = d.cadenceDays;
            item.detail = (d.nextDueAt <= now
                               ? ReviewCompareText::tr("overdue since %1 (every %n days; last held %2)", nullptr, cadence)
                               : ReviewCompareText::tr("due %1 (every %n days; last held %2)", nullptr, cadence))
                              .arg(day(d.nextDueAt), day(d.lastCompletedAt))
                              .toStdString();
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
                item.title = ReviewCompareText::tr("Action of %1: %2").arg(q(d.name), q(a.text)).toStdString();
                item.at = a.dueAt;
                QString detail = ReviewCompareText::tr("overdue since %1").arg(day(a.dueAt));
                if (!a.owner.empty())
                    detail = ReviewCompareText::tr("%1, owner %2").arg(detail, q(a.owner));
                if (!a.control.empty())
                    detail = ReviewCompareText::tr("%1, control %2").arg(detail, q(a.control));
                item.detail = detail.toStdString();
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
            c.detail = notResolved(ReviewCompareText::tr("removed since the baseline (%1, %2)")
                                       .arg(lastSuccessText(*was), itemsText(was->items)))
                           .toStdString();
            out.push_back(std::move(c));
            continue;
        }
        const SnapshotSource &is = *it->second;
        c.itemsNow = is.items;
        if (is.status == "failed") {
            c.change = "failing";
            QString detail = lastSuccessText(is);
            if (isCollected(key)) {
                const SourceFailures f = queries.failuresSince(sourceName(key), std::max(was->lastSuccessAt,
                                                                                         baseline->takenAt));
                const int failed = i18n::pluralCount(f.failedRuns);
                if (failed > 0 && f.lastError.empty())
                    detail = ReviewCompareText::tr("%1; %n runs failed since", nullptr, failed).arg(detail);
                else if (failed > 0)
                    detail = ReviewCompareText::tr("%1; %n runs failed since: %2", nullptr, failed)
                                 .arg(detail, q(f.lastError));
                else
                    detail = ReviewCompareText::tr("%1; the last run failed").arg(detail);
            }
            c.detail = notResolved(detail).toStdString();
            out.push_back(std::move(c));
        } else if (is.lastSuccessAt <= was->lastSuccessAt) {
            c.change = "silent";
            c.detail = notResolved((isCollected(key) ? ReviewCompareText::tr("no successful run since the baseline (%1)")
                                                     : ReviewCompareText::tr("no newer report since the baseline (%1)"))
                                       .arg(lastSuccessText(is)))
                           .toStdString();
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
        c.detail = (baseline ? ReviewCompareText::tr("new since the baseline: %1, %2")
                             : ReviewCompareText::tr("no baseline: %1, %2"))
                       .arg(lastSuccessText(*is), itemsText(is->items))
                       .toStdString();
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
