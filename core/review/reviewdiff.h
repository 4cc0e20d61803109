#pragma once

#include "controls/controlarea.h"
#include "controls/controlstatus.h"
#include "model/severity.h"
#include "review/snapshot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class Database;
struct EvidenceSettings;

// One line of a review list, with where the UI goes to see it (EvidenceLink-like page + filter).
struct ReviewItem {
    std::string title;   // "CVE-2024-1234 in shop/api:1.4 (openssl 3.0.2)"
    std::string detail;  // "critical, first seen 2026-11-24"
    Severity severity = Severity::Unknown;
    std::int64_t at = 0; // the moment it happened / falls due
    std::string page, filter;
};

struct ControlChange {
    std::string control;
    ControlStatus before = ControlStatus::NotAssessed, after = ControlStatus::NotAssessed;
};

// A source that reported at the baseline and has not since: gone (removed), failed, or silent
// (no successful run/report after the baseline). Called out so that the findings it no longer
// delivers are never read as fixed.
struct CoverageChange {
    std::string source;  // SnapshotSource::key
    std::string change;  // "gone", "failing", "silent", "new"
    std::string detail;  // "last complete run 2026-11-20; 3 runs failed since: 401 Unauthorized"
    std::int64_t itemsBefore = 0, itemsNow = 0;
};

// What the weekly review shows: now against the baseline (the last sign-off's snapshot, or the
// newest snapshot at or before a chosen date).
struct ReviewDiff {
    std::int64_t since = 0, now = 0;
    std::optional<Snapshot> baseline; // empty: no snapshot that old; everything reads as new
    Snapshot current;                 // captured now (not written)
    std::optional<double> scoreBefore, scoreNow;
    std::vector<std::pair<ControlArea, std::pair<std::optional<double>, std::optional<double>>>> areaScores;
    std::vector<ControlChange> controlChanges;
    std::vector<ReviewItem> newFindings;       // critical and high first seen after `since`
    std::vector<ReviewItem> resolvedFindings;  // critical and high resolved after `since`
    std::int64_t newFindingsTotal = 0, resolvedFindingsTotal = 0; // lists are capped (200 each)
    std::vector<ReviewItem> bindings;          // RBAC bindings created or changed since (vs. their last review)
    std::vector<ReviewItem> secretsOverdue;    // secrets whose due date fell in (since, now]
    std::vector<ReviewItem> acceptancesExpiring; // risk acceptances ending in [now, now + 14 days)
    // The three lists above are capped too (200 each); these are their full counts.
    std::int64_t bindingsTotal = 0, secretsOverdueTotal = 0, acceptancesExpiringTotal = 0;
    std::vector<ReviewItem> attestationsExpiring; // attestations ending in [now, now + 14 days)
    std::vector<ReviewItem> drillsDue;         // drills overdue or due within 14 days; open drill actions past due
    std::vector<CoverageChange> coverage;
};

// Builds the diff; `since` 0 = the last sign-off (or, with none, the oldest snapshot). Reads
// only; off the GUI thread.
ReviewDiff buildReviewDiff(const Database &db, const EvidenceSettings &settings, std::int64_t since, std::int64_t now);

} // namespace bulkhead
