#include "analysis/posturethresholds.h"

#include <QSettings>

#include <algorithm>

namespace bulkhead {

namespace {

constexpr std::int64_t kMiB = 1024 * 1024;

// The stored value when it is a whole number >= 0, else the fallback.
std::int64_t readCount(const QSettings &s, const char *key, std::int64_t fallback)
{
    bool ok = false;
    const qlonglong v = s.value(QLatin1String(key)).toLongLong(&ok);
    return ok && v >= 0 ? v : fallback;
}

int readDays(const QSettings &s, const char *key, int fallback)
{
    // Beyond 100 years a limit means "never", and keeps day arithmetic far from overflow.
    return int(std::min<std::int64_t>(readCount(s, key, fallback), 36500));
}

} // namespace

PostureThresholds loadPostureThresholds()
{
    const QSettings s;
    PostureThresholds t;
    t.maxLayers = int(std::min<std::int64_t>(readCount(s, "posture/maxLayers", t.maxLayers), 100000));
    // Up to 1 PiB: enough for any image, far from overflowing the byte count.
    t.maxSizeBytes = std::min<std::int64_t>(readCount(s, "posture/maxSizeMiB", t.maxSizeBytes / kMiB), 1LL << 30) * kMiB;
    t.maxImageAgeDays = readDays(s, "posture/maxImageAgeDays", t.maxImageAgeDays);
    t.scanMaxAgeDays = readDays(s, "posture/scanMaxAgeDays", t.scanMaxAgeDays);
    t.sbomMaxAgeDays = readDays(s, "posture/sbomMaxAgeDays", t.sbomMaxAgeDays);
    return t;
}

void savePostureThresholds(const PostureThresholds &t)
{
    QSettings s;
    s.setValue(QStringLiteral("posture/maxLayers"), t.maxLayers);
    // Whole MiB, rounded up so that a limit is never saved tighter than it was set.
    s.setValue(QStringLiteral("posture/maxSizeMiB"), qlonglong((t.maxSizeBytes + kMiB - 1) / kMiB));
    s.setValue(QStringLiteral("posture/maxImageAgeDays"), t.maxImageAgeDays);
    s.setValue(QStringLiteral("posture/scanMaxAgeDays"), t.scanMaxAgeDays);
    s.setValue(QStringLiteral("posture/sbomMaxAgeDays"), t.sbomMaxAgeDays);
}

} // namespace bulkhead
