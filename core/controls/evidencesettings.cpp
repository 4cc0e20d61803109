#include "controls/evidencesettings.h"

#include "analysis/slapolicysettings.h"
#include "rbac/reviewpolicysettings.h"

#include <QSettings>

#include <algorithm>

namespace bulkhead {

namespace {

// A whole number of days >= 1, else the fallback: a limit of 0 days would fail every scan and
// SBOM the moment it is made. Capped at 100 years, far from overflowing day arithmetic.
int readDays(const QSettings &s, const char *key, int fallback)
{
    bool ok = false;
    const qlonglong days = s.value(QLatin1String(key)).toLongLong(&ok);
    return ok && days >= 1 ? int(std::min<qlonglong>(days, 36500)) : fallback;
}

} // namespace

EvidenceSettings loadEvidenceSettings()
{
    const QSettings s;
    EvidenceSettings settings;
    settings.sla = loadSlaPolicy();
    settings.review = loadReviewPolicy();
    settings.scanMaxAgeDays = readDays(s, "controls/scanMaxAgeDays", settings.scanMaxAgeDays);
    settings.sbomMaxAgeDays = readDays(s, "controls/sbomMaxAgeDays", settings.sbomMaxAgeDays);
    return settings;
}

} // namespace bulkhead
