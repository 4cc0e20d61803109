#pragma once

#include "rbac/bindingreview.h"

namespace bulkhead {

// The binding review intervals: QSettings keys `rbac/reviewIntervalDays` (default 90) and
// `rbac/highRiskReviewIntervalDays` (default 30), read by the RBAC view and bulkheadctl alike,
// written by the settings dialog. Values below 1 read as the default. `now` is left 0.
ReviewPolicy loadReviewPolicy();
void saveReviewPolicy(const ReviewPolicy &policy);

} // namespace bulkhead
