#include "settings/appsettings.h"

#include "analysis/slapolicysettings.h"
#include "kube/trustedregistries.h"
#include "rbac/reviewpolicysettings.h"

#include <QSettings>

namespace bulkhead::ui {

// The SLA keys live in core (loadSlaPolicy) so that bulkheadctl reads the same values.
SlaPolicy AppSettings::slaPolicy()
{
    return loadSlaPolicy();
}

void AppSettings::setSlaPolicy(const SlaPolicy &policy)
{
    saveSlaPolicy(policy);
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
