#pragma once

#include "store/sourcerepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// The sources for the Sources dialog's table: name, kind (registry, cluster or vault), URL (a
// cluster's API server; a vault's server with the mount and folders it walks), authentication (a
// cluster's context and exec approval; where a vault's token comes from) and the last collection
// (status, when, items, error). Plain data set from a worker's read (the dialog
// loads it off the GUI thread).
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesModel)

public:
    enum Column { NameColumn, KindColumn, UrlColumn, AuthColumn, LastRunColumn, ImagesColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setSources(std::vector<SourceRow> sources);
    const SourceRow *source(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<SourceRow> m_sources;
};

} // namespace bulkhead::ui
