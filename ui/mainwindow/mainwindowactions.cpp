// MainWindow's actions, menus, toolbar and the dialogs they open; the layout and the wiring of the
// pages are in mainwindow.cpp.
#include "mainwindow/mainwindow.h"

#include "findings/findingsview.h"
#include "images/imagesview.h"
#include "jobs/jobsmodel.h"
#include "mainwindow/mainstatusbar.h"
#include "mainwindow/shortcutsdialog.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "sources/addclusterdialog.h"
#include "sources/addregistrydialog.h"
#include "sources/sourcesdialog.h"
#include "welcome/welcomepage.h"
#include "rbac/rbacview.h"
#include "secrets/secretsview.h"
#include "workloads/workloadsview.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

#include <utility>

namespace bulkhead::ui {

void MainWindow::createActions()
{
    const bool canImport = canWrite();
    m_importFilesAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import reports…"), this);
    m_importFilesAction->setObjectName(QStringLiteral("actionImportFiles"));
    m_importFilesAction->setIconText(tr("Import"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFilesAction->setStatusTip(tr("Import scanner report files into the store"));
    m_importFilesAction->setEnabled(canImport);
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseImportFiles);

    m_importFolderAction = new QAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Import &folder…"), this);
    m_importFolderAction->setObjectName(QStringLiteral("actionImportFolder"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setStatusTip(tr("Import every report below a folder"));
    m_importFolderAction->setEnabled(canImport);
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseImportFolder);

    m_addRegistryAction = new QAction(tr("&Add registry…"), this);
    m_addRegistryAction->setObjectName(QStringLiteral("actionAddRegistry"));
    m_addRegistryAction->setStatusTip(tr("Add a container registry to collect images from"));
    m_addRegistryAction->setEnabled(canImport);
    connect(m_addRegistryAction, &QAction::triggered, this, &MainWindow::addRegistry);

    m_addClusterAction = new QAction(tr("Add &cluster…"), this);
    m_addClusterAction->setObjectName(QStringLiteral("actionAddCluster"));
    m_addClusterAction->setStatusTip(tr("Add a Kubernetes cluster (a kubeconfig context) to collect workloads from"));
    m_addClusterAction->setEnabled(canImport);
    connect(m_addClusterAction, &QAction::triggered, this, &MainWindow::addCluster);

    m_addVaultAction = new QAction(tr("Add &Vault…"), this);
    m_addVaultAction->setObjectName(QStringLiteral("actionAddVault"));
    m_addVaultAction->setStatusTip(tr("Add a Vault or OpenBao KV v2 mount to collect secrets' metadata (ages, versions) from"));
    m_addVaultAction->setEnabled(canImport);
    connect(m_addVaultAction, &QAction::triggered, this, &MainWindow::addVault);

    m_importInventoryAction = new QAction(tr("Import secrets &inventory…"), this);
    m_importInventoryAction->setObjectName(QStringLiteral("actionImportInventory"));
    m_importInventoryAction->setStatusTip(tr("Import (or re-import) a CSV of secrets kept elsewhere, with their last "
                                             "rotation"));
    m_importInventoryAction->setEnabled(canImport);
    connect(m_importInventoryAction, &QAction::triggered, this, [this] { importSecretsInventory(); });
    // The Secrets page offers both where they are wanted (its empty state and toolbar).
    connect(m_secrets, &SecretsView::addVaultRequested, this, &MainWindow::addVault);
    connect(m_secrets, &SecretsView::importInventoryRequested, this, [this] { importSecretsInventory(); });

    m_sourcesAction = new QAction(tr("Manage &sources…"), this);
    m_sourcesAction->setObjectName(QStringLiteral("actionSources"));
    m_sourcesAction->setStatusTip(tr("Edit, remove and collect registry, cluster and Vault sources; see their last "
                                     "collection"));
    m_sourcesAction->setEnabled(canImport);
    connect(m_sourcesAction, &QAction::triggered, this, &MainWindow::showSources);

    m_collectAction = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("&Collect now"), this);
    m_collectAction->setObjectName(QStringLiteral("actionCollect"));
    m_collectAction->setIconText(tr("Collect"));
    m_collectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_collectAction->setStatusTip(tr("Collect every registry, cluster and Vault source now, as a job"));
    m_collectAction->setEnabled(canImport);
    connect(m_collectAction, &QAction::triggered, this, [this] { collect(); });

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional); // none on the welcome page
    for (const PageInfo &info : pageInfos()) {
        const int n = (static_cast<int>(info.id) + 1) % 10; // the tenth page is Ctrl+0
        auto *action = new QAction(style()->standardIcon(info.icon), pageTitle(info.id), m_pageGroup);
        action->setObjectName(QStringLiteral("actionPage-%1").arg(QLatin1String(info.key)));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, id = info.id] { showPage(id); });
        m_pageActions[static_cast<std::size_t>(info.id)] = action;
    }

    m_refreshAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Read the store again (after bulkheadctl changed it)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshViews);

    m_welcomeAction = new QAction(tr("&Welcome page"), this);
    m_welcomeAction->setObjectName(QStringLiteral("actionWelcome"));
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);

    // `/` from every part of the window but the findings page, which has its own `/` (on its
    // tables): two actions live for the same key in the same place would be ambiguous and neither
    // would fire. A line edit with focus still receives the character: it claims printable keys
    // in its ShortcutOverride, before shortcuts are matched.
    m_searchAction = new QAction(tr("&Search findings"), this);
    m_searchAction->setObjectName(QStringLiteral("actionSearchFindings"));
    m_searchAction->setShortcut(QKeySequence(Qt::Key_Slash));
    m_searchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::searchFindings);
    m_sidebar->addAction(m_searchAction);
    m_welcome->addAction(m_searchAction);
    m_storeError->addAction(m_searchAction);
    m_jobsDock->addAction(m_searchAction);
    for (const PageInfo &info : pageInfos()) {
        // The findings, images, workloads, RBAC and secrets pages search themselves with `/`.
        if (info.id != PageId::Findings && info.id != PageId::Images && info.id != PageId::Workloads
            && info.id != PageId::Rbac && info.id != PageId::Secrets)
            page(info.id)->addAction(m_searchAction);
    }

    m_shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("actionShortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(tr("&About Bulkhead"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QAction *jobs = m_jobsDock->toggleViewAction();
    jobs->setObjectName(QStringLiteral("actionJobsPanel"));
    jobs->setText(tr("Show &jobs panel"));
    jobs->setIconText(tr("Jobs"));
    jobs->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_importInventoryAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageGroup->actions());
    view->addSeparator();
    view->addAction(m_jobsDock->toggleViewAction());
    view->addAction(m_refreshAction);
    view->addAction(m_welcomeAction);

    QMenu *findings = menuBar()->addMenu(tr("F&indings"));
    findings->addAction(m_searchAction);
    bool separated = false;
    for (QAction *action : m_findings->menuActions()) {
        // The view's own `/` does what m_searchAction does, on the findings page: one menu line.
        if (action->shortcuts().contains(m_searchAction->shortcut()))
            continue;
        if (!std::exchange(separated, true))
            findings->addSeparator();
        findings->addAction(action);
    }

    QMenu *sources = menuBar()->addMenu(tr("&Sources"));
    sources->addAction(m_addRegistryAction);
    sources->addAction(m_addClusterAction);
    sources->addAction(m_addVaultAction);
    sources->addAction(m_sourcesAction);
    sources->addSeparator();
    sources->addAction(m_collectAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_importFilesAction);
    bar->addAction(m_collectAction);
    bar->addAction(m_refreshAction);
    bar->addAction(m_jobsDock->toggleViewAction());
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import scanner reports"), AppSettings::lastImportFolder(),
        tr("Scanner reports (*.json *.sarif *.cdx *.spdx);;All files (*)"));
    if (files.isEmpty())
        return;
    AppSettings::setLastImportFolder(QFileInfo(files.first()).absolutePath());
    importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of scanner reports"),
                                                             AppSettings::lastImportFolder());
    if (folder.isEmpty())
        return;
    AppSettings::setLastImportFolder(folder);
    importPaths({folder});
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Due dates and overdue counts follow the SLA: the views re-read with the new one.
    connect(dialog, &SettingsDialog::slaPolicyChanged, this, &MainWindow::refreshViews);
    // Scan coverage is judged against the scan age threshold when shown.
    connect(dialog, &SettingsDialog::postureThresholdsChanged, m_images, &ImagesView::refresh);
    // Review states (due, current) follow the review intervals.
    connect(dialog, &SettingsDialog::reviewPolicyChanged, m_rbac, &RbacView::refresh);
    // Due dates, the overdue filter and the rotation findings follow the secrets policy.
    connect(dialog, &SettingsDialog::secretPolicyChanged, this, &MainWindow::onSecretPolicyChanged);
    dialog->open();
}

