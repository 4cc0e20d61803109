#pragma once

#include "review/reviewdiff.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace bulkhead {

class Database;

// What a weekly review compares with, and from when.
struct ReviewBaseline {
    std::int64_t since = 0;           // the window's start: the baseline snapshot's time, or the chosen date
    std::optional<Snapshot> snapshot; // empty: no snapshot that old
    std::int64_t signoffId = 0;       // the sign-off whose snapshot it is (0: none)
};

// `since` 0: the last sign-off's snapshot, or with none the oldest snapshot (nothing stored:
// since 0, no snapshot). Otherwise the newest snapshot at or before `since`.
ReviewBaseline resolveReviewBaseline(const Database &db, std::int64_t since);

// Everything of buildReviewDiff after the posture was assessed: `current` (captured at `now`,
// not written) against the baseline resolved from `since`. buildReviewDiff calls it; so do tests
// that hand-build the assessment.
ReviewDiff compareWithBaseline(const Database &db, Snapshot current, std::int64_t since, std::int64_t now);

// Sources of the baseline that are gone, failing or silent now, and sources new since it (all of
// them "new" when there is no baseline). The findings of a source that stopped reporting are still
// in the store, unresolved: the detail says so, so that a smaller count is never read as fixed.
std::vector<CoverageChange> coverageChanges(const Database &db, const std::optional<Snapshot> &baseline,
                                            const Snapshot &current);

// Lists of the review hold at most this many items (the totals say how many there are).
inline constexpr int kReviewListCap = 200;
// Risk acceptances, attestations and drills falling due within this window count as "soon".
inline constexpr std::int64_t kReviewSoonSeconds = 14 * 86400;

} // namespace bulkhead
