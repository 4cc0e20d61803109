#include "secrets/secretslistmodel.h"

#include "secrets/secretstext.h"

#include <QDateTime>

namespace bulkhead::ui {

namespace {

// Pages kept in memory: a few screens around the visible rows at any scroll speed.
constexpr int kMaxPages = 32;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

SecretsListModel::SecretsListModel(const QString &storePath, QObject *parent)
    : SecretsPagedModel(new SecretsLoader(storePath), QStringLiteral("secrets-loader"), kPageSize, kMaxPages, parent)
{
    request();
}

SecretsListModel::~SecretsListModel() = default;

void SecretsListModel::setFilter(const SecretFilter &filter)
{
    m_filter = filter;
    request();
}

void SecretsListModel::reload()
{
    request();
}

void SecretsListModel::setNow(std::int64_t now)
{
    m_fixedNow = now;
    request();
}

std::int64_t SecretsListModel::currentNow() const
{
    return m_fixedNow > 0 ? m_fixedNow : QDateTime::currentSecsSinceEpoch();
}

SecretFilter SecretsListModel::effectiveFilter() const
{
    SecretFilter f = m_filter;
    f.now = currentNow();
    return f;
}

void SecretsListModel::sort(int column, Qt::SortOrder order)
{
    if (takeSortOrder(sortKeyForColumn(column), order, m_sort, m_descending))
        request();
}

std::optional<SecretSort> SecretsListModel::sortKeyForColumn(int column)
{
    switch (column) {
    case NameColumn: return SecretSort::Name;
    case StoreColumn: return SecretSort::Store;
    case LocationColumn: return SecretSort::Location;
    case TypeColumn: return SecretSort::Type;
    case AgeColumn: return SecretSort::Age;
    case UsesColumn: return SecretSort::Uses;
    case DueColumn: return SecretSort::Due;
    default: return std::nullopt;
    }
}

void SecretsListModel::request()
{
    const SecretFilter filter = effectiveFilter();
    m_now = filter.now;
    const SecretSort sort = m_sort;
    const bool descending = m_descending;
    startRequest({
        [filter, sort, descending](SecretsLoader &loader, quint64 generation, qint64 offset, int limit, qint64,
                                   std::vector<SecretRow> &rows, QString &error) {
            return loader.page(generation, filter, sort, descending, offset, limit, rows, error);
        },
        [filter](SecretsLoader &loader, quint64 generation, qint64 &total, QString &error) {
            return loader.count(generation, filter, total, error);
        },
    });
}

void SecretsListModel::loadFacts(std::function<void(SecretsFacts)> done)
{
    SecretsLoader *loader = this->loader();
    QPointer<SecretsListModel> self(this);
    const SecretFilter filter = effectiveFilter();
    post([loader, self, filter, done = std::move(done)]() mutable {
        SecretsFacts facts = loader->facts(filter);
        QMetaObject::invokeMethod(self, [self, facts = std::move(facts), done = std::move(done)]() mutable {
            if (self)
                done(std::move(facts));
        }, Qt::QueuedConnection);
    });
}

void SecretsListModel::loadDetail(std::int64_t id, std::function<void(std::optional<SecretRow>, QString)> done)
{
    SecretsLoader *loader = this->loader();
    QPointer<SecretsListModel> self(this);
    post([loader, self, id, done = std::move(done)]() mutable {
        QString error;
        std::optional<SecretRow> row = loader->detail(id, error);
        QMetaObject::invokeMethod(self, [self, row = std::move(row), error, done = std::move(done)]() mutable {
            if (self)
                done(std::move(row), error);
        }, Qt::QueuedConnection);
    });
}

int SecretsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecretsListModel::display(const SecretRow &r, int column) const
{
    const SecretRecord &s = r.secret;
    switch (column) {
    case NameColumn: return q(s.name);
    case StoreColumn: return secretstext::storeTitle(s.store);
    case OriginColumn: return q(s.origin);
    case LocationColumn: return q(s.location);
    case TypeColumn: return s.type.empty() ? QStringLiteral("—") : q(s.type);
    case AgeColumn: return secretstext::ageText(r, m_now);
    case AgeSourceColumn: return secretstext::ageSourceTitle(s.ageSource);
    case UsesColumn: return secretstext::usesText(r);
    case HowUsedColumn: return secretstext::howUsedText(r);
    case DueColumn: return secretstext::dueText(r, m_now);
    default: return {};
    }
}

QVariant SecretsListModel::toolTip(const SecretRow &r, int column) const
{
    const SecretRecord &s = r.secret;
    switch (column) {
    case NameColumn: {
        QStringList lines{secretstext::secretPath(s)};
        if (!s.owner.empty())
            lines << tr("Owner: %1").arg(q(s.owner));
        if (!s.serviceAccount.empty())
            lines << tr("Token of service account %1").arg(q(s.serviceAccount));
        if (r.collectedAt > 0)
            lines << tr("Collected %1").arg(secretstext::dateTimeText(r.collectedAt));
        return lines.join(QLatin1Char('\n'));
    }
    case AgeColumn: return secretstext::ageToolTip(r, m_now);
    case AgeSourceColumn: {
        QString text = secretstext::ageSourceExplanation(s.ageSource);
        if (!s.ageDetail.empty())
            text = q(s.ageDetail) + QLatin1Char('\n') + text;
        return text;
    }
    case UsesColumn:
        if (s.store != SecretStoreKind::Kubernetes)
            return tr("Workload usage is known for Kubernetes secrets only");
        if (!s.usageKnown)
            return tr("Unknown: not every workload kind could be listed in the last collection");
        return r.useCount == 0 ? tr("No workload uses this secret") : tr("%n workloads use it (the detail lists them)", nullptr, r.useCount);
    case HowUsedColumn:
        return r.viaEnv ? tr("Read through environment variables: mount it as a volume instead (SEC-5)") : QVariant();
    case DueColumn:
        if (r.dueAt)
            return tr("Due %1 (%2)").arg(secretstext::dateText(*r.dueAt), q(r.policyReason));
        return r.policyDays ? tr("No due date: the age is unknown") : tr("Not evaluated yet: the next collection or evaluation judges it");
    default: return {};
    }
}

QVariant SecretsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecretRow *r = fetchRow(index.row());
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case LoadedRole: return true;
    case SecretIdRole: return QVariant::fromValue<qint64>(r->id);
    case AgeStateRole: return static_cast<int>(secretstext::ageState(*r, m_now));
    case AgeDaysRole:
        if (r->secret.lastChangeAt <= 0 || r->secret.ageSource == AgeSource::Unknown)
            return {};
        return secretstext::ageDays(r->secret.lastChangeAt, m_now);
    case PolicyDaysRole: return r->policyDays ? QVariant(*r->policyDays) : QVariant();
    case OverdueRole: return secretstext::isOverdue(*r, m_now);
    case Qt::DisplayRole: return display(*r, index.column());
    case Qt::ToolTipRole: return toolTip(*r, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == AgeColumn)
            return secretstext::ageToolTip(*r, m_now);
        return display(*r, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == UsesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && secretstext::isOverdue(*r, m_now))
            return secretstext::ageColor(secretstext::AgeState::Overdue);
        return {};
    default: return {};
    }
}

QVariant SecretsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LocationColumn: return tr("Kubernetes namespace, Vault mount or the inventory's store");
        case AgeColumn:
            return tr("Time since the last change against the rotation interval: green under 75%, amber up to "
                      "100%, red overdue; grey with a dashed end when only the creation time is known");
        case AgeSourceColumn: return tr("Where the age comes from, most trustworthy first: version history, inventory, "
                                        "annotation, managedFields, creation only");
        case UsesColumn: return tr("Workloads using the secret (Kubernetes)");
        case DueColumn: return tr("When the next rotation is due under the policy");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Secret");
    case StoreColumn: return tr("Store");
    case OriginColumn: return tr("Origin");
    case LocationColumn: return tr("Namespace / mount");
    case TypeColumn: return tr("Type");
    case AgeColumn: return tr("Age");
    case AgeSourceColumn: return tr("Age from");
    case UsesColumn: return tr("Used by");
    case HowUsedColumn: return tr("How used");
    case DueColumn: return tr("Next due");
    default: return {};
    }
}

} // namespace bulkhead::ui
