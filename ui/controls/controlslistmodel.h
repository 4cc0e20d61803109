#pragma once

#include "controls/controlsdata.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// The 29 controls as a table: id, area, status, title, the explanation's first line. A small
// result set held whole (ControlsLoader reads it); setData() replaces it in one reset.
class ControlsListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlsListModel)

public:
    enum Column { IdColumn, AreaColumn, StatusColumn, TitleColumn, ExplanationColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(ControlStatus)
        AreaRole,                      // int(ControlArea)
        ControlIdRole,                 // QString "BLD-3"
        SortRole,                      // what the proxy orders by
        SearchTextRole,                // id, title, practice and explanation, for the text filter
    };

    explicit ControlsListModel(QObject *parent = nullptr);

    void setRows(std::vector<ControlRow> rows);
    const std::vector<ControlRow> &rows() const { return m_rows; }
    const ControlRow *rowAt(int row) const;
    int rowOf(const QString &controlId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The explanation up to its first sentence's end: the table has one line per control.
    static QString firstSentence(const std::string &text);

private:
    std::vector<ControlRow> m_rows;
};

} // namespace bulkhead::ui
