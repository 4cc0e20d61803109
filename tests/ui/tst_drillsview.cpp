// The Drills page over a real store (every read and write through DrillRepository on the page's
// worker): a drill scheduled from a built-in template through the dialog, a run started with its
// checklist copied from the template, items ticked with Space, an action added, completion
// refused while an item is neither done nor explained and allowed once it is, the history
// showing the completed run; overdue drills highlighted (due dates computed here from the
// creation times and cadences); user templates created, copied from a built-in and edited while
// built-ins stay read-only. The expected counts come from the template files and the test's own
// input, never from the page. With BULKHEAD_SCREENSHOT_DIR set it saves docs/screenshots/drills.png.
#include "drills/drillactionsmodel.h"
#include "drills/drillitemsmodel.h"
#include "drills/drillruneditor.h"
#include "drills/drillslistmodel.h"
#include "drills/drillsstore.h"
#include "drills/drillsview.h"
#include "drills/drilltemplatespanel.h"
#include "drills/scheduledrilldialog.h"
#include "mainwindow/mainwindow.h"
#include "pages/pageid.h"
#include "store/database.h"
#include "store/drillrepository.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <map>
#include <set>

using namespace bulkhead;
using ui::DrillsListModel;
using ui::DrillsView;

namespace {

constexpr int kTimeout = 20000;
constexpr std::int64_t kDay = 86400;
// Noon, local time, of a fixed day: due dates and "overdue" do not depend on when the test runs.
const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(12, 0)).toSecsSinceEpoch();

