#pragma once

#include "drills/drill.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <map>
#include <vector>

namespace bulkhead::ui {

// The scheduled drills (a few dozen at most: held in memory, read whole by DrillsStore) with the
// name of their template, cadence, last completed run, next due date and open/overdue actions.
// A drill past its due date, or with actions past theirs, is overdue: its row says so in red.
class DrillsListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillsListModel)

public:
    enum Column {
        NameColumn,
        TemplateColumn,
        OwnerColumn,
        CadenceColumn,
        LastCompletedColumn,
        NextDueColumn,
        ActionsColumn,
        ColumnCount,
    };
    enum Role {
        DrillIdRole = Qt::UserRole + 1, // qint64
        OverdueRole,                    // bool: the drill is past due
        OverdueActionsRole,             // int: its open actions past their due date
        SortRole,                       // what the column sorts by (dates as numbers)
    };

    explicit DrillsListModel(QObject *parent = nullptr);

    void setDrills(std::vector<Drill> drills, const std::vector<DrillTemplate> &templates, std::int64_t now);
    const std::vector<Drill> &drills() const { return m_drills; }
    const Drill *drill(std::int64_t id) const;
    const DrillTemplate *templateOf(const Drill &drill) const;
    int rowOf(std::int64_t id) const; // -1 when not listed
    bool isOverdue(const Drill &drill) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Drill &d, int column) const;

    std::vector<Drill> m_drills;
    std::map<std::int64_t, DrillTemplate> m_templates;
    std::int64_t m_now = 0;
};

} // namespace bulkhead::ui
