#include "drills/drillitemsmodel.h"

#include <QBrush>
#include <QColor>

namespace bulkhead::ui {

DrillItemsModel::DrillItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillItemsModel::setItems(std::vector<DrillItem> items, bool readOnly)
{
    beginResetModel();
    m_items = std::move(items);
    m_readOnly = readOnly;
    endResetModel();
}

bool DrillItemsModel::toggle(int row)
{
    if (row < 0 || row >= rowCount() || m_readOnly)
        return false;
    const bool done = m_items[static_cast<std::size_t>(row)].done;
    return setData(index(row, DoneColumn), done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

int DrillItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DrillItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DrillItem &item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::CheckStateRole:
        return index.column() == DoneColumn ? QVariant(item.done ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DoneColumn:
            return role == Qt::DisplayRole ? QVariant(QString::number(index.row() + 1)) : QVariant();
        case TextColumn:
            return QString::fromStdString(item.text);
        case EvidenceColumn:
            return QString::fromStdString(item.evidence);
        case NotesColumn:
            return QString::fromStdString(item.notes);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return QString::fromStdString(item.text);
        if (index.column() == NotesColumn && !item.done)
            return tr("An item not done needs a note why before the run can be completed");
        return {};
    case Qt::ForegroundRole:
        // What blocks completion is visible before the team presses Complete.
        if (index.column() == NotesColumn && !item.done && item.notes.empty() && !m_readOnly)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    default:
        return {};
    }
}

bool DrillItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount() || m_readOnly)
        return false;
    DrillItem &item = m_items[static_cast<std::size_t>(index.row())];
    if (role == Qt::CheckStateRole && index.column() == DoneColumn) {
        const bool done = value.toInt() == Qt::Checked;
        if (done == item.done)
            return false;
        item.done = done;
    } else if (role == Qt::EditRole && (index.column() == EvidenceColumn || index.column() == NotesColumn)) {
        const std::string text = value.toString().trimmed().toStdString();
        std::string &field = index.column() == EvidenceColumn ? item.evidence : item.notes;
        if (text == field)
            return false;
        field = text;
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT itemEdited(index.row());
    return true;
}

Qt::ItemFlags DrillItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return f;
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == EvidenceColumn || index.column() == NotesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DrillItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case TextColumn:
        return tr("Checklist item");
    case EvidenceColumn:
        return tr("Evidence");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace bulkhead::ui
