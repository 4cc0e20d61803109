#include "rbac/rbacsubjectsmodel.h"

#include "analysis/ruletexttr.h"
#include "rbac/rbacrisk.h"
#include "rbac/rbactext.h"
#include "rbac/reviewpolicysettings.h"

#include <QDateTime>

namespace bulkhead::ui {

namespace {

// Pages kept in memory: a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 32;

using rbactext::q;

} // namespace

RbacSubjectsModel::RbacSubjectsModel(const QString &storePath, QObject *parent)
    : RbacSubjectsPagedModel(new RbacSubjectsLoader(storePath), QStringLiteral("rbac-subjects-loader"), kPageSize,
                             kMaxPages, parent)
{
    m_filter.hideBootstrap = true; // the API server's defaults are noise in a review
    request();
}

RbacSubjectsModel::~RbacSubjectsModel() = default;

void RbacSubjectsModel::setFilter(const RbacSubjectFilter &filter)
{
    m_filter = filter;
    request();
}

void RbacSubjectsModel::reload()
{
    request();
}

void RbacSubjectsModel::sort(int column, Qt::SortOrder order)
{
    if (takeSortOrder(sortKeyForColumn(column), order, m_sort, m_descending))
        request();
}

std::optional<RbacSubjectSort> RbacSubjectsModel::sortKeyForColumn(int column)
{
    switch (column) {
    case KindColumn: return RbacSubjectSort::Kind;
    case NamespaceColumn: return RbacSubjectSort::Namespace;
    case NameColumn: return RbacSubjectSort::Name;
    case BindingsColumn: return RbacSubjectSort::Bindings;
    case RiskColumn: return RbacSubjectSort::Risk;
    case WorkloadsColumn: return RbacSubjectSort::Workloads;
    default: return std::nullopt;
    }
}

void RbacSubjectsModel::request()
{
    const RbacSubjectFilter filter = m_filter;
    const RbacSubjectSort sort = m_sort;
    const bool descending = m_descending;
    // The review state depends on the intervals in the settings and on today.
    ReviewPolicy policy = loadReviewPolicy();
    policy.now = QDateTime::currentSecsSinceEpoch();
    if (filter.cluster.empty()) {
        // No cluster chosen (none analysed yet): nothing to read, an empty list at once.
        startRequest({
            [](RbacSubjectsLoader &, quint64, qint64, int, qint64, std::vector<RbacSubjectRow> &rows, QString &) {
                rows.clear();
                return true;
            },
            [](RbacSubjectsLoader &, quint64, qint64 &total, QString &) {
                total = 0;
                return true;
            },
        });
        return;
    }
    startRequest({
        [filter, policy, sort, descending](RbacSubjectsLoader &loader, quint64 generation, qint64 offset, int limit,
                                           qint64, std::vector<RbacSubjectRow> &rows, QString &error) {
            return loader.page(generation, filter, policy, sort, descending, offset, limit, rows, error);
        },
        [filter](RbacSubjectsLoader &loader, quint64 generation, qint64 &total, QString &error) {
            return loader.count(generation, filter, total, error);
        },
    });
}

void RbacSubjectsModel::loadFacts(std::function<void(RbacFacts)> done)
{
    RbacSubjectsLoader *loader = this->loader();
    QPointer<RbacSubjectsModel> self(this);
    post([loader, self, done = std::move(done)]() mutable {
        RbacFacts facts = loader->facts();
        QMetaObject::invokeMethod(self, [self, facts = std::move(facts), done = std::move(done)]() mutable {
            if (self)
                done(std::move(facts));
        }, Qt::QueuedConnection);
    });
}

int RbacSubjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RbacSubjectsModel::display(const RbacSubjectRow &r, int column) const
{
    const RbacSubject &s = r.record.subject;
    switch (column) {
    case KindColumn: return QString::fromLatin1(subjectKindName(s.kind));
    case NamespaceColumn: return q(s.nameSpace);
    case NameColumn: return rbactext::subjectName(s); // namespace/name for a service account
    case BindingsColumn: return r.record.bindings;
    case RiskColumn: return rbactext::severityText(r.record.worst);
    case WorkloadsColumn:
        return s.kind == SubjectKind::ServiceAccount ? QVariant(r.record.workloads) : QVariant(QString());
    case ReviewColumn: return rbactext::reviewStateText(r.reviewState);
    default: return {};
    }
}

QString RbacSubjectsModel::toolTip(const RbacSubjectRow &r, int column) const
{
    const RbacSubjectRecord &rec = r.record;
    switch (column) {
    case NameColumn: {
        QStringList lines;
        lines << QString::fromStdString(rec.subject.key());
        lines << tr("%Ln bindings apply (directly or through its groups)", nullptr, int(rec.bindings));
        if (rec.exists == 0)
            lines << tr("This service account does not exist: a binding names it, so whoever creates it gets "
                        "the permissions");
        if (rec.bootstrapOnly)
            lines << tr("Reached only by the API server's default (bootstrap) bindings");
        lines << tr("Enter opens its permission matrix");
        return lines.join(QLatin1Char('\n'));
    }
    case RiskColumn: {
        if (rec.riskRules.empty())
            return tr("No risky permission reaches this subject");
        QStringList lines;
        lines << tr("Worst: %1").arg(rbactext::severityText(rec.worst));
        for (const std::string &id : rec.riskRules) {
            const RuleInfo *info = rbacRiskRule(id);
            lines << QStringLiteral("• %1 (bulkhead/%2)").arg(info ? RuleText::translated(info->title) : rbactext::riskBadge(id), q(id));
        }
        return lines.join(QLatin1Char('\n'));
    }
    case WorkloadsColumn:
        return rec.subject.kind == SubjectKind::ServiceAccount
            ? tr("%Ln running workloads carry this service account's token", nullptr, int(rec.workloads))
            : QString();
    case ReviewColumn:
        return tr("The review state of the bindings that apply, the one that needs attention first: %1")
            .arg(rbactext::reviewStateText(r.reviewState));
    default: return {};
    }
}

QVariant RbacSubjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RbacSubjectRow *r = fetchRow(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case LoadedRole: return true;
    case SubjectKeyRole: return QString::fromStdString(r->record.subject.key());
    case SeverityRole: return static_cast<int>(r->record.worst);
    case ReviewStateRole: return static_cast<int>(r->reviewState);
    case RiskRulesRole: {
        QStringList ids;
        for (const std::string &id : r->record.riskRules)
            ids << q(id);
        return rbactext::badgeOrder(ids);
    }
    case Qt::DisplayRole: return display(*r, index.column());
    case Qt::ToolTipRole: return toolTip(*r, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == RiskColumn) {
            QStringList badges;
            for (const QString &id : data(index, RiskRulesRole).toStringList())
                badges << rbactext::riskBadge(id.toStdString());
            return badges.isEmpty() ? rbactext::severityText(r->record.worst)
                                    : QStringLiteral("%1: %2").arg(rbactext::severityText(r->record.worst),
                                                                   badges.join(QStringLiteral(", ")));
        }
        return display(*r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == BindingsColumn || index.column() == WorkloadsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant RbacSubjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BindingsColumn: return tr("Bindings that apply, directly or through the subject's groups");
        case RiskColumn: return tr("The worst risk reaching the subject and the risk rules it trips");
        case WorkloadsColumn: return tr("Running workloads whose pods carry the service account's token");
        case ReviewColumn: return tr("Review state of its bindings (Changed, Due, Never reviewed, Current)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case NamespaceColumn: return tr("Namespace");
    case NameColumn: return tr("Subject");
    case BindingsColumn: return tr("Bindings");
    case RiskColumn: return tr("Risk");
    case WorkloadsColumn: return tr("Workloads");
    case ReviewColumn: return tr("Review");
    default: return {};
    }
}

} // namespace bulkhead::ui
