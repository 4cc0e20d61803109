#include "secrets/secretsview.h"
#include "common/listexporter.h"
#include "report/secretsexport.h"

#include "common/pagedviewsupport.h"
#include "pages/pagetext.h"
#include "secrets/secretagechart.h"
#include "secrets/secretagedelegate.h"
#include "secrets/secretdetailpane.h"
#include "secrets/secretsfilterbar.h"
#include "secrets/secretslistmodel.h"
#include "settings/appsettings.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
const QString kLayoutKey = QStringLiteral("secrets");
const QString kBottomLayoutKey = QStringLiteral("secrets-bottom");
} // namespace

SecretsView::SecretsView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_filterBar = new SecretsFilterBar(this);
    m_model = new SecretsListModel(storePath, this);
    createTable();

    m_chart = new SecretAgeChart(this);
    m_chart->setObjectName(QStringLiteral("secretsAgeChart"));
    m_chartCaption = new QLabel(this);
    m_chartCaption->setWordWrap(true);
    m_chartCaption->setTextFormat(Qt::PlainText);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(6, 4, 6, 0);
    chartLayout->addWidget(m_chartCaption);
    chartLayout->addWidget(m_chart, 1);
    m_detail = new SecretDetailPane(this);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    // Below the table, which needs the page's width for its ten columns: the chart, then the detail.
    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->addWidget(chartBox);
    m_bottomSplitter->addWidget(detailScroll);
    m_bottomSplitter->setStretchFactor(0, 2);
    m_bottomSplitter->setStretchFactor(1, 5);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_bottomSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({560, 360});
    if (const QByteArray state = AppSettings::splitterState(kBottomLayoutKey); !state.isEmpty())
        m_bottomSplitter->restoreState(state);
    else
        m_bottomSplitter->setSizes({480, 940});

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("secretsSummary"));
    m_importButton = new QPushButton(tr("Import inventory…"), this);
    m_importButton->setObjectName(QStringLiteral("secretsImportButton"));
    m_importButton->setToolTip(tr("Import a CSV of secrets that live elsewhere (name, owner, store, last rotated, "
                                  "policy days); importing the same inventory again replaces its rows"));
    m_addVaultButton = new QPushButton(tr("Add vault…"), this);
    m_addVaultButton->setObjectName(QStringLiteral("secretsAddVaultButton"));
    m_addVaultButton->setToolTip(tr("Add a Vault or OpenBao KV v2 mount to read secret metadata from"));
    m_collectButton = new QPushButton(tr("Collect now"), this);
    m_collectButton->setObjectName(QStringLiteral("secretsCollectButton"));
    m_collectButton->setToolTip(tr("Collect every source again, clusters and vaults included"));
    m_findingsButton = new QPushButton(tr("Exposed secrets…"), this);
    m_findingsButton->setObjectName(QStringLiteral("secretsFindingsButton"));
    m_findingsButton->setToolTip(tr("Secrets that scanners found in images and code, in Findings"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    m_exporter = new ListExporter(this, storePath, tr("secrets"), QStringLiteral("bulkhead-secrets"), [this] {
        const SecretFilter filter = m_model->effectiveFilter(); // its `now` fixed: ages as shown
        const SecretSort sort = m_model->sortKey();
        const bool descending = m_model->sortDescending();
        return ListExportWork([filter, sort, descending](Database &db, ListExportWriter &writer) {
            return secretsexport::write(SecretRepository(db), filter, sort, descending, writer);
        });
    });
    m_table->addAction(m_exporter->action());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_content = new QWidget(this);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_exporter->button());
    summaryRow->addWidget(m_findingsButton);
    summaryRow->addWidget(m_importButton);
    summaryRow->addWidget(m_addVaultButton);
    summaryRow->addWidget(m_collectButton);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_filterBar);
    contentLayout->addLayout(summaryRow);
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addWidget(m_exporter->resultLabel());
    contentLayout->addWidget(m_message);

    m_emptyState = createEmptyState();
    m_stack = stackPage(this, m_content, m_emptyState, tr("&Search secrets"), [this] { focusSearch(); });

    connect(m_filterBar, &SecretsFilterBar::filterChanged, this, &SecretsView::onFilterChanged);
    // Before followPagedModel's own handler, which makes the first row current when none is: the
    // secret the user chose stays chosen across refreshes and filter changes when it is still listed.
    connect(m_model, &SecretsListModel::firstPageShown, this, &SecretsView::restoreCurrent);
    followPagedModel(this, m_model, m_table, m_message, SecretsListModel::NameColumn, [this] { updateSummary(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SecretsView::loadDetail);
    // The current row's page may arrive after it became current (a jump, a new sort).
    connect(m_model, &SecretsListModel::pageLoaded, this, [this](int first, int last) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last)
            loadDetail(current);
    });
    connect(m_model, &SecretsListModel::firstPageShown, this, [this] { loadDetail(m_table->currentIndex()); });
    connect(m_importButton, &QPushButton::clicked, this, &SecretsView::importInventoryRequested);
    connect(m_addVaultButton, &QPushButton::clicked, this, &SecretsView::addVaultRequested);
    connect(m_collectButton, &QPushButton::clicked, this, &SecretsView::collectRequested);
    connect(m_findingsButton, &QPushButton::clicked, this, &SecretsView::requestSecretFindings);
    connect(m_splitter, &QSplitter::splitterMoved, this, &SecretsView::saveLayout);
    connect(m_bottomSplitter, &QSplitter::splitterMoved, this, &SecretsView::saveLayout);

    loadFacts();
}

