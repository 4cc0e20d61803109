#pragma once

#include "store/findingfilter.h"
#include "store/findingquery.h"
#include "store/findingrepository.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>
#include <memory>
#include <vector>

class QThread;

namespace bulkhead::ui {

class FindingsLoader;

// The findings of the store under a filter and a sort, for a QTableView, at any size: rows are
// read page by page on a worker thread (FindingsLoader) as the view shows them, and only a
// window of pages is kept. A filter or sort change shows its first page as soon as it is read;
// the exact row count follows. Sorting and filtering happen in SQLite (the model is its own
// proxy: a QSortFilterProxyModel would need every row).
class FindingsListModel final : public QAbstractTableModel
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

    qint64 totalCount() const { return m_total; }
    bool countExact() const { return m_countExact; }
    bool isLoading() const { return m_loading; }
    // The row's data if its page is in memory.
    const FindingRow *rowAt(int row) const;
    // Finding ids of the given rows, read from the store where their pages are not in memory;
    // `done` runs on the GUI thread. Ranges are [first, last] row pairs.
    void resolveIds(const QList<QPair<int, int>> &ranges, std::function<void(std::vector<std::int64_t>, QString)> done);
    // The values the filter bar offers (sources, namespaces, controls), read on the worker;
    // `done` runs on the GUI thread and is skipped when the store cannot be read.
    void loadChoices(std::function<void(FindingFilterChoices)> done);
    // Rows of the given row ranges for copying (at most `limit` rows); `done` runs on the GUI thread.
    void resolveRows(const QList<QPair<int, int>> &ranges, int limit,
                     std::function<void(std::vector<FindingRow>, QString)> done);

    int rowCount(const QModelIndex &parent = {}) const override;
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
    void request();
    void requestPage(int page) const;
    void onFirstPage(quint64 generation, std::vector<FindingRow> rows, QString error);
    void onCount(quint64 generation, qint64 total, QString error);
    void onPage(quint64 generation, int page, std::vector<FindingRow> rows, QString error);
    void setLoading(bool loading);
    void trimCache(int keepPage);
    template <typename Work>
    void post(Work &&work) const;

    QString m_storePath;
    FindingFilter m_filter;
    FindingSort m_sort;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    int m_rows = 0; // rows the view sees (≤ m_total until the count arrives)
    bool m_countExact = false;
    bool m_loading = false;
    QElapsedTimer m_clock;
    mutable QHash<int, std::vector<FindingRow>> m_pages;
    mutable QSet<int> m_requested;
    mutable QList<int> m_recent; // pages, most recently loaded last
    std::unique_ptr<QThread> m_thread;
    FindingsLoader *m_loader = nullptr; // lives on m_thread
};

} // namespace bulkhead::ui