void MainWindow::addRegistry()
{
    if (!canWrite())
        return;
    // Names already taken are checked by the store too; the dialog says so sooner when it knows.
    auto *dialog = new AddRegistryDialog(m_storePath, QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddRegistryDialog::saved, this, [this](const QString &name) {
        m_images->refresh();
        m_statusBar->showMessage(tr("Added registry %1; collecting it now.").arg(name), 8000);
        collect({name}); // a new source is worth nothing until it is read
    });
    dialog->open();
}

void MainWindow::addCluster()
{
    if (!canWrite())
        return;
    auto *dialog = new AddClusterDialog(m_storePath, QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddClusterDialog::saved, this, [this](const QString &name) {
        m_workloads->refresh();
        m_rbac->refresh();
        m_secrets->refresh();
        m_statusBar->showMessage(tr("Added cluster %1; collecting it now.").arg(name), 8000);
        collect({name}); // a new source is worth nothing until it is read
    });
    dialog->open();
}

void MainWindow::showSources()
{
    if (!canWrite())
        return;
    auto *dialog = new SourcesDialog(m_storePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourcesDialog::collectRequested, this, [this](const QStringList &names) { collect(names); });
    connect(dialog, &SourcesDialog::sourcesChanged, m_images, &ImagesView::refresh);
    connect(dialog, &SourcesDialog::sourcesChanged, m_workloads, &WorkloadsView::refresh);
    connect(dialog, &SourcesDialog::sourcesChanged, m_rbac, &RbacView::refresh);
    connect(dialog, &SourcesDialog::sourcesChanged, m_secrets, &SecretsView::refresh); // a removed source takes its secrets
    // The last-collection column follows the jobs started from here.
    connect(m_jobs, &JobsModel::jobFinished, dialog, &SourcesDialog::reload);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bulkhead"),
                       tr("<h3>Bulkhead %1</h3><p>A desktop dashboard for the security posture of your "
                          "containers: scanner reports, registries and clusters in one local store, findings to "
                          "triage, posture to review.</p><p>Store: %2</p>")
                           .arg(QApplication::applicationVersion(), m_storePath.toHtmlEscaped()));
}

} // namespace bulkhead::ui
