// The main window: sidebar and pages (every one built, none a placeholder), menus with shortcuts, the
// `/` search key, the demo marker, remembered window state, the welcome page and drag-and-drop
// import.
#include "controls/controlsview.h"
#include "drills/drillsview.h"
#include "findings/findingsview.h"
#include "jobs/importtask.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "mainwindow/mainstatusbar.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "overview/overviewview.h"
#include "images/imagesview.h"
#include "review/weeklyreviewview.h"
#include "secrets/secretsview.h"
#include "rbac/rbacview.h"
#include "reports/reporthistorymodel.h"
#include "reports/reportsview.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "store/storemeta.h"
#include "store/triagerepository.h"
#include "uitestsupport.h"
#include "welcome/welcomepage.h"
#include "workloads/workloadsview.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using bulkhead::ui::MainWindow;
using bulkhead::ui::PageId;
namespace t = bulkhead::test;
namespace ui = bulkhead::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_filledStore; // one report of kFilledFindings findings
    static constexpr int kFilledFindings = 40;
    int m_stores = 0;

    QString newStore()
    {
        const QString path = QStringLiteral("%1/store%2.db").arg(m_dir.path()).arg(++m_stores);
        t::createStore(path);
        return path;
    }

    static bool waitForJobs(MainWindow &w, int timeoutMs = 60000)
    {
        QSignalSpy finished(w.jobs(), &ui::JobsModel::jobFinished);
        QElapsedTimer clock;
        clock.start();
        while (w.jobs()->activeCount() > 0 && clock.elapsed() < timeoutMs)
            finished.wait(200);
        return w.jobs()->activeCount() == 0;
    }

    static QString pageText(QWidget *page)
    {
        QStringList parts;
        for (const QLabel *label : page->findChildren<QLabel *>())
            parts << label->text();
        return parts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        t::isolateSettings(m_dir, "tst_mainwindow");
        m_filledStore = newStore();
        MainWindow w(m_filledStore);
        t::writeFile(m_dir.path() + "/one.json", t::trivyReport(1, kFilledFindings));
        w.importPaths({m_dir.path() + "/one.json"});
        QVERIFY(waitForJobs(w));
        QCOMPARE(t::storeCount(m_filledStore, "findings"), kFilledFindings);
    }

    void init() { QSettings().clear(); }

    void sidebarSwitchesPages()
    {
        MainWindow w(m_filledStore);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListWidget *sidebar = w.sidebar();
        QCOMPARE(sidebar->count(), ui::kPageCount);
        for (const ui::PageInfo &info : ui::pageInfos()) {
            const int row = static_cast<int>(info.id);
            QCOMPARE(sidebar->item(row)->text(), ui::pageTitle(info.id));
            QVERIFY(!sidebar->item(row)->icon().isNull());
            const QRect rect = sidebar->visualItemRect(sidebar->item(row));
            QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(w.currentPage(), std::optional<PageId>(info.id));
            QVERIFY(w.page(info.id)->isVisible());
            QVERIFY(w.pageAction(info.id)->isChecked());
        }
        // Arrow keys move through the pages too.
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Up);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::WeeklyReview));
        QTest::keyClick(sidebar, Qt::Key_Home);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Overview));
        QVERIFY(qobject_cast<ui::OverviewView *>(w.page(PageId::Overview)));
        QVERIFY(qobject_cast<ui::FindingsView *>(w.page(PageId::Findings)));
        QVERIFY(qobject_cast<ui::ImagesView *>(w.page(PageId::Images)));
        QVERIFY(qobject_cast<ui::WorkloadsView *>(w.page(PageId::Workloads)));
        QVERIFY(qobject_cast<ui::RbacView *>(w.page(PageId::Rbac)));
        QVERIFY(qobject_cast<ui::WeeklyReviewView *>(w.page(PageId::WeeklyReview)));
        QCOMPARE(w.weeklyReviewView(), w.page(PageId::WeeklyReview));
        QVERIFY(qobject_cast<ui::DrillsView *>(w.page(PageId::Drills)));
        QCOMPARE(static_cast<QWidget *>(w.drillsView()), w.page(PageId::Drills));
        QVERIFY(qobject_cast<ui::ControlsView *>(w.page(PageId::Controls)));
        QCOMPARE(w.controlsView(), w.page(PageId::Controls));
        QVERIFY(qobject_cast<ui::ReportsView *>(w.page(PageId::Reports)));
        QCOMPARE(static_cast<QWidget *>(w.reportsView()), w.page(PageId::Reports));
    }

    void pagesSayWhatComes()
    {
        MainWindow w(m_filledStore);
        w.show();
        // Every page of the design is built: each is its view (OverviewView, ControlsView, …, ReportsView).
        for (const ui::PageInfo &info : ui::pageInfos()) {
            QVERIFY2(w.page(info.id), info.key);
            QVERIFY2(QByteArray(w.page(info.id)->metaObject()->className()).endsWith("View"), info.key);
        }
        // The Images page is built: with no registry source yet it says what it reads and how to add one.
        w.showPage(PageId::Images);
        QTRY_VERIFY_WITH_TIMEOUT(w.imagesView()->isEmptyStateShown(), 10000);
        QVERIFY(pageText(w.page(PageId::Images)).contains(QStringLiteral("OCI distribution API")));

        // The Secrets page is built: with no cluster or vault source and no inventory it says how to add one.
        w.showPage(PageId::Secrets);
        QVERIFY(qobject_cast<ui::SecretsView *>(w.page(PageId::Secrets)));
        QTRY_VERIFY_WITH_TIMEOUT(w.secretsView()->isEmptyStateShown(), 10000);
        QVERIFY(pageText(w.page(PageId::Secrets)).contains(QStringLiteral("metadata only")));
        // It leads to the exposed secrets scanners found.
        auto *findings = w.secretsView()->findChild<QPushButton *>(QStringLiteral("secretsEmptyFindingsButton"));
        QVERIFY(findings && findings->isVisible());
        QTest::mouseClick(findings, Qt::LeftButton);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Findings));
    }

    void menusShowShortcuts()
    {
        MainWindow w(m_filledStore);
        const auto entries = ui::ShortcutsDialog::collect(w.menuBar());
        auto shortcutOf = [&](const QString &menu, const QString &action) {
            for (const auto &e : entries) {
                if (e.menu == menu && e.action == action)
                    return e.shortcut;
            }
            return QString();
        };
        QCOMPARE(shortcutOf("File", "Import reports…"), QStringLiteral("Ctrl+I"));
        QCOMPARE(shortcutOf("File", "Import folder…"), QStringLiteral("Ctrl+Shift+I"));
        QCOMPARE(shortcutOf("File", "Settings…"), QStringLiteral("Ctrl+,"));
        QCOMPARE(shortcutOf("File", "Quit"), QStringLiteral("Ctrl+Q"));
        for (const ui::PageInfo &info : ui::pageInfos())
            QCOMPARE(shortcutOf("View", ui::pageTitle(info.id)),
                     QStringLiteral("Ctrl+%1").arg((static_cast<int>(info.id) + 1) % 10)); // the tenth: Ctrl+0
        QCOMPARE(shortcutOf("View", "Show jobs panel"), QStringLiteral("Ctrl+J"));
        QCOMPARE(shortcutOf("View", "Refresh"), QStringLiteral("F5"));
        QCOMPARE(shortcutOf("Findings", "Search findings"), QStringLiteral("/"));
        QCOMPARE(shortcutOf("Help", "Keyboard shortcuts"), QStringLiteral("F1"));
        QCOMPARE(shortcutOf("Sources", "Collect now"), QStringLiteral("Ctrl+Shift+R"));
        // The Sources menu adds clusters as well as registries.
        QMenu *sourcesMenu = nullptr;
        for (QAction *top : w.menuBar()->actions()) {
            if (top->menu() && top->text().remove('&') == QStringLiteral("Sources"))
                sourcesMenu = top->menu();
        }
        QVERIFY(sourcesMenu);
        QVERIFY(sourcesMenu->actions().contains(w.findChild<QAction *>(QStringLiteral("actionAddCluster"))));

        // The Findings menu carries the findings view's own actions.
        // (All but its own `/`, which the window's Search findings line stands for.)
        const QList<QAction *> viewActions = w.findingsView()->menuActions();
        QMenu *findingsMenu = nullptr;
        for (QAction *top : w.menuBar()->actions()) {
            if (top->menu() && top->text().remove('&') == QStringLiteral("Findings"))
                findingsMenu = top->menu();
        }
        QVERIFY(findingsMenu);
        for (QAction *a : viewActions) {
            if (!a->shortcuts().contains(QKeySequence(Qt::Key_Slash)))
                QVERIFY2(findingsMenu->actions().contains(a), qPrintable(a->text()));
        }

        // No key is bound twice where both bindings are live at once: an ambiguous shortcut fires
        // neither action. Window-wide actions must differ from each other and from every other.
        QHash<QKeySequence, QString> windowWide;
        QList<QAction *> all = w.findChildren<QAction *>();
        for (QAction *a : all) {
            if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
                continue;
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!windowWide.contains(k), qPrintable(k.toString() + ": " + windowWide.value(k) + " / " + a->text()));
                windowWide.insert(k, a->text());
            }
        }
        for (QAction *a : all) {
            if (a->shortcutContext() == Qt::WindowShortcut)
                continue;
            for (const QKeySequence &k : a->shortcuts())
                QVERIFY2(!windowWide.contains(k), qPrintable(k.toString() + ": " + windowWide.value(k) + " / " + a->text()));
        }

        // The keys do what the menus say.
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Images));
        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Reports));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Controls));
        QVERIFY(!w.jobsDock()->isVisible());
        QTest::keyClick(&w, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(w.jobsDock()->isVisible());

        // The shortcuts dialog lists the same entries.
        ui::ShortcutsDialog dialog(w.menuBar());
        QCOMPARE(dialog.tree()->topLevelItemCount(), int(entries.size()) + 5); // + one heading per menu
    }

    void slashSearchesFindingsButTypesInLineEdits()
    {
        MainWindow w(m_filledStore);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(PageId::Drills);
        // A line edit with focus (the Drills page's own filter) gets the character; the page stays.
        QLineEdit *edit = w.drillsView()->searchField();
        QVERIFY(edit->isVisible());
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClick(edit, Qt::Key_Slash);
        QCOMPARE(edit->text(), QStringLiteral("/"));
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Drills));
        // Elsewhere `/` goes to the findings search.
        w.sidebar()->setFocus();
        QTRY_VERIFY(w.sidebar()->hasFocus());
        QTest::keyClick(w.sidebar(), Qt::Key_Slash);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Findings));
        // The findings view's search field has the focus.
        QWidget *search = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(search));
        QVERIFY(w.findingsView()->isAncestorOf(search));
        // From the findings table, `/` (the view's own) goes back to the search, unambiguously.
        auto *table = w.findingsView()->findChild<QTableView *>();
        QVERIFY(table);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Slash);
        QCOMPARE(QApplication::focusWidget(), search);
        // From the jobs panel too.
        w.showPage(PageId::Rbac);
        w.jobsDock()->show();
        w.jobsPanel()->clearFinishedButton()->setEnabled(true);
        w.jobsPanel()->clearFinishedButton()->setFocus();
        QTRY_VERIFY(w.jobsPanel()->clearFinishedButton()->hasFocus());
        QTest::keyClick(w.jobsPanel()->clearFinishedButton(), Qt::Key_Slash);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Findings));
    }

    void reportsPageFollowsRefresh()
    {
        const QString store = newStore();
        MainWindow w(store);
        w.show();
        w.showPage(PageId::Reports); // (Ctrl+0 is checked with the other keys in menusShowShortcuts)
        QTRY_VERIFY_WITH_TIMEOUT(w.reportsView()->isHistoryLoaded(), 10000);
        QCOMPARE(w.reportsView()->historyModel()->rowCount(), 0);
        QVERIFY(w.reportsView()->generateButton()->isEnabled());
        // `bulkheadctl report` (here: a row of the test's own) adds to the history; F5 shows it.
        {
            bulkhead::Database db = bulkhead::Database::open(store.toStdString());
            db.exec("INSERT INTO generated_reports(kind, path, sha256, bytes, pages, paper, scope, as_of, generated_at, "
                    "generated_by, version) VALUES ('pdf', '/tmp/elsewhere.pdf', '" + std::string(64, 'a')
                    + "', 1, 3, 'a4', 'Whole store', 1, 1, 'cli', '0.1.0')");
        }
        w.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(w.reportsView()->historyModel()->rowCount(), 1, 10000);
        QCOMPARE(w.reportsView()->historyModel()->report(0).path, std::string("/tmp/elsewhere.pdf"));
    }

    void overviewClickLeadsToFindings()
    {
        MainWindow w(m_filledStore);
        w.showPage(PageId::Overview);
        bulkhead::FindingFilter filter;
        filter.severities = {bulkhead::Severity::Critical};
        Q_EMIT w.overviewView()->findingsRequested(filter);
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Findings));
    }

    void demoStoreSaysDemo()
    {
        const QString demo = QStringLiteral("%1/demo.db").arg(m_dir.path());
        {
            bulkhead::Database db = bulkhead::Database::open(demo.toStdString());
            bulkhead::storemeta::write(db, bulkhead::storemeta::kDemo, "1");
        }
        MainWindow w(demo);
        w.show();
        QVERIFY(w.isDemoStore());
        QCOMPARE(w.windowTitle(), QStringLiteral("Bulkhead — Demo — demo.db"));
        QVERIFY(w.mainStatusBar()->demoBadge()->isVisible());
        QVERIFY(w.mainStatusBar()->demoBadge()->text().contains(QStringLiteral("DEMO")));

        MainWindow plain(m_filledStore);
        plain.show();
        QVERIFY(!plain.windowTitle().contains(QStringLiteral("Demo")));
        QCOMPARE(plain.windowTitle(), QStringLiteral("Bulkhead — %1").arg(QFileInfo(m_filledStore).fileName()));
        QVERIFY(!plain.mainStatusBar()->demoBadge()->isVisible());
        // The counts arrive from the status thread.
        QTRY_COMPARE(plain.mainStatusBar()->countsLabel()->text(),
                     QStringLiteral("%1 findings, %1 open").arg(kFilledFindings));
    }

    void statusBarCountsOpenAsTheOverviewDoes()
    {
        const QString store = newStore();
        const int total = 20, confirmed = 3, falsePositives = 4;
        {
            MainWindow w(store);
            t::writeFile(m_dir.path() + "/counts.json", t::trivyReport(90, total));
            w.importPaths({m_dir.path() + "/counts.json"});
            QVERIFY(waitForJobs(w));
        }
        {
            bulkhead::Database db = bulkhead::Database::open(store.toStdString());
            std::vector<std::int64_t> ids;
            auto st = db.prepare("SELECT id FROM findings ORDER BY id");
            while (st.step())
                ids.push_back(st.int64(0));
            QCOMPARE(int(ids.size()), total);
            bulkhead::TriageRepository triage(db);
            bulkhead::TriageChange confirm;
            confirm.status = bulkhead::FindingStatus::Confirmed;
            confirm.actor = "test";
            confirm.at = 1700000000;
            triage.apply({ids.begin(), ids.begin() + confirmed}, confirm);
            bulkhead::TriageChange fp = confirm;
            fp.status = bulkhead::FindingStatus::FalsePositive;
            fp.justification = "not reachable";
            triage.apply({ids.begin() + confirmed, ids.begin() + confirmed + falsePositives}, fp);
        }
        MainWindow w(store);
        // Confirmed findings are still to be fixed; false positives are not.
        QTRY_COMPARE(w.mainStatusBar()->countsLabel()->text(),
                     QStringLiteral("%1 findings, %2 open").arg(total).arg(total - falsePositives));
    }

    void windowStateIsRemembered()
    {
        QByteArray savedGeometry;
        QSize size;
        {
            MainWindow w(m_filledStore);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.jobsDock()->show();
            w.resize(760, 540);
            w.showPage(PageId::Reports);
            QTest::qWait(50);
            size = w.size();
            QCOMPARE(size, QSize(760, 540));
            QVERIFY(w.close());
            savedGeometry = ui::AppSettings::windowGeometry();
        }
        QVERIFY(!savedGeometry.isEmpty());
        QVERIFY(!ui::AppSettings::windowState().isEmpty());
        QCOMPARE(ui::AppSettings::lastPage(), QStringLiteral("reports"));

        MainWindow again(m_filledStore);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QVERIFY(again.jobsDock()->isVisible());
        QCOMPARE(again.currentPage(), std::optional<PageId>(PageId::Reports));
        QVERIFY(again.close());

        // And the other way round: a hidden dock stays hidden.
        {
            MainWindow w(m_filledStore);
            w.show();
            w.jobsDock()->hide();
            QVERIFY(w.close());
        }
        MainWindow third(m_filledStore);
        third.show();
        QVERIFY(!third.jobsDock()->isVisible());
    }

    void welcomeOnEmptyStoreOnly()
    {
        const QString empty = newStore();
        MainWindow w(empty);
        w.show();
        // Activation gives the focus to a widget; the welcome page must stay.
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.isWelcomeShown());
        QVERIFY(w.welcomePage()->importFilesButton()->hasFocus());
        QVERIFY(!w.currentPage());
        QCOMPARE(w.sidebar()->currentRow(), -1);
        ui::WelcomePage *welcome = w.welcomePage();
        QVERIFY(welcome->isVisible());
        QVERIFY(welcome->importFilesButton()->isEnabled());
        QVERIFY(welcome->importFolderButton()->isEnabled());
        QVERIFY(welcome->addClusterButton()->isVisible());
        QVERIFY(welcome->addClusterButton()->isEnabled());
        QVERIFY(welcome->addRegistryButton()->isEnabled());
        const QString text = pageText(welcome);
        QVERIFY(text.contains(QStringLiteral("drop report files or folders anywhere on this window")));
        QVERIFY(text.contains(QStringLiteral("bulkheadctl --db")));
        QVERIFY(text.contains(QStringLiteral("context of your kubeconfig")));
        QVERIFY(text.contains(QStringLiteral("OCI distribution API")));
        // The welcome page's button opens the file dialog: checked through its signal.
        QSignalSpy files(welcome, &ui::WelcomePage::importFilesRequested);
        QSignalSpy folder(welcome, &ui::WelcomePage::importFolderRequested);
        disconnect(welcome, &ui::WelcomePage::importFilesRequested, &w, nullptr);
        disconnect(welcome, &ui::WelcomePage::importFolderRequested, &w, nullptr);
        QTest::mouseClick(welcome->importFilesButton(), Qt::LeftButton);
        QTest::mouseClick(welcome->importFolderButton(), Qt::LeftButton);
        QCOMPARE(files.size(), 1);
        QCOMPARE(folder.size(), 1);

        // The first import that stores something leads to the overview.
        const QString report = m_dir.path() + "/first.json";
        t::writeFile(report, t::trivyReport(3, 12));
        w.importPaths({report});
        QVERIFY(w.jobsDock()->isVisible());
        QVERIFY(waitForJobs(w));
        QCOMPARE(w.currentPage(), std::optional<PageId>(PageId::Overview));
        QCOMPARE(t::storeCount(empty, "findings"), 12);

        MainWindow filled(m_filledStore);
        QVERIFY(!filled.isWelcomeShown());
        QCOMPARE(filled.currentPage(), std::optional<PageId>(PageId::Overview));
    }

    void failedImportKeepsWelcome()
    {
        const QString empty = newStore();
        MainWindow w(empty);
        const QString bad = m_dir.path() + "/garbage.json";
        t::writeFile(bad, QByteArrayLiteral("not json at all"));
        w.importPaths({bad});
        QVERIFY(waitForJobs(w));
        QVERIFY(w.isWelcomeShown());
        QVERIFY(w.jobsPanel()->card(0));
    }

    void refreshNoticesImportsFromElsewhere()
    {
        const QString store = newStore();
        MainWindow w(store);
        w.show();
        QVERIFY(w.isWelcomeShown());
        // bulkheadctl (here: a task of the test's own) fills the store while the window is open.
        bulkhead::ImportTask cli(store, {t::writeReports(m_dir.path(), "elsewhere", 1, 9, 60)});
        QSignalSpy done(&cli, &bulkhead::ImportTask::finished);
        cli.start();
        QVERIFY(done.wait(30000));
        QVERIFY(w.isWelcomeShown());
        w.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
        QTRY_COMPARE(w.currentPage(), std::optional<PageId>(PageId::Overview));
        QTRY_COMPARE(w.mainStatusBar()->countsLabel()->text(), QStringLiteral("9 findings, 9 open"));
    }

    void droppedFilesAreImported()
    {
        const QString store = newStore();
        MainWindow w(store);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString dir = t::writeReports(m_dir.path(), "dropped", 2, 33, 40);
        const QString single = m_dir.path() + "/dropped-single.json";
        t::writeFile(single, t::trivyReport(77, 21));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir), QUrl::fromLocalFile(single)});
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(w.jobs()->rowCount(), 1);
        QCOMPARE(w.jobs()->job(0).inputs, (QStringList{dir, single}));
        QVERIFY(waitForJobs(w));
        QCOMPARE(t::storeCount(store, "findings"), 2 * 33 + 21);
        QCOMPARE(w.jobs()->job(0).state, ui::JobRecord::State::Succeeded);

        // Remote URLs are not something to import.
        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.org/report.json"))});
        QDragEnterEvent refused(at, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void settingsChangeRefreshes()
    {
        MainWindow w(m_filledStore);
        w.show();
        QAction *settings = w.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(settings);
        settings->trigger();
        auto *dialog = w.findChild<ui::SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->slaSpinBox(bulkhead::Severity::Critical)->setValue(3);
        dialog->accept();
        QCOMPARE(ui::AppSettings::slaPolicy().daysFor(bulkhead::Severity::Critical), 3);
    }

    // Not a check: with BULKHEAD_SCREENSHOT_DIR set (run under xvfb-run with QT_QPA_PLATFORM=xcb),
    // saves pictures of the window's states for people to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("BULKHEAD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set BULKHEAD_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(out);
        auto save = [&](QWidget *w, const QString &name) {
            QTest::qWait(300); // let layouts and the status thread settle
            QVERIFY(w->grab().save(out + QLatin1Char('/') + name));
        };
        {
            MainWindow w(newStore());
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            save(&w, QStringLiteral("welcome.png"));
        }
        {
            MainWindow w(m_filledStore);
            w.resize(1280, 800);
            w.show();
            w.showPage(PageId::Images);
            save(&w, QStringLiteral("images-empty.png"));
            w.showPage(PageId::Secrets);
            const QString bad = m_dir.path() + "/shot-broken.json";
            t::writeFile(bad, QByteArrayLiteral("{\"SchemaVersion\": 2, \"Results\": ["));
            w.importPaths({t::writeReports(m_dir.path(), "shots", 12, 260, 300)});
            w.importPaths({bad, m_dir.path() + "/missing-report.json"});
            QVERIFY(waitForJobs(w));
            save(&w, QStringLiteral("jobs-panel.png"));
            // A job under way, then cancelled.
            const quint64 running = w.importPaths({t::writeReports(m_dir.path(), "shots-big", 30, 4000, 400)});
            QTRY_VERIFY_WITH_TIMEOUT(w.jobs()->job(0).filesDone >= 3, 60000);
            QVERIFY(w.jobs()->job(0).filesDone < 30);
            save(&w, QStringLiteral("jobs-running.png"));
            w.jobs()->cancel(running);
            QVERIFY(waitForJobs(w));
            save(&w, QStringLiteral("jobs-cancelled.png"));
        }
        {
            const QString demo = QStringLiteral("%1/shot-demo.db").arg(m_dir.path());
            {
                bulkhead::Database db = bulkhead::Database::open(demo.toStdString());
                bulkhead::storemeta::write(db, bulkhead::storemeta::kDemo, "1");
            }
            MainWindow w(demo);
            w.resize(1280, 800);
            w.show();
            w.showPage(PageId::Reports);
            save(&w, QStringLiteral("demo-reports.png"));
            ui::ShortcutsDialog shortcuts(w.menuBar());
            shortcuts.show();
            save(&shortcuts, QStringLiteral("shortcuts.png"));
            ui::SettingsDialog settings;
            settings.show();
            save(&settings, QStringLiteral("settings.png"));
        }
    }

    void unreadableStoreSaysWhy()
    {
        const QString notAStore = m_dir.path() + "/notes.db";
        t::writeFile(notAStore, QByteArrayLiteral("these are not the droids"));
        MainWindow w(notAStore);
        w.show();
        QVERIFY(!w.storeOpen());
        QVERIFY(!w.currentPage());
        QVERIFY(!w.isWelcomeShown());
        QCOMPARE(w.importPaths({m_filledStore}), quint64(0));
        QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionImportFiles"))->isEnabled());
        bool shown = false;
        for (const QLabel *label : w.findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("notes.db")));
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
