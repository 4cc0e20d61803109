#pragma once

#include "store/database.h"

#include <array>
#include <cstdint>
#include <vector>

namespace bulkhead {

// Open findings by severity at the end of one day.
struct TrendPoint {
    std::int64_t day = 0; // UTC day number (unix seconds / 86400)
    std::array<std::int64_t, 6> openBySeverity{}; // indexed by Severity

    std::int64_t endOfDay() const { return day * 86400 + 86399; }
    std::int64_t total() const;
};

// How the number of open findings developed, rebuilt from import history: a finding counts as
// open at the end of day d when it was first seen on or before d and not resolved by then
// (resolved_at NULL or after d).
//
// Findings that are currently false positive, risk accepted or mitigated are left out of every
// point, not only from the day of the decision: the store keeps each finding's current state, not
// its state per day, and a line that drops whenever triage catches up with old findings would
// read as remediation that never happened. Severity is the current one. A finding resolved and
// reopened counts as open throughout (the store keeps only the latest resolution).
//
// SQL lives here; use it on a read connection off the GUI thread.
class TrendRepository
{
public:
    explicit TrendRepository(const Database &db) : m_db(db) {}

    // One point per distinct day with a scan (reports.scanned_at), oldest first; when there are
    // more than `maxPoints` such days, one per week (the last scan day of each seven days,
    // counted back from the newest). Empty when nothing was imported.
    std::vector<TrendPoint> openBySeverity(int maxPoints = 120) const;

private:
    const Database &m_db;
};

} // namespace bulkhead
