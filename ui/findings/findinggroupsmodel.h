#pragma once

#include "store/findingfilter.h"
#include "store/findingrepository.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

class QThread;

namespace bulkhead::ui {

class FindingsLoader;

// "Group by" for the findings view: the largest groups (by vulnerability id, asset or package)
// of the current filter with their counts and worst severity, read on a worker thread. Selecting
// a group narrows the findings list to it.
class FindingGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingGroupsModel)

public:
    enum Column { LabelColumn, DetailColumn, CountColumn, WorstColumn, ColumnCount };
    static constexpr int kMaxGroups = 5000;

    explicit FindingGroupsModel(const QString &storePath, QObject *parent = nullptr);
    ~FindingGroupsModel() override;

    void load(const FindingFilter &filter, FindingGroupBy by);
    FindingGroupBy groupBy() const { return m_by; }
    const FindingGroup *groupAt(int row) const;
    // The filter narrowed to one group.
    FindingFilter filterFor(int row, const FindingFilter &base) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void loaded(int groups);
    void errorOccurred(const QString &message);

private:
    std::vector<FindingGroup> m_groups;
    FindingGroupBy m_by = FindingGroupBy::Rule;
    quint64 m_generation = 0;
    std::unique_ptr<QThread> m_thread;
    FindingsLoader *m_loader = nullptr;
};

} // namespace bulkhead::ui
