#pragma once

#include "common/pagedtablemodel.h"
#include "rbac/reviewqueueloader.h"

#include <functional>
#include <optional>
#include <vector>

namespace bulkhead::ui {

class ReviewQueueModel;
using ReviewQueuePagedModel = PagedTableModel<ReviewQueueModel, ReviewQueueLoader, RbacBindingRow>;

// The role bindings of the review queue under a filter and a sort, read page by page on a worker
// thread (ReviewQueueLoader) by the same PagedTableModel as the workloads and images: the table
// is never loaded whole and the GUI thread never runs SQL. Review states and due dates are
// computed by the store from the review policy (AppSettings) and the time of each request.
class ReviewQueueModel final : public ReviewQueuePagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewQueueModel)

public:
    enum Column {
        ClusterColumn,
        KindColumn,
        NamespaceColumn,
        NameColumn,
        RoleColumn,
        SubjectsColumn,
        RiskColumn,
        StateColumn,
        LastReviewColumn,
        DueColumn,
        ColumnCount,
    };
    enum Role {
        BindingIdRole = Qt::UserRole + 1, // qint64
        LoadedRole,                       // bool: false while the row's page is being read
        SeverityRole,                     // int (Severity): the binding's worst risk (Unknown: none)
        RiskCountRole,                    // int: rules of its risks
        StateRole,                        // int (ReviewState)
        OverdueRole,                      // bool: needs review now (never reviewed, due or changed)
    };
    static constexpr int kPageSize = 200;

    explicit ReviewQueueModel(const QString &storePath, QObject *parent = nullptr);
    ~ReviewQueueModel() override;

    void setFilter(const RbacBindingFilter &filter);
    const RbacBindingFilter &filter() const { return m_filter; }
    RbacBindingSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    // The intervals of the rows shown, with the time they were read at.
    const ReviewPolicy &policy() const { return m_policy; }
    void reload(); // the store or the settings changed; keeps the rows until new ones arrive

    // The binding ids of rows [first, last] of each range: those in memory at once, the rest read
    // with the filter and sort they were shown with. `done` runs on the GUI thread.
    void resolveIds(const QList<QPair<int, int>> &ranges, std::function<void(std::vector<std::int64_t>, QString)> done);
    // The side pane's data of one binding, read on the worker; `done` runs on the GUI thread.
    void loadDetail(std::int64_t id, std::function<void(ReviewDetail)> done);
    // The IAM-2 summary of the filter's cluster under the current policy, read on the loader.
    void loadSummary(std::function<void(ReviewSummary, QString)> done);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    static std::optional<RbacBindingSort> sortKeyForColumn(int column);

Q_SIGNALS:
    void firstPageShown();
    void counted(qint64 total);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);

private:
    friend ReviewQueuePagedModel;
    void firstPageArrived() { Q_EMIT firstPageShown(); }
    void countArrived(qint64 total) { Q_EMIT counted(total); }
    void request();
    QVariant display(const RbacBindingRow &r, int column) const;
    QVariant toolTip(const RbacBindingRow &r, int column) const;

    RbacBindingFilter m_filter;
    ReviewPolicy m_policy;
    RbacBindingSort m_sort = RbacBindingSort::Risk;
    bool m_descending = true; // the riskiest bindings first
};

} // namespace bulkhead::ui
