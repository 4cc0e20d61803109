#pragma once

#include "controls/controlstatus.h"
#include "review/reviewdiff.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <optional>

namespace bulkhead::ui::weeklytext {

// The Weekly review page's wording, in one place: scores, their change, statuses and sources.

QString score(std::optional<double> value);                            // "78", "—" when not assessed
QString delta(std::optional<double> before, std::optional<double> now); // "+6", "−3", "±0"; empty when unknown
// Green when the score rose, red when it fell; an invalid colour when there is nothing to say.
QColor deltaColor(std::optional<double> before, std::optional<double> now);
QString status(ControlStatus status); // "pass", "not assessed", ...
QString areaTitle(ControlArea area);  // "Build and image security", ...
QString dateTime(std::int64_t unixSeconds);
QString date(std::int64_t unixSeconds);
// "Registry harbor", "Cluster prod", "Vault secrets", "Inventory finance", "Trivy reports".
QString source(const std::string &key);
// "Stopped reporting", "Failing", "No report since the baseline", "New source".
QString coverageChange(const std::string &change);
// A source that went away, fails or stays silent: its findings are not counted as resolved.
bool isCoverageGap(const CoverageChange &change);
// The baseline the diff compared against, for the page's header.
QString baseline(const ReviewDiff &diff, std::int64_t requestedSince, bool anySignoff);

} // namespace bulkhead::ui::weeklytext
