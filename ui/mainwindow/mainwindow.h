#pragma once

#include "mainwindow/storefacts.h"
#include "pages/pageid.h"
#include "secrets/secretpolicy.h"
#include "store/findingfilter.h"

#include <QMainWindow>

#include <array>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QSplitter;

namespace bulkhead {
struct EvidenceLink;
}

namespace bulkhead::ui {

class ControlsView;
class DrillsView;
class FindingsView;
class ImagesView;
class JobsModel;
class JobsPanel;
class MainStatusBar;
class OverviewView;
class PageStack;
class RbacView;
class ReportsView;
class SecretsView;
class StoreStatusLoader;
class WeeklyReviewView;
class WelcomePage;
class WorkloadsView;

// The main window: lays out the sidebar, the pages, menus, toolbar, status bar and the jobs dock,
// and connects them. The work itself lives elsewhere: views in their folders, imports in
// JobsModel, settings in AppSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // False when the store could not be opened; the window then shows why.
    bool storeOpen() const { return m_facts.ok; }
    bool isDemoStore() const { return m_facts.demo; }
    // True when the store opened but this user may not write it: the window shows it, names the
    // reason in a banner above the pages, and offers no action that would write.
    bool isReadOnly() const { return m_facts.ok && m_facts.readOnly; }
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }

    // The page shown; nullopt while the welcome page (or the store error) is shown.
    std::optional<PageId> currentPage() const;
    bool isWelcomeShown() const;
    QWidget *page(PageId id) const { return m_pages[static_cast<std::size_t>(id)]; }
    OverviewView *overviewView() const { return m_overview; }
    ControlsView *controlsView() const { return m_controls; }
    FindingsView *findingsView() const { return m_findings; }
    ImagesView *imagesView() const { return m_images; }
    WorkloadsView *workloadsView() const { return m_workloads; }
    RbacView *rbacView() const { return m_rbac; }
    SecretsView *secretsView() const { return m_secrets; }
    WeeklyReviewView *weeklyReviewView() const { return m_review; }
    DrillsView *drillsView() const { return m_drills; }
    ReportsView *reportsView() const { return m_reports; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QListWidget *sidebar() const { return m_sidebar; }
    JobsModel *jobs() const { return m_jobs; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    QDockWidget *jobsDock() const { return m_jobsDock; }
    MainStatusBar *mainStatusBar() const { return m_statusBar; }
    QAction *pageAction(PageId id) const { return m_pageActions[static_cast<std::size_t>(id)]; }

public Q_SLOTS:
    void showPage(bulkhead::ui::PageId id);
    void showWelcome();
    // Starts an import job of report files and folders (drop, dialogs, welcome page); returns the
    // job's id, 0 when the store is not open.
    quint64 importPaths(const QStringList &paths);
    void refreshViews(); // the store changed: every view and the counts re-read it, off this thread
    void showFindings(const bulkhead::FindingFilter &filter);
    // A control's drill-down (mainwindowcontrols.cpp): the page of the link with its filter.
    void showEvidence(const bulkhead::EvidenceLink &link);
    void searchFindings(); // the `/` shortcut
    // Sources: the Add-registry and Add-cluster dialogs, the Sources dialog, and a collection job
    // of the named sources (all when empty); returns the job's id, 0 when the store is not open.
    void addRegistry();
    void addCluster();
    void addVault();
    void showSources();
    quint64 collect(const QStringList &sourceNames = {});
    void chooseImportFiles();
    void chooseImportFolder();
    // "Import secrets inventory…": the import dialog (with `csvPath` filled in when given); on
    // success the summary goes to the status bar and the views re-read the store.
    void importSecretsInventory(const QString &csvPath = {});
    void openSettings();
    void showShortcuts();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool canWrite() const { return m_facts.ok && !m_facts.readOnly; }
    void createPages();
    void createControlsPage(); // mainwindowcontrols.cpp
    void createJobs();
    void createActions();
    void createMenus();
    void createToolBar();
    void updateTitle();
    void updateJobStatus();
    void onImportCommitted(quint64 id);
    void onStoreStatus(qint64 findings, qint64 open, qint64 reports, bool demo);
    void onJobFinished(quint64 id);
    void restoreWindowState();
    void saveWindowState();
    // The secrets policy changed in the settings: the stored secrets are judged again on a
    // worker, then the views re-read the store.
    void onSecretPolicyChanged(const bulkhead::SecretPolicy &policy);
    // The Weekly review page's drill-downs and sign-off (mainwindowreview.cpp).
    void connectReview();
    void createDrillsPage(); // mainwindowdrills.cpp
    void createReportsPage(); // mainwindowreports.cpp

    QString m_storePath;
    StoreFacts m_facts;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_sidebar = nullptr;
    PageStack *m_stack = nullptr;
    std::array<QWidget *, kPageCount> m_pages{};
    OverviewView *m_overview = nullptr;
    ControlsView *m_controls = nullptr;
    FindingsView *m_findings = nullptr;
    ImagesView *m_images = nullptr;
    WorkloadsView *m_workloads = nullptr;
    RbacView *m_rbac = nullptr;
    SecretsView *m_secrets = nullptr;
    WeeklyReviewView *m_review = nullptr;
    DrillsView *m_drills = nullptr;
    ReportsView *m_reports = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_storeError = nullptr;
    QLabel *m_readOnlyBanner = nullptr;

    JobsModel *m_jobs = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    MainStatusBar *m_statusBar = nullptr;
    StoreStatusLoader *m_statusLoader = nullptr;

    QActionGroup *m_pageGroup = nullptr;
    std::array<QAction *, kPageCount> m_pageActions{};
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_addRegistryAction = nullptr;
    QAction *m_addClusterAction = nullptr;
    QAction *m_addVaultAction = nullptr;
    QAction *m_importInventoryAction = nullptr;
    QAction *m_sourcesAction = nullptr;
    QAction *m_collectAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace bulkhead::ui
