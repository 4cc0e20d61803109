#include "workloads/workloadsview.h"
#include "common/listexporter.h"
#include "report/workloadsexport.h"

#include "common/pagedviewsupport.h"
#include "pages/pagetext.h"
#include "settings/appsettings.h"
#include "workloads/checkmatrixdelegate.h"
#include "workloads/checkmatrixheader.h"
#include "workloads/coveragepanel.h"
#include "workloads/namespacepanel.h"
#include "workloads/workloadsfilterbar.h"
#include "workloads/workloadslistmodel.h"

#include <QAction>
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
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
const QString kLayoutKey = QStringLiteral("workloads");
} // namespace

WorkloadsView::WorkloadsView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_filterBar = new WorkloadsFilterBar(this);
    m_model = new WorkloadsListModel(storePath, this);
    createTable();

    m_namespaces = new NamespacePanel(this);
    m_coverage = new CoveragePanel(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workloadsPanels"));
    m_tabs->addTab(m_namespaces, tr("&Namespaces"));
    m_tabs->addTab(m_coverage, tr("Co&verage"));
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({620, 300}); // the matrix first; the panels below it

    m_summary = new QLabel(this);
    m_collectButton = new QPushButton(tr("Collect now"), this);
    m_collectButton->setObjectName(QStringLiteral("workloadsCollectButton"));
    m_collectButton->setToolTip(tr("Collect every source again, clusters included"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    m_cellDetail = new QLabel(this);
    m_cellDetail->setObjectName(QStringLiteral("workloadsCellDetail"));
    m_cellDetail->setTextFormat(Qt::PlainText);
    m_cellDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cellDetail->setWordWrap(true);

    m_exporter = new ListExporter(this, storePath, tr("workloads"), QStringLiteral("bulkhead-workloads"), [this] {
        const WorkloadFilter filter = m_model->filter();
        const WorkloadSort sort = m_model->sortKey();
        const bool descending = m_model->sortDescending();
        return ListExportWork([filter, sort, descending](Database &db, ListExportWriter &writer) {
            return workloadsexport::write(WorkloadRepository(db), filter, sort, descending, writer);
        });
    });
    m_table->addAction(m_exporter->action());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_content = new QWidget(this);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_exporter->button());
    summaryRow->addWidget(m_collectButton);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_filterBar);
    contentLayout->addLayout(summaryRow);
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addWidget(m_cellDetail);
    contentLayout->addWidget(m_exporter->resultLabel());
    contentLayout->addWidget(m_message);

    m_emptyState = createEmptyState();
    m_stack = stackPage(this, m_content, m_emptyState, tr("&Search workloads"), [this] { focusSearch(); });

    connect(m_filterBar, &WorkloadsFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filterBar->filter()); });
    connect(m_filterBar, &WorkloadsFilterBar::clusterChanged, this, &WorkloadsView::loadFacts);
    followPagedModel(this, m_model, m_table, m_message, WorkloadsListModel::NameColumn, [this] { updateSummary(); });
    // What a tooltip says on hover, said for the current cell too: arrow keys reach every check.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &WorkloadsView::showCellDetail);
    connect(m_model, &WorkloadsListModel::pageLoaded, this, [this] { showCellDetail(m_table->currentIndex()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_cellDetail->clear(); });
    connect(m_collectButton, &QPushButton::clicked, this, &WorkloadsView::collectRequested);
    connect(m_splitter, &QSplitter::splitterMoved, this, &WorkloadsView::saveLayout);

    loadFacts();
}

WorkloadsView::~WorkloadsView() = default;

void WorkloadsView::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("workloadsTable"));
    auto *header = new CheckMatrixHeader(m_table);
    m_table->setHorizontalHeader(header);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CheckMatrixDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab leaves the table (to the panels); arrow keys move between cells, and the tooltip of the
    // current cell is what a keyboard user reads through the accessible text.
    m_table->setTabKeyNavigation(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(m_table->fontMetrics().height() + 6);
    header->setSortIndicator(WorkloadsListModel::FailedColumn, Qt::DescendingOrder);
    const int identityWidths[] = {90, 120, 95, 200, 48, 76};
    static_assert(std::size(identityWidths) == WorkloadsListModel::FirstCheckColumn);
    for (int c = 0; c < WorkloadsListModel::FirstCheckColumn; ++c)
        header->resizeSection(c, identityWidths[c]);
    // Narrow check columns: a square cell each (their names are drawn upright).
    for (int c = WorkloadsListModel::FirstCheckColumn; c < m_model->columnCount(); ++c)
        header->resizeSection(c, header->checkSectionWidth());
    m_table->setSortingEnabled(true);
    // A check column is named in full in the column chooser.
    setUpStoreSortedHeader(header, m_model, kLayoutKey, [this](int c) {
        return m_model->headerData(c, Qt::Horizontal,
                                   WorkloadsListModel::isCheckColumn(c) ? Qt::AccessibleTextRole : Qt::DisplayRole)
            .toString();
    });
    connect(header, &QHeaderView::sectionResized, this, &WorkloadsView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &WorkloadsView::saveLayout);
}

