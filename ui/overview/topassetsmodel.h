#pragma once

#include "store/posturerepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// The riskiest assets of the overview (worst first, as PostureRepository ranks them): name, open
// findings per severity and the risk score. Small (ten rows), replaced whole on each load.
class TopAssetsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopAssetsModel)

public:
    enum Column { AssetColumn, CriticalColumn, HighColumn, MediumColumn, LowColumn, ScoreColumn, ColumnCount };
    enum Role { AssetIdRole = Qt::UserRole + 1, SortValueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setAssets(std::vector<AssetRisk> assets);
    const AssetRisk &asset(int row) const { return m_assets.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AssetRisk> m_assets;
};

} // namespace bulkhead::ui
