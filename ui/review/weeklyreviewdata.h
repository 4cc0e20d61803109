#pragma once

#include "review/reviewdiff.h"
#include "store/signoffrepository.h"

#include <QMetaType>

#include <cstdint>
#include <vector>

namespace bulkhead::ui {

// What the Weekly review page shows, read in one go on the loader's thread: the diff against the
// chosen baseline and the sign-off history.
struct WeeklyReviewData {
    bool storeMissing = false;     // no store file yet: nothing imported, nothing to review
    std::int64_t requestedSince = 0; // 0: since the last sign-off; else the chosen moment
    ReviewDiff diff;
    std::vector<Signoff> history;  // newest first
    qint64 elapsedMs = 0;          // how long the read took (shown in a tooltip)
};

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::WeeklyReviewData)
