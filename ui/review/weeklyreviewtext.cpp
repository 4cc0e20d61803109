#include "review/weeklyreviewtext.h"

#include "controls/controlstext.h"
#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace bulkhead::ui::weeklytext {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files the strings under the macro's context, the one
// tr() looks up at run time.
class WeeklyReviewText
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyReviewText)
};

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
    case ControlStatus::Pass: return WeeklyReviewText::tr("pass");
    case ControlStatus::Partial: return WeeklyReviewText::tr("partial");
    case ControlStatus::Fail: return WeeklyReviewText::tr("fail");
    case ControlStatus::Attested: return WeeklyReviewText::tr("attested");
    case ControlStatus::NotAssessed: break;
    }
    return WeeklyReviewText::tr("not assessed");
}

QString areaTitle(ControlArea area)
{
    return controlstext::areaTitle(area); // one wording (and translation) for both pages
}

QString dateTime(std::int64_t unixSeconds)
{
    return i18n::localDateTime(unixSeconds);
}

QString date(std::int64_t unixSeconds)
{
    return i18n::localDate(unixSeconds);
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
        return WeeklyReviewText::tr("Registry %1").arg(name);
    if (kind == QLatin1String("cluster"))
        return WeeklyReviewText::tr("Cluster %1").arg(name);
    if (kind == QLatin1String("vault"))
        return WeeklyReviewText::tr("Vault %1").arg(name);
    if (kind == QLatin1String("inventory"))
        return WeeklyReviewText::tr("Inventory %1").arg(name);
    if (kind == QLatin1String("scanner"))
        return WeeklyReviewText::tr("%1 reports").arg(name);
    return k;
}

QString coverageChange(const std::string &change)
{
    if (change == "gone")
        return WeeklyReviewText::tr("Stopped reporting");
    if (change == "failing")
        return WeeklyReviewText::tr("Failing");
    if (change == "silent")
        return WeeklyReviewText::tr("No report since the baseline");
    if (change == "new")
        return WeeklyReviewText::tr("New source");
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
            ? WeeklyReviewText::tr("No sign-off yet and no snapshot to compare with: everything reads as new.")
            : WeeklyReviewText::tr("No snapshot as old as %1: everything reads as new.").arg(date(diff.since));
    }
    const QString taken = dateTime(diff.baseline->takenAt);
    if (requestedSince == 0) {
        return anySignoff ? WeeklyReviewText::tr("Compared with the last sign-off's snapshot, %1.").arg(taken)
                          : WeeklyReviewText::tr("No sign-off yet: compared with the oldest snapshot, %1.").arg(taken);
    }
    return WeeklyReviewText::tr("Compared with the newest snapshot at or before %1, taken %2.")
        .arg(date(requestedSince), taken);
}

} // namespace bulkhead::ui::weeklytext
