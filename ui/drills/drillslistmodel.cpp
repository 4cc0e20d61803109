#include "drills/drillslistmodel.h"

#include "drills/drillstext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <limits>

namespace bulkhead::ui {

namespace {
const QColor kOverdue(0xb9, 0x1c, 0x1c);
const QColor kOverdueBackground(0xfd, 0xe8, 0xe8);
} // namespace

DrillsListModel::DrillsListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillsListModel::setDrills(std::vector<Drill> drills, const std::vector<DrillTemplate> &templates,
                                std::int64_t now)
{
    beginResetModel();
    m_drills = std::move(drills);
    m_templates.clear();
    for (const DrillTemplate &t : templates)
        m_templates[t.id] = t;
    m_now = now;
    endResetModel();
}

const Drill *DrillsListModel::drill(std::int64_t id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_drills[static_cast<std::size_t>(row)];
}

const DrillTemplate *DrillsListModel::templateOf(const Drill &drill) const
{
    const auto it = m_templates.find(drill.templateId);
    return it == m_templates.end() ? nullptr : &it->second;
}

int DrillsListModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_drills.size(); ++i) {
        if (m_drills[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool DrillsListModel::isOverdue(const Drill &drill) const
{
    // On-demand drills (post-incident reviews) are never due; their late actions still count.
    return (drill.nextDueAt > 0 && drill.nextDueAt < m_now) || drill.overdueActions > 0;
}

int DrillsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_drills.size());
}

int DrillsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillsListModel::display(const Drill &d, int column) const
{
    switch (column) {
    case NameColumn:
        return QString::fromStdString(d.name);
    case TemplateColumn: {
        const DrillTemplate *t = templateOf(d);
        return t ? QString::fromStdString(t->title) : tr("(template %1)").arg(d.templateId);
    }
    case OwnerColumn:
        return QString::fromStdString(d.owner);
    case CadenceColumn:
        return drillstext::cadenceText(d.cadenceDays);
    case LastCompletedColumn:
        return d.lastCompletedAt > 0 ? drillstext::dateText(d.lastCompletedAt) : tr("never");
    case NextDueColumn:
        if (d.cadenceDays == 0 || d.nextDueAt <= 0)
            return tr("on demand");
        return d.nextDueAt < m_now ? tr("%1 (overdue)").arg(drillstext::dateText(d.nextDueAt))
                                   : drillstext::dateText(d.nextDueAt);
    case ActionsColumn:
        if (d.openActions == 0)
            return tr("none open");
        return d.overdueActions > 0 ? tr("%Ln open, %1 overdue", nullptr, d.openActions).arg(d.overdueActions)
                                    : tr("%Ln open", nullptr, d.openActions);
    default:
        return {};
    }
}

QVariant DrillsListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Drill &d = m_drills[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(d, column);
    case DrillIdRole:
        return QVariant::fromValue<qint64>(d.id);
    case OverdueRole:
        return isOverdue(d);
    case OverdueActionsRole:
        return d.overdueActions;
    case SortRole:
        switch (column) {
        case CadenceColumn:
            return d.cadenceDays;
        case LastCompletedColumn:
            return QVariant::fromValue<qint64>(d.lastCompletedAt);
        case NextDueColumn: // on demand last
            return QVariant::fromValue<qint64>(d.nextDueAt > 0 ? d.nextDueAt : std::numeric_limits<qint64>::max());
        case ActionsColumn:
            return d.overdueActions * 10000 + d.openActions;
        default:
            return display(d, column).toString().toLower();
        }
    case Qt::ForegroundRole: {
        const bool late = (column == NextDueColumn && d.nextDueAt > 0 && d.nextDueAt < m_now)
            || (column == ActionsColumn && d.overdueActions > 0);
        return late ? QVariant(QBrush(kOverdue)) : QVariant();
    }
    case Qt::BackgroundRole:
        return isOverdue(d) ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::FontRole:
        if (isOverdue(d) && (column == NameColumn || column == NextDueColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NextDueColumn && d.nextDueAt > 0)
            return d.lastCompletedAt > 0
                ? tr("Last completed run + cadence (%1)").arg(drillstext::cadenceText(d.cadenceDays).toLower())
                : tr("Scheduled on %1 + cadence; no run completed yet").arg(drillstext::dateText(d.createdAt));
        return {};
    default:
        return {};
    }
}

QVariant DrillsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Drill");
    case TemplateColumn:
        return tr("Template");
    case OwnerColumn:
        return tr("Owner");
    case CadenceColumn:
        return tr("Cadence");
    case LastCompletedColumn:
        return tr("Last completed");
    case NextDueColumn:
        return tr("Next due");
    case ActionsColumn:
        return tr("Actions");
    default:
        return {};
    }
}

} // namespace bulkhead::ui
