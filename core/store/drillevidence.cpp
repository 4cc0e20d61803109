// DrillRepository::evidence: the measures of INC-2 (runbooks and tabletop drills held regularly)
// and INC-3 (controls reviewed after incidents, with the changes followed up) from the drill tables.
//
// INC-2, over the scheduled tabletop drills (not archived, cadence > 0):
//   drills-held           drills not past their next due date (last completion or scheduling + cadence)
//   checklist-completion  items done in each drill's last completed run (explained-but-undone items fail)
//   drill-actions         action items of those drills' runs not past their due date while open
// INC-3, over the runs of post-incident drills (archived ones too: a review stays evidence):
//   reviews-with-actions  reviews completed with at least one action item; a review still open
//                         more than 30 days after it was held counts as failing, a younger one is
//                         left out (the team is still at it)
//   review-actions        action items of the reviews not past their due date while open
// No scheduled drill -> INC-2 not assessed ("no drill scheduled"); no review -> INC-3 not
// assessed ("no post-incident review recorded").
#include "store/drillrepository.h"

#include "drills/drillschedule.h"
#include "store/drillrows.h"
#include "util/timestamps.h"

#include <QCoreApplication>

#include <algorithm>

// The texts are EvidenceRepository's ("EvidenceText" context, store/evidencegather.h), called
// through QCoreApplication::translate: the class is internal to the evidence files.
namespace bulkhead {

using namespace drillrows;

namespace {

constexpr std::size_t kExamples = 5;
constexpr std::int64_t kReviewGraceDays = 30;
constexpr int kGraceDays = static_cast<int>(kReviewGraceDays);

std::string day(std::int64_t t)
{
    return isoTimestamp(t).substr(0, 10);
}

std::string cut(const std::string &s, std::size_t width)
{
    return s.size() <= width ? s : s.substr(0, width - 3) + "...";
}

EvidenceMeasure measure(const char *control, const char *id, const QString &label, const char *noun,
                        const char *failingAs, int partialPercent)
{
    EvidenceMeasure m;
    m.control = control;
    m.id = id;
    m.label = label.toStdString();
    m.noun = noun;
    m.failingAs = failingAs;
    m.partialPercent = partialPercent;
    m.link = EvidenceLink{"drills", ""};
    return m;
}

void notAssessed(EvidenceMeasure &m, const std::string &reason)
{
    m.assessed = false;
    m.notAssessedReason = reason;
}

struct ActionRow {
    std::string drill, text, owner;
    std::int64_t dueAt = 0, doneAt = 0;
};

// Open action items past due, most overdue first, as examples: "Rotate CI token (alice, due 2026-01-05)".
void countActions(EvidenceMeasure &m, const std::vector<ActionRow> &actions, std::int64_t now)
{
    std::vector<const ActionRow *> overdue;
    for (const ActionRow &a : actions)
        if (a.doneAt == 0 && a.dueAt > 0 && a.dueAt < now)
            overdue.push_back(&a);
    std::sort(overdue.begin(), overdue.end(), [](const ActionRow *a, const ActionRow *b) { return a->dueAt < b->dueAt; });
    m.assessed = true;
    m.checked = static_cast<std::int64_t>(actions.size());
    m.failing = static_cast<std::int64_t>(overdue.size());
    for (std::size_t i = 0; i < overdue.size() && i < kExamples; ++i) {
        const ActionRow &a = *overdue[i];
        // %1: the action, %2: its owner, %3: its due day.
        m.examples.push_back(
            QCoreApplication::translate("EvidenceText", "%1 (%2, due %3)", "an action item, its owner and due day")
                .arg(QString::fromStdString(cut(a.text, 60)),
                     a.owner.empty() ? QCoreApplication::translate("EvidenceText", "no owner")
                                     : QString::fromStdString(a.owner),
                     QString::fromStdString(day(a.dueAt)))
                .toStdString());
    }
    if (actions.empty())
        m.detail = QCoreApplication::translate("EvidenceText", "No action items were recorded.").toStdString();
}

std::vector<ActionRow> actionsOf(const Database &db, const char *where)
{
    SqliteStatement st = db.prepare(
        std::string("SELECT d.name, a.text, a.owner, a.due_at, a.done_at FROM drill_actions a "
                    "JOIN drill_runs r ON r.id = a.run_id JOIN drills d ON d.id = r.drill_id "
                    "JOIN drill_templates t ON t.id = d.template_id WHERE ")
        + where + " ORDER BY a.id");
    std::vector<ActionRow> out;
    while (st.step())
        out.push_back(ActionRow{st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4)});
    return out;
}

constexpr const char *kScheduledTabletop = "d.archived = 0 AND d.cadence_days > 0 AND t.kind = 'tabletop'";

void tabletopEvidence(const Database &db, std::int64_t now, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure held =
        measure("INC-2", "drills-held", QCoreApplication::translate("EvidenceText", "tabletop drills held within their cadence"),
                "scheduled drills", "overdue", 50);
    EvidenceMeasure checklist = measure(
        "INC-2", "checklist-completion",
        QCoreApplication::translate("EvidenceText", "checklist items done in each drill's last completed run"),
        "checklist items", "not done", 20);
    EvidenceMeasure actions =
        measure("INC-2", "drill-actions",
                QCoreApplication::translate("EvidenceText", "drill action items done by their due date"),
                "action items", "past due", 20);

    struct Row {
        std::string name;
        std::int64_t nextDueAt = 0, lastRunId = 0;
    };
    std::vector<Row> drills;
    SqliteStatement st = db.prepare(
        std::string("SELECT d.name, d.cadence_days, d.created_at, "
                    "(SELECT MAX(r.completed_at) FROM drill_runs r WHERE r.drill_id = d.id AND r.status = 'completed'), "
                    "(SELECT r.id FROM drill_runs r WHERE r.drill_id = d.id AND r.status = 'completed' "
                    " ORDER BY r.completed_at DESC, r.id DESC LIMIT 1) "
                    "FROM drills d JOIN drill_templates t ON t.id = d.template_id WHERE ")
        + kScheduledTabletop + " ORDER BY d.name");
    while (st.step()) {
        const std::int64_t last = st.isNull(3) ? 0 : st.int64(3);
        drills.push_back(Row{st.text(0), drillNextDueAt(static_cast<int>(st.int64(1)), st.int64(2), last),
                             st.isNull(4) ? 0 : st.int64(4)});
    }
    if (drills.empty()) {
        for (EvidenceMeasure *m : {&held, &checklist, &actions})
            notAssessed(*m, QCoreApplication::translate("EvidenceText", "no drill scheduled").toStdString());
        out.insert(out.end(), {held, checklist, actions});
        return;
    }

    // Held within cadence: the most overdue first.
    std::vector<const Row *> overdue;
    const Row *nextDue = nullptr;
    for (const Row &d : drills) {
        if (d.nextDueAt < now)
            overdue.push_back(&d);
        else if (!nextDue || d.nextDueAt < nextDue->nextDueAt)
            nextDue = &d;
    }
    std::sort(overdue.begin(), overdue.end(), [](const Row *a, const Row *b) { return a->nextDueAt < b->nextDueAt; });
    held.assessed = true;
    held.checked = static_cast<std::int64_t>(drills.size());
    held.failing = static_cast<std::int64_t>(overdue.size());
    for (std::size_t i = 0; i < overdue.size() && i < kExamples; ++i)
        held.examples.push_back(QCoreApplication::translate("EvidenceText", "%1 (due %2)", "a drill and its due day")
                                    .arg(QString::fromStdString(overdue[i]->name),
                                         QString::fromStdString(day(overdue[i]->nextDueAt)))
                                    .toStdString());
    if (nextDue)
        held.detail = QCoreApplication::translate("EvidenceText", "Next due: %1 on %2.")
                          .arg(QString::fromStdString(nextDue->name), QString::fromStdString(day(nextDue->nextDueAt)))
                          .toStdString();

    // Checklist completion of each drill's last completed run.
    std::int64_t items = 0, undone = 0;
    int completedDrills = 0;
    SqliteStatement itemsOf = db.prepare("SELECT text, done FROM drill_items WHERE run_id = ?1 ORDER BY position");
    for (const Row &d : drills) {
        if (!d.lastRunId)
            continue;
        ++completedDrills;
        itemsOf.bind(1, d.lastRunId);
        while (itemsOf.step()) {
            ++items;
            if (itemsOf.int64(1) == 0) {
                ++undone;
                if (checklist.examples.size() < kExamples)
                    checklist.examples.push_back(d.name + ": " + cut(itemsOf.text(0), 60));
            }
        }
        itemsOf.reset();
    }
    if (completedDrills == 0) {
        notAssessed(checklist,
                    QCoreApplication::translate("EvidenceText", "no scheduled tabletop drill has been completed yet")
                        .toStdString());
    } else {
        checklist.assessed = true;
        checklist.checked = items;
        checklist.failing = undone;
        // (Counts go to translate() as plain variables: lupdate loses messages whose count is an
        // expression.)
        const int notCompleted = static_cast<int>(drills.size()) - completedDrills;
        if (notCompleted > 0)
            checklist.detail = QCoreApplication::translate("EvidenceText",
                                                           "%n of %1 scheduled drills have not been completed yet.",
                                                           nullptr, notCompleted)
                                   .arg(drills.size())
                                   .toStdString();
    }

    countActions(actions, actionsOf(db, kScheduledTabletop), now);
    out.insert(out.end(), {held, checklist, actions});
}

void postIncidentEvidence(const Database &db, std::int64_t now, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure reviews =
        measure("INC-3", "reviews-with-actions",
                QCoreApplication::translate("EvidenceText", "post-incident reviews completed with action items"),
                "post-incident reviews", "incomplete or without action items", 25);
    EvidenceMeasure actions =
        measure("INC-3", "review-actions",
                QCoreApplication::translate("EvidenceText", "post-incident action items done by their due date"),
                "action items", "past due", 20);

    SqliteStatement st = db.prepare(
        "SELECT d.name, r.held_on, r.status, (SELECT COUNT(*) FROM drill_actions a WHERE a.run_id = r.id) "
        "FROM drill_runs r JOIN drills d ON d.id = r.drill_id JOIN drill_templates t ON t.id = d.template_id "
        "WHERE t.kind = 'post-incident' ORDER BY r.held_on, r.id");
    std::int64_t recorded = 0, counted = 0, failing = 0, youngestOpen = 0;
    while (st.step()) {
        ++recorded;
        const std::string name = st.text(0);
        const std::int64_t heldOn = st.int64(1);
        const bool completed = st.text(2) == "completed";
        const std::int64_t actionCount = st.int64(3);
        QString problem;
        if (!completed) {
            if (now - heldOn <= kReviewGraceDays * kDrillDaySeconds) {
                youngestOpen = std::max(youngestOpen, heldOn);
                continue;
            }
            const int days = static_cast<int>((now - heldOn) / kDrillDaySeconds);
            problem = QCoreApplication::translate("EvidenceText", "open for %n days", nullptr, days);
        } else if (actionCount == 0) {
            problem = QCoreApplication::translate("EvidenceText", "no action items");
        }
        ++counted;
        if (!problem.isEmpty()) {
            ++failing;
            // %1: the review, %2: the day it was held, %3: what is missing.
            if (reviews.examples.size() < kExamples)
                reviews.examples.push_back(QCoreApplication::translate("EvidenceText", "%1, held %2: %3")
                                               .arg(QString::fromStdString(name), QString::fromStdString(day(heldOn)),
                                                    problem)
                                               .toStdString());
        }
    }
    if (recorded == 0) {
        const std::string none =
            QCoreApplication::translate("EvidenceText", "no post-incident review recorded").toStdString();
        notAssessed(reviews, none);
        notAssessed(actions, none);
        out.insert(out.end(), {reviews, actions});
        return;
    }
    if (counted == 0) {
        notAssessed(reviews, QCoreApplication::translate("EvidenceText",
                                                         "a post-incident review is in progress since %1; none has "
                                                         "been completed yet")
                                 .arg(QString::fromStdString(day(youngestOpen)))
                                 .toStdString());
    } else {
        reviews.assessed = true;
        reviews.checked = counted;
        reviews.failing = failing;
        if (youngestOpen)
            reviews.detail = QCoreApplication::translate(
                                 "EvidenceText", "Reviews still open and held within the last %n days are not counted yet.",
                                 nullptr, kGraceDays)
                                 .toStdString();
    }
    countActions(actions, actionsOf(db, "t.kind = 'post-incident'"), now);
    out.insert(out.end(), {reviews, actions});
}

} // namespace

std::vector<EvidenceMeasure> DrillRepository::evidence(std::int64_t now) const
{
    std::vector<EvidenceMeasure> out;
    tabletopEvidence(m_read, now, out);
    postIncidentEvidence(m_read, now, out);
    return out;
}

} // namespace bulkhead
