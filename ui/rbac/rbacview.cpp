#include "rbac/rbacview.h"

#include "common/pagedviewsupport.h"
#include "pages/pagetext.h"
#include "rbac/permissionmatrixpanel.h"
#include "rbac/rbacfilterbar.h"
#include "rbac/rbacqueries.h"
#include "rbac/rbacsubjectsdelegate.h"
#include "rbac/rbacsubjectsmodel.h"
#include "rbac/rbactext.h"
#include "rbac/reviewqueuewidget.h"
#include "rbac/whocanpanel.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace bulkhead::ui {

namespace {
const QString kLayoutKey = QStringLiteral("rbac");
} // namespace

RbacView::RbacView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_queries = new RbacQueries(storePath, this);
    m_model = new RbacSubjectsModel(storePath, this);

    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("rbacCluster"));
    m_cluster->setAccessibleName(tr("Cluster"));
    m_cluster->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cluster->setMinimumContentsLength(12);
    auto *clusterLabel = new QLabel(tr("C&luster:"), this);
    clusterLabel->setBuddy(m_cluster);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rbacSummary"));
    m_collectButton = new QPushButton(tr("Collect now"), this);
    m_collectButton->setObjectName(QStringLiteral("rbacCollectButton"));
    m_collectButton->setToolTip(tr("Collect every source again: each cluster's RBAC is analysed anew"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    m_whoCan = new WhoCanPanel(m_queries, this);
    m_review = new ReviewQueueWidget(storePath, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rbacTabs"));
    m_tabs->addTab(createSubjectsTab(), tr("&Subjects"));
    m_tabs->addTab(m_whoCan, tr("W&ho can"));
    m_tabs->addTab(m_review, tr("Re&view"));

    m_content = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(clusterLabel);
    top->addWidget(m_cluster);
    top->addWidget(m_summary, 1);
    top->addWidget(m_collectButton);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_tabs, 1);
    contentLayout->addWidget(m_message);

    m_emptyState = createEmptyState();
    m_stack = stackPage(this, m_content, m_emptyState, tr("&Search subjects"), [this] { focusSearch(); });
    auto *find = new QAction(tr("Find subject"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &RbacView::focusSearch);
    addAction(find);

    connect(m_cluster, &QComboBox::currentIndexChanged, this, &RbacView::onClusterChanged);
    connect(m_filterBar, &RbacFilterBar::filterChanged, this, [this] {
        RbacSubjectFilter filter = m_filterBar->filter();
        filter.cluster = cluster();
        m_model->setFilter(filter);
    });
    followPagedModel(this, m_model, m_table, m_message, RbacSubjectsModel::NameColumn, [this] { updateSummary(); });
    connect(m_collectButton, &QPushButton::clicked, this, &RbacView::collectRequested);
    // A review changes the review state the subjects list shows.
    connect(m_review, &ReviewQueueWidget::reviewsRecorded, m_model, &RbacSubjectsModel::reload);
    connect(m_queries, &RbacQueries::matrixReady, this, &RbacView::onMatrix);
    connect(m_matrix, &PermissionMatrixPanel::scopeChanged, this, &RbacView::requestMatrix);

    loadFacts();
}

RbacView::~RbacView() = default;

ReviewQueueWidget *RbacView::reviewQueue() const
{
    return m_review;
}

std::string RbacView::cluster() const
{
    return m_cluster->currentData().toString().toStdString();
}

QWidget *RbacView::createSubjectsTab()
{
    auto *tab = new QWidget(this);
    m_filterBar = new RbacFilterBar(tab);
    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("rbacSubjectsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RbacSubjectsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicator(RbacSubjectsModel::RiskColumn, Qt::DescendingOrder);
    const int widths[] = {100, 100, 180, 60, 215, 70, 112};
    static_assert(std::size(widths) == RbacSubjectsModel::ColumnCount);
    for (int c = 0; c < RbacSubjectsModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    // The subject column says a service account's namespace already; the column is there to sort
    // by (the header's menu shows it).
    header->setSectionHidden(RbacSubjectsModel::NamespaceColumn, true);
    m_table->setSortingEnabled(true);
    setUpStoreSortedHeader(header, m_model, kLayoutKey,
                           [this](int c) { return m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); });
    connect(header, &QHeaderView::sectionResized, this, &RbacView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &RbacView::saveLayout);

    m_matrix = new PermissionMatrixPanel(tab);
    m_splitter = new QSplitter(Qt::Horizontal, tab);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_matrix);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({790, 700});
    connect(m_splitter, &QSplitter::splitterMoved, this, &RbacView::saveLayout);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    // Arrow keys through the list open the subject they rest on (after a breath, so that holding
    // a key does not queue a matrix per row); Enter or a double-click opens it at once and moves
    // to its matrix.
    m_openDelay = new QTimer(this);
    m_openDelay->setSingleShot(true);
    m_openDelay->setInterval(150);
    connect(m_openDelay, &QTimer::timeout, this, [this] { openSubject(m_table->currentIndex().row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { m_openDelay->start(); });
    connect(m_model, &RbacSubjectsModel::pageLoaded, this, [this](int first, int last) {
        // The current row's page was not in memory when it became current.
        const int row = m_table->currentIndex().row();
        if (row >= first && row <= last && !m_subject)
            m_openDelay->start();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_openDelay->stop();
        openSubject(index.row());
        // The matrix takes the focus when it is there (at once if it is this subject's already).
        if (m_matrix->table()->isEnabled() && !m_matrix->isBuilding())
            m_matrix->table()->setFocus(Qt::OtherFocusReason);
        else
            m_focusMatrix = true;
    });
    return tab;
}

QWidget *RbacView::createEmptyState()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(makeHeading(tr("No RBAC analysis yet"), column));
    layout->addWidget(makeParagraph(
        tr("Bulkhead reads the Roles, ClusterRoles, RoleBindings and ClusterRoleBindings of your clusters through "
           "the API, read-only, and works out what every user, group and service account may do: its permission "
           "matrix, who can do what and why, the bindings that hand out risky rights (wildcards, secrets, exec, "
           "escalate, impersonate…), and which bindings are due for review."),
        column));
    m_emptyText = makeNote(QString(), column);
    layout->addWidget(m_emptyText);
    m_addButton = new QPushButton(tr("Add cluster…"), column);
    m_addButton->setObjectName(QStringLiteral("rbacAddClusterButton"));
    m_emptyCollectButton = new QPushButton(tr("Collect now"), column);
    m_emptyCollectButton->setObjectName(QStringLiteral("rbacEmptyCollectButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_addButton);
    row->addWidget(m_emptyCollectButton);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(makeNote(tr("Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then "
                                  "bulkheadctl collect; bulkheadctl rbac who-can VERB RESOURCE answers there too."),
                               column));
    layout->addStretch(1);
    connect(m_addButton, &QPushButton::clicked, this, &RbacView::addClusterRequested);
    connect(m_emptyCollectButton, &QPushButton::clicked, this, &RbacView::collectRequested);
    return readableColumn(column, this);
}

bool RbacView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void RbacView::loadFacts()
{
    // Only the newest answer counts: a refresh may follow another before the store answers.
    const quint64 request = ++m_factsRequest;
    QPointer<RbacView> self(this);
    m_model->loadFacts([self, request](RbacFacts facts) {
        if (self && request == self->m_factsRequest)
            self->onFacts(facts);
    });
}

void RbacView::onFacts(const RbacFacts &facts)
{
    if (!facts.error.isEmpty()) {
        m_message->setText(facts.error);
        m_message->show();
        return;
    }
    m_clusterCount = int(facts.clusters.size());
    m_clusterSources = facts.clusterSources;
    // The chosen cluster stays when it is still analysed; else the first.
    const std::string before = cluster();
    {
        const QSignalBlocker block(m_cluster);
        m_cluster->clear();
        for (const std::string &c : facts.clusters)
            m_cluster->addItem(QString::fromStdString(c), QString::fromStdString(c));
        const int i = m_cluster->findData(QString::fromStdString(before));
        m_cluster->setCurrentIndex(i >= 0 ? i : (facts.clusters.empty() ? -1 : 0));
    }
    if (cluster() != before || m_model->filter().cluster != cluster())
        onClusterChanged();
    if (facts.clusters.empty()) {
        m_emptyText->setText(facts.clusterSources == 0
                                 ? tr("No cluster source yet: add one (a kubeconfig context) and Bulkhead collects it.")
                                 : tr("%Ln cluster sources, none collected with its RBAC yet: collect now.", nullptr,
                                      int(facts.clusterSources)));
        m_emptyCollectButton->setVisible(facts.clusterSources > 0);
        m_addButton->setDefault(facts.clusterSources == 0);
        m_emptyCollectButton->setDefault(facts.clusterSources > 0);
    }
    m_stack->setCurrentWidget(facts.clusters.empty() ? m_emptyState : m_content);
    updateSummary();
    Q_EMIT factsLoaded(m_clusterCount);
}

void RbacView::onClusterChanged()
{
    const std::string c = cluster();
    RbacSubjectFilter filter = m_filterBar->filter();
    filter.cluster = c;
    m_model->setFilter(filter);
    m_whoCan->setCluster(c);
    m_review->setCluster(QString::fromStdString(c));
    m_subject.reset();
    m_subjectCluster.clear();
    m_matrix->showMessage(tr("Choose a subject to see its permissions."));
    if (!c.empty())
        m_queries->prepare(c); // the first subject opened then only asks the ready index
}

void RbacView::openSubject(int row)
{
    const RbacSubjectRow *r = m_model->rowAt(row);
    if (!r)
        return; // its page is still being read: pageLoaded opens it
    const bool same = m_subject && *m_subject == r->record.subject && m_subjectCluster == r->cluster;
    if (same)
        return;
    m_subject = r->record.subject;
    m_subjectCluster = r->cluster;
    m_matrix->showBuilding(*m_subject);
    m_queries->matrix(m_subjectCluster, *m_subject, std::nullopt);
}

void RbacView::requestMatrix(const std::string &scope)
{
    if (!m_subject)
        return;
    m_matrix->showBuilding(*m_subject);
    m_queries->matrix(m_subjectCluster, *m_subject, scope);
}

void RbacView::onMatrix(const RbacMatrixAnswer &answer)
{
    if (!m_subject || !(answer.matrix.subject == *m_subject) || answer.cluster != m_subjectCluster) {
        if (!answer.error.isEmpty())
            m_matrix->setAnswer(answer);
        return;
    }
    m_matrix->setAnswer(answer);
    if (std::exchange(m_focusMatrix, false))
        m_matrix->table()->setFocus(Qt::OtherFocusReason);
    Q_EMIT matrixShown();
}

void RbacView::refresh()
{
    m_queries->invalidate();
    loadFacts();
    m_model->reload();
    m_review->refresh();
    if (m_subject) {
        const RbacSubject subject = *m_subject;
        m_matrix->showBuilding(subject);
        m_queries->matrix(m_subjectCluster, subject, m_matrix->scope());
    }
}

void RbacView::showReviewQueue()
{
    m_tabs->setCurrentIndex(ReviewTab);
}

void RbacView::showRiskySubjects()
{
    m_tabs->setCurrentIndex(SubjectsTab);
    m_filterBar->onlyRiskyCheck()->setChecked(true); // the bar tells the model (filterChanged)
}

void RbacView::focusSearch()
{
    m_tabs->setCurrentIndex(SubjectsTab);
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void RbacView::updateSummary()
{
    const QString in = tr(" in %1").arg(QString::fromStdString(cluster()));
    QString clusters;
    if (m_clusterCount > 1)
        clusters = tr(" (%Ln clusters analysed)", nullptr, int(m_clusterCount));
    const auto subjects = [](int n) { return tr("%Ln subjects", nullptr, n); };
    m_summary->setText(pagedSummary(m_model, std::function<QString(int)>(subjects), tr("Counting subjects…"),
                                    cluster().empty() ? 0 : 1, in + clusters, tr(" · none matches this filter")));
}

void RbacView::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
}

} // namespace bulkhead::ui
