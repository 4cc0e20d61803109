#pragma once

#include "drills/drill.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// A run's checklist: done (a check box), the item's text (from the template, read-only), the
// evidence and notes the team writes. Every change a person makes is announced with itemEdited
// so that the run editor saves it at once. Read-only for a completed run.
class DrillItemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillItemsModel)

public:
    enum Column { DoneColumn, TextColumn, EvidenceColumn, NotesColumn, ColumnCount };

    explicit DrillItemsModel(QObject *parent = nullptr);

    void setItems(std::vector<DrillItem> items, bool readOnly);
    const std::vector<DrillItem> &items() const { return m_items; }
    bool isReadOnly() const { return m_readOnly; }
    // Flips the row's done state as a person would (Space in the table).
    bool toggle(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void itemEdited(int row);

private:
    std::vector<DrillItem> m_items;
    bool m_readOnly = false;
};

} // namespace bulkhead::ui
