#include "settings/appsettings.h"

#include "kube/trustedregistries.h"
#include "rbac/reviewpolicysettings.h"

#include <QSettings>

namespace bulkhead::ui {

namespace {
// Severity index -> settings key of its SLA days.
constexpr const char *kSlaKeys[6] = {nullptr, nullptr, "sla/lowDays", "sla/mediumDays", "sla/highDays", "sla/criticalDays"};
} // namespace

SlaPolicy AppSettings::slaPolicy()
{
    QSettings s;
    SlaPolicy policy;
    for (std::size_t i = 0; i < policy.days.size(); ++i) {
        if (kSlaKeys[i])
            policy.days[i] = qBound(0, s.value(QLatin1String(kSlaKeys[i]), policy.days[i]).toInt(), 3650);
    }
    return policy;
}

void AppSettings::setSlaPolicy(const SlaPolicy &policy)
{
    QSettings s;
    for (std::size_t i = 0; i < policy.days.size(); ++i) {
        if (kSlaKeys[i])
            s.setValue(QLatin1String(kSlaKeys[i]), policy.days[i]);
    }
}

PostureThresholds AppSettings::postureThresholds()
{
    return loadPostureThresholds();
}

void AppSettings::setPostureThresholds(const PostureThresholds &thresholds)
{
    savePostureThresholds(thresholds);
}

QStringList AppSettings::trustedRegistries()
{
    QStringList out;
    for (const std::string &r : loadTrustedRegistries())
        out << QString::fromStdString(r);
    return out;
}

void AppSettings::setTrustedRegistries(const QStringList &registries)
{
    // Duplicates dropped here; core trims and drops empty entries.
    std::vector<std::string> out;
    QStringList seen;
    for (const QString &r : registries) {
        const QString t = r.trimmed();
        if (t.isEmpty() || seen.contains(t))
            continue;
        seen << t;
        out.push_back(t.toStdString());
    }
    saveTrustedRegistries(out);
}

ReviewPolicy AppSettings::reviewPolicy()
{
    return loadReviewPolicy();
}

void AppSettings::setReviewPolicy(const ReviewPolicy &policy)
{
    saveReviewPolicy(policy);
}

SecretPolicy AppSettings::secretPolicy()
{
    return loadSecretPolicy();
}

void AppSettings::setSecretPolicy(const SecretPolicy &policy)
{
    saveSecretPolicy(policy);
}

QString AppSettings::lastInventoryFolder()
{
    return QSettings().value(QStringLiteral("import/lastInventoryFolder")).toString();
}

void AppSettings::setLastInventoryFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("import/lastInventoryFolder"), folder);
}

QByteArray AppSettings::headerState(const QString &view)
{
    return QSettings().value(QStringLiteral("views/%1/header").arg(view)).toByteArray();
}

void AppSettings::setHeaderState(const QString &view, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("views/%1/header").arg(view), state);
}

QByteArray AppSettings::splitterState(const QString &view)
{
    return QSettings().value(QStringLiteral("views/%1/splitter").arg(view)).toByteArray();
}

void AppSettings::setSplitterState(const QString &view, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("views/%1/splitter").arg(view), state);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::lastImportFolder()
{
    return QSettings().value(QStringLiteral("import/lastFolder")).toString();
}

void AppSettings::setLastImportFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
}

QString AppSettings::lastPage()
{
    return QSettings().value(QStringLiteral("window/page")).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    QSettings().setValue(QStringLiteral("window/page"), page);
}

} // namespace bulkhead::ui
