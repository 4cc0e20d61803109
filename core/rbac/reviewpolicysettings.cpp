#include "rbac/reviewpolicysettings.h"

#include <QSettings>

namespace bulkhead {

namespace {

constexpr char kIntervalKey[] = "rbac/reviewIntervalDays";
constexpr char kHighRiskIntervalKey[] = "rbac/highRiskReviewIntervalDays";

// A missing, unreadable or non-positive value reads as the default: an interval of 0 days would
// make every binding due the moment it is reviewed.
int readDays(const QSettings &s, const char *key, int fallback)
{
    bool ok = false;
    const int days = s.value(QLatin1String(key)).toInt(&ok);
    return ok && days >= 1 ? days : fallback;
}

} // namespace

ReviewPolicy loadReviewPolicy()
{
    const QSettings s;
    const ReviewPolicy defaults;
    ReviewPolicy p;
    p.intervalDays = readDays(s, kIntervalKey, defaults.intervalDays);
    p.highRiskIntervalDays = readDays(s, kHighRiskIntervalKey, defaults.highRiskIntervalDays);
    return p;
}

void saveReviewPolicy(const ReviewPolicy &policy)
{
    QSettings s;
    s.setValue(QLatin1String(kIntervalKey), policy.intervalDays);
    s.setValue(QLatin1String(kHighRiskIntervalKey), policy.highRiskIntervalDays);
}

} // namespace bulkhead
