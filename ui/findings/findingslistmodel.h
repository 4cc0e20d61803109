#pragma once

#include "common/pagedtablemodel.h"
#include "findings/findingsloader.h"
#include "store/findingfilter.h"
#include "store/findingquery.h"
#include "store/findingrepository.h"

#include <QElapsedTimer>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace bulkhead::ui {

class FindingsListModel;
using FindingsPagedModel = PagedTableModel<FindingsListModel, FindingsLoader, FindingRow>;

// The findings of the store under a filter and a sort, for a QTableView, at any size: rows are
// read page by page on a worker thread (FindingsLoader) as the view shows them, and only a
// window of pages is kept (PagedTableModel, shared with ImagesListModel). A filter or sort change
// shows its first page as soon as it is read; the exact row count follows. Sorting and filtering
// happen in SQLite (the model is its own proxy: a QSortFilterProxyModel would need every row).
class FindingsListModel final : public FindingsPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsListModel)

public:
    enum Column {
        SeverityColumn,
        StatusColumn,
        RuleColumn,
        TitleColumn,
        PackageColumn,
        InstalledColumn,
        FixedColumn,
        AssetColumn,
        KindColumn,
        FirstSeenColumn,
        LastSeenColumn,
        DueColumn,
        SourcesColumn,
        AssigneeColumn,
        ColumnCount
    };
    enum Role {
        FindingIdRole = Qt::UserRole + 1, // qint64
        SeverityRole,                     // int (bulkhead::Severity)
        OverdueRole,                      // bool: open past its SLA due date
        LoadedRole,                       // bool: false while the row's page is being read
    };
    static constexpr int kPageSize = 200;

    // Starts reading `initial` at once, so an owner with a filter of its own does not pay for a
    // first read of everything.
    explicit FindingsListModel(const QString &storePath, const FindingFilter &initial = {}, QObject *parent = nullptr);
    ~FindingsListModel() override;

    void setFilter(const FindingFilter &filter);
    const FindingFilter &filter() const { return m_filter; }
    FindingSort findingSort() const { return m_sort; }
    // Re-reads the current filter (the store changed); keeps the rows shown until the new ones arrive.
    void reload();

    // Finding ids of the given rows, read from the store where their pages are not in memory;
    // `done` runs on the GUI thread. Ranges are [first, last] row pairs.
    void resolveIds(const QList<QPair<int, int>> &ranges, std::function<void(std::vector<std::int64_t>, QString)> done);
    // The values the filter bar offers (sources, namespaces, controls), read on the worker;
    // `done` runs on the GUI thread and is skipped when the store cannot be read.
    void loadChoices(std::function<void(FindingFilterChoices)> done);
    // Rows of the given row ranges for copying (at most `limit` rows); `done` runs on the GUI thread.
    void resolveRows(const QList<QPair<int, int>> &ranges, int limit,
                     std::function<void(std::vector<FindingRow>, QString)> done);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static std::optional<FindingSortKey> sortKeyForColumn(int column);

Q_SIGNALS:
    // A filter/sort change or reload is shown: its first page is in, `ms` after it was asked for.
    void firstPageShown(qint64 ms);
    // The exact number of matching findings is known.
    void counted(qint64 total, qint64 ms);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);

private:
    friend FindingsPagedModel;
    void firstPageArrived() { Q_EMIT firstPageShown(m_clock.elapsed()); }
    void countArrived(qint64 total) { Q_EMIT counted(total, m_clock.elapsed()); }
    void request();

    QString m_storePath;
    FindingFilter m_filter;
    FindingSort m_sort;
    QElapsedTimer m_clock; // since the current request, for firstPageShown / counted
};

} // namespace bulkhead::ui
