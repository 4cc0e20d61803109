#include "rbac/reviewqueuemodel.h"

#include "rbac/reviewtext.h"
#include "settings/appsettings.h"

#include <QDateTime>
#include <QStringList>

namespace bulkhead::ui {

namespace {

// Pages kept in memory: a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 32;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

bool needsReview(ReviewState s)
{
    return s != ReviewState::Current;
}

} // namespace

ReviewQueueModel::ReviewQueueModel(const QString &storePath, QObject *parent)
    : ReviewQueuePagedModel(new ReviewQueueLoader(storePath), QStringLiteral("review-queue-loader"), kPageSize,
                            kMaxPages, parent)
{
    m_filter.onlyNeedingReview = true;
    m_filter.hideBootstrap = true;
    request();
}

ReviewQueueModel::~ReviewQueueModel() = default;

void ReviewQueueModel::setFilter(const RbacBindingFilter &filter)
{
    m_filter = filter;
    request();
}

void ReviewQueueModel::reload()
{
    request();
}

void ReviewQueueModel::sort(int column, Qt::SortOrder order)
{
    if (takeSortOrder(sortKeyForColumn(column), order, m_sort, m_descending))
        request();
}

std::optional<RbacBindingSort> ReviewQueueModel::sortKeyForColumn(int column)
{
    switch (column) {
    case NamespaceColumn: return RbacBindingSort::Namespace;
    case NameColumn: return RbacBindingSort::Name;
    case RoleColumn: return RbacBindingSort::Role;
    case RiskColumn: return RbacBindingSort::Risk;
    case StateColumn: return RbacBindingSort::State;
    case DueColumn: return RbacBindingSort::Due;
    default: return std::nullopt;
    }
}

void ReviewQueueModel::request()
{
    // The intervals may have changed in the settings, and time passes: both are read per request,
    // so that a binding becomes due while the page is open after the next refresh.
    m_policy = AppSettings::reviewPolicy();
    m_policy.now = QDateTime::currentSecsSinceEpoch();
    const RbacBindingFilter filter = m_filter;
    const ReviewPolicy policy = m_policy;
    const RbacBindingSort sort = m_sort;
    const bool descending = m_descending;
    startRequest({
        [filter, policy, sort, descending](ReviewQueueLoader &loader, quint64 generation, qint64 offset, int limit,
                                           qint64, std::vector<RbacBindingRow> &rows, QString &error) {
            return loader.page(generation, filter, policy, sort, descending, offset, limit, rows, error);
        },
        [filter, policy](ReviewQueueLoader &loader, quint64 generation, qint64 &total, QString &error) {
            return loader.count(generation, filter, policy, total, error);
        },
    });
}

void ReviewQueueModel::resolveIds(const QList<QPair<int, int>> &ranges,
                                  std::function<void(std::vector<std::int64_t>, QString)> done)
{
    // Rows whose pages are in memory answer at once; the rest are read as offset ranges.
    std::vector<std::int64_t> known;
    std::vector<std::pair<qint64, qint64>> missing;
    splitSelection(ranges, [](const RbacBindingRow &r) { return r.id; }, known, missing);
    if (missing.empty()) {
        done(std::move(known), {});
        return;
    }
    const RbacBindingFilter filter = m_filter;
    const ReviewPolicy policy = m_policy;
    const RbacBindingSort sort = m_sort;
    const bool descending = m_descending;
    ReviewQueueLoader *loader = this->loader();
    QPointer<ReviewQueueModel> self(this);
    post([=, known = std::move(known), done = std::move(done)]() mutable {
        QString error;
        loader->ids(filter, policy, sort, descending, missing, known, error);
        QMetaObject::invokeMethod(self, [self, known = std::move(known), error, done = std::move(done)]() mutable {
            if (self)
                done(std::move(known), error);
        }, Qt::QueuedConnection);
    });
}

void ReviewQueueModel::loadDetail(std::int64_t id, std::function<void(ReviewDetail)> done)
{
    ReviewQueueLoader *loader = this->loader();
    const ReviewPolicy policy = m_policy;
    QPointer<ReviewQueueModel> self(this);
    post([loader, self, id, policy, done = std::move(done)]() mutable {
        ReviewDetail detail = loader->detail(id, policy);
        QMetaObject::invokeMethod(self, [self, detail = std::move(detail), done = std::move(done)]() mutable {
            if (self)
                done(std::move(detail));
        }, Qt::QueuedConnection);
    });
}

void ReviewQueueModel::loadSummary(std::function<void(ReviewSummary, QString)> done)
{
    ReviewQueueLoader *loader = this->loader();
    const ReviewPolicy policy = m_policy;
    const std::string cluster = m_filter.cluster;
    QPointer<ReviewQueueModel> self(this);
    post([loader, self, cluster, policy, done = std::move(done)]() mutable {
        ReviewSummary summary;
        QString error;
        loader->summary(cluster, policy, summary, error);
        QMetaObject::invokeMethod(self, [self, summary, error, done = std::move(done)] {
            if (self)
                done(summary, error);
        }, Qt::QueuedConnection);
    });
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::display(const RbacBindingRow &r, int column) const
{
    const RbacBindingRecord &b = r.binding;
    switch (column) {
    case ClusterColumn: return q(r.cluster);
    case KindColumn: return reviewtext::kindName(b.clusterBinding);
    case NamespaceColumn: return b.clusterBinding ? tr("(cluster-wide)") : q(b.nameSpace);
    case NameColumn: return q(b.name);
    case RoleColumn: return reviewtext::roleText(b.roleRef);
    case SubjectsColumn: return reviewtext::subjectsShort(b.subjects);
    case RiskColumn: return reviewtext::riskBadge(b.worst, b.riskRules.size());
    case StateColumn: return reviewtext::stateName(r.state);
    case LastReviewColumn: return reviewtext::lastReviewText(r.lastReview);
    case DueColumn: return reviewtext::dueText(r);
    default: return {};
    }
}

QVariant ReviewQueueModel::toolTip(const RbacBindingRow &r, int column) const
{
    const RbacBindingRecord &b = r.binding;
    switch (column) {
    case NameColumn: {
        QStringList lines{reviewtext::bindingTitle(b)};
        if (!r.cluster.empty())
            lines << tr("Cluster: %1").arg(q(r.cluster));
        if (b.createdAt > 0)
            lines << tr("Created %1").arg(reviewtext::dateText(b.createdAt));
        if (b.bootstrap)
            lines << tr("A default binding of the API server");
        return lines.join(QLatin1Char('\n'));
    }
    case RoleColumn: return b.roleExists ? QVariant() : tr("The role does not exist");
    case SubjectsColumn: {
        QStringList keys;
        for (const RbacSubject &s : b.subjects)
            keys << q(s.key());
        return keys.join(QLatin1Char('\n'));
    }
    case RiskColumn: {
        QStringList rules;
        for (const std::string &rule : b.riskRules)
            rules << QStringLiteral("bulkhead/%1").arg(q(rule));
        return rules.isEmpty() ? tr("No risk found") : rules.join(QLatin1Char('\n'));
    }
    case StateColumn:
        if (r.state == ReviewState::Changed)
            return tr("Changed since its last review: select it to see the difference");
        return {};
    case LastReviewColumn:
        return r.lastReview && !r.lastReview->note.empty() ? q(r.lastReview->note) : QVariant();
    default: return {};
    }
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RbacBindingRow *r = fetchRow(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return display(*r, index.column());
    case Qt::ToolTipRole: return toolTip(*r, index.column());
    case LoadedRole: return true;
    case BindingIdRole: return QVariant::fromValue<qint64>(r->id);
    case SeverityRole: return static_cast<int>(r->binding.worst);
    case RiskCountRole: return static_cast<int>(r->binding.riskRules.size());
    case StateRole: return static_cast<int>(r->state);
    case OverdueRole: return needsReview(r->state);
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && r->state != ReviewState::Current)
            return reviewtext::stateColor(ReviewState::Due); // overdue, as the findings' SLA says it
        return {};
    default: return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClusterColumn: return tr("Cluster");
    case KindColumn: return tr("Kind");
    case NamespaceColumn: return tr("Namespace");
    case NameColumn: return tr("Binding");
    case RoleColumn: return tr("Role");
    case SubjectsColumn: return tr("Subjects");
    case RiskColumn: return tr("Risk");
    case StateColumn: return tr("Review");
    case LastReviewColumn: return tr("Last decision");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

} // namespace bulkhead::ui
