#pragma once

#include "common/pagedtablemodel.h"
#include "rbac/rbacsubjectsloader.h"

#include <functional>
#include <optional>
#include <vector>

namespace bulkhead::ui {

class RbacSubjectsModel;
using RbacSubjectsPagedModel = PagedTableModel<RbacSubjectsModel, RbacSubjectsLoader, RbacSubjectRow>;

// The subjects of the chosen cluster (users, groups, service accounts) under a filter and a sort,
// with their risks and review state, read page by page on a worker thread (RbacSubjectsLoader) by
// the same PagedTableModel as the workloads and images lists: a cluster with 40,000 bindings is
// never loaded whole and the GUI thread never runs SQL. Filtering and sorting happen in SQLite.
class RbacSubjectsModel final : public RbacSubjectsPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacSubjectsModel)

public:
    enum Column { KindColumn, NamespaceColumn, NameColumn, BindingsColumn, RiskColumn, WorkloadsColumn, ReviewColumn,
                  ColumnCount };
    enum Role {
        LoadedRole = Qt::UserRole + 1, // bool: false while the row's page is being read
        SubjectKeyRole,                // QString: RbacSubject::key()
        SeverityRole,                  // int (Severity): the worst risk reaching it (Unknown: none)
        RiskRulesRole,                 // QStringList: rbacrule ids
        ReviewStateRole,               // int (ReviewState)
    };
    static constexpr int kPageSize = 200;

    explicit RbacSubjectsModel(const QString &storePath, QObject *parent = nullptr);
    ~RbacSubjectsModel() override;

    // An empty cluster reads nothing (the page has no cluster to show yet).
    void setFilter(const RbacSubjectFilter &filter);
    const RbacSubjectFilter &filter() const { return m_filter; }
    RbacSubjectSort sortKey() const { return m_sort; }
    bool sortDescending() const { return m_descending; }
    void reload(); // the store changed; keeps the rows until new ones arrive

    // The clusters with an analysis and the cluster sources, read on the worker; `done` runs on
    // the GUI thread.
    void loadFacts(std::function<void(RbacFacts)> done);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    static std::optional<RbacSubjectSort> sortKeyForColumn(int column);

Q_SIGNALS:
    void firstPageShown();
    void counted(qint64 total);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);

private:
    friend RbacSubjectsPagedModel;
    void firstPageArrived() { Q_EMIT firstPageShown(); }
    void countArrived(qint64 total) { Q_EMIT counted(total); }
    void request();
    QVariant display(const RbacSubjectRow &r, int column) const;
    QString toolTip(const RbacSubjectRow &r, int column) const;

    RbacSubjectFilter m_filter;
    RbacSubjectSort m_sort = RbacSubjectSort::Risk;
    bool m_descending = true; // the riskiest subjects first
};

} // namespace bulkhead::ui
