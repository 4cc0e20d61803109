#include "secrets/secretstext.h"

#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <cmath>

namespace bulkhead::ui::secretstext {

namespace {

// The Secrets view's words: a class of their own so that lupdate files them under the context tr()
// looks up at run time.
class SecretsText
{
    Q_DECLARE_TR_FUNCTIONS(SecretsText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr double kDay = 86400.0;

} // namespace

double ageDays(std::int64_t from, std::int64_t now)
{
    if (from <= 0 || now <= from)
        return 0;
    return std::floor(static_cast<double>(now - from) / kDay);
}

AgeState ageState(const SecretRow &row, std::int64_t now)
{
    const SecretRecord &s = row.secret;
    if (s.lastChangeAt <= 0 || s.ageSource == AgeSource::Unknown)
        return AgeState::Unknown;
    // Creation time only: whatever the policy says, the bar cannot claim a colour it does not know.
    if (s.ageSource == AgeSource::CreationOnly)
        return AgeState::LowerBound;
    if (!row.policyDays)
        return AgeState::NotEvaluated;
    if (*row.policyDays <= 0)
        return AgeState::Overdue; // no age is acceptable (a service-account token by default)
    const double fraction = static_cast<double>(now - s.lastChangeAt) / (*row.policyDays * kDay);
    if (fraction >= 1.0)
        return AgeState::Overdue;
    return fraction >= 0.75 ? AgeState::Ageing : AgeState::Fresh;
}

QColor ageColor(AgeState state)
{
    switch (state) {
    case AgeState::Fresh: return QColor(0x15, 0x80, 0x3d);
    case AgeState::Ageing: return QColor(0xd9, 0x77, 0x06);
    case AgeState::Overdue: return QColor(0xb9, 0x1c, 0x1c);
    case AgeState::LowerBound:
    case AgeState::NotEvaluated:
    case AgeState::Unknown: break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

QString ageStateName(AgeState state)
{
    switch (state) {
    case AgeState::Fresh: return SecretsText::tr("within policy");
    case AgeState::Ageing: return SecretsText::tr("due soon");
    case AgeState::Overdue: return SecretsText::tr("overdue");
    case AgeState::LowerBound: return SecretsText::tr("age is an upper bound");
    case AgeState::NotEvaluated: return SecretsText::tr("not evaluated yet");
    case AgeState::Unknown: break;
    }
    return SecretsText::tr("age unknown");
}

QString storeTitle(SecretStoreKind store)
{
    switch (store) {
    case SecretStoreKind::Kubernetes: return SecretsText::tr("Kubernetes");
    case SecretStoreKind::Vault: return SecretsText::tr("Vault");
    case SecretStoreKind::Inventory: return SecretsText::tr("Inventory");
    }
    return {};
}

QString locationTitle(SecretStoreKind store)
{
    switch (store) {
    case SecretStoreKind::Kubernetes: return SecretsText::tr("Namespace");
    case SecretStoreKind::Vault: return SecretsText::tr("Mount");
    case SecretStoreKind::Inventory: return SecretsText::tr("Store");
    }
    return {};
}

QString ageSourceTitle(AgeSource source)
{
    // The store's names (ageSourceName) are for programs; these are for people.
    switch (source) {
    case AgeSource::VersionHistory: return SecretsText::tr("version history", "where a secret's age comes from");
    case AgeSource::Inventory: return SecretsText::tr("inventory", "where a secret's age comes from");
    case AgeSource::Annotation: return SecretsText::tr("annotation", "where a secret's age comes from");
    case AgeSource::ManagedFields: return QStringLiteral("managedFields"); // the Kubernetes field's name
    case AgeSource::CreationOnly: return SecretsText::tr("creation only", "where a secret's age comes from");
    case AgeSource::Unknown: break;
    }
    return SecretsText::tr("unknown", "where a secret's age comes from");
}

QString ageSourceExplanation(AgeSource source)
{
    switch (source) {
    case AgeSource::VersionHistory:
        return SecretsText::tr("Vault's version history: the time the current version was written.");
    case AgeSource::Inventory: return SecretsText::tr("The inventory's \"last rotated\" column: what its owner states.");
    case AgeSource::Annotation: return SecretsText::tr("A rotation annotation on the Secret holding the time of the last rotation.");
    case AgeSource::ManagedFields:
        return SecretsText::tr("The newest managedFields entry that wrote data or stringData: the last write of the data through "
                  "the API server.");
    case AgeSource::CreationOnly:
        return SecretsText::tr("Only the creation time is known, and Kubernetes does not move it on update: the last change was "
                  "on or after this date, so the secret is at most this old.");
    case AgeSource::Unknown: break;
    }
    return SecretsText::tr("No usable time: the age is unknown.");
}

QString ageText(const SecretRow &row, std::int64_t now)
{
    if (row.secret.lastChangeAt <= 0 || row.secret.ageSource == AgeSource::Unknown)
        return {};
    const QString days = SecretsText::tr("%1 d").arg(i18n::localNumber(static_cast<qint64>(ageDays(row.secret.lastChangeAt, now))));
    return row.secret.ageSource == AgeSource::CreationOnly ? QStringLiteral("≤ ") + days : days;
}

QString ageToolTip(const SecretRow &row, std::int64_t now)
{
    const SecretRecord &s = row.secret;
    QStringList lines;
    if (s.lastChangeAt <= 0 || s.ageSource == AgeSource::Unknown) {
        lines << SecretsText::tr("Age unknown: no usable time.");
    } else if (s.ageSource == AgeSource::CreationOnly) {
        lines << SecretsText::tr("Last changed on or after %1: at most %Ln days old", nullptr,
                    static_cast<int>(ageDays(s.lastChangeAt, now)))
                     .arg(dateText(s.lastChangeAt));
    } else {
        lines << SecretsText::tr("Last changed %1: %Ln days old", nullptr, static_cast<int>(ageDays(s.lastChangeAt, now)))
                     .arg(dateText(s.lastChangeAt));
    }
    QString signal = SecretsText::tr("Age from: %1").arg(ageSourceTitle(s.ageSource));
    if (!s.ageDetail.empty())
        signal += QStringLiteral(" (%1)").arg(q(s.ageDetail));
    lines << signal;
    if (row.policyDays) {
        lines << SecretsText::tr("Policy: rotate every %Ln days (%1)", nullptr, *row.policyDays).arg(q(row.policyReason));
        lines << SecretsText::tr("Due: %1 · %2").arg(row.dueAt ? dateText(*row.dueAt) : QStringLiteral("—"), dueText(row, now));
    } else {
        lines << SecretsText::tr("Policy: not evaluated yet");
    }
    return lines.join(QLatin1Char('\n'));
}

bool isOverdue(const SecretRow &row, std::int64_t now)
{
    return row.dueAt && *row.dueAt <= now;
}

QString dueText(const SecretRow &row, std::int64_t now)
{
    if (!row.policyDays)
        return SecretsText::tr("not evaluated");
    if (!row.dueAt)
        return QStringLiteral("—");
    const std::int64_t due = *row.dueAt;
    if (due <= now) {
        const auto days = static_cast<qint64>(ageDays(due, now));
        return days == 0 ? SecretsText::tr("overdue today") : SecretsText::tr("%1 d overdue").arg(i18n::localNumber(days));
    }
    const auto days = static_cast<qint64>(std::ceil(static_cast<double>(due - now) / kDay));
    return SecretsText::tr("in %1 d").arg(i18n::localNumber(days));
}

QString usesText(const SecretRow &row)
{
    if (row.secret.store != SecretStoreKind::Kubernetes)
        return QStringLiteral("—");
    if (!row.secret.usageKnown)
        return QStringLiteral("?");
    return QString::number(row.useCount);
}

QString howUsedText(const SecretRow &row)
{
    QStringList how;
    if (row.viaEnv)
        how << SecretsText::tr("env");
    if (row.viaVolume)
        how << SecretsText::tr("volume");
    return how.isEmpty() ? QStringLiteral("—") : how.join(QStringLiteral(", "));
}

QString dateText(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("—");
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).date());
}

QString dateTimeText(std::int64_t unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("—");
    // In UTC, said so: the date as the locale writes it, the time as both 24-hour conventions agree.
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
    return QStringLiteral("%1 %2 UTC").arg(i18n::localDate(utc.date()), utc.time().toString(QStringLiteral("HH:mm")));
}

QString secretPath(const SecretRecord &secret)
{
    return QStringLiteral("%1 %2/%3/%4")
        .arg(QString::fromLatin1(secretStoreKindName(secret.store)), q(secret.origin), q(secret.location), q(secret.name));
}

} // namespace bulkhead::ui::secretstext
