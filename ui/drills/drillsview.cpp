#include "drills/drillsview.h"

#include "common/headerwidths.h"
#include "drills/drillruneditor.h"
#include "drills/drillslistmodel.h"
#include "drills/drillsstore.h"
#include "drills/drillstext.h"
#include "drills/drilltemplatespanel.h"
#include "drills/scheduledrilldialog.h"
#include "drills/startrundialog.h"
#include "settings/appsettings.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

constexpr int kRunIdRole = Qt::UserRole + 1;
const QString kLayoutKey = QStringLiteral("drills");
const QString kBottomLayoutKey = QStringLiteral("drills-bottom");

struct DrillsSnapshot {
    std::vector<DrillTemplate> templates;
    std::vector<Drill> drills;
};

QString historyText(const DrillRun &run, std::int64_t now)
{
    int open = 0, late = 0;
    for (const DrillAction &a : run.actions) {
        if (a.doneAt == 0) {
            ++open;
            late += a.dueAt > 0 && a.dueAt < now ? 1 : 0;
        }
    }
    const QString state = run.status == DrillRunStatus::Completed
        ? DrillsView::tr("completed %1").arg(drillstext::dateText(run.completedAt))
        : DrillsView::tr("in progress");
    QString actions = DrillsView::tr("%Ln actions", nullptr, int(run.actions.size()));
    if (open > 0)
        actions += late > 0 ? DrillsView::tr(", %Ln open (%1 overdue)", nullptr, open).arg(late)
                            : DrillsView::tr(", %Ln open", nullptr, open);
    return QStringLiteral("%1 · %2\n%3\n%4")
        .arg(drillstext::dateText(run.heldOn), state, drillstext::progressText(run), actions);
}

} // namespace

DrillsView::DrillsView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_store = new DrillsStore(storePath, this);
    m_model = new DrillsListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DrillsListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_editor = new DrillRunEditor(m_store, this);
    m_templatesPanel = new DrillTemplatesPanel(m_store, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("drillsTabs"));
    m_tabs->addTab(createDrillsTab(), tr("&Drills"));
    m_tabs->addTab(m_templatesPanel, tr("&Templates"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("drillsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrillsView::onCurrentDrillChanged);
    connect(m_history, &QListWidget::currentRowChanged, this, &DrillsView::onHistoryChosen);
    connect(m_scheduleButton, &QPushButton::clicked, this, [this] { openScheduleDialog(); });
    connect(m_startRunButton, &QPushButton::clicked, this, &DrillsView::openStartRunDialog);
    connect(m_editor, &DrillRunEditor::runCompleted, this, [this](qint64 runId) {
        m_chosenRunId = runId;
        loadList(true);
        Q_EMIT drillsChanged();
        if (const Drill *d = m_model->drill(m_chosenDrillId))
            Q_EMIT statusMessage(tr("Completed a run of %1.").arg(QString::fromStdString(d->name)));
    });
    connect(m_editor, &DrillRunEditor::actionsChanged, this, [this] {
        loadList(false);
        Q_EMIT drillsChanged();
    });
    connect(m_editor, &DrillRunEditor::saved, this, [this] {
        // The history line of the run shown follows its items and actions.
        if (QListWidgetItem *item = m_history->currentItem(); item && m_editor->isShowingRun()
            && item->data(kRunIdRole).value<qint64>() == m_editor->runId())
            item->setText(historyText(m_editor->run(), now()));
    });
    connect(m_templatesPanel, &DrillTemplatesPanel::templatesChanged, this, [this] { loadList(false); });
    connect(m_templatesPanel, &DrillTemplatesPanel::scheduleRequested, this,
            [this](qint64 templateId) { openScheduleDialog(templateId); });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
        AppSettings::setSplitterState(kBottomLayoutKey, m_bottomSplitter->saveState());
    });
    connect(m_bottomSplitter, &QSplitter::splitterMoved, this, [this] {
        AppSettings::setSplitterState(kBottomLayoutKey, m_bottomSplitter->saveState());
    });

    updateButtons();
    loadList(true);
}

DrillsView::~DrillsView() = default;

