#pragma once

#include "analysis/slapolicy.h"
#include "store/posturerepository.h"
#include "store/snapshotrepository.h"
#include "store/trendrepository.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace bulkhead::ui {

// Everything the overview page shows, read in one go on the loader's thread.
struct OverviewData {
    bool storeMissing = false;       // no store file yet: nothing imported
    PostureSummary posture;
    std::vector<TrendPoint> trend;
    std::vector<SnapshotRepository::ScorePoint> scoreTrend; // posture score per day; empty before the first snapshot
    SlaPolicy sla;                   // what `posture.overdue` was computed with
    std::int64_t now = 0;            // the reference time of the counts (unix s)
    int expiryWindowDays = 14;
    qint64 elapsedMs = 0;            // how long the read took (shown in a tooltip)

    // Nothing imported yet. Every finding comes from a report and every report is a trend point,
    // so no point means no data (a store of clean scans has points, all at zero).
    bool empty() const { return trend.empty(); }
    std::int64_t openTotal() const;
};

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::OverviewData)
