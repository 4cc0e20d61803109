#include "rbac/whocanmodel.h"

#include "rbac/rbactext.h"

namespace bulkhead::ui {

WhoCanModel::WhoCanModel(QObject *parent) : QAbstractTableModel(parent) {}

WhoCanModel::~WhoCanModel() = default;

void WhoCanModel::setRows(std::vector<RbacWhoCanRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const RbacWhoCanRow *WhoCanModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int WhoCanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhoCanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhoCanModel::data(const QModelIndex &index, int role) const
{
    const RbacWhoCanRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == SubjectKeyRole)
        return QString::fromStdString(r->subject.key());
    if (role == Qt::ToolTipRole)
        return r->grant;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn: return QString::fromLatin1(subjectKindName(r->subject.kind));
    case SubjectColumn: return rbactext::subjectName(r->subject);
    case BindingColumn: return r->binding;
    case RoleColumn: return r->role;
    case ScopeColumn: return r->scope;
    case ViaGroupColumn: return r->viaGroup;
    default: return {};
    }
}

QVariant WhoCanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Subject");
    case BindingColumn: return tr("Binding");
    case RoleColumn: return tr("Role");
    case ScopeColumn: return tr("Scope");
    case ViaGroupColumn: return tr("Via group");
    default: return {};
    }
}

} // namespace bulkhead::ui