QWidget *DrillsView::createDrillsTab()
{
    auto *tab = new QWidget(this);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("drillsSearch"));
    m_search->setPlaceholderText(tr("Filter drills by name, template or owner"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    m_summary = new QLabel(tab);
    m_summary->setObjectName(QStringLiteral("drillsSummary"));
    m_scheduleButton = new QPushButton(tr("Sch&edule drill…"), tab);
    m_scheduleButton->setObjectName(QStringLiteral("drillsScheduleButton"));
    m_scheduleButton->setToolTip(tr("Schedule a drill from a built-in template or one of yours"));
    m_startRunButton = new QPushButton(tr("Start &run…"), tab);
    m_startRunButton->setObjectName(QStringLiteral("drillsStartRunButton"));
    m_startRunButton->setToolTip(tr("Hold the chosen drill: a new run with the template's checklist"));

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("drillsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DrillsListModel::NextDueColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const int widths[] = {260, 300, 130, 110, 120, 170, 160};
    static_assert(std::size(widths) == DrillsListModel::ColumnCount);
    applyDefaultSectionWidths(header, widths);

    m_history = new QListWidget(tab);
    m_history->setObjectName(QStringLiteral("drillsHistory"));
    m_history->setAccessibleName(tr("Run history"));
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *historyLabel = new QLabel(tr("Run histor&y"), tab);
    historyLabel->setBuddy(m_history);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    auto *historyBox = new QWidget(tab);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(6, 4, 0, 0);
    historyLayout->addWidget(historyLabel);
    historyLayout->addWidget(m_history, 1);

    auto *editorScroll = new QScrollArea(tab);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    m_bottomSplitter = new QSplitter(Qt::Horizontal, tab);
    m_bottomSplitter->addWidget(historyBox);
    m_bottomSplitter->addWidget(editorScroll);
    m_bottomSplitter->setStretchFactor(0, 1);
    m_bottomSplitter->setStretchFactor(1, 4);
    m_splitter = new QSplitter(Qt::Vertical, tab);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_bottomSplitter);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setCollapsible(0, false);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({180, 680});
    if (const QByteArray state = AppSettings::splitterState(kBottomLayoutKey); !state.isEmpty())
        m_bottomSplitter->restoreState(state);
    else
        m_bottomSplitter->setSizes({280, 1120});

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_summary, 2);
    top->addWidget(m_scheduleButton);
    top->addWidget(m_startRunButton);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_scheduleButton);
    setTabOrder(m_scheduleButton, m_startRunButton);
    setTabOrder(m_startRunButton, m_table);
    setTabOrder(m_table, m_history);
    // The editor's own order again: moving it into the scroll area rearranged the focus chain.
    // The scroll area is no stop of its own.
    editorScroll->setFocusPolicy(Qt::NoFocus);
    QWidget *chain[] = {m_history,
                        m_editor->participantsField(),
                        m_editor->incidentEdit(),
                        m_editor->itemsTable(),
                        m_editor->notesEdit(),
                        m_editor->addActionButton(),
                        m_editor->actionsTable(),
                        m_editor->completeButton()};
    for (std::size_t i = 0; i + 1 < std::size(chain); ++i)
        setTabOrder(chain[i], chain[i + 1]);
    return tab;
}

void DrillsView::setNow(std::int64_t now)
{
    m_fixedNow = now;
    m_editor->setNow(now);
    loadList(true);
}

std::int64_t DrillsView::now() const
{
    return m_fixedNow > 0 ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

std::int64_t DrillsView::currentDrillId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(DrillsListModel::DrillIdRole).value<qint64>() : 0;
}

void DrillsView::refresh()
{
    loadList(true);
}

