#include "images/imagetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace bulkhead::ui::imagetext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImageText", text);
}

QString plural(qint64 n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(QLocale().toString(n));
}

} // namespace

QString signature(SignatureState state)
{
    switch (state) {
    case SignatureState::Unsigned: return tr("Unsigned");
    case SignatureState::SignedNotVerified: return tr("Signed, not verified");
    case SignatureState::Verified: return tr("Verified");
    case SignatureState::Invalid: return tr("Invalid");
    }
    return {};
}

QColor signatureColor(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified: return QColor(0x15, 0x80, 0x3d);
    case SignatureState::Invalid: return QColor(0xb9, 0x1c, 0x1c);
    case SignatureState::SignedNotVerified: return QColor(0xb4, 0x53, 0x09);
    case SignatureState::Unsigned: break;
    }
    return QColor(0x6b, 0x72, 0x80);
}

QString signatureSymbol(SignatureState state)
{
    switch (state) {
    case SignatureState::Verified: return QStringLiteral("\u2713");
    case SignatureState::Invalid: return QStringLiteral("\u2717");
    case SignatureState::SignedNotVerified: return QStringLiteral("?");
    case SignatureState::Unsigned: break;
    }
    return QStringLiteral("\u2013");
}

QString age(std::int64_t t, std::int64_t now)
{
    if (t <= 0)
        return {};
    const qint64 s = std::max<qint64>(0, now - t);
    const qint64 days = s / 86400;
    if (days == 0) {
        const qint64 hours = s / 3600;
        return hours == 0 ? tr("just now") : plural(hours, "1 hour", "%1 hours");
    }
    if (days < 60)
        return plural(days, "1 day", "%1 days");
    if (days < 730)
        return plural(days / 30, "1 month", "%1 months");
    return plural(days / 365, "1 year", "%1 years");
}

QString size(std::int64_t bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes) : QString();
}

QString shortDigest(const std::string &digest)
{
    const QString d = QString::fromStdString(digest);
    const qsizetype colon = d.indexOf(QLatin1Char(':'));
    // Algorithm and 12 hex digits, as docker and skopeo print them: enough to tell images apart.
    return colon < 0 ? d.left(12) : d.left(colon + 1 + 12);
}

QString sbom(const std::string &format, std::int64_t created, std::int64_t now)
{
    if (format.empty())
        return tr("none");
    const QString name = QString::fromStdString(format) == QLatin1String("cyclonedx") ? QStringLiteral("CycloneDX")
                                                                                      : QString::fromStdString(format).toUpper();
    const QString a = age(created, now);
    return a.isEmpty() ? name : tr("%1 · %2").arg(name, a);
}

bool runsAsRoot(const std::string &user)
{
    // Same reading as ImageConfigInfo::runsAsRoot: no User, or uid 0 / root with any group.
    const QString u = QString::fromStdString(user).trimmed();
    if (u.isEmpty())
        return true;
    const QString name = u.section(QLatin1Char(':'), 0, 0);
    return name == QLatin1String("0") || name == QLatin1String("root");
}

QString user(const std::string &user)
{
    return user.empty() ? tr("root (default)") : QString::fromStdString(user);
}

} // namespace bulkhead::ui::imagetext
