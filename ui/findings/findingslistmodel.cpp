#include "findings/findingslistmodel.h"

#include "findings/findingsloader.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QThread>

#include <algorithm>

namespace bulkhead::ui {

namespace {

// Pages kept in memory: enough for a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 64;

QString dateText(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toString(QStringLiteral("yyyy-MM-dd"));
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
    : QAbstractTableModel(parent), m_storePath(storePath), m_filter(initial), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("findings-loader"));
    m_loader = new FindingsLoader(storePath);
    m_loader->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->start();
    request();
}

FindingsListModel::~FindingsListModel()
{
    m_loader->latestGeneration().store(~quint64(0)); // interrupt whatever runs
    m_thread->quit();
    m_thread->wait();
}

template <typename Work>
void FindingsListModel::post(Work &&work) const
{
    QMetaObject::invokeMethod(m_loader, std::forward<Work>(work), Qt::QueuedConnection);
}

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
    if (sort == m_sort && m_generation > 0)
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

void FindingsListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void FindingsListModel::request()
{
    const quint64 generation = ++m_generation;
    m_loader->latestGeneration().store(generation);
    m_clock.start();
    setLoading(true);
    const FindingFilter filter = m_filter;
    const FindingSort sort = m_sort;
    FindingsLoader *loader = m_loader;
    QPointer<FindingsListModel> self(this);
    post([loader, self, generation, filter, sort] {
        std::vector<FindingRow> rows;
        QString error;
        if (!loader->firstPage(generation, filter, sort, kPageSize, rows, error) && error.isEmpty())
            return; // outdated
        // Decided before `rows` is moved away (a moved-from vector is empty).
        const bool complete = static_cast<int>(rows.size()) < kPageSize;
        QMetaObject::invokeMethod(self, [self, generation, rows = std::move(rows), error]() mutable {
            if (self)
                self->onFirstPage(generation, std::move(rows), error);
        }, Qt::QueuedConnection);
        if (!error.isEmpty() || complete)
            return; // the page holds every match: no count needed
        qint64 total = 0;
        if (!loader->count(generation, filter, total, error) && error.isEmpty())
            return;
        QMetaObject::invokeMethod(self, [self, generation, total, error] {
            if (self)
                self->onCount(generation, total, error);
        }, Qt::QueuedConnection);
    });
}

void FindingsListModel::onFirstPage(quint64 generation, std::vector<FindingRow> rows, QString error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        setLoading(false);
        Q_EMIT errorOccurred(error);
        return;
    }
    beginResetModel();
    m_pages.clear();
    m_requested.clear();
    m_recent.clear();
    m_rows = static_cast<int>(rows.size());
    m_countExact = m_rows < kPageSize;
    m_total = m_rows;
    m_pages.insert(0, std::move(rows));
    m_recent.append(0);
    endResetModel();
    if (m_countExact)
        setLoading(false);
    Q_EMIT firstPageShown(m_clock.elapsed());
    if (m_countExact)
        Q_EMIT counted(m_total, m_clock.elapsed());
}

void FindingsListModel::onCount(quint64 generation, qint64 total, QString error)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
        return;
    }
    m_total = total;
    m_countExact = true;
    // A QTableView addresses rows with int: beyond that the list is cut (the count says so).
    const int rows = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max() - 1));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    Q_EMIT counted(total, m_clock.elapsed());
}

void FindingsListModel::requestPage(int page) const
{
    if (m_requested.contains(page) || m_pages.contains(page))
        return;
    m_requested.insert(page);
    const quint64 generation = m_generation;
    const FindingFilter filter = m_filter;
    const FindingSort sort = m_sort;
    const qint64 known = m_countExact ? m_total : -1;
    FindingsLoader *loader = m_loader;
    QPointer<FindingsListModel> self(const_cast<FindingsListModel *>(this));
    post([loader, self, generation, filter, sort, page, known] {
        std::vector<FindingRow> rows;
        QString error;
        if (!loader->page(generation, filter, sort, qint64(page) * kPageSize, kPageSize, known, rows, error)
            && error.isEmpty())
            return;
        QMetaObject::invokeMethod(self, [self, generation, page, rows = std::move(rows), error]() mutable {
            if (self)
                self->onPage(generation, page, std::move(rows), error);
        }, Qt::QueuedConnection);
    });
}

void FindingsListModel::onPage(quint64 generation, int page, std::vector<FindingRow> rows, QString error)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
        return;
    }
    m_pages.insert(page, std::move(rows));
    m_recent.append(page);
    trimCache(page);
    const int first = page * kPageSize;
    const int last = std::min(m_rows, first + kPageSize) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        Q_EMIT pageLoaded(first, last);
    }
}

void FindingsListModel::trimCache(int keepPage)
{
    while (m_pages.size() > kMaxPages && !m_recent.isEmpty()) {
        const int oldest = m_recent.takeFirst();
        if (oldest != keepPage && !m_recent.contains(oldest))
            m_pages.remove(oldest);
    }
}

const FindingRow *FindingsListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const std::size_t offset = static_cast<std::size_t>(row % kPageSize);
    return offset < it->size() ? &(*it)[offset] : nullptr;
}

int FindingsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int FindingsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRow *r = rowAt(index.row());
    if (!r) {
        requestPage(index.row() / kPageSize);
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
            return q(index.column() == TitleColumn ? r->title : r->asset);
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
    case TitleColumn: return q(r->title);
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
    for (const auto &[first, last] : ranges) {
        int row = first;
        while (row <= last) {
            if (const FindingRow *r = rowAt(row)) {
                known.push_back(r->id);
                ++row;
                continue;
            }
            int end = row;
            while (end + 1 <= last && !rowAt(end + 1))
                ++end;
            missing.emplace_back(row, end - row + 1);
            row = end + 1;
        }
    }
    if (missing.empty()) {
        done(std::move(known), {});
        return;
    }
    const FindingFilter filter = m_filter;
    const FindingSort sort = m_sort;
    FindingsLoader *loader = m_loader;
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
    FindingsLoader *loader = m_loader;
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
    const qint64 known = m_countExact ? m_total : -1;
    FindingsLoader *loader = m_loader;
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
