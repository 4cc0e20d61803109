#include "rbac/reviewqueuewidget.h"

#include "common/background.h"
#include "common/listexporter.h"
#include "common/pagedviewsupport.h"
#include "rbac/reviewdetailpane.h"
#include "rbac/reviewfilterbar.h"
#include "rbac/reviewnotedialog.h"
#include "rbac/reviewqueuedelegate.h"
#include "rbac/reviewqueuemodel.h"
#include "rbac/reviewtext.h"
#include "report/rbacbindingsexport.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/storeerror.h"
#include "util/osuser.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
const QString kLayoutKey = QStringLiteral("rbac.review");

struct RecordResult {
    int count = 0;
    QString error;
};
} // namespace

ReviewQueueWidget::ReviewQueueWidget(const QString &storePath, QWidget *parent)
    : QWidget(parent), m_storePath(storePath)
{
    m_filterBar = new ReviewFilterBar(this);
    m_model = new ReviewQueueModel(storePath, this);
    createTable();
    m_detail = new ReviewDetailPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({1100, 340});

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(m_summary, 1);
    m_iam2 = new QLabel(this);
    m_iam2->setObjectName(QStringLiteral("iam2Status"));
    m_iam2->setTextFormat(Qt::RichText);
    decisions->addWidget(m_iam2);
    const std::pair<ReviewDecision, Qt::Key> keys[] = {{ReviewDecision::Keep, Qt::Key_K},
                                                       {ReviewDecision::Reduce, Qt::Key_R},
                                                       {ReviewDecision::Remove, Qt::Key_X},
                                                       {ReviewDecision::Escalate, Qt::Key_E}};
    for (const auto &[decision, key] : keys) {
        auto *button = new QPushButton(this);
        decisions->addWidget(button);
        addDecisionAction(decision, key, button);
    }

    m_exporter = new ListExporter(this, storePath, tr("role bindings"), QStringLiteral("bulkhead-rbac-bindings"), [this] {
        // The policy the rows were shown with, so states and due dates match the table.
        const RbacBindingFilter filter = m_model->filter();
        const ReviewPolicy policy = m_model->policy();
        const RbacBindingSort sort = m_model->sortKey();
        const bool descending = m_model->sortDescending();
        return ListExportWork([filter, policy, sort, descending](Database &db, ListExportWriter &writer) {
            return rbacbindingsexport::write(RbacRepository(db), filter, policy, sort, descending, writer);
        });
    });
    decisions->addWidget(m_exporter->button());
    m_exporter->button()->setFocusPolicy(Qt::NoFocus);
    m_table->addAction(m_exporter->action());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addLayout(decisions);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_exporter->resultLabel());
    layout->addWidget(m_message);

    connect(m_filterBar, &ReviewFilterBar::filterChanged, this, &ReviewQueueWidget::applyFilter);
    followPagedModel(this, m_model, m_table, m_message, ReviewQueueModel::NameColumn, [this] { updateSummary(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewQueueWidget::loadDetail);
    // The current row's page may arrive after it became current; a reset (new filter, a review
    // recorded) may keep the same binding current on another row.
    connect(m_model, &ReviewQueueModel::pageLoaded, this, &ReviewQueueWidget::loadDetail);
    connect(m_model, &ReviewQueueModel::firstPageShown, this, &ReviewQueueWidget::loadDetail);
    // Every new request (cluster, filter, a review recorded, refresh) re-reads the IAM-2 status.
    connect(m_model, &ReviewQueueModel::firstPageShown, this, &ReviewQueueWidget::loadIam2);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ReviewQueueWidget::saveLayout);
    applyFilter();
}

ReviewQueueWidget::~ReviewQueueWidget() = default;

void ReviewQueueWidget::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ReviewQueueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk decisions
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const int widths[] = {80, 130, 85, 150, 140, 150, 105, 125, 150, 85};
    static_assert(std::size(widths) == ReviewQueueModel::ColumnCount);
    for (int c = 0; c < ReviewQueueModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSortIndicator(ReviewQueueModel::RiskColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    setUpStoreSortedHeader(header, m_model, kLayoutKey,
                           [this](int c) { return m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); });
    connect(header, &QHeaderView::sectionResized, this, &ReviewQueueWidget::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &ReviewQueueWidget::saveLayout);
}

void ReviewQueueWidget::addDecisionAction(ReviewDecision decision, Qt::Key key, QPushButton *button)
{
    const QString title = reviewtext::decisionTitle(decision);
    const QString shortcut = QKeySequence(key).toString(QKeySequence::NativeText);
    button->setText(QStringLiteral("%1 (%2)").arg(title, shortcut));
    button->setObjectName(QStringLiteral("review-%1").arg(QLatin1String(reviewDecisionName(decision))));
    button->setToolTip(reviewtext::decisionExplanation(decision));
    button->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the table
    // A single letter acts only where it cannot be text: on the table, not in the search field.
    auto *action = new QAction(title, m_table);
    action->setShortcut(QKeySequence(key));
    action->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(action);
    const auto run = [this, decision] { decide(decision); };
    connect(action, &QAction::triggered, this, run);
    connect(button, &QPushButton::clicked, this, run);
}

void ReviewQueueWidget::setCluster(const QString &cluster)
{
    const std::string c = cluster.toStdString();
    m_table->setColumnHidden(ReviewQueueModel::ClusterColumn, !c.empty());
    if (c == m_cluster)
        return;
    m_cluster = c;
    applyFilter();
}

