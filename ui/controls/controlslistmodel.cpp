#include "controls/controlslistmodel.h"

#include "controls/controlstext.h"

namespace bulkhead::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// "BLD-3" sorts after "BLD-10" as text; by catalog position it keeps the guide's order.
QString idSortKey(const QString &id, int row)
{
    return QStringLiteral("%1").arg(row, 4, 10, QLatin1Char('0')) + id;
}

} // namespace

ControlsListModel::ControlsListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ControlsListModel::setRows(std::vector<ControlRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const ControlRow *ControlsListModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ControlsListModel::rowOf(const QString &controlId) const
{
    const std::string id = controlId.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].definition.id == id)
            return static_cast<int>(i);
    }
    return -1;
}

int ControlsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ControlsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ControlsListModel::firstSentence(const std::string &text)
{
    const QString all = q(text).simplified();
    // ". " ends a sentence; a colon's list ("3 of 41 images unsigned: a, b, c. ...") stays whole.
    const qsizetype end = all.indexOf(QLatin1String(". "));
    return end < 0 ? all : all.left(end + 1);
}

QVariant ControlsListModel::data(const QModelIndex &index, int role) const
{
    const ControlRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const ControlStatus status = r->assessment.status;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return q(r->definition.id);
        case AreaColumn: return controlstext::areaTitle(r->definition.area);
        case StatusColumn: return controlstext::statusLabel(status);
        case TitleColumn: return q(r->definition.title);
        case ExplanationColumn: return firstSentence(r->assessment.explanation);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ExplanationColumn)
            return q(r->assessment.explanation);
        if (index.column() == TitleColumn)
            return q(r->definition.practice);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return tr("Status: %1").arg(controlstext::statusLabel(status));
        return {};
    case StatusRole: return static_cast<int>(status);
    case AreaRole: return static_cast<int>(r->definition.area);
    case ControlIdRole: return q(r->definition.id);
    case SearchTextRole:
        return q(r->definition.id) + QLatin1Char('\n') + q(r->definition.title) + QLatin1Char('\n')
            + q(r->definition.practice) + QLatin1Char('\n') + q(r->assessment.explanation);
    case SortRole:
        switch (index.column()) {
        case IdColumn: return idSortKey(q(r->definition.id), index.row());
        case AreaColumn: return static_cast<int>(r->definition.area) * 1000 + index.row();
        case StatusColumn: return controlstext::statusRank(status) * 1000 + index.row();
        case TitleColumn: return q(r->definition.title).toLower();
        case ExplanationColumn: return firstSentence(r->assessment.explanation).toLower();
        default: return {};
        }
    default: return {};
    }
}

QVariant ControlsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Control");
    case AreaColumn: return tr("Area");
    case StatusColumn: return tr("Status");
    case TitleColumn: return tr("Practice");
    case ExplanationColumn: return tr("Why");
    default: return {};
    }
}

} // namespace bulkhead::ui
