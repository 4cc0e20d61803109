#pragma once

#include "common/pagedtablemodel.h"
#include "secrets/secretsloader.h"

#include <functional>
#include <optional>
#include <vector>

namespace bulkhead::ui {

class SecretsListModel;
using SecretsPagedModel = PagedTableModel<SecretsListModel, SecretsLoader, SecretRow>;

// The stored secrets (metadata only) under a filter and a sort: name, store, origin, location
// (namespace / mount / inventory store), type, age against the policy, age source, used by, how
// used, next due. Rows are read page by page on a worker thread (SecretsLoader) by the same
// PagedTableModel as the workloads and images lists: the table is never loaded whole and the GUI
// thread never runs SQL. Filtering and sorting happen in SQLite (the model is its own proxy).
//
// Ages and "overdue" are measured at `now`: the wall clock at each request, or the time fixed by
// setNow() (tests, screenshots).
class SecretsListModel final : public SecretsPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsListModel)

public:
    enum Column {
        NameColumn,
        StoreColumn,
        OriginColumn,
        LocationColumn,
        TypeColumn,
        AgeColumn,
        AgeSourceColumn,
        UsesColumn,
        HowUsedColumn,
        DueColumn,
        ColumnCount,
    };
    enum Role {
        SecretIdRole = Qt::UserRole + 1, // qint64
        LoadedRole,                      // bool: false while the row's page is being read
        AgeStateRole,                    // int (secretstext::AgeState)
        AgeDaysRole,                     // double; invalid when the age is unknown
        PolicyDaysRole,                  // int; invalid before an evaluation
        OverdueRole,                     // bool
    };
    static constexpr int kPageSize = 200;

    explicit SecretsListModel(const QString &storePath, QObject *parent = nullptr);
    ~SecretsListModel() override;

    // The filter's `now` is the model's (see setNow()).
    void setFilter(const SecretFilter &filter);
    const SecretFilter &filter() const { return m_filter; }
    SecretSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    void reload(); // the store changed; keeps the rows until new ones arrive
    // 0 (the default): the wall clock at each request.
    void setNow(std::int64_t now);
    std::int64_t now() const { return m_now; }
    // The filter as the next request sends it (its `now` set).
    SecretFilter effectiveFilter() const;

    // Read on the worker; `done` runs on the GUI thread (if the model still exists).
    void loadFacts(std::function<void(SecretsFacts)> done);
    void loadDetail(std::int64_t id, std::function<void(std::optional<SecretRow>, QString)> done);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    static std::optional<SecretSort> sortKeyForColumn(int column);

Q_SIGNALS:
    void firstPageShown();
    void counted(qint64 total);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);

private:
    friend SecretsPagedModel;
    void firstPageArrived() { Q_EMIT firstPageShown(); }
    void countArrived(qint64 total) { Q_EMIT counted(total); }
    void request();
    std::int64_t currentNow() const;
    QVariant display(const SecretRow &r, int column) const;
    QVariant toolTip(const SecretRow &r, int column) const;

    SecretFilter m_filter;
    SecretSort m_sort = SecretSort::Due;
    bool m_descending = false; // the most overdue first (Due ascending, unknown last)
    std::int64_t m_fixedNow = 0;
    std::int64_t m_now = 0; // of the request shown
};

} // namespace bulkhead::ui
