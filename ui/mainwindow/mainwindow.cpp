#include "mainwindow/mainwindow.h"

#include "controls/controlsview.h"
#include "drills/drillsview.h"
#include "findings/findingsview.h"
#include "images/imagesview.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobspanel.h"
#include "jobs/jobtext.h"
#include "mainwindow/mainstatusbar.h"
#include "mainwindow/pagestack.h"
#include "mainwindow/storestatusloader.h"
#include "overview/overviewview.h"
#include "pages/pagetext.h"
#include "rbac/rbacview.h"
#include "reports/reportsview.h"
#include "review/weeklyreviewview.h"
#include "secrets/secretsview.h"
#include "settings/appsettings.h"
#include "welcome/welcomepage.h"
#include "workloads/workloadsview.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

// Local files and folders among dragged URLs; remote URLs are not imported.
QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

QWidget *storeErrorPage(const QString &error, QWidget *parent)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(makeHeading(MainWindow::tr("Cannot open the store"), column));
    QLabel *text = makeParagraph(error, column);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);
    layout->addWidget(makeNote(MainWindow::tr("Choose another store with bulkhead --db PATH."), column));
    layout->addStretch(1);
    return readableColumn(column, parent);
}

} // namespace

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : QMainWindow(parent), m_storePath(storePath), m_facts(StoreFacts::read(storePath))
{
    setAcceptDrops(true);
    m_statusBar = new MainStatusBar(this);
    setStatusBar(m_statusBar);
    m_statusBar->setStore(m_storePath, m_facts.demo);
    m_statusLoader = new StoreStatusLoader(m_storePath, this);
    connect(m_statusLoader, &StoreStatusLoader::loaded, this, &MainWindow::onStoreStatus);
    connect(m_statusLoader, &StoreStatusLoader::failed, m_statusBar, &MainStatusBar::setCountsError);

    createPages();
    createJobs();
    createActions();
    createMenus();
    createToolBar();
    updateTitle();
    restoreWindowState();

    m_readOnlyBanner->setVisible(isReadOnly());
    if (isReadOnly()) {
        for (QPushButton *button : {m_welcome->importFilesButton(), m_welcome->importFolderButton(),
                                    m_welcome->addRegistryButton(), m_welcome->addClusterButton()})
            button->setEnabled(false);
        m_findings->setReadOnly(true);
    }
    if (!m_facts.ok) {
        m_stack->setCurrentWidget(m_storeError);
        m_sidebar->setEnabled(false);
        return;
    }
    m_statusLoader->refresh();
    if (m_facts.empty) {
        showWelcome();
    } else {
        const auto last = pageFromKey(AppSettings::lastPage());
        showPage(last.value_or(PageId::Overview));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setAccessibleName(tr("Views"));
    m_stack = new PageStack;

    m_overview = new OverviewView(m_storePath, m_stack);
    createControlsPage();
    m_findings = new FindingsView(m_storePath, m_stack);
    m_images = new ImagesView(m_storePath, m_stack);
    connect(m_images, &ImagesView::findingsRequested, this, &MainWindow::showFindings);
    connect(m_images, &ImagesView::addRegistryRequested, this, &MainWindow::addRegistry);
    connect(m_images, &ImagesView::collectRequested, this, [this] { collect(); });
    m_workloads = new WorkloadsView(m_storePath, m_stack);
    connect(m_workloads, &WorkloadsView::addClusterRequested, this, &MainWindow::addCluster);
    connect(m_workloads, &WorkloadsView::collectRequested, this, [this] { collect(); });
    m_rbac = new RbacView(m_storePath, m_stack);
    connect(m_rbac, &RbacView::addClusterRequested, this, &MainWindow::addCluster);
    connect(m_rbac, &RbacView::collectRequested, this, [this] { collect(); });
    m_secrets = new SecretsView(m_storePath, m_stack);
    connect(m_secrets, &SecretsView::addClusterRequested, this, &MainWindow::addCluster);
    connect(m_secrets, &SecretsView::collectRequested, this, [this] { collect(); });
    connect(m_secrets, &SecretsView::findingsRequested, this, &MainWindow::showFindings);
    createDrillsPage();
    connect(m_overview, &OverviewView::findingsRequested, this, &MainWindow::showFindings);
    m_review = new WeeklyReviewView(m_storePath, m_stack);
    connectReview();
    createReportsPage();
    connect(m_findings, &FindingsView::statusMessage, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 8000); });

    for (const PageInfo &info : pageInfos()) {
        QWidget *page = nullptr;
        switch (info.id) { // every page of the design is built; a new PageId fails -Wswitch here
        case PageId::Overview: page = m_overview; break;
        case PageId::Controls: page = m_controls; break;
        case PageId::Findings: page = m_findings; break;
        case PageId::Images: page = m_images; break;
        case PageId::Workloads: page = m_workloads; break;
        case PageId::Rbac: page = m_rbac; break;
        case PageId::Secrets: page = m_secrets; break;
        case PageId::WeeklyReview: page = m_review; break;
        case PageId::Drills: page = m_drills; break;
        case PageId::Reports: page = m_reports; break;
        }
        Q_ASSERT(page);
        page->setObjectName(QStringLiteral("page-%1").arg(QLatin1String(info.key)));
        m_pages[static_cast<std::size_t>(info.id)] = page;
        m_stack->addWidget(page);
        new QListWidgetItem(style()->standardIcon(info.icon), pageTitle(info.id), m_sidebar);
    }
    m_welcome = new WelcomePage(m_storePath, m_stack);
    connect(m_welcome, &WelcomePage::importFilesRequested, this, &MainWindow::chooseImportFiles);
    connect(m_welcome, &WelcomePage::importFolderRequested, this, &MainWindow::chooseImportFolder);
    connect(m_welcome, &WelcomePage::addRegistryRequested, this, &MainWindow::addRegistry);
    connect(m_welcome, &WelcomePage::addClusterRequested, this, &MainWindow::addCluster);
    m_stack->addWidget(m_welcome);
    m_storeError = storeErrorPage(m_facts.error, m_stack);
    m_stack->addWidget(m_storeError);

    // Selection, not the current row: a list view makes its first row current when it gets the
    // focus, which must not take the user away from the welcome page. Clicks and arrow keys select.
    connect(m_sidebar, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_sidebar->selectedItems();
        if (!selected.isEmpty())
            showPage(static_cast<PageId>(m_sidebar->row(selected.first())));
    });

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(1, 1);
    // Wide enough for the longest page name, never a horizontal scroll bar.
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int sidebarWidth = m_sidebar->sizeHintForColumn(0) + 4 * m_sidebar->spacing()
        + 2 * m_sidebar->frameWidth() + fontMetrics().averageCharWidth() * 2;
    m_sidebar->setMinimumWidth(sidebarWidth);
    m_splitter->setSizes({sidebarWidth, 6 * sidebarWidth});
    // Above the pages, the whole width: a store this user may not write is shown, never edited,
    // and the user must know before reaching for an action that is not there.
    m_readOnlyBanner = new QLabel(
        tr("This store is read-only: you can look at everything, but not import, collect, triage or sign off. "
           "You have no write permission on %1 or on its folder.")
            .arg(QDir::toNativeSeparators(m_storePath)));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: black; padding: 6px 10px; "
                                                   "border-bottom: 1px solid #c8a400; }"));
    m_readOnlyBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::createJobs()
{
    m_jobs = new JobsModel(m_storePath, this);
    m_jobsPanel = new JobsPanel(m_jobs, this);
    m_jobsDock = new QDockWidget(tr("Jobs"), this);
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_jobsDock);
    m_jobsDock->hide(); // shown when the first job starts, or as the saved state says
    connect(m_jobs, &JobsModel::importCommitted, this, &MainWindow::onImportCommitted);
    connect(m_jobs, &JobsModel::collectionWritten, this, &MainWindow::refreshViews);
    connect(m_jobs, &JobsModel::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_jobs, &QAbstractItemModel::dataChanged, this, &MainWindow::updateJobStatus);
    connect(m_jobs, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateJobStatus);
    connect(m_jobs, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateJobStatus);
    updateJobStatus();
}