void DrillsView::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void DrillsView::loadList(bool withRuns)
{
    const quint64 request = ++m_listRequest;
    const std::int64_t at = now();
    QPointer<DrillsView> self(this);
    m_store->call<DrillsSnapshot>([at](DrillRepository &repo) {
        DrillsSnapshot s;
        s.templates = repo.templates();
        s.drills = repo.list(at);
        return s;
    }, [self, request, withRuns, at](DrillsSnapshot s, QString error) {
        if (!self || request != self->m_listRequest)
            return;
        if (!error.isEmpty()) {
            self->showError(tr("Cannot read the drills: %1").arg(error));
            return;
        }
        self->m_message->hide();
        self->m_templates = s.templates;
        const std::int64_t keep = self->m_chosenDrillId;
        // The chosen drill stays chosen across the reset; its runs are read below, not once per
        // change of the current row on the way.
        self->m_restoring = true;
        self->m_model->setDrills(std::move(s.drills), s.templates, at);
        self->m_templatesPanel->setTemplates(s.templates);
        QModelIndex chosen;
        for (int r = 0; r < self->m_proxy->rowCount() && !chosen.isValid(); ++r) {
            const QModelIndex index = self->m_proxy->index(r, DrillsListModel::NameColumn);
            if (keep == 0 || index.data(DrillsListModel::DrillIdRole).value<qint64>() == keep)
                chosen = index;
        }
        if (chosen.isValid()) {
            self->m_table->selectionModel()->setCurrentIndex(
                chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            self->m_table->scrollTo(chosen);
        }
        self->m_restoring = false;
        self->m_chosenDrillId = self->currentDrillId();
        self->updateSummary();
        self->updateButtons();
        Q_EMIT self->loaded(self->m_model->rowCount());
        if (withRuns || self->m_runsDrillId != self->m_chosenDrillId)
            self->loadRuns();
    });
}

void DrillsView::onCurrentDrillChanged()
{
    if (m_restoring)
        return;
    const std::int64_t id = currentDrillId();
    if (id == m_chosenDrillId && id == m_runsDrillId)
        return;
    m_chosenDrillId = id;
    m_chosenRunId = 0;
    updateButtons();
    loadRuns();
}

void DrillsView::loadRuns()
{
    const std::int64_t drillId = currentDrillId();
    const quint64 request = ++m_runsRequest;
    if (drillId == 0) {
        m_runs.clear();
        m_runsDrillId = 0;
        m_history->clear();
        m_editor->showNothing(m_model->rowCount() == 0
                                  ? tr("No drill is scheduled yet. \"Schedule drill…\" picks a template (a built-in "
                                       "tabletop exercise, the post-incident review, or one of yours), an owner and "
                                       "a cadence; INC-2 and INC-3 are assessed from the runs.")
                                  : tr("Choose a drill to see its runs."));
        Q_EMIT runsLoaded(0, 0);
        return;
    }
    QPointer<DrillsView> self(this);
    m_store->call<std::vector<DrillRun>>([drillId](DrillRepository &repo) { return repo.runs(drillId); },
                                         [self, request, drillId](std::vector<DrillRun> runs, QString error) {
        if (!self || request != self->m_runsRequest)
            return;
        if (!error.isEmpty()) {
            self->showError(tr("Cannot read the runs of this drill: %1").arg(error));
            return;
        }
        self->m_runs = std::move(runs);
        self->m_runsDrillId = drillId;
        // The run chosen before, else the one in progress, else the newest.
        int row = -1;
        for (std::size_t i = 0; i < self->m_runs.size() && row < 0; ++i) {
            if (self->m_runs[i].id == self->m_chosenRunId)
                row = static_cast<int>(i);
        }
        for (std::size_t i = 0; i < self->m_runs.size() && row < 0; ++i) {
            if (self->m_runs[i].status == DrillRunStatus::InProgress)
                row = static_cast<int>(i);
        }
        if (row < 0 && !self->m_runs.empty())
            row = 0;
        {
            const QSignalBlocker block(self->m_history);
            self->m_history->clear();
            for (const DrillRun &run : self->m_runs) {
                auto *item = new QListWidgetItem(historyText(run, self->now()), self->m_history);
                item->setData(kRunIdRole, QVariant::fromValue<qint64>(run.id));
            }
            self->m_history->setCurrentRow(row);
        }
        if (row >= 0) {
            self->showRunOf(self->m_runs[static_cast<std::size_t>(row)]);
        } else {
            const Drill *d = self->m_model->drill(drillId);
            self->m_editor->showNothing(
                tr("%1 has not been held yet. \"Start run…\" records a run: the day, who takes part, and the "
                   "checklist to walk through.")
                    .arg(d ? QString::fromStdString(d->name) : tr("This drill")));
        }
        self->updateButtons();
        Q_EMIT self->runsLoaded(drillId, static_cast<int>(self->m_runs.size()));
    });
}

void DrillsView::onHistoryChosen()
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= static_cast<int>(m_runs.size()))
        return;
    showRunOf(m_runs[static_cast<std::size_t>(row)]);
}

