#include "workloads/workloadslistmodel.h"

#include "i18n/localeformat.h"
#include "workloads/workloadtext.h"

#include <QDateTime>

namespace bulkhead::ui {

namespace {

// Pages kept in memory: a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 32;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string_view checkIdOf(int column)
{
    return workloadCheckIds()[static_cast<std::size_t>(column - WorkloadsListModel::FirstCheckColumn)];
}

} // namespace

WorkloadsListModel::WorkloadsListModel(const QString &storePath, QObject *parent)
    : WorkloadsPagedModel(new WorkloadsLoader(storePath), QStringLiteral("workloads-loader"), kPageSize, kMaxPages,
                          parent)
{
    request();
}

WorkloadsListModel::~WorkloadsListModel() = default;

int WorkloadsListModel::checkCount()
{
    return static_cast<int>(workloadCheckIds().size());
}

int WorkloadsListModel::columnOfCheck(std::string_view checkId)
{
    const auto &ids = workloadCheckIds();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == checkId)
            return FirstCheckColumn + static_cast<int>(i);
    }
    return -1;
}

void WorkloadsListModel::setFilter(const WorkloadFilter &filter)
{
    m_filter = filter;
    request();
}

void WorkloadsListModel::reload()
{
    request();
}

void WorkloadsListModel::sort(int column, Qt::SortOrder order)
{
    if (takeSortOrder(sortKeyForColumn(column), order, m_sort, m_descending))
        request();
}

std::optional<WorkloadSort> WorkloadsListModel::sortKeyForColumn(int column)
{
    switch (column) {
    case ClusterColumn: return WorkloadSort::Cluster;
    case NamespaceColumn: return WorkloadSort::Namespace;
    case KindColumn: return WorkloadSort::Kind;
    case NameColumn: return WorkloadSort::Name;
    case PodsColumn: return WorkloadSort::Pods;
    case FailedColumn: return WorkloadSort::Failed;
    default: return std::nullopt;
    }
}

void WorkloadsListModel::request()
{
    const WorkloadFilter filter = m_filter;
    const WorkloadSort sort = m_sort;
    const bool descending = m_descending;
    startRequest({
        [filter, sort, descending](WorkloadsLoader &loader, quint64 generation, qint64 offset, int limit, qint64,
                                   std::vector<WorkloadRow> &rows, QString &error) {
            return loader.page(generation, filter, sort, descending, offset, limit, rows, error);
        },
        [filter](WorkloadsLoader &loader, quint64 generation, qint64 &total, QString &error) {
            return loader.count(generation, filter, total, error);
        },
    });
}

void WorkloadsListModel::loadFacts(const std::string &cluster, std::function<void(WorkloadsFacts)> done)
{
    WorkloadsLoader *loader = this->loader();
    QPointer<WorkloadsListModel> self(this);
    post([loader, self, cluster, done = std::move(done)]() mutable {
        WorkloadsFacts facts = loader->facts(cluster);
        QMetaObject::invokeMethod(self, [self, facts = std::move(facts), done = std::move(done)]() mutable {
            if (self)
                done(std::move(facts));
        }, Qt::QueuedConnection);
    });
}

int WorkloadsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCheckColumn + checkCount();
}

QVariant WorkloadsListModel::display(const WorkloadRow &r, int column) const
{
    switch (column) {
    case ClusterColumn: return q(r.cluster);
    case NamespaceColumn: return q(r.nameSpace);
    case KindColumn: return q(r.kind);
    case NameColumn: return q(r.name);
    case PodsColumn: return r.pods;
    case FailedColumn: return r.failedChecks;
    default: return {};
    }
}

QVariant WorkloadsListModel::cellData(const WorkloadRow &r, int column, int role) const
{
    const std::size_t i = static_cast<std::size_t>(column - FirstCheckColumn);
    const std::string_view id = checkIdOf(column);
    // A row written before a check existed has no cell for it: not assessed.
    const WorkloadCheckCell cell = i < r.cells.size() ? r.cells[i] : WorkloadCheckCell{};
    switch (role) {
    case Qt::DisplayRole: return workloadtext::stateGlyph(cell.state);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(workloadtext::checkTitle(id), workloadtext::stateName(cell.state));
    case Qt::ToolTipRole:
        return workloadtext::cellToolTip(id, cell.state, cell.severity, q(cell.path), q(cell.message),
                                         cell.failingContainers);
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case CheckIdRole: return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
    case CellStateRole: return static_cast<int>(cell.state);
    case CellSeverityRole: return static_cast<int>(cell.severity);
    case CellPathRole: return q(cell.path);
    default: return {};
    }
}

QVariant WorkloadsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkloadRow *r = fetchRow(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    if (role == LoadedRole)
        return true;
    if (role == WorkloadIdRole)
        return QVariant::fromValue<qint64>(r->id);
    if (role == WorstSeverityRole)
        return static_cast<int>(r->worst);
    if (isCheckColumn(index.column()))
        return cellData(*r, index.column(), role);
    switch (role) {
    case Qt::DisplayRole: return display(*r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PodsColumn || index.column() == FailedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn: {
            QStringList lines;
            lines << tr("%1 %2/%3").arg(q(r->kind), q(r->nameSpace), q(r->name));
            lines << tr("Service account: %1").arg(r->serviceAccount.empty() ? QStringLiteral("default") : q(r->serviceAccount));
            lines << tr("%1, %2", "pods, containers")
                         .arg(tr("%Ln pods", nullptr, static_cast<int>(r->pods)),
                              tr("%Ln containers", nullptr, static_cast<int>(r->containers)));
            for (const std::string &image : r->images)
                lines << q(image);
            if (r->collectedAt > 0)
                lines << tr("Collected %1").arg(i18n::localDateTime(r->collectedAt));
            return lines.join(QLatin1Char('\n'));
        }
        case FailedColumn:
            return r->failedChecks > 0 ? tr("%Ln checks fail, the worst %1", nullptr, static_cast<int>(r->failedChecks))
                                             .arg(workloadtext::severityName(r->worst))
                                       : tr("No check fails");
        default: return {};
        }
    default: return {};
    }
}

QVariant WorkloadsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (isCheckColumn(section)) {
        const std::string_view id = checkIdOf(section);
        switch (role) {
        case Qt::DisplayRole: return workloadtext::checkShortLabel(id);
        case Qt::ToolTipRole:
            return QStringLiteral("%1 (%2)\nbulkhead/k8s-%3")
                .arg(workloadtext::checkTitle(id), workloadtext::checkControl(id),
                     QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size())));
        case Qt::AccessibleTextRole: return workloadtext::checkTitle(id);
        case CheckIdRole: return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClusterColumn: return tr("Cluster");
    case NamespaceColumn: return tr("Namespace");
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Workload");
    case PodsColumn: return tr("Pods");
    case FailedColumn: return tr("Failing");
    default: return {};
    }
}

} // namespace bulkhead::ui
