#include "findings/findingslistmodel.h"

#include "analysis/ruletexttr.h"
#include "i18n/localeformat.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace bulkhead::ui {

namespace {

// Pages kept in memory: enough for a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 64;

QString dateText(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    return i18n::localDate(unixSeconds);
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Critical: return FindingsListModel::tr("Critical");
    case Severity::High: return FindingsListModel::tr("High");
    case Severity::Medium: return FindingsListModel::tr("Medium");
    case Severity::Low: return FindingsListModel::tr("Low");
    case Severity::Info: return FindingsListModel::tr("Info");
    case Severity::Unknown: break;
    }
    return FindingsListModel::tr("Unknown");
}

QString statusText(FindingStatus s)
{
    switch (s) {
    case FindingStatus::Open: return FindingsListModel::tr("Open");
    case FindingStatus::Confirmed: return FindingsListModel::tr("Confirmed");
    case FindingStatus::FalsePositive: return FindingsListModel::tr("False positive");
    case FindingStatus::RiskAccepted: return FindingsListModel::tr("Risk accepted");
    case FindingStatus::Mitigated: return FindingsListModel::tr("Mitigated");
    case FindingStatus::Resolved: return FindingsListModel::tr("Resolved");
    }
    return {};
}

QString kindText(FindingKind k)
{
    switch (k) {
    case FindingKind::Vulnerability: return FindingsListModel::tr("Vulnerability");
    case FindingKind::Misconfiguration: return FindingsListModel::tr("Misconfiguration");
    case FindingKind::Secret: return FindingsListModel::tr("Secret");
    }
    return {};
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

FindingsListModel::FindingsListModel(const QString &storePath, const FindingFilter &initial, QObject *parent)
    : FindingsPagedModel(new FindingsLoader(storePath), QStringLiteral("findings-loader"), kPageSize, kMaxPages,
                         parent),
      m_storePath(storePath), m_filter(initial)
{
    request();
}

FindingsListModel::~FindingsListModel() = default;

void FindingsListModel::setFilter(const FindingFilter &filter)
{
    m_filter = filter;
    request();
}

void FindingsListModel::reload()
{
    request();
}

void FindingsListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyForColumn(column);
    if (!key)
        return;
    const FindingSort sort{*key, order == Qt::DescendingOrder};
    if (sort == m_sort && generation() > 0)
        return;
    m_sort = sort;
    request();
}

std::optional<FindingSortKey> FindingsListModel::sortKeyForColumn(int column)
{
    switch (column) {
    case SeverityColumn: return FindingSortKey::Severity;
    case StatusColumn: return FindingSortKey::Status;
    case RuleColumn: return FindingSortKey::Rule;
    case TitleColumn: return FindingSortKey::Title;
    case PackageColumn: return FindingSortKey::Package;
    case InstalledColumn: return FindingSortKey::Installed;
    case FixedColumn: return FindingSortKey::Fixed;
    case AssetColumn: return FindingSortKey::Asset;
    case KindColumn: return FindingSortKey::Kind;
    case FirstSeenColumn: return FindingSortKey::FirstSeen;
    case LastSeenColumn: return FindingSortKey::LastSeen;
    case DueColumn: return FindingSortKey::DueDate;
    case SourcesColumn: return FindingSortKey::Sources;
    case AssigneeColumn: return FindingSortKey::Assignee;
    default: return std::nullopt;
    }
}

void FindingsListModel::request()
{
    m_clock.start();
    const FindingFilter filter = m_filter;
    const FindingSort sort = m_sort;
    startRequest({
        [filter, sort](FindingsLoader &loader, quint64 generation, qint64 offset, int limit, qint64 knownCount,
                       std::vector<FindingRow> &rows, QString &error) {
            return loader.page(generation, filter, sort, offset, limit, knownCount, rows, error);
        },
        [filter](FindingsLoader &loader, quint64 generation, qint64 &total, QString &error) {
            return loader.count(generation, filter, total, error);
        },
    });
}

int FindingsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRow *r = fetchRow(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == TitleColumn)
            return tr("Loading…");
        return {};
    }
    const std::int64_t due = m_filter.sla.dueAt(r->severity, r->firstSeen);
    const bool open = r->status == FindingStatus::Open || r->status == FindingStatus::Confirmed;
    const bool overdue = open && due != 0 && due < QDateTime::currentSecsSinceEpoch();
    switch (role) {
    case FindingIdRole: return QVariant::fromValue<qint64>(r->id);
    case SeverityRole: return static_cast<int>(r->severity);
    case OverdueRole: return overdue;
    case LoadedRole: return true;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == AssetColumn)
            return index.column() == TitleColumn ? RuleText::translated(r->title) : q(r->asset);
        if (index.column() == DueColumn && overdue)
            return tr("Past its SLA due date");
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case SeverityColumn: return severityText(r->severity);
    case StatusColumn: return statusText(r->status);
    case RuleColumn: return q(r->ruleKey);
    case TitleColumn: return RuleText::translated(r->title);
    case PackageColumn: return q(r->package);
    case InstalledColumn: return q(r->installedVersion);
    case FixedColumn: return q(r->fixedVersion);
    case AssetColumn: return q(r->asset);
    case KindColumn: return kindText(r->kind);
    case FirstSeenColumn: return dateText(r->firstSeen);
    case LastSeenColumn: return dateText(r->lastSeen);
    case DueColumn: return open ? dateText(due) : QString();
    case SourcesColumn: {
        QStringList names;
        for (const std::string &s : r->sources)
            names << q(s);
        return names.join(QStringLiteral(", "));
    }
    case AssigneeColumn: return q(r->assignee);
    default: return {};
    }
}

QVariant FindingsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case StatusColumn: return tr("Status");
    case RuleColumn: return tr("ID");
    case TitleColumn: return tr("Title");
    case PackageColumn: return tr("Package");
    case InstalledColumn: return tr("Installed");
    case FixedColumn: return tr("Fixed in");
    case AssetColumn: return tr("Asset");
    case KindColumn: return tr("Kind");
    case FirstSeenColumn: return tr("First seen");
    case LastSeenColumn: return tr("Last seen");
    case DueColumn: return tr("SLA due");
    case SourcesColumn: return tr("Sources");
    case AssigneeColumn: return tr("Assignee");
    default: return {};
    }
}

void FindingsListModel::resolveIds(const QList<QPair<int, int>> &ranges,
                                   std::function<void(std::vector<std::int64_t>, QString)> done)
{
    // Rows whose pages are in memory answer at once; the rest are read as offset ranges.
    std::vector<std::int64_t> known;
    std::vector<std::pair<qint64, qint64>> missing;
    splitSelection(ranges, [](const FindingRow &r) { return r.id; }, known, missing);
    if (missing.empty()) {
        done(std::move(known), {});
        return;
    }
    const FindingFilter filter = m_filter;
    const FindingSort sort = m_sort;
    FindingsLoader *loader = this->loader();
    QPointer<FindingsListModel> self(this);
    post([loader, self, filter, sort, missing, known = std::move(known), done = std::move(done)]() mutable {
        QString error;
        loader->ids(filter, sort, missing, known, error);
        QMetaObject::invokeMethod(self, [self, known = std::move(known), error, done = std::move(done)]() mutable {
            if (self)
                done(std::move(known), error);
        }, Qt::QueuedConnection);
    });
}

void FindingsListModel::loadChoices(std::function<void(FindingFilterChoices)> done)
{
    FindingsLoader *loader = this->loader();
    QPointer<FindingsListModel> self(this);
    post([loader, self, done = std::move(done)]() mutable {
        FindingFilterChoices choices;
        QString error;
        if (!loader->choices(choices, error))
            return; // the list itself reports store errors
        QMetaObject::invokeMethod(self, [self, choices = std::move(choices), done = std::move(done)] {
            if (self)
                done(choices);
        }, Qt::QueuedConnection);
    });
}

void FindingsListModel::resolveRows(const QList<QPair<int, int>> &ranges, int limit,
                                    std::function<void(std::vector<FindingRow>, QString)> done)
{
    const FindingFilter filter = m_filter;
    const FindingSort sort = m_sort;
    const qint64 known = countExact() ? totalCount() : -1;
    FindingsLoader *loader = this->loader();
    QPointer<FindingsListModel> self(this);
    post([loader, self, filter, sort, ranges, limit, known, done = std::move(done)]() mutable {
        std::vector<FindingRow> rows;
        QString error;
        for (const auto &[first, last] : ranges) {
            const int wanted = std::min(last - first + 1, limit - static_cast<int>(rows.size()));
            if (wanted <= 0)
                break;
            std::vector<FindingRow> part;
            if (!loader->page(0, filter, sort, first, wanted, known, part, error))
                break;
            rows.insert(rows.end(), part.begin(), part.end());
        }
        QMetaObject::invokeMethod(self, [self, rows = std::move(rows), error, done = std::move(done)]() mutable {
            if (self)
                done(std::move(rows), error);
        }, Qt::QueuedConnection);
    });
}

} // namespace bulkhead::ui
