#include "rbac/permissionmatrixmodel.h"

#include "rbac/rbactext.h"

namespace bulkhead::ui {

using rbactext::q;

PermissionMatrixModel::PermissionMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

PermissionMatrixModel::~PermissionMatrixModel() = default;

void PermissionMatrixModel::setMatrix(std::shared_ptr<const PermissionMatrix> matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

void PermissionMatrixModel::clear()
{
    setMatrix(nullptr);
}

int PermissionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->rows.size());
}

int PermissionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->verbs.size());
}

bool PermissionMatrixModel::isSensitive(const PermissionMatrixRow &row, const std::string &verb)
{
    if (verb == "*" || verb == "escalate" || verb == "bind" || verb == "impersonate")
        return true;
    if (!row.nonResourceUrl.empty())
        return false;
    const std::string &r = row.resource;
    const bool read = verb == "get" || verb == "list" || verb == "watch";
    const bool write = verb == "create" || verb == "update" || verb == "patch";
    if (r == "*" || row.apiGroup == "*")
        return true;
    if (row.apiGroup.empty()) {
        if (r == "secrets")
            return read;
        if (r == "pods/exec" || r == "pods/attach" || r == "pods/portforward")
            return verb == "create" || verb == "get";
        if (r == "serviceaccounts/token" || r == "persistentvolumes")
            return verb == "create";
        if (r == "nodes/proxy")
            return true;
    }
    if (row.apiGroup == "admissionregistration.k8s.io")
        return write || verb == "delete";
    if (row.apiGroup == "certificates.k8s.io" && r == "certificatesigningrequests/approval")
        return write;
    return false;
}

QString PermissionMatrixModel::question(int row, int column) const
{
    const PermissionMatrixRow &r = m_matrix->rows[std::size_t(row)];
    const std::string &verb = m_matrix->verbs[std::size_t(column)];
    const QString v = verb == "*" ? tr("every verb") : q(verb);
    return tr("%1 %2 %3").arg(v, q(r.label), rbactext::inScopeText(m_matrix->scope));
}

QString PermissionMatrixModel::cellDetail(const QModelIndex &index) const
{
    if (!m_matrix || !index.isValid())
        return {};
    const PermissionMatrixCell *cell = m_matrix->cell(index.row(), index.column());
    if (!cell)
        return {};
    QStringList lines;
    const QString subject = rbactext::subjectName(m_matrix->subject);
    if (!cell->allowed()) {
        lines << tr("%1 may not %2: no rule of the roles bound to it allows this verb on this resource.")
                     .arg(subject, question(index.row(), index.column()));
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("%1 may %2, granted by:").arg(subject, question(index.row(), index.column()));
    for (int gi : cell->grants) {
        QString line = QStringLiteral("• ") + q(m_matrix->grantText[std::size_t(gi)]);
        if (!m_matrix->scope.empty() && m_matrix->grants[std::size_t(gi)].nameSpace.empty())
            line += tr(" (cluster-wide: in force in every namespace)");
        if (const std::string &names = m_matrix->grantObjects[std::size_t(gi)]; !names.empty())
            line += tr(" — only the objects %1").arg(q(names));
        lines << line;
    }
    if (const int more = cell->grantCount - int(cell->grants.size()); more > 0)
        lines << tr("• and %Ln more grants", nullptr, more);
    return lines.join(QLatin1Char('\n'));
}

QVariant PermissionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!m_matrix || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PermissionMatrixCell *cell = m_matrix->cell(index.row(), index.column());
    if (!cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!cell->allowed())
            return QString();
        return cell->namedObjectsOnly ? QStringLiteral("✓*") : QStringLiteral("✓");
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: return cellDetail(index);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(question(index.row(), index.column()),
                                            cell->allowed() ? tr("allowed") : tr("not allowed"));
    case AllowedRole: return cell->allowed();
    case NamedObjectsOnlyRole: return cell->namedObjectsOnly;
    case ClusterWideOnlyRole: return cell->clusterWideOnly;
    case GrantCountRole: return cell->grantCount;
    case SensitiveRole:
        return isSensitive(m_matrix->rows[std::size_t(index.row())], m_matrix->verbs[std::size_t(index.column())]);
    default: return {};
    }
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_matrix)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(m_matrix->verbs.size()))
            return {};
        const std::string &verb = m_matrix->verbs[std::size_t(section)];
        if (role == Qt::DisplayRole)
            return verb == "deletecollection" ? tr("delete\ncollection") : q(verb);
        if (role == Qt::ToolTipRole)
            return verb == "*" ? tr("Every verb (a rule with verbs: [\"*\"])") : q(verb);
        return {};
    }
    if (section < 0 || section >= int(m_matrix->rows.size()))
        return {};
    const PermissionMatrixRow &row = m_matrix->rows[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole: return q(row.label);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!row.nonResourceUrl.empty())
            return tr("Non-resource URL %1").arg(q(row.nonResourceUrl));
        return tr("Resource %1 in API group %2")
            .arg(q(row.resource), row.apiGroup.empty() ? tr("\"\" (core)") : q(row.apiGroup));
    default: return {};
    }
}

} // namespace bulkhead::ui
