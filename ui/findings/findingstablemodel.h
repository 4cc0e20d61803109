#pragma once

#include "store/database.h"
#include "store/findingquery.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace bulkhead::ui {

// Findings of the store, worst first, read page by page (keyset paging on severity, id) as the
// view scrolls, so that a million-row store never loads whole. Reads on its own read connection.
class FindingsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsTableModel)

public:
    enum Column { Severity, Status, Kind, Rule, Package, Installed, Fixed, Asset, Title, ColumnCount };

    explicit FindingsTableModel(QObject *parent = nullptr);
    ~FindingsTableModel() override;

    // Opens `path` read-only and shows its findings; returns false and sets `error` if it cannot.
    bool open(const QString &path, QString *error);
    void reload();
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::unique_ptr<Database> m_db;
    std::vector<FindingRow> m_rows;
    qint64 m_total = 0;
};

} // namespace bulkhead::ui