void ReviewQueueWidget::refresh()
{
    m_model->reload();
}

void ReviewQueueWidget::applyFilter()
{
    m_model->setFilter(m_filterBar->filter(m_cluster));
}

QList<QPair<int, int>> ReviewQueueWidget::selectedRanges() const
{
    return selectedRowRanges(m_table);
}

void ReviewQueueWidget::decide(ReviewDecision decision)
{
    if (m_busy) {
        showMessage(tr("A review is still being written; try again in a moment."), false);
        return;
    }
    const QList<QPair<int, int>> ranges = selectedRanges();
    int count = 0;
    for (const auto &[first, last] : ranges)
        count += last - first + 1;
    if (count == 0) {
        showMessage(tr("Select one or more bindings first."), false);
        return;
    }
    QString subject;
    if (count == 1) {
        if (const RbacBindingRow *row = m_model->rowAt(ranges.first().first))
            subject = reviewtext::bindingTitle(row->binding);
    }
    // Window-modal and asynchronous: the queue keeps painting while the note is written.
    auto *dialog = new ReviewNoteDialog(decision, count, subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ranges] {
        record(ranges, dialog->decision(), dialog->note());
    });
    dialog->open();
}

void ReviewQueueWidget::record(const QList<QPair<int, int>> &ranges, ReviewDecision decision, const std::string &note)
{
    m_busy = true;
    showMessage(tr("Recording…"), false);
    const std::string reviewer = osUserName();
    const QString path = m_storePath;
    QPointer<ReviewQueueWidget> self(this);
    m_model->resolveIds(ranges, [self, path, decision, note, reviewer](std::vector<std::int64_t> ids, QString error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_busy = false;
            self->showMessage(tr("Nothing was recorded: %1").arg(error), true);
            return;
        }
        // The write opens its own connection off the GUI thread, as triage does: one transaction
        // for the whole selection.
        runInBackground<RecordResult>(self, [path, ids = std::move(ids), decision, note, reviewer] {
            RecordResult r;
            try {
                Database db = Database::open(path.toStdString());
                r.count = RbacRepository(db).recordReviews(ids, decision, reviewer, note,
                                                           QDateTime::currentSecsSinceEpoch());
            } catch (const StoreError &e) {
                r.error = QString::fromStdString(e.what());
            }
            return r;
        }, [self, decision](RecordResult r) {
            if (!self)
                return;
            self->m_busy = false;
            if (!r.error.isEmpty()) {
                self->showMessage(tr("Nothing was recorded: %1").arg(r.error), true);
                return;
            }
            self->showMessage(tr("Recorded “%1” for %Ln bindings.", nullptr, int(r.count))
                                  .arg(reviewtext::decisionTitle(decision).toLower()),
                              false);
            self->m_detailId = 0; // its history has a new entry
            self->m_model->reload();
            Q_EMIT self->reviewsRecorded(r.count);
        });
    });
}

void ReviewQueueWidget::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReviewQueueWidget::loadDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailId = 0;
        ++m_detailRequest;
        m_detail->showNothing();
        return;
    }
    if (!current.data(ReviewQueueModel::LoadedRole).toBool())
        return; // its page is on the way; pageLoaded calls again
    const std::int64_t id = current.data(ReviewQueueModel::BindingIdRole).toLongLong();
    if (id == m_detailId)
        return;
    m_detailId = id;
    const quint64 request = ++m_detailRequest;
    m_detail->showLoading();
    QPointer<ReviewQueueWidget> self(this);
    m_model->loadDetail(id, [self, request](ReviewDetail detail) {
        if (self && request == self->m_detailRequest)
            self->m_detail->showDetail(detail);
    });
}

void ReviewQueueWidget::updateSummary()
{
    const bool needing = m_model->filter().onlyNeedingReview;
    QString text;
    if (!m_model->countExact())
        text = tr("Counting bindings…");
    else if (m_model->totalCount() == 0)
        text = needing ? tr("No binding needs review.") : tr("No binding matches.");
    else
        text = needing ? tr("%Ln bindings need review", nullptr, int(m_model->totalCount()))
                       : tr("%Ln bindings", nullptr, int(m_model->totalCount()));
    if (m_model->isLoading())
        text += tr(" · loading…");
    m_summary->setText(text);
}

void ReviewQueueWidget::loadIam2()
{
    QPointer<ReviewQueueWidget> self(this);
    m_model->loadSummary([self](const ReviewSummary &s, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty() || !s.assessed) {
            self->m_iam2->clear();
            return;
        }
        const QLocale locale;
        const QString counts = tr("IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never reviewed, %5 changed)")
                                   .arg(locale.toString(s.current), locale.toString(s.bindings),
                                        locale.toString(s.due), locale.toString(s.neverReviewed),
                                        locale.toString(s.changed));
        const QString verdict = s.passes() ? tr("<b style=\"color:#2e7d32\">met</b>") : tr("<b style=\"color:#c62828\">not met</b>");
        self->m_iam2->setText(counts.toHtmlEscaped() + QStringLiteral(" — ") + verdict);
        self->m_iam2->setToolTip(tr("Every binding except the API server's defaults needs a review younger than its "
                                    "interval (Settings), made after its last change."));
    });
}

void ReviewQueueWidget::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
}

} // namespace bulkhead::ui