std::optional<PageId> MainWindow::currentPage() const
{
    for (const PageInfo &info : pageInfos()) {
        if (m_stack->currentWidget() == page(info.id))
            return info.id;
    }
    return std::nullopt;
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::showPage(PageId id)
{
    if (!m_facts.ok)
        return;
    m_stack->setCurrentWidget(page(id));
    {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(static_cast<int>(id));
    }
    pageAction(id)->setChecked(true);
}

void MainWindow::showWelcome()
{
    if (!m_facts.ok)
        return;
    m_stack->setCurrentWidget(m_welcome);
    {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->clearSelection();
        m_sidebar->setCurrentRow(-1);
    }
    m_welcome->importFilesButton()->setFocus();
    if (QAction *checked = m_pageGroup->checkedAction())
        checked->setChecked(false);
}

void MainWindow::showFindings(const FindingFilter &filter)
{
    showPage(PageId::Findings);
    m_findings->showFilter(filter);
}

void MainWindow::searchFindings()
{
    showPage(PageId::Findings);
    m_findings->focusSearch();
}

quint64 MainWindow::importPaths(const QStringList &paths)
{
    if (!canWrite() || paths.isEmpty())
        return 0;
    const quint64 id = m_jobs->startImport(paths);
    m_jobsDock->show();
    m_jobsDock->raise();
    return id;
}

quint64 MainWindow::collect(const QStringList &sourceNames)
{
    if (!canWrite())
        return 0;
    const quint64 id = m_jobs->startCollect(sourceNames);
    m_jobsDock->show();
    m_jobsDock->raise();
    return id;
}

void MainWindow::refreshViews()
{
    if (!m_facts.ok)
        return;
    m_overview->refresh();
    m_controls->refresh();
    m_findings->refresh();
    m_images->refresh();
    m_workloads->refresh();
    m_rbac->refresh();
    m_secrets->refresh();
    m_review->refresh();
    m_drills->refresh();
    m_reports->refresh();
    m_statusLoader->refresh(); // the title, the badge and the welcome page follow onStoreStatus
}

void MainWindow::onStoreStatus(qint64 findings, qint64 open, qint64 reports, bool demo)
{
    m_statusBar->setCounts(findings, open, reports);
    m_facts.empty = findings == 0 && reports == 0;
    if (demo != m_facts.demo) { // bulkheadctl demo wrote into this store meanwhile
        m_facts.demo = demo;
        updateTitle();
        m_statusBar->setStore(m_storePath, demo);
    }
    // Reports arrived while the welcome page was up (bulkheadctl import, then F5).
    if (isWelcomeShown() && !m_facts.empty)
        showPage(PageId::Overview);
}

void MainWindow::onImportCommitted(quint64 id)
{
    const int row = m_jobs->rowOf(id);
    if (row >= 0 && m_jobs->job(row).filesImported > 0) {
        m_facts.empty = false;
        if (isWelcomeShown())
            showPage(PageId::Overview); // the first import is in: show what it says
    }
    refreshViews();
}

void MainWindow::onJobFinished(quint64 id)
{
    const int row = m_jobs->rowOf(id);
    if (row >= 0)
        m_statusBar->showMessage(jobtext::result(m_jobs->job(row)), 15000);
}

void MainWindow::updateJobStatus()
{
    for (int row = m_jobs->rowCount() - 1; row >= 0; --row) {
        const JobRecord &job = m_jobs->job(row);
        if (job.state == JobRecord::State::Running || job.state == JobRecord::State::Cancelling) {
            m_statusBar->setJobText(tr("%1: %2").arg(jobtext::title(job), jobtext::progress(job)));
            return;
        }
    }
    m_statusBar->setJobText({});
}

void MainWindow::updateTitle()
{
    const QString file = QFileInfo(m_storePath).fileName();
    QString title = m_facts.demo ? tr("Bulkhead — Demo — %1").arg(file) : tr("Bulkhead — %1").arg(file);
    if (isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 800);
    restoreState(AppSettings::windowState());
    m_splitter->restoreState(AppSettings::splitterState(QStringLiteral("main")));
}

void MainWindow::saveWindowState()
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    if (const auto page = currentPage())
        AppSettings::setLastPage(QLatin1String(pageInfo(*page).key));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_jobs->activeCount() > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
            tr("An import is still running. Quit anyway? It is cancelled and nothing of it is stored."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (canWrite() && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (canWrite() && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty() || !canWrite())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace bulkhead::ui
