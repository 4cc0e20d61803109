#include "images/imagesview.h"

#include "common/listexporter.h"
#include "common/pagedviewsupport.h"
#include "images/imagedetailpane.h"
#include "images/imagesdelegate.h"
#include "images/imagesfilterbar.h"
#include "images/imageslistmodel.h"
#include "pages/pagetext.h"
#include "report/imagesexport.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
const QString kLayoutKey = QStringLiteral("images");
} // namespace

ImagesView::ImagesView(const QString &storePath, QWidget *parent) : QWidget(parent)
{
    m_filterBar = new ImagesFilterBar(this);
    m_model = new ImagesListModel(storePath, this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("imagesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ImagesDelegate(m_table));
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
    header->setSortIndicator(ImagesListModel::RepositoryColumn, Qt::AscendingOrder);
    const int widths[] = {170, 95, 95, 140, 100, 185, 70, 80, 110, 80, 80, 60, 130, 90, 90};
    static_assert(std::size(widths) == ImagesListModel::ColumnCount);
    for (int c = 0; c < ImagesListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->hideSection(ImagesListModel::LastSeenColumn);
    m_table->setSortingEnabled(true);
    setUpStoreSortedHeader(header, m_model, kLayoutKey, [this](int c) {
        return m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    });

    m_detail = new ImageDetailPane(storePath, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    if (const QByteArray state = AppSettings::splitterState(kLayoutKey); !state.isEmpty())
        m_splitter->restoreState(state);

    m_summary = new QLabel(this);
    m_collectButton = new QPushButton(tr("Collect now"), this);
    m_collectButton->setObjectName(QStringLiteral("imagesCollectButton"));
    m_collectButton->setToolTip(tr("Crawl every registry source again"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->hide();

    m_exporter = new ListExporter(this, storePath, tr("images"), QStringLiteral("bulkhead-images"), [this] {
        const ImageRepository::ImageFilter filter = m_model->storeFilter();
        const ImageRepository::ImageSortKey sort = m_model->sortKey();
        const bool descending = m_model->sortDescending();
        return ListExportWork([filter, sort, descending](Database &db, ListExportWriter &writer) {
            return imagesexport::write(ImageRepository(db), filter, sort, descending, writer);
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
    contentLayout->addWidget(m_exporter->resultLabel());
    contentLayout->addWidget(m_message);

    m_emptyState = createEmptyState();
    m_stack = stackPage(this, m_content, m_emptyState, tr("&Search images"), [this] { focusSearch(); });

    connect(m_filterBar, &ImagesFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filterBar->filter()); });
    followPagedModel(this, m_model, m_table, m_message, 0, [this] { updateSummary(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QVariant id = current.data(ImagesListModel::ImageIdRole);
        m_detail->showImage(id.isValid() ? id.toLongLong() : 0);
    });
    // The current row may still be loading when it becomes current: show it once it is in.
    connect(m_model, &ImagesListModel::pageLoaded, this, [this](int first, int last) {
        const int row = m_table->currentIndex().row();
        if (row >= first && row <= last && m_detail->imageId() == 0)
            m_detail->showImage(m_table->currentIndex().data(ImagesListModel::ImageIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detail->showImage(0); });
    connect(m_detail, &ImageDetailPane::findingsRequested, this, &ImagesView::findingsRequested);
    connect(m_collectButton, &QPushButton::clicked, this, &ImagesView::collectRequested);
    connect(header, &QHeaderView::sectionResized, this, &ImagesView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &ImagesView::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ImagesView::saveLayout);

    applyThresholds();
    loadSources();
}

ImagesView::~ImagesView() = default;

QWidget *ImagesView::createEmptyState()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->addWidget(makeHeading(tr("No registry sources yet"), column));
    layout->addWidget(makeParagraph(
        tr("Bulkhead reads what your registries hold through the OCI distribution API: every repository, tag and "
           "digest with its user, age, size and layers, whether it is signed with cosign and the signature verifies "
           "with your keys, whether an SBOM is attached, and how recent its last vulnerability scan is."),
        column));
    m_addButton = new QPushButton(tr("Add registry…"), column);
    m_addButton->setObjectName(QStringLiteral("imagesAddRegistryButton"));
    m_addButton->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_addButton);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(makeNote(tr("Or from a terminal: bulkheadctl source add registry NAME URL, then bulkheadctl collect."),
                               column));
    layout->addStretch(1);
    connect(m_addButton, &QPushButton::clicked, this, &ImagesView::addRegistryRequested);
    return readableColumn(column, this);
}

bool ImagesView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void ImagesView::loadSources()
{
    QPointer<ImagesView> self(this);
    m_model->loadSources([self](std::vector<SourceRow> sources, QString error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_message->setText(error);
            self->m_message->show();
            return;
        }
        self->m_sourceCount = static_cast<int>(sources.size());
        self->m_filterBar->setSources(sources);
        self->m_stack->setCurrentWidget(sources.empty() ? self->m_emptyState : self->m_content);
        self->updateSummary();
        Q_EMIT self->sourcesLoaded(self->m_sourceCount);
    });
}

void ImagesView::applyThresholds()
{
    const int days = AppSettings::postureThresholds().scanMaxAgeDays;
    m_model->setScanMaxAgeDays(days);
    m_detail->setScanMaxAgeDays(days);
}

void ImagesView::refresh()
{
    applyThresholds();
    loadSources();
    m_model->reload();
    m_detail->reload();
}

void ImagesView::showFilter(const ImageFilter &filter)
{
    m_filterBar->setFilter(filter); // quietly: the model is told once, here
    m_model->setFilter(m_filterBar->filter());
}

void ImagesView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void ImagesView::updateSummary()
{
    const auto images = [](int n) { return tr("%Ln images", nullptr, n); };
    m_summary->setText(pagedSummary(
        m_model, std::function<QString(int)>(images), tr("Counting images…"), m_sourceCount,
        // English keeps a singular and a plural source (it ships no translation to pick one); each is a
        // plural entry, so that a translation picks its own form.
        m_sourceCount == 1 ? tr(" from %n registry source", nullptr, 1)
                           : tr(" from %Ln registry sources", nullptr, m_sourceCount),
        tr(" · nothing collected under this filter yet: Collect now crawls the sources")));
}

void ImagesView::saveLayout()
{
    AppSettings::setHeaderState(kLayoutKey, m_table->horizontalHeader()->saveState());
    AppSettings::setSplitterState(kLayoutKey, m_splitter->saveState());
}

} // namespace bulkhead::ui
