// The drill tables (schema v8) through DrillRepository on a real store: built-in templates seeded
// once, user templates (keys, built-ins not editable), a drill's whole lifecycle (schedule, start
// a run copying the template's checklist, check items, the completion rule, actions), the derived
// fields of list() (last completion, next due date from the cadence, open and overdue actions),
// and the INC-2/INC-3 evidence with every number computed here from what the test wrote.
#include "controls/measurestatus.h"
#include "drills/drillschedule.h"
#include "drills/drilltemplates.h"
#include "i18n/translationloader.h"
#include "store/database.h"
#include "store/drillrepository.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'780'000'000;

// The built-in template files as Qt's own JSON parser reads them (independent of the code under
// test): key -> number of checklist items.
std::map<std::string, int> builtinFiles()
{
    std::map<std::string, int> out;
    const QDir dir(QStringLiteral(":/bulkhead/drills"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        out[o.value("key").toString().toStdString()] = int(o.value("checklist").toArray().size());
    }
    return out;
}

DrillTemplate templateByKey(const std::vector<DrillTemplate> &all, const std::string &key)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const DrillTemplate &t) { return t.key == key; });
    if (it == all.end())
        qFatal("no template %s", key.c_str());
    return *it;
}

const EvidenceMeasure &measureOf(const std::vector<EvidenceMeasure> &all, const std::string &control,
                                 const std::string &id)
{
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const EvidenceMeasure &m) { return m.control == control && m.id == id; });
    if (it == all.end())
        qFatal("no measure %s/%s", control.c_str(), id.c_str());
    return *it;
}

// The measure's status by the assessment's rule (measurestatus.h): the numbers must land on the
// side of the partial/fail line the scenario means.
std::string statusOf(const EvidenceMeasure &m)
{
    return std::string(controlStatusName(measureStatus(m)));
}

void expectError(const std::function<void()> &body, const QString &mustContain)
{
    try {
        body();
    } catch (const StoreError &e) {
        if (!QString::fromStdString(e.what()).contains(mustContain))
            QFAIL(qPrintable(QStringLiteral("error \"%1\" does not contain \"%2\"").arg(e.what(), mustContain)));
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no error; expected one containing \"%1\"").arg(mustContain)));
}

} // namespace

class TestDrillRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    Database freshStore()
    {
        return Database::open((m_dir.path() + "/d" + QString::number(m_next++) + ".db").toStdString());
    }

    static std::int64_t scheduleFrom(DrillRepository &repo, const std::string &key, const std::string &name,
                                     int cadence, std::int64_t createdAt)
    {
        Drill d;
        d.templateId = templateByKey(repo.templates(), key).id;
        d.name = name;
        d.owner = "alice";
        d.cadenceDays = cadence;
        d.createdAt = createdAt;
        return repo.schedule(d);
    }

    // Starts and completes a run with every item done, on `day`.
    static std::int64_t holdRun(DrillRepository &repo, std::int64_t drillId, std::int64_t day)
    {
        const std::int64_t runId = repo.startRun(drillId, day, {"alice", "bob"}, day);
        DrillRun run = *repo.run(runId);
        for (DrillItem &i : run.items)
            i.done = true;
        repo.updateRun(run);
        repo.completeRun(runId, day);
        return runId;
    }

