#pragma once

#include "review/reviewdiff.h"

#include <nlohmann/json.hpp>

#include <string>

namespace bulkhead {

// The whole review as JSON (bulkheadctl review diff --format json): times as ISO 8601, statuses,
// areas and severities by name, every list with its items' page and filter.
nlohmann::ordered_json reviewDiffJson(const ReviewDiff &diff);

// What a sign-off keeps of the review it signs (weekly_reviews.summary): the scores, the number of
// control changes and the count of each list, and the coverage changes by source.
std::string reviewSummaryJson(const ReviewDiff &diff);

} // namespace bulkhead
