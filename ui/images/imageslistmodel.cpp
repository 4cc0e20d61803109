#include "images/imageslistmodel.h"

#include "i18n/localeformat.h"
#include "images/imagetext.h"

#include <QDateTime>


namespace bulkhead::ui {

namespace {

// Pages kept in memory: a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 32;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString dateText(std::int64_t t)
{
    return t > 0 ? i18n::localDate(t) : QString();
}

} // namespace

ImagesListModel::ImagesListModel(const QString &storePath, QObject *parent)
    : ImagesPagedModel(new ImagesLoader(storePath), QStringLiteral("images-loader"), kPageSize, kMaxPages, parent)
{
    request();
}

ImagesListModel::~ImagesListModel() = default;

void ImagesListModel::setFilter(const ImageFilter &filter)
{
    m_filter = filter;
    request();
}

void ImagesListModel::setScanMaxAgeDays(int days)
{
    if (days == m_scanMaxAgeDays)
        return;
    m_scanMaxAgeDays = days;
    if (m_filter.covered) {
        request(); // which images count as covered changed
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ScanColumn), index(rowCount() - 1, ScanColumn));
}

ImageFilter ImagesListModel::storeFilter() const
{
    ImageFilter f = m_filter;
    // "Scanned" means what the Last scan column and the BLD-2 finding mean: a scan younger than
    // the threshold (Off: any scan). Fixed per request, so that every page of it agrees.
    if (f.covered && m_scanMaxAgeDays > 0)
        f.coveredSince = QDateTime::currentSecsSinceEpoch() - qint64(m_scanMaxAgeDays) * 86400;
    return f;
}

void ImagesListModel::reload()
{
    request();
}

void ImagesListModel::sort(int column, Qt::SortOrder order)
{
    if (takeSortOrder(sortKeyForColumn(column), order, m_sortKey, m_descending))
        request();
}

std::optional<ImageSortKey> ImagesListModel::sortKeyForColumn(int column)
{
    switch (column) {
    case RepositoryColumn: return ImageSortKey::Repository;
    case TagsColumn: return ImageSortKey::Tag;
    case AgeColumn: return ImageSortKey::Created;
    case SizeColumn: return ImageSortKey::Size;
    case LayersColumn: return ImageSortKey::Layers;
    case SignatureColumn: return ImageSortKey::Signature;
    case VulnerabilitiesColumn: return ImageSortKey::Vulnerabilities;
    case LastSeenColumn: return ImageSortKey::LastSeen;
    default: return std::nullopt;
    }
}

void ImagesListModel::request()
{
    // The scan-age threshold is fixed per request (storeFilter()), so every page of it agrees.
    const ImageFilter filter = storeFilter();
    const ImageSortKey key = m_sortKey;
    const bool descending = m_descending;
    startRequest({
        [filter, key, descending](ImagesLoader &loader, quint64 generation, qint64 offset, int limit, qint64,
                                  std::vector<ImageRow> &rows, QString &error) {
            return loader.page(generation, filter, key, descending, static_cast<int>(offset), limit, rows, error);
        },
        [filter](ImagesLoader &loader, quint64 generation, qint64 &total, QString &error) {
            return loader.count(generation, filter, total, error);
        },
    });
}

void ImagesListModel::loadSources(std::function<void(std::vector<SourceRow>, QString)> done)
{
    ImagesLoader *loader = this->loader();
    QPointer<ImagesListModel> self(this);
    post([loader, self, done = std::move(done)]() mutable {
        std::vector<SourceRow> sources;
        QString error;
        loader->sources(sources, error);
        QMetaObject::invokeMethod(self, [self, sources = std::move(sources), error, done = std::move(done)]() mutable {
            if (self)
                done(std::move(sources), error);
        }, Qt::QueuedConnection);
    });
}

int ImagesListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ImagesListModel::scanStale(const ImageRow &r) const
{
    if (r.lastScanAt <= 0)
        return true;
    return m_scanMaxAgeDays > 0 && QDateTime::currentSecsSinceEpoch() - r.lastScanAt > qint64(m_scanMaxAgeDays) * 86400;
}

QVariant ImagesListModel::display(const ImageRow &r, int column) const
{
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    switch (column) {
    case SourceColumn: return q(r.source);
    case RepositoryColumn: return q(r.repository);
    case TagsColumn: return q(r.tags);
    case DigestColumn: return imagetext::shortDigest(r.digest);
    case PlatformColumn: return q(r.platform);
    case UserColumn: return imagetext::user(r.user);
    case AgeColumn: return imagetext::age(r.created, now);
    case SizeColumn: return imagetext::size(r.size);
    case LayersColumn: return r.layers;
    case SignatureColumn: return imagetext::signature(static_cast<SignatureState>(r.signature));
    case SbomColumn: return imagetext::sbom(r.sbomFormat, r.sbomCreated, now);
    case ScanColumn:
        return r.lastScanAt > 0 ? imagetext::ago(r.lastScanAt, now) : tr("not scanned");
    case VulnerabilitiesColumn:
        return tr("C %1 · H %2 · M %3 · L %4")
            .arg(i18n::localNumber(r.critical), i18n::localNumber(r.high), i18n::localNumber(r.medium),
                 i18n::localNumber(r.low));
    case PostureColumn: return r.postureFindings;
    case LastSeenColumn: return dateText(r.lastSeen);
    default: return {};
    }
}

QVariant ImagesListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageRow *r = fetchRow(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == RepositoryColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return display(*r, index.column());
    case ImageIdRole: return QVariant::fromValue<qint64>(r->id);
    case SignatureRole: return static_cast<int>(r->signature); // a SignatureState value
    case ScanStaleRole: return scanStale(*r);
    case RootRole: return imagetext::runsAsRoot(r->user);
    case VulnerabilityCountsRole: return QVariant::fromValue(QList<int>{r->critical, r->high, r->medium, r->low});
    case LoadedRole: return true;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == LayersColumn || index.column() == PostureColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DigestColumn: return q(r->digest);
        case TagsColumn: return q(r->tags);
        case AgeColumn: return dateText(r->created);
        case ScanColumn:
            return scanStale(*r) ? tr("No imported vulnerability scan in the last %Ln days (BLD-2)", nullptr, m_scanMaxAgeDays)
                                 : dateText(r->lastScanAt);
        case UserColumn:
            return imagetext::runsAsRoot(r->user) ? tr("Runs as root (BLD-5)") : QString();
        default: return {};
        }
    default: return {};
    }
}

QVariant ImagesListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn: return tr("Source");
    case RepositoryColumn: return tr("Repository");
    case TagsColumn: return tr("Tags");
    case DigestColumn: return tr("Digest");
    case PlatformColumn: return tr("Platform");
    case UserColumn: return tr("User");
    case AgeColumn: return tr("Age");
    case SizeColumn: return tr("Size");
    case LayersColumn: return tr("Layers");
    case SignatureColumn: return tr("Signature");
    case SbomColumn: return tr("SBOM");
    case ScanColumn: return tr("Last scan");
    case VulnerabilitiesColumn: return tr("Vulnerabilities");
    case PostureColumn: return tr("Posture");
    case LastSeenColumn: return tr("Last seen");
    default: return {};
    }
}

} // namespace bulkhead::ui