private Q_SLOTS:
    // The store keeps built-ins in English; a German program lists them and copies a new run's
    // checklist in German (the translation in :/bulkhead/drills/de), and English comes back with the
    // English translations installed again.
    void builtinsReadAndRunInTheInstalledLanguage()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        const DrillTemplate english = templateByKey(repo.templates(), "leaked-registry-credential");
        const QString failed = i18n::installTranslations(QStringLiteral("de"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed + QStringLiteral(" (build the bulkhead_translations target)")));
        const DrillTemplate german = localizedBuiltinTemplate(english, QStringLiteral("de"));
        QVERIFY(german.title != english.title);
        const DrillTemplate listed = templateByKey(repo.templates(), "leaked-registry-credential");
        QCOMPARE(listed.title, german.title);
        QCOMPARE(listed.checklist, german.checklist);
        const std::int64_t drillId = scheduleFrom(repo, "leaked-registry-credential", "Leak drill", 90, kNow);
        const DrillRun run = *repo.run(repo.startRun(drillId, kNow, {"alice"}, kNow));
        QCOMPARE(run.items.size(), german.checklist.size());
        for (std::size_t i = 0; i < run.items.size(); ++i)
            QCOMPARE(run.items[i].text, german.checklist[i]);
        SqliteStatement stored = db.prepare("SELECT title, checklist FROM drill_templates WHERE key = ?1");
        const std::string key = "leaked-registry-credential";
        stored.bindText(1, key);
        QVERIFY(stored.step());
        QCOMPARE(stored.text(0), english.title);
        QVERIFY(stored.text(1).find(english.checklist.front()) != std::string::npos);

        QVERIFY(i18n::installTranslations(QStringLiteral("en")).isEmpty());
        QCOMPARE(templateByKey(repo.templates(), "leaked-registry-credential").title, english.title);
    }

    void builtinTemplatesAreSeededOnce()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        QVERIFY(repo.templates().empty());
        repo.ensureBuiltinTemplates();
        const std::vector<DrillTemplate> first = repo.templates();
        const std::map<std::string, int> files = builtinFiles();
        QCOMPARE(first.size(), files.size());
        for (const DrillTemplate &t : first) {
            QVERIFY(t.builtin);
            QVERIFY(files.count(t.key));
            QCOMPARE(int(t.checklist.size()), files.at(t.key));
        }
        repo.ensureBuiltinTemplates();
        const std::vector<DrillTemplate> second = repo.templates();
        QCOMPARE(second.size(), first.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            QCOMPARE(second[i].id, first[i].id);
            QCOMPARE(second[i].checklist, first[i].checklist);
        }
        QCOMPARE(templateByKey(first, "post-incident-review").kind, DrillKind::PostIncident);
        QCOMPARE(templateByKey(first, "post-incident-review").cadenceDays, 0);
        QCOMPARE(templateByKey(first, "leaked-registry-credential").cadenceDays, 90);
    }

    void userTemplates()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        DrillTemplate copy = templateByKey(repo.templates(), "compromised-base-image");
        copy.id = 0;
        copy.key.clear();
        copy.title = "Compromised base image (payments)";
        copy.checklist.push_back("Tell the payment provider's security contact.");
        const std::int64_t id = repo.addTemplate(copy);
        const std::vector<DrillTemplate> all = repo.templates();
        const DrillTemplate added = templateByKey(all, "user-compromised-base-image-payments");
        QCOMPARE(added.id, id);
        QVERIFY(!added.builtin);
        QCOMPARE(added.checklist, copy.checklist);
        QCOMPARE(added.controls, copy.controls);

        expectError([&] { repo.addTemplate(copy); }, "user-compromised-base-image-payments");
        DrillTemplate edited = added;
        edited.cadenceDays = 30;
        edited.checklist = {"One step only."};
        repo.updateTemplate(edited);
        const DrillTemplate reread = templateByKey(repo.templates(), added.key);
        QCOMPARE(reread.cadenceDays, 30);
        QCOMPARE(reread.checklist, edited.checklist);

        DrillTemplate builtin = templateByKey(repo.templates(), "unsigned-image-deployed");
        builtin.title = "Changed";
        expectError([&] { repo.updateTemplate(builtin); }, "built in");
        DrillTemplate bad = copy;
        bad.key = "other";
        bad.checklist.clear();
        expectError([&] { repo.addTemplate(bad); }, "checklist is empty");
    }

    void lifecycleAndCompletionRule()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        const DrillTemplate tmpl = templateByKey(repo.templates(), "leaked-registry-credential");
        const std::int64_t created = kNow - 20 * kDay;
        const std::int64_t drillId = scheduleFrom(repo, tmpl.key, "Registry leak Q3", 90, created);
        expectError([&] { scheduleFrom(repo, tmpl.key, "Registry leak Q3", 90, created); }, "Registry leak Q3");

        const std::int64_t heldOn = kNow - 2 * kDay;
        const std::int64_t runId = repo.startRun(drillId, heldOn, {"alice", "bob", "carol"}, kNow - 2 * kDay);
        DrillRun run = *repo.run(runId);
        QCOMPARE(run.drillId, drillId);
        QCOMPARE(run.heldOn, heldOn);
        QCOMPARE(run.status, DrillRunStatus::InProgress);
        QCOMPARE(run.participants, (std::vector<std::string>{"alice", "bob", "carol"}));
        QCOMPARE(run.items.size(), tmpl.checklist.size());
        for (std::size_t i = 0; i < run.items.size(); ++i) {
            QCOMPARE(run.items[i].position, int(i + 1));
            QCOMPARE(run.items[i].text, tmpl.checklist[i]);
            QVERIFY(!run.items[i].done);
        }
        expectError([&] { repo.startRun(drillId, kNow, {}, kNow); }, "still in progress");

        // Every third item done, every fifth (not done) explained: the rest block completion.
        int unexplained = 0;
        for (DrillItem &i : run.items) {
            i.done = i.position % 3 == 0;
            if (!i.done && i.position % 5 == 0)
                i.notes = "registry audit log not available to us";
            if (i.done)
                i.evidence = "ticket SEC-" + std::to_string(i.position);
            unexplained += !i.done && i.notes.empty();
        }
        QVERIFY(unexplained > 1);
        run.incident = "CI log printed the docker config";
        repo.updateRun(run);
        expectError([&] { repo.completeRun(runId, kNow); },
                    QStringLiteral("drill \"Registry leak Q3\": %1 checklist items are neither done nor explained")
                        .arg(unexplained));
        QCOMPARE(repo.run(runId)->status, DrillRunStatus::InProgress);

        const DrillRun stored = *repo.run(runId);
        for (std::size_t i = 0; i < stored.items.size(); ++i) {
            QCOMPARE(stored.items[i].done, run.items[i].done);
            QCOMPARE(stored.items[i].evidence, run.items[i].evidence);
            QCOMPARE(stored.items[i].notes, run.items[i].notes);
        }
        QCOMPARE(stored.incident, run.incident);

        for (DrillItem &i : run.items)
            if (!i.done && i.notes.empty())
                i.notes = "out of scope for this exercise";
        repo.updateRun(run);
        const std::int64_t completedAt = kNow - kDay;
        repo.completeRun(runId, completedAt);
        QCOMPARE(repo.run(runId)->status, DrillRunStatus::Completed);
        QCOMPARE(repo.run(runId)->completedAt, completedAt);
        expectError([&] { repo.completeRun(runId, kNow); }, "was completed");

        // A completed run cannot lose its explanations.
        DrillRun undo = *repo.run(runId);
        const auto explained = std::find_if(undo.items.begin(), undo.items.end(),
                                            [](const DrillItem &i) { return !i.done; });
        QVERIFY(explained != undo.items.end());
        explained->notes.clear();
        expectError([&] { repo.updateRun(undo); }, "1 checklist item is neither done nor explained");
        QVERIFY(!repo.run(runId)->items[std::size_t(explained - undo.items.begin())].notes.empty());

        const std::vector<Drill> drills = repo.list(kNow);
        QCOMPARE(drills.size(), std::size_t(1));
        QCOMPARE(drills[0].lastCompletedAt, completedAt);
        QCOMPARE(drills[0].nextDueAt, completedAt + 90 * kDay);
        QCOMPARE(repo.runs(drillId).size(), std::size_t(1));

        // A second run: newest first.
        const std::int64_t second = holdRun(repo, drillId, kNow);
        const std::vector<DrillRun> runs = repo.runs(drillId);
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].id, second);
        QCOMPARE(runs[1].id, runId);
        QCOMPARE(repo.list(kNow)[0].nextDueAt, kNow + 90 * kDay);
    }

    void nextDueFromCadence()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        const std::int64_t created = kNow - 40 * kDay;
        const std::int64_t quarterly = scheduleFrom(repo, "compromised-base-image", "Base image", 90, created);
        const std::int64_t monthly = scheduleFrom(repo, "unsigned-image-deployed", "Unsigned", 30, created);
        const std::int64_t onDemand = scheduleFrom(repo, "post-incident-review", "PIR", 0, created);
        std::map<std::int64_t, Drill> byId;
        for (const Drill &d : repo.list(kNow))
            byId[d.id] = d;
        QCOMPARE(byId.at(quarterly).nextDueAt, created + 90 * kDay);
        QCOMPARE(byId.at(monthly).nextDueAt, created + 30 * kDay);
        QCOMPARE(byId.at(onDemand).nextDueAt, std::int64_t(0));
        QVERIFY(!drillOverdue(byId.at(quarterly), kNow));
        QVERIFY(drillOverdue(byId.at(monthly), kNow));
        QVERIFY(!drillOverdue(byId.at(onDemand), kNow));

        Drill d = byId.at(quarterly);
        d.cadenceDays = 14;
        d.owner = "bob";
        repo.updateDrill(d);
        QCOMPARE(repo.find(quarterly)->nextDueAt, created + 14 * kDay);
        QCOMPARE(repo.find(quarterly)->owner, std::string("bob"));
        QCOMPARE(repo.findByName("Unsigned")->id, monthly);
        QVERIFY(!repo.findByName("nope"));

        d.archived = true;
        repo.updateDrill(d);
        QCOMPARE(repo.list(kNow).size(), std::size_t(2));
        QCOMPARE(repo.list(kNow, true).size(), std::size_t(3));
        expectError([&] { repo.startRun(quarterly, kNow, {}, kNow); }, "archived");
        d.cadenceDays = -1;
        expectError([&] { repo.updateDrill(d); }, "cadence");
    }

    void actionsOpenAndOverdue()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        const std::int64_t drillId = scheduleFrom(repo, "secret-exposed-in-env-or-logs", "Env secrets", 90, kNow);
        const std::int64_t runId = repo.startRun(drillId, kNow, {"alice"}, kNow);
        struct Spec {
            std::int64_t due, done;
        };
        const std::vector<Spec> specs{{kNow - 3 * kDay, 0}, {kNow - kDay, 0},     {kNow - 5 * kDay, kNow - 6 * kDay},
                                      {kNow + 4 * kDay, 0}, {0, 0},               {kNow - 10 * kDay, 0}};
        int open = 0, overdue = 0;
        std::vector<std::int64_t> ids;
        for (std::size_t i = 0; i < specs.size(); ++i) {
            DrillAction a;
            a.runId = runId;
            a.text = "Move secret " + std::to_string(i) + " to a volume";
            a.owner = "team-" + std::to_string(i);
            a.control = "SEC-5";
            a.dueAt = specs[i].due;
            a.doneAt = specs[i].done;
            ids.push_back(repo.addAction(a));
            open += specs[i].done == 0;
            overdue += specs[i].done == 0 && specs[i].due > 0 && specs[i].due < kNow;
        }
        Drill d = repo.list(kNow)[0];
        QCOMPARE(d.openActions, open);
        QCOMPARE(d.overdueActions, overdue);

        DrillAction first = repo.run(runId)->actions[0];
        QCOMPARE(first.id, ids[0]);
        QCOMPARE(first.control, std::string("SEC-5"));
        QVERIFY(drillActionOverdue(first, kNow));
        first.doneAt = kNow;
        repo.updateAction(first);
        d = repo.list(kNow)[0];
        QCOMPARE(d.openActions, open - 1);
        QCOMPARE(d.overdueActions, overdue - 1);

        DrillAction empty;
        empty.runId = runId;
        expectError([&] { repo.addAction(empty); }, "Env secrets");
        empty.runId = 999;
        empty.text = "x";
        expectError([&] { repo.addAction(empty); }, "no drill run with id 999");
    }

    void evidenceWithoutDrillsIsNotAssessed()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        const std::vector<EvidenceMeasure> all = repo.evidence(kNow);
        int inc2 = 0, inc3 = 0;
        for (const EvidenceMeasure &m : all) {
            QVERIFY(!m.assessed);
            QCOMPARE(m.link.page, std::string("drills"));
            QVERIFY(!m.label.empty());
            if (m.control == "INC-2") {
                ++inc2;
                QCOMPARE(m.notAssessedReason, std::string("no drill scheduled"));
            } else {
                QCOMPARE(m.control, std::string("INC-3"));
                ++inc3;
                QCOMPARE(m.notAssessedReason, std::string("no post-incident review recorded"));
            }
        }
        QVERIFY(inc2 > 0);
        QVERIFY(inc3 > 0);
    }

    void tabletopEvidence()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        // Held 10 days ago (due in 80), never held and past due, never held and not due yet,
        // held 100 days ago on a 90-day cadence (past due), an archived overdue one (not counted),
        // and an on-demand tabletop drill (not counted).
        const std::int64_t held = scheduleFrom(repo, "leaked-registry-credential", "A held", 90, kNow - 200 * kDay);
        const std::int64_t late = scheduleFrom(repo, "compromised-base-image", "B never held", 90, kNow - 95 * kDay);
        scheduleFrom(repo, "unsigned-image-deployed", "C new", 90, kNow - 5 * kDay);
        const std::int64_t stale =
            scheduleFrom(repo, "overprivileged-service-account-token", "D stale", 90, kNow - 300 * kDay);
        const std::int64_t archived = scheduleFrom(repo, "unsigned-image-deployed", "E archived", 90, kNow - 400 * kDay);
        scheduleFrom(repo, "unsigned-image-deployed", "F on demand", 0, kNow - 400 * kDay);
        const int scheduled = 4, overdueDrills = 2; // B and D

        holdRun(repo, stale, kNow - 100 * kDay);
        // A: an older run with everything done, then the last one with two items explained, not done.
        holdRun(repo, held, kNow - 50 * kDay);
        const std::int64_t runId = repo.startRun(held, kNow - 10 * kDay, {"alice"}, kNow - 10 * kDay);
        DrillRun run = *repo.run(runId);
        int undone = 0;
        for (DrillItem &i : run.items) {
            i.done = i.position > 2;
            if (!i.done) {
                i.notes = "skipped";
                ++undone;
            }
        }
        repo.updateRun(run);
        repo.completeRun(runId, kNow - 10 * kDay);
        // Items of the last completed run of each drill: A's last run and D's only run.
        const std::size_t items = run.items.size() + repo.runs(stale)[0].items.size();

        // Actions: one overdue and one done on A's run; one overdue on the archived drill (not counted).
        DrillAction act;
        act.runId = runId;
        act.text = "Scope the CI robot account to one repository";
        act.owner = "bob";
        act.dueAt = kNow - 3 * kDay;
        repo.addAction(act);
        act.text = "Mask registry logins in CI";
        act.doneAt = kNow - kDay;
        repo.addAction(act);
        const std::int64_t archivedRun = repo.startRun(archived, kNow - 300 * kDay, {}, kNow - 300 * kDay);
        act.runId = archivedRun;
        act.doneAt = 0;
        repo.addAction(act);
        Drill a = *repo.find(archived);
        a.archived = true;
        repo.updateDrill(a);

        const std::vector<EvidenceMeasure> all = repo.evidence(kNow);
        const EvidenceMeasure &h = measureOf(all, "INC-2", "drills-held");
        QVERIFY(h.assessed);
        QCOMPARE(h.checked, std::int64_t(scheduled));
        QCOMPARE(h.failing, std::int64_t(overdueDrills));
        QCOMPARE(h.examples.size(), std::size_t(overdueDrills));
        // The most overdue first: D (held 100 days ago, due 10 days ago) before B (scheduled 95 days ago, due 5 days ago).
        QVERIFY(QString::fromStdString(h.examples[0]).startsWith("D stale"));
        QVERIFY(QString::fromStdString(h.examples[1]).startsWith("B never held"));
        QCOMPARE(statusOf(h), std::string("partial")); // 2 of 4: half, the partial line
        QVERIFY2(measureSentence(h).find("2 of 4 scheduled drills overdue") != std::string::npos,
                 measureSentence(h).c_str());

        const EvidenceMeasure &c = measureOf(all, "INC-2", "checklist-completion");
        QVERIFY(c.assessed);
        QCOMPARE(c.checked, std::int64_t(items));
        QCOMPARE(c.failing, std::int64_t(undone));
        QCOMPARE(c.examples.size(), std::size_t(undone));

        const EvidenceMeasure &x = measureOf(all, "INC-2", "drill-actions");
        QVERIFY(x.assessed);
        QCOMPARE(x.checked, std::int64_t(2));
        QCOMPARE(x.failing, std::int64_t(1));
        QCOMPARE(statusOf(x), std::string("fail")); // 1 of 2 past due is more than 20 %
        QVERIFY(QString::fromStdString(x.examples[0]).contains("bob"));

        // B held now: only D stays overdue, 1 of 4 -> still partial; then D too -> pass.
        holdRun(repo, late, kNow);
        QCOMPARE(measureOf(repo.evidence(kNow), "INC-2", "drills-held").failing, std::int64_t(1));
        holdRun(repo, stale, kNow);
        QCOMPARE(statusOf(measureOf(repo.evidence(kNow), "INC-2", "drills-held")), std::string("pass"));
        // The same drills a year later: every one is past due.
        const EvidenceMeasure later = measureOf(repo.evidence(kNow + 365 * kDay), "INC-2", "drills-held");
        QCOMPARE(later.failing, std::int64_t(scheduled));
        QCOMPARE(statusOf(later), std::string("fail"));
    }

    void scheduledButNeverCompleted()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        scheduleFrom(repo, "leaked-registry-credential", "New", 90, kNow - kDay);
        const std::vector<EvidenceMeasure> all = repo.evidence(kNow);
        QCOMPARE(statusOf(measureOf(all, "INC-2", "drills-held")), std::string("pass"));
        const EvidenceMeasure &c = measureOf(all, "INC-2", "checklist-completion");
        QVERIFY(!c.assessed);
        QVERIFY(QString::fromStdString(c.notAssessedReason).contains("completed"));
        // No action items recorded: assessed, nothing failing.
        QCOMPARE(statusOf(measureOf(all, "INC-2", "drill-actions")), std::string("pass"));
    }

    void postIncidentEvidence()
    {
        Database db = freshStore();
        DrillRepository repo(db);
        repo.ensureBuiltinTemplates();
        const std::int64_t pir = scheduleFrom(repo, "post-incident-review", "Incident reviews", 0, kNow - 400 * kDay);

        // Only a review started 5 days ago: not assessed yet (the team is at it).
        const std::int64_t young = repo.startRun(pir, kNow - 5 * kDay, {"alice"}, kNow - 5 * kDay);
        {
            const std::vector<EvidenceMeasure> all = repo.evidence(kNow);
            const EvidenceMeasure &r = measureOf(all, "INC-3", "reviews-with-actions");
            QVERIFY(!r.assessed);
            QVERIFY(QString::fromStdString(r.notAssessedReason).contains("in progress"));
        }
        auto complete = [&](std::int64_t runId) {
            DrillRun run = *repo.run(runId);
            for (DrillItem &i : run.items)
                i.done = true;
            repo.updateRun(run);
            repo.completeRun(runId, run.heldOn + kDay);
        };
        complete(young);
        // Completed without any action item: the review changed nothing -> failing.
        {
            const EvidenceMeasure r = measureOf(repo.evidence(kNow), "INC-3", "reviews-with-actions");
            QCOMPARE(r.checked, std::int64_t(1));
            QCOMPARE(r.failing, std::int64_t(1));
            QCOMPARE(statusOf(r), std::string("fail"));
            QVERIFY(QString::fromStdString(r.examples[0]).contains("no action items"));
        }
        // Actions for it: one due in the future, one done.
        DrillAction a;
        a.runId = young;
        a.text = "Enforce signature verification at admission";
        a.owner = "platform";
        a.control = "BLD-3";
        a.dueAt = kNow + 30 * kDay;
        repo.addAction(a);
        a.text = "Alert on secret listing by service accounts";
        a.doneAt = kNow - kDay;
        repo.addAction(a);
        {
            const std::vector<EvidenceMeasure> all = repo.evidence(kNow);
            QCOMPARE(statusOf(measureOf(all, "INC-3", "reviews-with-actions")), std::string("pass"));
            QCOMPARE(statusOf(measureOf(all, "INC-3", "review-actions")), std::string("pass"));
            QCOMPARE(measureOf(all, "INC-3", "review-actions").checked, std::int64_t(2));
        }
        // Later: the open action is past due (1 of 2 -> fail), and an older review left open for
        // 40 days counts as failing (1 of 2 reviews -> more than 25 % -> fail).
        const std::int64_t later = kNow + 45 * kDay;
        const std::int64_t old = repo.startRun(pir, kNow, {"bob"}, kNow);
        Q_UNUSED(old);
        const std::vector<EvidenceMeasure> all = repo.evidence(later);
        const EvidenceMeasure &r = measureOf(all, "INC-3", "reviews-with-actions");
        QCOMPARE(r.checked, std::int64_t(2));
        QCOMPARE(r.failing, std::int64_t(1));
        QVERIFY(QString::fromStdString(r.examples[0]).contains("open for 45 days"));
        const EvidenceMeasure &x = measureOf(all, "INC-3", "review-actions");
        QCOMPARE(x.checked, std::int64_t(2));
        QCOMPARE(x.failing, std::int64_t(1));
        QVERIFY(QString::fromStdString(x.examples[0]).contains("platform"));
        // Tabletop measures are untouched by post-incident reviews.
        QCOMPARE(measureOf(all, "INC-2", "drills-held").notAssessedReason, std::string("no drill scheduled"));
    }

    void readOnlyRepositoryRefusesWrites()
    {
        Database db = freshStore();
        DrillRepository(db).ensureBuiltinTemplates();
        const Database &readOnly = db;
        DrillRepository repo(readOnly);
        QVERIFY(!repo.templates().empty());
        expectError([&] { repo.ensureBuiltinTemplates(); }, "read-only");
    }
};

QTEST_GUILESS_MAIN(TestDrillRepository)
#include "tst_drillrepository.moc"