// The built-in template files as shipped (the store is seeded from them): key -> checklist size.
std::map<QString, int> builtinChecklists()
{
    std::map<QString, int> out;
    const QDir dir(QStringLiteral(":/bulkhead/drills"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        out[o.value(QStringLiteral("key")).toString()] = static_cast<int>(o.value(QStringLiteral("checklist")).toArray().size());
    }
    return out;
}

bool settle(DrillsView &view)
{
    return QTest::qWaitFor([&] { return view.store()->pending() == 0; }, kTimeout);
}

const DrillTemplate *templateByKey(const std::vector<DrillTemplate> &all, const std::string &key)
{
    for (const DrillTemplate &t : all) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

std::int64_t storeScalar(const QString &path, const std::string &sql)
{
    const Database db = Database::open(path.toStdString(), Database::Access::ReadOnly);
    return db.scalar(sql);
}

} // namespace

class TestDrillsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newStore(const QString &name)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        test::createStore(path);
        return path;
    }

    static bool ready(DrillsView &view)
    {
        view.setNow(kNow);
        return settle(view);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir, "tst_drillsview");
        QVERIFY(!builtinChecklists().empty());
    }

    void scheduleRunAndComplete()
    {
        const QString path = newStore(QStringLiteral("lifecycle.db"));
        DrillsView view(path);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(ready(view));
        QCOMPARE(view.model()->rowCount(), 0);

        // Every built-in template is offered, seeded on first use.
        const std::map<QString, int> files = builtinChecklists();
        const std::vector<DrillTemplate> templates = view.templatesPanel()->templates();
        QCOMPARE(templates.size(), files.size());
        const DrillTemplate *leaked = templateByKey(templates, "leaked-registry-credential");
        QVERIFY(leaked);
        QVERIFY(leaked->builtin);
        const int checklist = files.at(QStringLiteral("leaked-registry-credential"));
        QVERIFY(checklist >= 2);

        // "Schedule drill…" through its dialog.
        view.openScheduleDialog(leaked->id);
        auto *dialog = view.findChild<ui::ScheduleDrillDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->nameField()->text(), QString::fromStdString(leaked->title));
        QCOMPARE(dialog->cadenceBox()->value(), leaked->cadenceDays);
        dialog->nameField()->setText(QStringLiteral("Registry credential leak"));
        dialog->ownerField()->setText(QStringLiteral("platform-team"));
        QSignalSpy scheduled(&view, &DrillsView::drillScheduled);
        dialog->accept();
        QVERIFY(scheduled.wait(kTimeout));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->rowCount(), 1);
        const QModelIndex row = view.proxy()->index(0, DrillsListModel::NameColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Registry credential leak"));
        QCOMPARE(row.siblingAtColumn(DrillsListModel::TemplateColumn).data().toString(),
                 QString::fromStdString(leaked->title));
        QCOMPARE(row.siblingAtColumn(DrillsListModel::OwnerColumn).data().toString(), QStringLiteral("platform-team"));
        QCOMPARE(row.siblingAtColumn(DrillsListModel::LastCompletedColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(view.currentDrillId(), scheduled.first().at(0).value<qint64>());
        // A second drill of the same name is refused by the dialog before anything is written.
        view.openScheduleDialog(leaked->id);
        auto dialogs = view.findChildren<ui::ScheduleDrillDialog *>();
        QVERIFY(!dialogs.isEmpty());
        ui::ScheduleDrillDialog *again = dialogs.last();
        again->nameField()->setText(QStringLiteral("Registry credential leak"));
        again->accept();
        QVERIFY(again->isVisible());
        again->reject();

        // Start a run: the checklist of the template, the participants.
        const std::int64_t heldOn = QDateTime::fromSecsSinceEpoch(kNow).date().startOfDay().toSecsSinceEpoch();
        QSignalSpy started(&view, &DrillsView::runStarted);
        view.startRun(heldOn, {"alice", "bob"});
        QVERIFY(started.wait(kTimeout));
        QVERIFY(settle(view));
        ui::DrillRunEditor *editor = view.runEditor();
        QVERIFY(editor->isShowingRun());
        QCOMPARE(editor->runId(), started.first().at(0).value<qint64>());
        QCOMPARE(editor->itemsModel()->rowCount(), checklist);
        QCOMPARE(editor->participantsField()->text(), QStringLiteral("alice, bob"));
        QVERIFY(!editor->incidentEdit()->isVisible()); // a tabletop exercise has no incident text
        QCOMPARE(view.historyList()->count(), 1);

        // Space ticks items off: all but the last.
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        // Tab walks the run top to bottom (the incident box is hidden for a tabletop exercise).
        editor->participantsField()->setFocus();
        QTRY_VERIFY(editor->participantsField()->hasFocus());
        for (QWidget *next : std::initializer_list<QWidget *>{editor->itemsTable(), editor->notesEdit(),
                                                              editor->addActionButton(), editor->actionsTable(),
                                                              editor->completeButton()}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget(), next);
        }
        QTableView *items = editor->itemsTable();
        items->setFocus();
        QTRY_VERIFY(items->hasFocus());
        for (int r = 0; r + 1 < checklist; ++r) {
            items->setCurrentIndex(editor->itemsModel()->index(r, ui::DrillItemsModel::TextColumn));
            QTest::keyClick(items, Qt::Key_Space);
        }
        // Evidence typed into a cell is saved too.
        QVERIFY(editor->itemsModel()->setData(editor->itemsModel()->index(0, ui::DrillItemsModel::EvidenceColumn),
                                              QStringLiteral("INC-4711 timeline"), Qt::EditRole));
        QVERIFY(settle(view));
        const std::string runWhere = " WHERE run_id = " + std::to_string(editor->runId());
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_items" + runWhere + " AND done = 1"), qint64(checklist - 1));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_items" + runWhere + " AND evidence = 'INC-4711 timeline'"),
                 qint64(1));
        QVERIFY(editor->saveStateLabel()->text().startsWith(QStringLiteral("All changes saved")));

        // Notes are saved when the field loses the focus.
        editor->notesEdit()->setFocus();
        QTRY_VERIFY(editor->notesEdit()->hasFocus());
        QTest::keyClicks(editor->notesEdit(), QStringLiteral("Revocation took 40 minutes"));
        items->setFocus();
        QTRY_VERIFY(items->hasFocus());
        QVERIFY(settle(view));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_runs WHERE notes = 'Revocation took 40 minutes'"),
                 qint64(1));

        // An action item.
        DrillAction action;
        action.text = "Mask registry logins in CI logs";
        action.owner = "ci-team";
        action.control = "SEC-3";
        action.dueAt = kNow + 14 * kDay;
        editor->addAction(action);
        QVERIFY(settle(view));
        QCOMPARE(editor->actionsModel()->rowCount(), 1);
        QCOMPARE(editor->actionsModel()->index(0, ui::DrillActionsModel::OwnerColumn).data().toString(),
                 QStringLiteral("ci-team"));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_actions" + runWhere + " AND done_at = 0"), qint64(1));
        QCOMPARE(view.proxy()->index(0, DrillsListModel::ActionsColumn).data().toString(), QStringLiteral("1 open"));

        // Completion is refused while the last item is neither done nor explained; the editor says which.
        const QString lastItem = editor->itemsModel()->index(checklist - 1, ui::DrillItemsModel::TextColumn).data().toString();
        QSignalSpy refused(editor, &ui::DrillRunEditor::completionRefused);
        QTest::mouseClick(editor->completeButton(), Qt::LeftButton);
        QVERIFY(refused.wait(kTimeout));
        QVERIFY(editor->messageLabel()->isVisible());
        QVERIFY2(editor->messageLabel()->text().contains(lastItem), qPrintable(editor->messageLabel()->text()));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_runs WHERE status = 'completed'"), qint64(0));

        // A note why it was not done is enough.
        QVERIFY(editor->itemsModel()->setData(editor->itemsModel()->index(checklist - 1, ui::DrillItemsModel::NotesColumn),
                                              QStringLiteral("Out of scope this quarter"), Qt::EditRole));
        QSignalSpy completed(editor, &ui::DrillRunEditor::runCompleted);
        QTest::mouseClick(editor->completeButton(), Qt::LeftButton);
        QVERIFY(completed.wait(kTimeout));
        QVERIFY(settle(view));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_runs WHERE status = 'completed'"), qint64(1));
        // The history shows it, the list says when, the editor is read-only except for the actions.
        QCOMPARE(view.historyList()->count(), 1);
        QVERIFY2(view.historyList()->item(0)->text().contains(QStringLiteral("completed")),
                 qPrintable(view.historyList()->item(0)->text()));
        QCOMPARE(view.proxy()->index(0, DrillsListModel::LastCompletedColumn).data().toString(),
                 QDateTime::fromSecsSinceEpoch(kNow).toString(QStringLiteral("yyyy-MM-dd")));
        QVERIFY(!editor->completeButton()->isEnabled());
        QVERIFY(editor->itemsModel()->isReadOnly());
        QVERIFY(editor->participantsField()->isReadOnly());
        // Next due: the completion plus the cadence.
        QCOMPARE(view.proxy()->index(0, DrillsListModel::NextDueColumn).data().toString(),
                 QDateTime::fromSecsSinceEpoch(kNow + leaked->cadenceDays * kDay).toString(QStringLiteral("yyyy-MM-dd")));

        // The action is worked off after the drill: Space marks it done.
        QTableView *actions = editor->actionsTable();
        actions->setFocus();
        QTRY_VERIFY(actions->hasFocus());
        actions->setCurrentIndex(editor->actionsModel()->index(0, ui::DrillActionsModel::TextColumn));
        QTest::keyClick(actions, Qt::Key_Space);
        QVERIFY(settle(view));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_actions" + runWhere + " AND done_at > 0"), qint64(1));
        QCOMPARE(view.proxy()->index(0, DrillsListModel::ActionsColumn).data().toString(), QStringLiteral("none open"));
    }

    // A post-incident review (on demand) records what happened: the incident box is there, and
    // saved when it loses the focus.
    void postIncidentReviewRecordsTheIncident()
    {
        const QString path = newStore(QStringLiteral("pir.db"));
        DrillsView view(path);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(ready(view));
        const DrillTemplate *pir = templateByKey(view.templatesPanel()->templates(), "post-incident-review");
        QVERIFY(pir);
        QCOMPARE(pir->kind, DrillKind::PostIncident);
        Drill d;
        d.templateId = pir->id;
        d.name = "Reviews";
        d.cadenceDays = pir->cadenceDays;
        QSignalSpy scheduled(&view, &DrillsView::drillScheduled);
        view.scheduleDrill(d);
        QVERIFY(scheduled.wait(kTimeout));
        QVERIFY(settle(view));
        QCOMPARE(view.proxy()->index(0, DrillsListModel::NextDueColumn).data().toString(), QStringLiteral("on demand"));
        QCOMPARE(view.proxy()->index(0, DrillsListModel::NextDueColumn).data(DrillsListModel::OverdueRole).toBool(), false);
        view.startRun(kNow, {"carol"});
        QVERIFY(settle(view));
        ui::DrillRunEditor *editor = view.runEditor();
        QVERIFY(editor->isShowingRun());
        QVERIFY(editor->incidentEdit()->isVisible());
        QCOMPARE(editor->itemsModel()->rowCount(), builtinChecklists().at(QStringLiteral("post-incident-review")));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        editor->incidentEdit()->setFocus();
        QTRY_VERIFY(editor->incidentEdit()->hasFocus());
        QTest::keyClicks(editor->incidentEdit(), QStringLiteral("Pull secret leaked via CI log"));
        QTest::keyClick(editor->incidentEdit(), Qt::Key_Tab); // leaves the box: saved
        QVERIFY(!editor->incidentEdit()->hasFocus());
        QVERIFY(settle(view));
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_runs WHERE incident = 'Pull secret leaked via CI log'"),
                 qint64(1));
        // A refresh (F5, a collection finishing) while notes are being typed keeps them, and saves them.
        editor->notesEdit()->setFocus();
        QTRY_VERIFY(editor->notesEdit()->hasFocus());
        QTest::keyClicks(editor->notesEdit(), QStringLiteral("Typed before F5"));
        view.refresh();
        QVERIFY(settle(view));
        QCOMPARE(editor->notesEdit()->toPlainText(), QStringLiteral("Typed before F5"));
        QVERIFY(editor->notesEdit()->hasFocus());
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_runs WHERE notes = 'Typed before F5'"), qint64(1));
    }

    void overdueDrillsHighlighted()
    {
        const QString path = newStore(QStringLiteral("overdue.db"));
        struct Planned {
            const char *name;
            int cadence;
            std::int64_t createdAt;
        };
        const std::vector<Planned> planned{
            {"Base image compromise", 90, kNow - 200 * kDay}, // due 110 days ago
            {"Unsigned image deployed", 90, kNow - 10 * kDay},
            {"Secret in logs", 30, kNow - 31 * kDay},         // due a day ago
            {"Post-incident reviews", 0, kNow - 400 * kDay},   // on demand: never due
        };
        std::set<std::string> expectOverdue;
        {
            Database db = Database::open(path.toStdString());
            DrillRepository repo(db);
            repo.ensureBuiltinTemplates();
            const std::int64_t templateId = repo.templates().front().id;
            for (const Planned &p : planned) {
                Drill d;
                d.templateId = templateId;
                d.name = p.name;
                d.owner = "sec-team";
                d.cadenceDays = p.cadence;
                d.createdAt = p.createdAt;
                repo.schedule(d);
                if (p.cadence > 0 && p.createdAt + p.cadence * kDay < kNow)
                    expectOverdue.insert(p.name);
            }
        }
        QCOMPARE(expectOverdue.size(), std::size_t(2));
        DrillsView view(path);
        QVERIFY(ready(view));
        QCOMPARE(view.model()->rowCount(), int(planned.size()));
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const QModelIndex index = view.model()->index(r, DrillsListModel::NextDueColumn);
            const std::string name = index.siblingAtColumn(DrillsListModel::NameColumn).data().toString().toStdString();
            const bool overdue = expectOverdue.count(name) > 0;
            QCOMPARE(index.data(DrillsListModel::OverdueRole).toBool(), overdue);
            QCOMPARE(index.data(Qt::BackgroundRole).isValid(), overdue);
            QCOMPARE(index.data().toString().contains(QStringLiteral("overdue")), overdue);
        }
        QVERIFY2(view.summaryLabel()->text().contains(QStringLiteral("%1 overdue").arg(expectOverdue.size())),
                 qPrintable(view.summaryLabel()->text()));
        // Sorted by next due: the most overdue first, on-demand last.
        QCOMPARE(view.proxy()->index(0, DrillsListModel::NameColumn).data().toString(),
                 QStringLiteral("Base image compromise"));
        QCOMPARE(view.proxy()->index(view.proxy()->rowCount() - 1, DrillsListModel::NameColumn).data().toString(),
                 QStringLiteral("Post-incident reviews"));
        // The filter narrows the list.
        view.searchField()->setText(QStringLiteral("secret"));
        QCOMPARE(view.proxy()->rowCount(), 1);
    }

    void userTemplates()
    {
        const QString path = newStore(QStringLiteral("templates.db"));
        DrillsView view(path);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(ready(view));
        view.tabs()->setCurrentWidget(view.templatesPanel());
        ui::DrillTemplatesPanel *panel = view.templatesPanel();
        const std::size_t builtins = builtinChecklists().size();
        QCOMPARE(panel->list()->count(), int(builtins));

        // Built-ins are read-only.
        const DrillTemplate *found = templateByKey(panel->templates(), "post-incident-review");
        QVERIFY(found);
        const DrillTemplate pirCopy = *found; // the panel's list is replaced on each reload
        const DrillTemplate *pir = &pirCopy;
        panel->setCurrentId(pir->id);
        QVERIFY(panel->titleField()->isReadOnly());
        QVERIFY(panel->checklistEdit()->isReadOnly());

        // Copy it: a user template, editable, chosen.
        panel->copyCurrent();
        QVERIFY(settle(view));
        QCOMPARE(panel->list()->count(), int(builtins) + 1);
        const std::int64_t copyId = panel->currentId();
        QVERIFY(copyId != pir->id);
        QVERIFY(!panel->titleField()->isReadOnly());
        QCOMPARE(panel->checklistEdit()->toPlainText().split(QLatin1Char('\n')).size(),
                 builtinChecklists().at(QStringLiteral("post-incident-review")));
        // Edit it: title on editingFinished, checklist on focus-out.
        panel->titleField()->setFocus();
        panel->titleField()->selectAll();
        QTest::keyClicks(panel->titleField(), QStringLiteral("Our post-incident review"));
        QTest::keyClick(panel->titleField(), Qt::Key_Return);
        panel->checklistEdit()->setPlainText(QStringLiteral("What failed?\nWhich control?\nWho owns the fix?"));
        panel->checklistEdit()->setFocus();
        QTRY_VERIFY(panel->checklistEdit()->hasFocus());
        panel->list()->setFocus();
        QTRY_VERIFY(panel->list()->hasFocus());
        QVERIFY(settle(view));
        {
            const Database db = Database::open(path.toStdString(), Database::Access::ReadOnly);
            const std::vector<DrillTemplate> stored = DrillRepository(db).templates();
            QCOMPARE(stored.size(), builtins + 1);
            bool copyStored = false;
            for (const DrillTemplate &t : stored) {
                if (t.id != copyId)
                    continue;
                copyStored = true;
                QVERIFY(!t.builtin);
                QCOMPARE(t.title, std::string("Our post-incident review"));
                QCOMPARE(t.checklist.size(), std::size_t(3));
                QCOMPARE(t.kind, DrillKind::PostIncident);
            }
            QVERIFY(copyStored);
            // The built-in is as shipped.
            for (const DrillTemplate &t : stored) {
                if (t.id == pir->id)
                    QCOMPARE(t.title, pir->title);
            }
        }
        QVERIFY(panel->saveStateLabel()->text().startsWith(QStringLiteral("All changes saved")));

        // A new template from scratch.
        QTest::mouseClick(panel->newButton(), Qt::LeftButton);
        QVERIFY(settle(view));
        QCOMPARE(panel->list()->count(), int(builtins) + 2);
        QCOMPARE(storeScalar(path, "SELECT count(*) FROM drill_templates WHERE builtin = 0"), qint64(2));

        // Scheduling from the copy offers it in the dialog with the name of the template.
        QTest::mouseClick(panel->scheduleButton(), Qt::LeftButton);
        auto *dialog = view.findChild<ui::ScheduleDrillDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->templateBox()->count(), int(builtins) + 2);
        dialog->reject();
    }

    void mainWindowShowsThePage()
    {
        const QString path = newStore(QStringLiteral("window.db"));
        ui::MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(ui::PageId::Drills);
        QCOMPARE(w.currentPage(), std::optional<ui::PageId>(ui::PageId::Drills));
        QVERIFY(w.drillsView());
        QVERIFY(settle(*w.drillsView()));
        QCOMPARE(w.drillsView()->templatesPanel()->list()->count(), int(builtinChecklists().size()));
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (xvfb-run, QT_QPA_PLATFORM=xcb), saves the
    // Drills page with an overdue drill, a run in progress and its actions, for people to look at.
    void screenshot()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        const QString path = newStore(QStringLiteral("screenshot.db"));
        std::int64_t runId = 0;
        {
            Database db = Database::open(path.toStdString());
            DrillRepository repo(db);
            repo.ensureBuiltinTemplates();
            const std::vector<DrillTemplate> templates = repo.templates();
            auto schedule = [&](const std::string &key, const std::string &name, const std::string &owner,
                                std::int64_t createdAt) {
                const DrillTemplate *t = templateByKey(templates, key);
                Drill d;
                d.templateId = t->id;
                d.name = name;
                d.owner = owner;
                d.cadenceDays = t->cadenceDays;
                d.createdAt = createdAt;
                return repo.schedule(d);
            };
            schedule("compromised-base-image", "Compromised base image", "build-team", kNow - 120 * kDay);
            schedule("unsigned-image-deployed", "Unsigned image deployed", "platform-team", kNow - 20 * kDay);
            schedule("post-incident-review", "Post-incident reviews", "security-lead", kNow - 60 * kDay);
            const std::int64_t leaked =
                schedule("leaked-registry-credential", "Registry credential leak", "platform-team", kNow - 80 * kDay);
            runId = repo.startRun(leaked, kNow - kDay, {"alice", "bob", "on-call SRE"}, kNow - kDay);
            DrillRun run = *repo.run(runId);
            for (std::size_t i = 0; i < run.items.size() && i < 5; ++i)
                run.items[i].done = true;
            run.items[0].evidence = "INC-4711 channel log";
            if (run.items.size() > 5)
                run.items[5].notes = "Registry admin on leave; revocation rehearsed on staging";
            run.notes = "Revocation took 40 minutes; the pull secrets in three namespaces were found by the Secrets page.";
            repo.updateRun(run);
            DrillAction a;
            a.runId = runId;
            a.text = "Mask registry logins in CI logs";
            a.owner = "ci-team";
            a.control = "SEC-3";
            a.dueAt = kNow + 14 * kDay;
            a.createdAt = kNow - kDay;
            repo.addAction(a);
            a.text = "Scope robot accounts to one repository, pull-only";
            a.owner = "platform-team";
            a.control = "SUP-4";
            a.dueAt = kNow - 2 * kDay;
            repo.addAction(a);
        }
        ui::MainWindow w(path);
        w.resize(1600, 1000);
        w.show();
        w.showPage(ui::PageId::Drills);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DrillsView *view = w.drillsView();
        QVERIFY(ready(*view));
        const int row = view->model()->rowOf(storeScalar(path, "SELECT drill_id FROM drill_runs WHERE id = "
                                                                   + std::to_string(runId)));
        QVERIFY(row >= 0);
        view->selectDrill(view->model()->drills()[std::size_t(row)].id);
        QVERIFY(settle(*view));
        QCOMPARE(view->runEditor()->runId(), runId);
        QTest::qWait(500);
        QVERIFY(w.grab().save(out + QStringLiteral("/drills.png")));
        // The Templates tab on the built-in leaked-credential template.
        view->tabs()->setCurrentWidget(view->templatesPanel());
        const DrillTemplate *leaked = templateByKey(view->templatesPanel()->templates(), "leaked-registry-credential");
        QVERIFY(leaked);
        view->templatesPanel()->setCurrentId(leaked->id);
        QTest::qWait(300);
        QVERIFY(w.grab().save(out + QStringLiteral("/drills-templates.png")));
    }
};

QTEST_MAIN(TestDrillsView)
#include "tst_drillsview.moc"
