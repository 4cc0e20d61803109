#include "analysis/slapolicysettings.h"

#include <QSettings>

namespace bulkhead {

namespace {
// Severity index -> settings key of its SLA days (info and unknown have no deadline).
constexpr const char *kSlaKeys[6] = {nullptr,          nullptr,        "sla/lowDays",
                                     "sla/mediumDays", "sla/highDays", "sla/criticalDays"};
} // namespace

SlaPolicy loadSlaPolicy()
{
    const QSettings s;
    SlaPolicy policy;
    for (std::size_t i = 0; i < policy.days.size(); ++i) {
        if (kSlaKeys[i])
            policy.days[i] = qBound(0, s.value(QLatin1String(kSlaKeys[i]), policy.days[i]).toInt(), 3650);
    }
    return policy;
}

void saveSlaPolicy(const SlaPolicy &policy)
{
    QSettings s;
    for (std::size_t i = 0; i < policy.days.size(); ++i) {
        if (kSlaKeys[i])
            s.setValue(QLatin1String(kSlaKeys[i]), policy.days[i]);
    }
}

} // namespace bulkhead
