#pragma once

#include "common/pagedtablemodel.h"
#include "workloads/workloadsloader.h"

#include <functional>
#include <optional>
#include <vector>

namespace bulkhead::ui {

class WorkloadsListModel;
using WorkloadsPagedModel = PagedTableModel<WorkloadsListModel, WorkloadsLoader, WorkloadRow>;

// The collected workloads under a filter and a sort, with their check matrix: one column per
// check id (workloadCheckIds()) after the identity columns. Rows are read page by page on a
// worker thread (WorkloadsLoader) as the view shows them, by the same PagedTableModel as the
// images and findings lists: the table is never loaded whole and the GUI thread never runs SQL.
// Filtering and sorting happen in SQLite (the model is its own proxy).
class WorkloadsListModel final : public WorkloadsPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsListModel)

public:
    enum Column {
        ClusterColumn,
        NamespaceColumn,
        KindColumn,
        NameColumn,
        PodsColumn,
        FailedColumn,
        FirstCheckColumn, // then one column per check id, in workloadCheckIds() order
    };
    enum Role {
        WorkloadIdRole = Qt::UserRole + 1, // qint64
        LoadedRole,                        // bool: false while the row's page is being read
        CheckIdRole,                       // QString, of a check column (cells and header)
        CellStateRole,                     // int (CheckState), of a check column
        CellSeverityRole,                  // int (Severity) of a failing cell
        CellPathRole,                      // QString: the offending field of the first failing container
        WorstSeverityRole,                 // int (Severity): the row's worst failing check (Unknown: none)
    };
    static constexpr int kPageSize = 200;

    explicit WorkloadsListModel(const QString &storePath, QObject *parent = nullptr);
    ~WorkloadsListModel() override;

    static int checkCount();
    // The check column of `checkId`, -1 when it is not a check.
    static int columnOfCheck(std::string_view checkId);
    static bool isCheckColumn(int column) { return column >= FirstCheckColumn && column < FirstCheckColumn + checkCount(); }

    void setFilter(const WorkloadFilter &filter);
    const WorkloadFilter &filter() const { return m_filter; }
    WorkloadSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    void reload(); // the store changed (a collection finished); keeps the rows until new ones arrive

    // The filter choices, namespaces, coverage and agents of `cluster` ("" = all), read on the
    // worker; `done` runs on the GUI thread.
    void loadFacts(const std::string &cluster, std::function<void(WorkloadsFacts)> done);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    static std::optional<WorkloadSort> sortKeyForColumn(int column);

Q_SIGNALS:
    void firstPageShown();
    void counted(qint64 total);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);

private:
    friend WorkloadsPagedModel;
    void firstPageArrived() { Q_EMIT firstPageShown(); }
    void countArrived(qint64 total) { Q_EMIT counted(total); }
    void request();
    QVariant display(const WorkloadRow &r, int column) const;
    QVariant cellData(const WorkloadRow &r, int column, int role) const;

    WorkloadFilter m_filter;
    WorkloadSort m_sort = WorkloadSort::Failed;
    bool m_descending = true; // the most failing workloads first
};

} // namespace bulkhead::ui
