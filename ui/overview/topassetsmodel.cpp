#include "overview/topassetsmodel.h"

#include "findings/severitydelegate.h"
#include "model/severity.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace bulkhead::ui {

namespace {
Severity severityOf(int column)
{
    switch (column) {
    case TopAssetsModel::CriticalColumn: return Severity::Critical;
    case TopAssetsModel::HighColumn: return Severity::High;
    case TopAssetsModel::MediumColumn: return Severity::Medium;
    case TopAssetsModel::LowColumn: return Severity::Low;
    default: return Severity::Unknown;
    }
}
} // namespace

void TopAssetsModel::setAssets(std::vector<AssetRisk> assets)
{
    beginResetModel(); // ten rows replaced by ten others: a reset is the honest change
    m_assets = std::move(assets);
    endResetModel();
}

int TopAssetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_assets.size());
}

int TopAssetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopAssetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetRisk &a = m_assets[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    auto number = [&]() -> std::int64_t {
        return column == ScoreColumn ? a.score
                                     : a.openBySeverity[static_cast<std::size_t>(severityOf(column))];
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == AssetColumn)
            return QString::fromStdString(a.name);
        return QLocale().toString(static_cast<qint64>(number()));
    case SortValueRole:
        return column == AssetColumn ? QVariant(QString::fromStdString(a.name)) : QVariant(static_cast<qint64>(number()));
    case AssetIdRole:
        return static_cast<qint64>(a.assetId);
    case Qt::TextAlignmentRole:
        return column == AssetColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column >= CriticalColumn && column <= LowColumn && number() > 0)
            return QBrush(SeverityDelegate::severityColor(static_cast<int>(severityOf(column))));
        return {};
    case Qt::FontRole:
        if (column == ScoreColumn || (column == CriticalColumn && number() > 0)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AssetColumn)
            return tr("%1\nDouble-click or press Enter to list its open findings").arg(QString::fromStdString(a.name));
        if (column == ScoreColumn)
            return tr("10 per critical, 5 per high, 2 per medium, 1 per low open finding");
        return {};
    default:
        return {};
    }
}

QVariant TopAssetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == AssetColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AssetColumn: return tr("Asset");
    case CriticalColumn: return tr("Critical");
    case HighColumn: return tr("High");
    case MediumColumn: return tr("Medium");
    case LowColumn: return tr("Low");
    case ScoreColumn: return tr("Risk score");
    default: return {};
    }
}

} // namespace bulkhead::ui
