#pragma once

#include "review/reviewdiff.h"

#include <string>

namespace bulkhead::ui {

// The figures of a review as signed, stored with the sign-off (Signoff::summary): the scores and
// the count of every section, so that a later reader sees what the lead saw without recomputing
// an old diff. Compact JSON: {"scoreBefore":72.5,"scoreNow":78,"newFindings":3,...}.
std::string reviewSummaryJson(const ReviewDiff &diff);

} // namespace bulkhead::ui
