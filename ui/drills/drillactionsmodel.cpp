#include "drills/drillactionsmodel.h"

#include "drills/drillstext.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace bulkhead::ui {

DrillActionsModel::DrillActionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillActionsModel::setActions(std::vector<DrillAction> actions, std::int64_t now)
{
    beginResetModel();
    m_actions = std::move(actions);
    m_now = now;
    endResetModel();
}

bool DrillActionsModel::toggle(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    const bool done = m_actions[static_cast<std::size_t>(row)].doneAt > 0;
    return setData(index(row, DoneColumn), done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool DrillActionsModel::isOverdue(const DrillAction &action) const
{
    return action.doneAt == 0 && action.dueAt > 0 && action.dueAt < m_now;
}

int DrillActionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int DrillActionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillActionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DrillAction &a = m_actions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::CheckStateRole:
        return index.column() == DoneColumn ? QVariant(a.doneAt > 0 ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case DoneColumn:
            return role == Qt::DisplayRole && a.doneAt > 0 ? QVariant(drillstext::dateText(a.doneAt)) : QVariant();
        case TextColumn:
            return QString::fromStdString(a.text);
        case OwnerColumn:
            return QString::fromStdString(a.owner);
        case DueColumn:
            if (role == Qt::DisplayRole && isOverdue(a))
                return tr("%1 (overdue)").arg(drillstext::dateText(a.dueAt));
            return drillstext::dateText(a.dueAt);
        case ControlColumn:
            return QString::fromStdString(a.control);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        return isOverdue(a) && (index.column() == DueColumn || index.column() == TextColumn)
            ? QVariant(QBrush(QColor(0xb9, 0x1c, 0x1c)))
            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DueColumn)
            return tr("Due date as yyyy-MM-dd; empty for none");
        if (index.column() == TextColumn)
            return QString::fromStdString(a.text);
        return {};
    default:
        return {};
    }
}

bool DrillActionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    DrillAction a = m_actions[static_cast<std::size_t>(index.row())];
    if (role == Qt::CheckStateRole && index.column() == DoneColumn) {
        const bool done = value.toInt() == Qt::Checked;
        if (done == (a.doneAt > 0))
            return false;
        a.doneAt = done ? m_now : 0;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case TextColumn:
            if (text.isEmpty()) {
                Q_EMIT invalidInput(tr("An action needs a text; it was left as it was."));
                return false;
            }
            a.text = text.toStdString();
            break;
        case OwnerColumn:
            a.owner = text.toStdString();
            break;
        case ControlColumn:
            a.control = text.toUpper().toStdString();
            break;
        case DueColumn:
            if (text.isEmpty()) {
                a.dueAt = 0;
            } else {
                const QDate date = QDate::fromString(text, Qt::ISODate);
                if (!date.isValid()) {
                    Q_EMIT invalidInput(tr("\"%1\" is not a date: write it as yyyy-MM-dd, or leave it empty.").arg(text));
                    return false;
                }
                a.dueAt = date.startOfDay().toSecsSinceEpoch();
            }
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    const DrillAction &before = m_actions[static_cast<std::size_t>(index.row())];
    if (a.text == before.text && a.owner == before.owner && a.control == before.control && a.dueAt == before.dueAt
        && a.doneAt == before.doneAt)
        return false;
    m_actions[static_cast<std::size_t>(index.row())] = a;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT actionEdited(a);
    return true;
}

Qt::ItemFlags DrillActionsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == DoneColumn ? f | Qt::ItemIsUserCheckable : f | Qt::ItemIsEditable;
}

QVariant DrillActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn:
        return tr("Done");
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case ControlColumn:
        return tr("Control");
    default:
        return {};
    }
}

} // namespace bulkhead::ui