QWidget *WorkloadsView::createEmptyState()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(makeHeading(tr("No clusters yet"), column));
    layout->addWidget(makeParagraph(
        tr("Bulkhead reads what runs in your Kubernetes clusters through the API, read-only, with a context of your "
           "kubeconfig: every Deployment, StatefulSet, DaemonSet, CronJob and bare pod is checked for privileged "
           "containers, privilege escalation, capabilities, root users, writable root filesystems, seccomp and "
           "AppArmor profiles, host namespaces and paths, secrets in environment variables, unpinned or untrusted "
           "images and service-account tokens; every namespace for default-deny NetworkPolicies. Secret values are "
           "never read."),
        column));
    m_addButton = new QPushButton(tr("Add cluster…"), column);
    m_addButton->setObjectName(QStringLiteral("workloadsAddClusterButton"));
    m_addButton->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_addButton);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(makeNote(tr("Or from a terminal: bulkheadctl source add cluster NAME --context CONTEXT, then "
                                  "bulkheadctl collect. The Sources menu has Add cluster… too."),
                               column));
    layout->addStretch(1);
    connect(m_addButton, &QPushButton::clicked, this, &WorkloadsView::addClusterRequested);
    return readableColumn(column, this);
}

bool WorkloadsView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void WorkloadsView::loadFacts()
{
    // Only the newest answer counts: the cluster may change again before the store answers.
    const quint64 request = ++m_factsRequest;
    QPointer<WorkloadsView> self(this);
    m_model->loadFacts(m_filterBar->filter().cluster, [self, request](WorkloadsFacts facts) {
        if (self && request == self->m_factsRequest)
            self->onFacts(facts);
    });
}

void WorkloadsView::onFacts(const WorkloadsFacts &facts)
{
    if (!facts.error.isEmpty()) {
        m_message->setText(facts.error);
        m_message->show();
        return;
    }
    m_sourceCount = facts.clusterSources;
    const WorkloadFilter before = m_filterBar->filter();
    m_filterBar->setClusters(facts.clusters);
    m_filterBar->setNamespaces(facts.namespaces);
    // A chosen cluster or namespace that is gone (source removed) falls back to all.
    if (!(m_filterBar->filter().cluster == before.cluster && m_filterBar->filter().nameSpace == before.nameSpace))
        m_model->setFilter(m_filterBar->filter());
    m_namespaces->setRows(facts.namespaceRows);
    const std::string cluster = m_filterBar->filter().cluster;
    m_coverage->setData(cluster.empty() ? facts.clusters : std::vector<std::string>{cluster}, facts.coverage,
                        facts.evidence);
    // A store with collected workloads but no source left still shows them.
    const bool empty = facts.clusterSources == 0 && facts.clusters.empty();
    m_stack->setCurrentWidget(empty ? m_emptyState : m_content);
    updateSummary();
    Q_EMIT factsLoaded(m_sourceCount);
}

void WorkloadsView::refresh()
{
    loadFacts();
    m_model->reload();
}

void WorkloadsView::showFilter(const WorkloadFilter &filter)
{
    m_filterBar->setFilter(filter); // quietly: the model is told once, here
    m_model->setFilter(m_filterBar->filter());
}

void WorkloadsView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void WorkloadsView::updateSummary()
{
    const auto workloads = [](int n) { return tr("%Ln workloads", nullptr, n); };
    m_summary->setText(pagedSummary(
        m_model, std::function<QString(int)>(workloads), tr("Counting workloads…"), m_sourceCount,
        // English keeps a singular and a plural source (it ships no translation to pick one); each is a
        // plural entry, so that a translation picks its own form.
        m_sourceCount == 1 ? tr(" from %n cluster source", nullptr, 1)
                           : tr(" from %Ln cluster sources", nullptr, m_sourceCount),
        tr(" · nothing collected under this filter yet: Collect now reads the clusters")));
}

void WorkloadsView::showCellDetail(const QModelIndex &current)
{
    if (!current.isValid() || !current.data(WorkloadsListModel::LoadedRole).toBool()) {
        m_cellDetail->clear();
        return;
    }
    const QModelIndex name = current.siblingAtColumn(WorkloadsListModel::NameColumn);
    const QString workload = QStringLiteral("%1/%2")
                                 .arg(current.siblingAtColumn(WorkloadsListModel::NamespaceColumn).data().toString(),
                                      name.data().toString());
    if (!WorkloadsListModel::isCheckColumn(current.column())) {
        m_cellDetail->setText(workload);
        return;
    }
    QString text = current.data(Qt::ToolTipRole).toString();
    text.replace(QLatin1Char('\n'), QStringLiteral(" · "));
    m_cellDetail->setText(QStringLiteral("%1: %2").arg(workload, text));
}

void WorkloadsView::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
}

} // namespace bulkhead::ui
