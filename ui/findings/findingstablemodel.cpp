#include "findings/findingstablemodel.h"

#include "store/findingrepository.h"
#include "store/storeerror.h"

#include <QBrush>
#include <QColor>

namespace bulkhead::ui {

namespace {
constexpr int kPageSize = 500;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QColor severityColor(bulkhead::Severity s)
{
    switch (s) {
    case bulkhead::Severity::Critical: return QColor(0x9b, 0x1c, 0x1c);
    case bulkhead::Severity::High: return QColor(0xc2, 0x41, 0x0c);
    case bulkhead::Severity::Medium: return QColor(0xa1, 0x62, 0x07);
    case bulkhead::Severity::Low: return QColor(0x1d, 0x4e, 0xd8);
    default: return QColor(0x52, 0x52, 0x5b);
    }
}
} // namespace

FindingsTableModel::FindingsTableModel(QObject *parent) : QAbstractTableModel(parent) {}
FindingsTableModel::~FindingsTableModel() = default;

bool FindingsTableModel::open(const QString &path, QString *error)
{
    try {
        auto db = std::make_unique<Database>(Database::open(path.toStdString(), Database::Access::ReadOnly));
        beginResetModel();
        m_db = std::move(db);
        m_rows.clear();
        m_total = FindingRepository(*m_db).count({});
        endResetModel();
        fetchMore({}); // the first page, so that views can size their columns to real content
        return true;
    } catch (const StoreError &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

void FindingsTableModel::reload()
{
    if (!m_db)
        return;
    beginResetModel();
    m_rows.clear();
    m_total = FindingRepository(*m_db).count({});
    endResetModel();
    fetchMore({});
}

int FindingsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FindingsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FindingsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && static_cast<qint64>(m_rows.size()) < m_total;
}

void FindingsTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Superseded by the findings view's off-thread model; kept compiling until the window drops it.
    std::vector<FindingRow> page = FindingRepository(*m_db).rows({}, {}, static_cast<std::int64_t>(m_rows.size()), kPageSize);
    if (page.empty()) {
        m_total = static_cast<qint64>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

QVariant FindingsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const FindingRow &r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return QBrush(severityColor(r.severity));
    if (role == Qt::ToolTipRole && index.column() == Title)
        return qs(r.title);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity: return qs(severityName(r.severity));
    case Status: return qs(findingStatusName(r.status));
    case Kind: return qs(findingKindName(r.kind));
    case Rule: return qs(r.ruleKey);
    case Package: return qs(r.package);
    case Installed: return qs(r.installedVersion);
    case Fixed: return qs(r.fixedVersion);
    case Asset: return qs(r.asset);
    case Title: return qs(r.title);
    default: return {};
    }
}

QVariant FindingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case Kind: return tr("Kind");
    case Rule: return tr("Rule");
    case Package: return tr("Package");
    case Installed: return tr("Installed");
    case Fixed: return tr("Fixed in");
    case Asset: return tr("Asset");
    case Title: return tr("Title");
    default: return {};
    }
}

} // namespace bulkhead::ui