void DrillsView::showRunOf(const DrillRun &run)
{
    m_chosenRunId = run.id;
    const Drill *d = m_model->drill(run.drillId);
    const DrillTemplate *t = d ? m_model->templateOf(*d) : nullptr;
    m_editor->showRun(run, d ? QString::fromStdString(d->name) : QString(), t ? t->kind : DrillKind::Tabletop,
                      t ? t->controls : std::vector<std::string>{});
}

void DrillsView::selectDrill(qint64 drillId)
{
    m_tabs->setCurrentIndex(0);
    const int row = m_model->rowOf(drillId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, DrillsListModel::NameColumn));
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void DrillsView::selectRun(qint64 runId)
{
    for (int r = 0; r < m_history->count(); ++r) {
        if (m_history->item(r)->data(kRunIdRole).value<qint64>() == runId)
            m_history->setCurrentRow(r);
    }
}

void DrillsView::openScheduleDialog(qint64 templateId)
{
    std::vector<std::string> names;
    for (const Drill &d : m_model->drills())
        names.push_back(d.name);
    auto *dialog = new ScheduleDrillDialog(m_templates, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (templateId != 0)
        dialog->setTemplate(templateId);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { scheduleDrill(dialog->drill()); });
    dialog->open();
}

void DrillsView::scheduleDrill(const Drill &drill)
{
    Drill d = drill;
    d.createdAt = now();
    QPointer<DrillsView> self(this);
    m_store->call<std::int64_t>([d](DrillRepository &repo) { return repo.schedule(d); },
                                [self](std::int64_t id, QString error) {
                                    if (!self)
                                        return;
                                    if (!error.isEmpty()) {
                                        self->showError(tr("The drill was not scheduled: %1").arg(error));
                                        return;
                                    }
                                    self->m_tabs->setCurrentIndex(0);
                                    self->m_chosenDrillId = id;
                                    self->m_chosenRunId = 0;
                                    self->loadList(true);
                                    Q_EMIT self->drillScheduled(id);
                                    Q_EMIT self->drillsChanged();
                                });
}

void DrillsView::openStartRunDialog()
{
    const Drill *d = m_model->drill(currentDrillId());
    if (!d)
        return;
    auto *dialog = new StartRunDialog(QString::fromStdString(d->name), now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startRun(dialog->heldOn(), dialog->participants()); });
    dialog->open();
}

void DrillsView::startRun(std::int64_t heldOn, const std::vector<std::string> &participants)
{
    const std::int64_t drillId = currentDrillId();
    if (drillId == 0)
        return;
    const std::int64_t at = now();
    QPointer<DrillsView> self(this);
    m_store->call<std::int64_t>(
        [drillId, heldOn, participants, at](DrillRepository &repo) {
            return repo.startRun(drillId, heldOn, participants, at);
        },
        [self, drillId](std::int64_t runId, QString error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->showError(tr("The run was not started: %1").arg(error));
                return;
            }
            self->m_chosenDrillId = drillId;
            self->m_chosenRunId = runId;
            self->loadList(true);
            Q_EMIT self->runStarted(runId);
            Q_EMIT self->drillsChanged();
        });
}

void DrillsView::updateSummary()
{
    const auto &drills = m_model->drills();
    if (drills.empty()) {
        m_summary->setText(tr("No drills scheduled"));
        return;
    }
    int open = 0, late = 0, overdue = 0;
    const std::int64_t at = now();
    for (const Drill &d : drills) {
        open += d.openActions;
        late += d.overdueActions;
        overdue += d.nextDueAt > 0 && d.nextDueAt < at ? 1 : 0;
    }
    QString text = tr("%Ln drills", nullptr, int(drills.size()));
    if (overdue > 0)
        text += tr(" · %Ln overdue", nullptr, overdue);
    if (open > 0)
        text += late > 0 ? tr(" · %Ln open actions, %1 past due", nullptr, open).arg(late)
                         : tr(" · %Ln open actions", nullptr, open);
    m_summary->setText(text);
}

void DrillsView::updateButtons()
{
    m_startRunButton->setEnabled(currentDrillId() != 0);
}

void DrillsView::showError(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    Q_EMIT errorShown(message);
}

} // namespace bulkhead::ui