SecretsView::~SecretsView() = default;

void SecretsView::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("secretsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(SecretsListModel::AgeColumn, new SecretAgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicator(SecretsListModel::DueColumn, Qt::AscendingOrder);
    const int widths[] = {230, 86, 130, 140, 200, 200, 110, 62, 90, 110};
    static_assert(std::size(widths) == SecretsListModel::ColumnCount);
    for (int c = 0; c < SecretsListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    m_table->setSortingEnabled(true);
    setUpStoreSortedHeader(header, m_model, kLayoutKey, [this](int c) {
        return m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    });
    connect(header, &QHeaderView::sectionResized, this, &SecretsView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &SecretsView::saveLayout);
}

QWidget *SecretsView::createEmptyState()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(makeHeading(tr("No secrets yet"), column));
    layout->addWidget(makeParagraph(
        tr("Bulkhead tracks how old each secret is against a rotation policy, and says where every age comes from: "
           "Vault's version history, an inventory's \"last rotated\" date, a rotation annotation, the last write of the "
           "data in a Secret's managedFields, or only its creation time (then the age is an upper bound). It reads "
           "metadata only: secret values never reach the store. Kubernetes secrets come with every cluster "
           "collection, with the workloads that use them and whether through environment variables; Vault or "
           "OpenBao KV v2 metadata from a vault source; secrets that live elsewhere from an inventory CSV."),
        column));
    auto *addCluster = new QPushButton(tr("Add cluster…"), column);
    addCluster->setObjectName(QStringLiteral("secretsAddClusterButton"));
    auto *addVault = new QPushButton(tr("Add vault…"), column);
    addVault->setObjectName(QStringLiteral("secretsEmptyAddVaultButton"));
    m_emptyImportButton = new QPushButton(tr("Import inventory…"), column);
    m_emptyImportButton->setObjectName(QStringLiteral("secretsEmptyImportButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(addCluster);
    row->addWidget(addVault);
    row->addWidget(m_emptyImportButton);
    row->addStretch(1);
    layout->addLayout(row);
    auto *findings = new QPushButton(tr("Show exposed secrets found by scanners"), column);
    findings->setObjectName(QStringLiteral("secretsEmptyFindingsButton"));
    findings->setFlat(true);
    auto *findingsRow = new QHBoxLayout;
    findingsRow->addWidget(findings);
    findingsRow->addStretch(1);
    layout->addLayout(findingsRow);
    connect(findings, &QPushButton::clicked, this, &SecretsView::requestSecretFindings);
    layout->addWidget(makeNote(tr("Or from a terminal: bulkheadctl source add vault NAME URL --mount M, bulkheadctl "
                                  "collect, or bulkheadctl secrets import-inventory FILE.csv. Rotation intervals are "
                                  "in Settings."),
                               column));
    layout->addStretch(1);
    connect(addCluster, &QPushButton::clicked, this, &SecretsView::addClusterRequested);
    connect(addVault, &QPushButton::clicked, this, &SecretsView::addVaultRequested);
    connect(m_emptyImportButton, &QPushButton::clicked, this, &SecretsView::importInventoryRequested);
    return readableColumn(column, this);
}

bool SecretsView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void SecretsView::requestSecretFindings()
{
    FindingFilter f;
    f.kinds = {FindingKind::Secret};
    Q_EMIT findingsRequested(f);
}

void SecretsView::setNow(std::int64_t now)
{
    m_model->setNow(now);
    loadFacts();
}

void SecretsView::onFilterChanged()
{
    m_model->setFilter(m_filterBar->filter());
    loadFacts(); // the chart follows the filter
}

void SecretsView::loadFacts()
{
    // Only the newest answer counts: the filter may change again before the store answers.
    const quint64 request = ++m_factsRequest;
    QPointer<SecretsView> self(this);
    m_model->loadFacts([self, request](SecretsFacts facts) {
        if (self && request == self->m_factsRequest)
            self->onFacts(facts);
    });
}

void SecretsView::onFacts(const SecretsFacts &facts)
{
    if (!facts.error.isEmpty()) {
        m_message->setText(facts.error);
        m_message->show();
        return;
    }
    m_sourceCount = facts.clusterSources + facts.vaultSources;
    m_secretCount = facts.secrets;
    const std::string before = m_filterBar->filter().origin;
    m_filterBar->setOrigins(facts.origins);
    // A chosen origin that is gone (source removed, inventory replaced) falls back to all.
    if (m_filterBar->filter().origin != before) {
        onFilterChanged();
        return;
    }
    m_chart->setCounts(facts.distribution);
    std::int64_t counted = 0;
    for (std::int64_t n : facts.distribution)
        counted += n;
    m_chartCaption->setText(tr("Age distribution: %Ln secrets with a known age under this filter (creation-only "
                               "ages are upper bounds)",
                               nullptr, static_cast<int>(counted)));
    const bool empty = m_sourceCount == 0 && facts.secrets == 0;
    m_stack->setCurrentWidget(empty ? m_emptyState : m_content);
    m_collectButton->setVisible(m_sourceCount > 0);
    updateSummary();
    Q_EMIT factsLoaded(facts.secrets);
}

void SecretsView::loadDetail(const QModelIndex &current)
{
    if (!current.isValid()) {
        // A new first page resets the table (the current row goes with it): the pane waits for the
        // row chosen next, unless nothing is listed any more.
        if (m_model->rowCount() == 0 && !m_model->isLoading()) {
            m_detailId = 0;
            m_detail->showMessage(tr("Choose a secret to see where its age comes from, its policy and who uses it."));
        }
        return;
    }
    if (!current.data(SecretsListModel::LoadedRole).toBool())
        return; // its page is on the way: pageLoaded calls again
    const auto id = current.data(SecretsListModel::SecretIdRole).value<qint64>();
    if (id == m_detailId && m_detail->secretId() == id)
        return;
    m_detailId = id;
    m_chosenId = id;
    const quint64 request = ++m_detailRequest;
    const std::int64_t now = m_model->now();
    QPointer<SecretsView> self(this);
    m_model->loadDetail(id, [self, request, id, now](std::optional<SecretRow> row, QString error) {
        if (!self || request != self->m_detailRequest)
            return;
        if (!error.isEmpty())
            self->m_detail->showMessage(error);
        else if (!row)
            self->m_detail->showMessage(tr("This secret is gone from the store (a newer collection removed it)."));
        else
            self->m_detail->showSecret(*row, now);
        Q_EMIT self->detailShown(id);
    });
}

void SecretsView::restoreCurrent()
{
    if (m_chosenId == 0 || m_table->currentIndex().isValid())
        return;
    const int rows = std::min(m_model->rowCount(), SecretsListModel::kPageSize); // the first page only: no reads
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = m_model->index(r, SecretsListModel::NameColumn);
        if (index.data(SecretsListModel::SecretIdRole).value<qint64>() == m_chosenId) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void SecretsView::refresh()
{
    loadFacts();
    m_model->reload();
    m_detailId = 0; // read the current secret again once its row is back
}

void SecretsView::showFilter(const SecretFilter &filter)
{
    m_filterBar->setFilter(filter); // quietly: onFilterChanged tells the model and the chart once
    onFilterChanged();
}

void SecretsView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void SecretsView::updateSummary()
{
    const auto secrets = [](int n) { return tr("%Ln secrets", nullptr, n); };
    QString sources;
    // English keeps a singular and a plural source (it ships no translation to pick one); each is a
    // plural entry, so that a translation picks its own form.
    if (m_sourceCount == 1)
        sources = tr(" from %n cluster or vault source", nullptr, 1);
    else if (m_sourceCount > 1)
        sources = tr(" from %Ln cluster and vault sources", nullptr, m_sourceCount);
    m_summary->setText(pagedSummary(m_model, std::function<QString(int)>(secrets), tr("Counting secrets…"), std::max(m_sourceCount, 0),
                                    sources,
                                    m_secretCount == 0 ? tr(" · nothing collected yet: Collect now reads the sources")
                                                       : tr(" · none under this filter")));
}

void SecretsView::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
    AppSettings::setSplitterState(kBottomLayoutKey, m_bottomSplitter->saveState());
}

} // namespace bulkhead::ui
