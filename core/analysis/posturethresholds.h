#pragma once

#include <cstdint>

namespace bulkhead {

// Limits of the image posture checks (settings page "Posture"). A value of 0 turns its check off.
struct PostureThresholds {
    int maxLayers = 30;                   // BLD-6: more layers than this is a finding
    std::int64_t maxSizeBytes = 1LL << 30; // BLD-1: compressed size (sum of layers); stored in MiB
    int maxImageAgeDays = 180;            // BLD-1: config.created older than this
    int scanMaxAgeDays = 7;               // BLD-2: newest imported scan older than this
    int sbomMaxAgeDays = 90;              // BLD-4: SBOM older than this
    bool operator==(const PostureThresholds &) const = default;
};

// From QSettings() (the application's settings): keys posture/maxLayers, posture/maxSizeMiB,
// posture/maxImageAgeDays, posture/scanMaxAgeDays, posture/sbomMaxAgeDays. A missing, negative or
// non-numeric value falls back to the default above.
PostureThresholds loadPostureThresholds();
void savePostureThresholds(const PostureThresholds &thresholds);

} // namespace bulkhead
