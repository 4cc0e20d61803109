#include "common/pagedviewsupport.h"
#include "findings/findingsview.h"

#include "common/background.h"
#include "common/headerwidths.h"
#include "common/listexporter.h"
#include "findings/findingdetailpane.h"
#include "findings/findinggroupsmodel.h"
#include "findings/findingsfilterbar.h"
#include "findings/findingslistmodel.h"
#include "findings/findingsloader.h"
#include "findings/severitydelegate.h"
#include "report/findingslistexport.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/findingrepository.h"
#include "store/storeerror.h"
#include "util/osuser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

const QString kLayoutKey = QStringLiteral("findings");
const QString kGroupsLayoutKey = QStringLiteral("findings.groups");

struct WorkResult {
    qint64 count = 0;
    QString error;
};

} // namespace

FindingsView::FindingsView(const QString &storePath, QWidget *parent) : QWidget(parent), m_storePath(storePath)
{
    m_filterBar = new FindingsFilterBar(this);
    m_groupBase = m_filterBar->filter();
    m_groupBase.sla = AppSettings::slaPolicy();
    m_model = new FindingsListModel(storePath, m_groupBase, this);
    m_groups = new FindingGroupsModel(storePath, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SeverityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicator(FindingsListModel::SeverityColumn, Qt::DescendingOrder);
    const int widths[] = {96, 104, 140, 320, 140, 110, 110, 260, 110, 90, 90, 130, 110, 100};
    applyDefaultSectionWidths(header, widths);
    for (int c : {FindingsListModel::KindColumn, FindingsListModel::LastSeenColumn, FindingsListModel::AssigneeColumn})
        header->hideSection(c);
    m_table->setSortingEnabled(true);
    // Right-click on the header: choose the columns (remembered with the layout).
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < FindingsListModel::ColumnCount; ++c) {
        auto *a = new QAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), header);
        a->setCheckable(true);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        header->addAction(a);
    }
    if (const QByteArray state = AppSettings::headerState(kLayoutKey); !state.isEmpty())
        header->restoreState(state);
    for (int c = 0; c < FindingsListModel::ColumnCount; ++c)
        header->actions().at(c)->setChecked(!header->isSectionHidden(c));

    m_groupsTable = new QTableView(this);
    m_groupsTable->setObjectName(QStringLiteral("findingGroupsTable"));
    m_groupsTable->setModel(m_groups);
    m_groupsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsTable->verticalHeader()->setVisible(false);
    m_groupsTable->horizontalHeader()->setStretchLastSection(true);
    m_groupsTable->setAlternatingRowColors(true);
    m_groupsTable->hide();

    m_detail = new FindingDetailPane(storePath, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_groupsTable);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);

    m_summary = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);

    createActions();

    connect(m_filterBar, &FindingsFilterBar::filterChanged, this, &FindingsView::applyFilter);
    connect(m_filterBar, &FindingsFilterBar::groupByChanged, this, &FindingsView::applyFilter);
    connect(m_model, &FindingsListModel::loadingChanged, this, &FindingsView::updateSummary);
    connect(m_model, &FindingsListModel::counted, this, &FindingsView::updateSummary);
    connect(m_model, &FindingsListModel::firstPageShown, this, &FindingsView::updateSummary);
    connect(m_model, &FindingsListModel::errorOccurred, this, [this](const QString &e) { showMessage(e, true); });
    connect(m_groups, &FindingGroupsModel::errorOccurred, this, [this](const QString &e) { showMessage(e, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QVariant id = current.data(FindingsListModel::FindingIdRole);
        m_detail->showFinding(id.isValid() ? id.toLongLong() : 0);
    });
    // The row under the cursor may still be loading when it becomes current: show it once it is in.
    connect(m_model, &FindingsListModel::pageLoaded, this, [this](int first, int last) {
        const int row = m_table->currentIndex().row();
        if (row >= first && row <= last)
            m_detail->showFinding(m_table->currentIndex().data(FindingsListModel::FindingIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->showFinding(0); });
    // A new result starts with its first row current, so the keyboard and the detail pane have
    // something to act on without a click.
    connect(m_model, &FindingsListModel::firstPageShown, this, [this] {
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsView::updateSummary);
    connect(m_groupsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_model->setFilter(m_groups->filterFor(current.row(), m_groupBase)); });
    connect(header, &QHeaderView::sectionResized, this, &FindingsView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &FindingsView::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &FindingsView::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &FindingsView::saveLayout);

    // The model is already reading the start filter; the choices come from its worker too.
    loadChoices();
}

void FindingsView::loadChoices()
{
    QPointer<FindingsView> self(this);
    m_model->loadChoices([self](FindingFilterChoices choices) {
        if (self)
            self->m_filterBar->setChoices(choices);
    });
}

FindingsView::~FindingsView() = default;

void FindingsView::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
}

void FindingsView::createActions()
{
    struct Spec {
        QString text;
        QKeySequence key;
        TriageDialog::Mode mode;
    };
    const Spec specs[] = {
        {tr("&Confirm"), QKeySequence(Qt::Key_C), TriageDialog::Mode::Confirm},
        {tr("Mark &false positive…"), QKeySequence(Qt::Key_F), TriageDialog::Mode::FalsePositive},
        {tr("&Accept risk…"), QKeySequence(Qt::Key_A), TriageDialog::Mode::AcceptRisk},
        {tr("Mark &mitigated"), QKeySequence(Qt::Key_M), TriageDialog::Mode::Mitigate},
        {tr("&Reopen"), QKeySequence(Qt::Key_O), TriageDialog::Mode::Reopen},
        {tr("Assi&gn…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), TriageDialog::Mode::Assign},
        {tr("Co&mment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), TriageDialog::Mode::Comment},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(s.text, this);
        a->setShortcut(s.key);
        // Single-key shortcuts act only while the table has the focus, so typing a search never
        // triages anything.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const TriageDialog::Mode mode = s.mode;
        connect(a, &QAction::triggered, this, [this, mode] { triage(mode); });
        m_table->addAction(a);
        m_actions << a;
        m_triageActions << a;
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_actions << separator;

    auto *open = new QAction(tr("Show &details"), this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, [this] {
        QList<int> sizes = m_splitter->sizes();
        if (sizes.value(2) == 0) { // collapsed: give it a third
            sizes[2] = width() / 3;
            m_splitter->setSizes(sizes);
        }
        m_detail->showFinding(m_table->currentIndex().data(FindingsListModel::FindingIdRole).toLongLong());
        m_detail->setFocus();
    });
    m_table->addAction(open);
    m_actions << open;

    auto *copy = new QAction(tr("&Copy selected rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &FindingsView::copySelection);
    m_table->addAction(copy);
    m_actions << copy;

    auto *exportAction = new QAction(tr("&Export filtered findings to CSV…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] { askExport(ExportFormat::Csv); });
    addAction(exportAction);
    m_actions << exportAction;
    auto *exportJson = new QAction(tr("Export filtered findings to &JSON…"), this);
    connect(exportJson, &QAction::triggered, this, [this] { askExport(ExportFormat::Json); });
    addAction(exportJson);
    m_actions << exportJson;

    auto *search = new QAction(tr("&Search findings"), this);
    search->setShortcut(QKeySequence(Qt::Key_Slash));
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QAction::triggered, this, &FindingsView::focusSearch);
    m_table->addAction(search);
    m_groupsTable->addAction(search);
    m_actions << search;
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QList<QAction *> FindingsView::menuActions() const
{
    return m_actions;
}

// The filter bar's filter (and grouping) becomes the list's; with grouping on, the group list is
// recomputed for it and the findings list shows all groups until one is picked.
void FindingsView::applyFilter()
{
    const auto by = m_filterBar->groupBy();
    m_groupsTable->setVisible(by.has_value());
    m_groupBase = m_filterBar->filter();
    m_groupBase.sla = AppSettings::slaPolicy();
    m_model->setFilter(m_groupBase);
    if (by)
        m_groups->load(m_groupBase, *by);
}

void FindingsView::refresh()
{
    loadChoices();
    // The SLA days may have changed in the settings: they are part of the filter.
    m_groupBase.sla = AppSettings::slaPolicy();
    FindingFilter current = m_model->filter();
    current.sla = m_groupBase.sla;
    m_model->setFilter(current);
    if (const auto by = m_filterBar->groupBy())
        m_groups->load(m_groupBase, *by);
    m_detail->reload();
}

void FindingsView::showFilter(const FindingFilter &filter)
{
    m_filterBar->setFilter(filter);
    applyFilter();
}

void FindingsView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

QList<QPair<int, int>> FindingsView::selectedRanges() const
{
    return selectedRowRanges(m_table);
}

qint64 FindingsView::selectedCount() const
{
    qint64 n = 0;
    for (const auto &[first, last] : selectedRanges())
        n += last - first + 1;
    return n;
}

void FindingsView::triage(TriageDialog::Mode mode)
{
    const qint64 count = selectedCount();
    if (count == 0) {
        showMessage(tr("Select one or more findings first."), false);
        return;
    }
    if (const auto change = TriageDialog::ask(this, mode, count))
        applyToSelection(*change);
}

void FindingsView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAction *action : std::as_const(m_triageActions))
        action->setEnabled(!readOnly);
}

void FindingsView::applyToSelection(const TriageChange &requested)
{
    if (m_readOnly) {
        const QString why = tr("This store is read-only; nothing was changed.");
        showMessage(why, true);
        Q_EMIT triageFinished(0, why);
        return;
    }
    if (m_busy) {
        showMessage(tr("Another change is still being written; try again in a moment."), false);
        return;
    }
    TriageChange change = requested;
    change.actor = osUserName();
    change.at = QDateTime::currentSecsSinceEpoch();
    m_busy = true;
    showMessage(tr("Applying to %Ln findings…", nullptr, static_cast<int>(selectedCount())), false);
    QPointer<FindingsView> self(this);
    const QString path = m_storePath;
    m_model->resolveIds(selectedRanges(), [self, path, change](std::vector<std::int64_t> ids, QString error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_busy = false;
            self->showMessage(error, true);
            Q_EMIT self->triageFinished(0, error);
            return;
        }
        runInBackground<WorkResult>(self, [path, ids = std::move(ids), change] {
            WorkResult r;
            try {
                Database db = Database::open(path.toStdString());
                r.count = TriageRepository(db).apply(ids, change); // one transaction for all
            } catch (const StoreError &e) {
                r.error = QString::fromStdString(e.what());
            }
            return r;
        }, [self](WorkResult r) {
            if (!self)
                return;
            self->m_busy = false;
            if (r.error.isEmpty())
                self->showMessage(tr("Changed %Ln findings.", nullptr, static_cast<int>(r.count)), false);
            else
                self->showMessage(tr("Nothing was changed: %1").arg(r.error), true);
            Q_EMIT self->triageFinished(r.count, r.error);
            if (r.error.isEmpty())
                self->refresh();
        });
    });
}

void FindingsView::askExport(ExportFormat format)
{
    const ExportTarget target = askExportTarget(this, tr("Export findings"), QStringLiteral("bulkhead-findings"), format);
    if (!target.path.isEmpty())
        exportList(target.path, target.format);
}

void FindingsView::exportList(const QString &path, ExportFormat format)
{
    const FindingFilter filter = m_model->filter();
    const FindingSort sort = m_model->findingSort();
    showMessage(tr("Exporting to %1…").arg(path), false);
    QPointer<FindingsView> self(this);
    // Streamed from one cursor into a temporary file renamed at the end: the target appears
    // complete or not at all, and the findings are never all in memory.
    runListExport(
        this, m_storePath, path, format,
        [filter, sort](Database &db, ListExportWriter &writer) {
            return findingslistexport::write(FindingRepository(db), filter, sort, writer);
        },
        [self, path](qint64 rows, QString error) {
            if (!self)
                return;
            if (error.isEmpty())
                self->showMessage(tr("Exported %Ln findings to %1", nullptr, static_cast<int>(rows)).arg(path), false);
            else
                self->showMessage(tr("Export failed: %1").arg(error), true);
            Q_EMIT self->exportFinished(path, error.isEmpty() ? rows : 0, error);
        });
}

void FindingsView::copySelection()
{
    constexpr int kCopyLimit = 100000;
    QPointer<FindingsView> self(this);
    m_model->resolveRows(selectedRanges(), kCopyLimit, [self](std::vector<FindingRow> rows, QString error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->showMessage(error, true);
            return;
        }
        QString text = QStringLiteral("ID\tSeverity\tStatus\tPackage\tInstalled\tFixed in\tAsset\tTitle\n");
        for (const FindingRow &r : rows) {
            text += QString::fromStdString(r.ruleKey) + QLatin1Char('\t')
                + QString::fromUtf8(severityName(r.severity).data()) + QLatin1Char('\t')
                + QString::fromUtf8(findingStatusName(r.status).data()) + QLatin1Char('\t')
                + QString::fromStdString(r.package) + QLatin1Char('\t') + QString::fromStdString(r.installedVersion)
                + QLatin1Char('\t') + QString::fromStdString(r.fixedVersion) + QLatin1Char('\t')
                + QString::fromStdString(r.asset) + QLatin1Char('\t') + QString::fromStdString(r.title)
                + QLatin1Char('\n');
        }
        QApplication::clipboard()->setText(text);
        self->showMessage(tr("Copied %Ln rows.", nullptr, static_cast<int>(rows.size())), false);
        Q_EMIT self->copyFinished(static_cast<int>(rows.size()));
    });
}

void FindingsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusMessage(text);
}

QString FindingsView::messageText() const
{
    return m_message->text();
}

void FindingsView::updateSummary()
{
    QString text;
    if (m_model->countExact())
        text = tr("%Ln findings", nullptr, static_cast<int>(m_model->totalCount()));
    else
        text = tr("Counting findings…");
    const qint64 selected = m_table->selectionModel()->hasSelection() ? selectedCount() : 0;
    if (selected > 0)
        text += tr(" · %Ln selected", nullptr, static_cast<int>(selected));
    const FindingFilter &f = m_model->filter();
    if (!f.assetIds.empty() || !f.ruleIds.empty() || !f.packageIds.empty() || f.acceptanceExpiresBefore)
        text += tr(" · narrowed to a group or an overview selection (Clear filters to widen)");
    if (m_model->isLoading())
        text += tr(" · loading…");
    m_summary->setText(text);
}

} // namespace bulkhead::ui
