#include "review/weeklyreviewtext.h"

#include "controls/controlstext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace bulkhead::ui::weeklytext {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WeeklyReview", text);
}

} // namespace

QString score(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 0) : QStringLiteral("—");
}

QString delta(std::optional<double> before, std::optional<double> now)
{
    if (!before || !now)
        return {};
    // Whole points, as the scores are shown: "+0.4" next to "78 → 78" would read as a mistake.
    const long long d = std::llround(*now) - std::llround(*before);
    if (d == 0)
        return QStringLiteral("±0");
    return d > 0 ? QStringLiteral("+%1").arg(d) : QStringLiteral("−%1").arg(-d);
}

QColor deltaColor(std::optional<double> before, std::optional<double> now)
{
    if (!before || !now)
        return {};
    const long long d = std::llround(*now) - std::llround(*before);
    if (d > 0)
        return QColor(0x1e, 0x7d, 0x32);
    if (d < 0)
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QString status(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass: return tr("pass");
    case ControlStatus::Partial: return tr("partial");
    case ControlStatus::Fail: return tr("fail");
    case ControlStatus::Attested: return tr("attested");
    case ControlStatus::NotAssessed: break;
    }
    return tr("not assessed");
}

QString areaTitle(ControlArea area)
{
    return controlstext::areaTitle(area); // one wording (and translation) for both pages
}

QString dateTime(std::int64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds), QLocale::ShortFormat);
}

QString date(std::int64_t unixSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSeconds).date(), QLocale::ShortFormat);
}

QString source(const std::string &key)
{
    const QString k = QString::fromStdString(key);
    const qsizetype colon = k.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return k;
    const QString kind = k.left(colon);
    const QString name = k.mid(colon + 1);
    if (kind == QLatin1String("registry"))
        return tr("Registry %1").arg(name);
    if (kind == QLatin1String("cluster"))
        return tr("Cluster %1").arg(name);
    if (kind == QLatin1String("vault"))
        return tr("Vault %1").arg(name);
    if (kind == QLatin1String("inventory"))
        return tr("Inventory %1").arg(name);
    if (kind == QLatin1String("scanner"))
        return tr("%1 reports").arg(name);
    return k;
}

QString coverageChange(const std::string &change)
{
    if (change == "gone")
        return tr("Stopped reporting");
    if (change == "failing")
        return tr("Failing");
    if (change == "silent")
        return tr("No report since the baseline");
    if (change == "new")
        return tr("New source");
    return QString::fromStdString(change);
}

bool isCoverageGap(const CoverageChange &change)
{
    return change.change != "new";
}

QString baseline(const ReviewDiff &diff, std::int64_t requestedSince, bool anySignoff)
{
    if (!diff.baseline) {
        return requestedSince == 0 && !anySignoff
            ? tr("No sign-off yet and no snapshot to compare with: everything reads as new.")
            : tr("No snapshot as old as %1: everything reads as new.").arg(date(diff.since));
    }
    const QString taken = dateTime(diff.baseline->takenAt);
    if (requestedSince == 0) {
        return anySignoff ? tr("Compared with the last sign-off's snapshot, %1.").arg(taken)
                          : tr("No sign-off yet: compared with the oldest snapshot, %1.").arg(taken);
    }
    return tr("Compared with the newest snapshot at or before %1, taken %2.").arg(date(requestedSince), taken);
}

} // namespace bulkhead::ui::weeklytext
