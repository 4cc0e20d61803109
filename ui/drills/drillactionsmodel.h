#pragma once

#include "drills/drill.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace bulkhead::ui {

// A run's action items: done (a check box), what to do, owner, due date (yyyy-MM-dd, empty for
// none) and the control it strengthens. Each change a person makes is announced with
// actionEdited so that the run editor saves it at once; open actions past due are red. Actions
// stay editable after the run is completed: they are worked off for weeks after the drill.
class DrillActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillActionsModel)

public:
    enum Column { DoneColumn, TextColumn, OwnerColumn, DueColumn, ControlColumn, ColumnCount };

    explicit DrillActionsModel(QObject *parent = nullptr);

    void setActions(std::vector<DrillAction> actions, std::int64_t now);
    const std::vector<DrillAction> &actions() const { return m_actions; }
    void setNow(std::int64_t now) { m_now = now; }
    bool toggle(int row);
    bool isOverdue(const DrillAction &action) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void actionEdited(const bulkhead::DrillAction &action);
    void invalidInput(const QString &message); // a due date that is not yyyy-MM-dd

private:
    std::vector<DrillAction> m_actions;
    std::int64_t m_now = 0;
};

} // namespace bulkhead::ui
