#include "findings/findinggroupsmodel.h"

#include "findings/findingsloader.h"
#include "i18n/localeformat.h"

#include <QPointer>
#include <QThread>

namespace bulkhead::ui {

FindingGroupsModel::FindingGroupsModel(const QString &storePath, QObject *parent)
    : QAbstractTableModel(parent), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("finding-groups"));
    m_loader = new FindingsLoader(storePath);
    m_loader->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
}

FindingGroupsModel::~FindingGroupsModel()
{
    m_loader->latestGeneration().store(~quint64(0));
    m_thread->quit();
    m_thread->wait();
}

void FindingGroupsModel::load(const FindingFilter &filter, FindingGroupBy by)
{
    const quint64 generation = ++m_generation;
    m_loader->latestGeneration().store(generation);
    FindingsLoader *loader = m_loader;
    QPointer<FindingGroupsModel> self(this);
    QMetaObject::invokeMethod(m_loader, [loader, self, generation, filter, by] {
        std::vector<FindingGroup> groups;
        QString error;
        if (!loader->groups(generation, filter, by, kMaxGroups, groups, error) && error.isEmpty())
            return;
        QMetaObject::invokeMethod(self, [self, generation, by, groups = std::move(groups), error]() mutable {
            if (!self || generation != self->m_generation)
                return;
            if (!error.isEmpty()) {
                Q_EMIT self->errorOccurred(error);
                return;
            }
            self->beginResetModel();
            self->m_groups = std::move(groups);
            self->m_by = by;
            self->endResetModel();
            Q_EMIT self->loaded(static_cast<int>(self->m_groups.size()));
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

const FindingGroup *FindingGroupsModel::groupAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_groups.size()) ? &m_groups[static_cast<std::size_t>(row)] : nullptr;
}

FindingFilter FindingGroupsModel::filterFor(int row, const FindingFilter &base) const
{
    FindingFilter f = base;
    const FindingGroup *g = groupAt(row);
    if (!g)
        return f;
    switch (m_by) {
    case FindingGroupBy::Rule: f.ruleIds = {g->id}; break;
    case FindingGroupBy::Asset: f.assetIds = {g->id}; break;
    case FindingGroupBy::Package: f.packageIds = {g->id}; break;
    }
    return f;
}

int FindingGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int FindingGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingGroup &g = m_groups[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return static_cast<int>(g.worst);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return g.label.empty() && m_by == FindingGroupBy::Package ? tr("(no package)") : QString::fromStdString(g.label);
    case DetailColumn: return QString::fromStdString(g.detail);
    case CountColumn: return i18n::localNumber(g.count);
    case WorstColumn: return QString::fromUtf8(severityName(g.worst).data());
    default: return {};
    }
}

QVariant FindingGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return m_by == FindingGroupBy::Rule ? tr("Vulnerability") : m_by == FindingGroupBy::Asset ? tr("Asset")
                                                                                                 : tr("Package");
    case DetailColumn:
        return m_by == FindingGroupBy::Rule ? tr("Title") : m_by == FindingGroupBy::Asset ? tr("Namespace") : tr("Type");
    case CountColumn: return tr("Findings");
    case WorstColumn: return tr("Worst");
    default: return {};
    }
}

} // namespace bulkhead::ui
