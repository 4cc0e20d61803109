#include "controls/controlsview.h"

#include "common/headerwidths.h"
#include "controls/attestationdialog.h"
#include "controls/controldetailpane.h"
#include "controls/controlsfilterbar.h"
#include "controls/controlslistmodel.h"
#include "controls/controlsloader.h"
#include "controls/controlsproxymodel.h"
#include "controls/controlstatusdelegate.h"
#include "controls/controlstext.h"
#include "controls/scoreheader.h"
#include "i18n/localeformat.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
const QString kLayoutKey = QStringLiteral("controls");
} // namespace

ControlsView::ControlsView(const QString &storePath, QWidget *parent) : QWidget(parent), m_storePath(storePath)
{
    m_loader = new ControlsLoader(storePath, this);
    m_header = new ScoreHeader(this);
    m_filterBar = new ControlsFilterBar(this);
    m_model = new ControlsListModel(this);
    m_proxy = new ControlsProxyModel(this);
    m_proxy->setSourceModel(m_model);
    createTable();

    m_detail = new ControlDetailPane(this);
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("controlsDetailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    m_detailScroll = detailScroll;
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({900, 520});

    m_summary = new QLabel(tr("Assessing the controls…"), this);
    m_summary->setObjectName(QStringLiteral("controlsSummary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("controlsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_message);

    // Ctrl+F and `/` (the main window leaves `/` to a page that has a search of its own).
    auto *search = new QAction(tr("&Search controls"), this);
    search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    search->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(search, &QAction::triggered, this, &ControlsView::focusSearch);
    addAction(search);

    connect(m_loader, &ControlsLoader::loaded, this, &ControlsView::onLoaded);
    connect(m_loader, &ControlsLoader::failed, this, &ControlsView::onFailed);
    connect(m_filterBar, &ControlsFilterBar::filterChanged, this, &ControlsView::onFilterChanged);
    connect(m_header, &ScoreHeader::workingRequested, this, &ControlsView::showWorking);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ControlsView::showCurrent);
    connect(m_detail, &ControlDetailPane::evidenceRequested, this, &ControlsView::evidenceRequested);
    connect(m_detail, &ControlDetailPane::attestRequested, this, &ControlsView::attestRequested);
    connect(m_detail, &ControlDetailPane::attestRequested, this, &ControlsView::openAttestation);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ControlsView::saveLayout);

    refresh();
}

ControlsView::~ControlsView() = default;

void ControlsView::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("controlsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(ControlsListModel::StatusColumn, new ControlStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    const int widths[] = {64, 168, 104, 250, 400};
    static_assert(std::size(widths) == ControlsListModel::ColumnCount);
    applyDefaultSectionWidths(header, widths);
    // The guide's order unless the user chose another (the header's default order is descending).
    header->setSortIndicator(ControlsListModel::IdColumn, Qt::AscendingOrder);
    if (const QByteArray state = AppSettings::headerState(kLayoutKey); !state.isEmpty())
        header->restoreState(state);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, &ControlsView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &ControlsView::saveLayout);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ControlsView::saveLayout);
}

std::int64_t ControlsView::currentNow() const
{
    return m_fixedNow > 0 ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

void ControlsView::setNow(std::int64_t now)
{
    m_fixedNow = now;
    refresh();
}

void ControlsView::setEvidenceSettings(const EvidenceSettings &settings)
{
    m_settings = settings;
    refresh();
}

void ControlsView::refresh()
{
    // QSettings only, no store: the thresholds are read here so that a change in Settings counts.
    const EvidenceSettings settings = m_settings ? *m_settings : loadEvidenceSettings();
    m_request = m_loader->load(settings, currentNow());
}

void ControlsView::onLoaded(quint64 request, const ControlsData &data)
{
    if (request != m_request)
        return;
    showData(data);
}

void ControlsView::showData(const ControlsData &data)
{
    m_message->hide();
    m_data = data;
    const QString chosen = m_chosen;
    m_model->setRows(data.rows);
    m_header->setScore(data.score);
    m_loaded = true;
    if (data.storeMissing) {
        m_message->setText(tr("The store is missing; nothing to assess."));
        m_message->show();
    }
    // The control the user looked at stays chosen; else the first row, so that the keys start there.
    if (chosen.isEmpty() || !selectControl(chosen))
        selectFirst();
    updateSummary();
    if (m_workingDialog && m_workingDialog->isVisible())
        showWorking(m_workingDialog->property("area").toInt() < 0
                        ? std::nullopt
                        : std::optional(static_cast<ControlArea>(m_workingDialog->property("area").toInt())));
    Q_EMIT loaded();
}

void ControlsView::onFailed(quint64 request, const QString &error)
{
    if (request != m_request)
        return;
    m_message->setText(error);
    m_message->show();
    m_summary->setText(tr("The controls could not be assessed."));
    Q_EMIT loadFailed(error);
}

void ControlsView::onFilterChanged()
{
    m_proxy->setArea(m_filterBar->area());
    m_proxy->setStatus(m_filterBar->status());
    m_proxy->setText(m_filterBar->text());
    if (m_chosen.isEmpty() || !selectControl(m_chosen))
        selectFirst();
    updateSummary();
}

void ControlsView::selectFirst()
{
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, ControlsListModel::IdColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrent();
}

bool ControlsView::selectControl(const QString &controlId)
{
    const int sourceRow = m_model->rowOf(controlId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, ControlsListModel::IdColumn));
    if (!index.isValid())
        return false; // filtered out
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCurrent();
    return true;
}

