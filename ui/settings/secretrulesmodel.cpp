#include "settings/secretrulesmodel.h"

#include <QPalette>

#include <algorithm>

namespace bulkhead::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string *textField(SecretPolicyRule &rule, int column)
{
    switch (column) {
    case SecretRulesModel::NameColumn: return &rule.name;
    case SecretRulesModel::StoreColumn: return &rule.store;
    case SecretRulesModel::OriginColumn: return &rule.origin;
    case SecretRulesModel::LocationColumn: return &rule.location;
    case SecretRulesModel::TypeColumn: return &rule.type;
    case SecretRulesModel::PatternColumn: return &rule.namePattern;
    case SecretRulesModel::LabelColumn: return &rule.label;
    default: return nullptr;
    }
}

const std::string *textField(const SecretPolicyRule &rule, int column)
{
    return textField(const_cast<SecretPolicyRule &>(rule), column);
}

// What an empty cell means, shown greyed in its place.
QString anyText(int column)
{
    return column == SecretRulesModel::StoreColumn ? SecretRulesModel::tr("any store") : SecretRulesModel::tr("any");
}

} // namespace

void SecretRulesModel::setRules(std::vector<SecretPolicyRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

int SecretRulesModel::insertRule(int row, const SecretPolicyRule &rule)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_rules.insert(m_rules.begin() + row, rule);
    endInsertRows();
    return row;
}

bool SecretRulesModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    return true;
}

bool SecretRulesModel::moveRule(int from, int to)
{
    if (from < 0 || from >= rowCount() || to < 0 || to >= rowCount() || from == to)
        return false;
    // beginMoveRows takes the destination as the row it goes before, in the old numbering.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    const SecretPolicyRule rule = m_rules[static_cast<std::size_t>(from)];
    m_rules.erase(m_rules.begin() + from);
    m_rules.insert(m_rules.begin() + to, rule);
    endMoveRows();
    return true;
}

QString SecretRulesModel::problem() const
{
    QStringList names;
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        const SecretPolicyRule &r = m_rules[i];
        const QString name = q(r.name).trimmed();
        if (name.isEmpty())
            return tr("Rule %1 has no name: the name is shown as the reason for each secret's interval.").arg(i + 1);
        if (names.contains(name))
            return tr("Two rules are named '%1': give each its own name.").arg(name);
        names << name;
        // The keys are Kubernetes labels or Vault custom_metadata keys, which may be almost
        // anything: only a missing key is refused (as secretPolicyFromJson does).
        if (!r.label.empty() && r.label.front() == '=')
            return tr("Rule '%1': the label \"%2\" has no key; write key=value or key (e.g. team=payments).")
                .arg(name, q(r.label));
        if (r.days < 0)
            return tr("Rule '%1': the interval is a number of days, 0 or more.").arg(name);
    }
    return {};
}

int SecretRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rules.size());
}

int SecretRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SecretPolicyRule &rule = m_rules[static_cast<std::size_t>(index.row())];
    if (index.column() == DaysColumn) {
        if (role == Qt::EditRole)
            return rule.days;
        if (role == Qt::DisplayRole)
            return rule.days == 0 ? tr("0 (always overdue)") : tr("%Ln days", nullptr, rule.days);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const std::string *field = textField(rule, index.column());
    if (!field)
        return {};
    if (role == Qt::EditRole)
        return q(*field);
    if (role == Qt::DisplayRole)
        return field->empty() && index.column() != NameColumn ? anyText(index.column()) : q(*field);
    if (role == Qt::ForegroundRole && field->empty())
        return QVariant::fromValue(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

bool SecretRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount())
        return false;
    SecretPolicyRule &rule = m_rules[static_cast<std::size_t>(index.row())];
    if (index.column() == DaysColumn) {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok || days < 0)
            return false;
        rule.days = days;
    } else if (std::string *field = textField(rule, index.column())) {
        *field = value.toString().trimmed().toStdString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags SecretRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant SecretRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // the order the rules are tried in
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OriginColumn: return tr("The cluster or Vault source's name, or the inventory's name (wildcards * and ?)");
        case LocationColumn: return tr("Kubernetes namespace, Vault mount or the inventory's store column (wildcards)");
        case TypeColumn: return tr("Secret type, e.g. kubernetes.io/tls (wildcards)");
        case PatternColumn: return tr("The secret's name or Vault path, e.g. db-* or team-a/* (wildcards)");
        case LabelColumn: return tr("key=value (equal) or key (present): Kubernetes labels, Vault custom_metadata");
        case DaysColumn: return tr("Days between rotations; 0: every matching secret is overdue");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Rule");
    case StoreColumn: return tr("Store");
    case OriginColumn: return tr("Source");
    case LocationColumn: return tr("Namespace / mount");
    case TypeColumn: return tr("Type");
    case PatternColumn: return tr("Secret name");
    case LabelColumn: return tr("Label");
    case DaysColumn: return tr("Interval");
    default: return {};
    }
}

} // namespace bulkhead::ui