void ControlsView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const ControlRow *row = current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
    if (!row) {
        if (m_loaded && m_proxy->rowCount() == 0)
            m_detail->showMessage(tr("No control matches this filter."));
        return;
    }
    m_chosen = QString::fromStdString(row->definition.id);
    m_detail->showControl(*row, m_data.at);
}

void ControlsView::openDetail()
{
    showCurrent();
    // Its first button: a drill-down, else Attest…; Tab goes on through the pane.
    const QList<QPushButton *> buttons = m_detail->evidenceButtons();
    QWidget *first = buttons.isEmpty() ? static_cast<QWidget *>(m_detail->attestButton()) : buttons.first();
    if (m_detail->controlId().isEmpty())
        return; // nothing chosen (an empty filter)
    // Just built: its widgets show once the event loop runs, and take the focus then.
    first->setFocus(Qt::OtherFocusReason);
    m_detailScroll->ensureWidgetVisible(first);
}

bool ControlsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openDetail();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ControlsView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void ControlsView::updateSummary()
{
    if (!m_loaded)
        return;
    std::array<int, 5> counts{};
    for (const ControlRow &r : m_data.rows)
        ++counts[static_cast<std::size_t>(r.assessment.status)];
    QString text = tr("%Ln controls: %1 fail, %2 partial, %3 pass, %4 attested, %5 not assessed", nullptr,
                       int(m_data.rows.size()))
                       .arg(counts[static_cast<std::size_t>(ControlStatus::Fail)])
                       .arg(counts[static_cast<std::size_t>(ControlStatus::Partial)])
                       .arg(counts[static_cast<std::size_t>(ControlStatus::Pass)])
                       .arg(counts[static_cast<std::size_t>(ControlStatus::Attested)])
                       .arg(counts[static_cast<std::size_t>(ControlStatus::NotAssessed)]);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" · %1 shown under this filter").arg(m_proxy->rowCount());
    text += tr(" · assessed %1").arg(i18n::localDateTime(m_data.at));
    m_summary->setText(text);
}

void ControlsView::showWorking(std::optional<ControlArea> area)
{
    if (!m_workingDialog) {
        m_workingDialog = new QDialog(this);
        m_workingDialog->setObjectName(QStringLiteral("scoreWorkingDialog"));
        m_workingDialog->resize(560, 480);
        m_workingTitle = new QLabel(m_workingDialog);
        m_workingTitle->setWordWrap(true);
        m_workingText = new QPlainTextEdit(m_workingDialog);
        m_workingText->setReadOnly(true);
        m_workingText->setLineWrapMode(QPlainTextEdit::NoWrap);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        m_workingText->setFont(mono);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_workingDialog);
        connect(buttons, &QDialogButtonBox::rejected, m_workingDialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(m_workingDialog);
        layout->addWidget(m_workingTitle);
        layout->addWidget(m_workingText, 1);
        layout->addWidget(buttons);
    }
    const std::vector<std::string> &lines =
        area ? m_data.areaWorking[static_cast<std::size_t>(*area)] : m_data.overallWorking;
    const QString name = area ? controlstext::areaTitle(*area) : tr("Overall");
    m_workingDialog->setProperty("area", area ? static_cast<int>(*area) : -1);
    m_workingDialog->setWindowTitle(tr("How the %1 score is computed").arg(name));
    m_workingTitle->setText(
        tr("Each assessed control counts with its weight: pass and attested 1, partial 0.5, fail 0. Controls not "
           "assessed are left out of the score and shown as coverage instead."));
    QStringList text;
    for (const std::string &line : lines)
        text << QString::fromStdString(line);
    m_workingText->setPlainText(text.join(QLatin1Char('\n')));
    m_workingDialog->show();
    m_workingDialog->raise();
}

void ControlsView::openAttestation(const QString &controlId)
{
    const ControlDefinition *definition = ControlCatalog::builtin().find(controlId.toStdString());
    if (!definition)
        return; // a control the catalog does not know cannot be attested (the repository refuses it)
    auto *dialog = new AttestationDialog(m_storePath, *definition, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttestationDialog::attested, this, [this, controlId] {
        refresh();
        Q_EMIT attested(controlId);
    });
    dialog->open();
}

QString ControlsView::workingText() const
{
    return m_workingText ? m_workingText->toPlainText() : QString();
}

void ControlsView::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
}

} // namespace bulkhead::ui
