#pragma once

#include "review/reviewdiff.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// A list of the weekly review as read: at most `limit` items, and how many there are in all.
struct ReviewList {
    std::vector<ReviewItem> items;
    std::int64_t total = 0;
};

// The failed runs of one collected source after a moment (coverage: "3 runs failed since: ...").
struct SourceFailures {
    int failedRuns = 0;
    std::string lastError; // the newest failed run's error
    std::int64_t lastFailedAt = 0;
};

// The store reads of the weekly review (buildReviewDiff), each a bounded query: SQL lives here.
// Windows are half-open as ReviewDiff documents them. Use on a read connection off the GUI thread.
class ReviewQueries
{
public:
    explicit ReviewQueries(const Database &db) : m_db(db) {}

    // Critical and high findings first seen in (since, now] and still open (open or confirmed),
    // worst and newest first.
    ReviewList newFindings(std::int64_t since, std::int64_t now, int limit) const;
    // Critical and high findings a newer scan resolved in (since, now], newest first.
    ReviewList resolvedFindings(std::int64_t since, std::int64_t now, int limit) const;
    // RBAC bindings created in (since, now], or reviewed once and changed since that review
    // (roleRef or subjects, or re-created), worst risk first.
    ReviewList bindings(std::int64_t since, std::int64_t now, int limit) const;
    // Secrets whose rotation fell due in (since, now], earliest first.
    ReviewList secretsOverdue(std::int64_t since, std::int64_t now, int limit) const;
    // Risk acceptances of unresolved findings ending in [from, to), soonest first.
    ReviewList acceptancesExpiring(std::int64_t from, std::int64_t to, int limit) const;

    // The failed runs of the registry/cluster/vault source `name` after `since`.
    SourceFailures failuresSince(const std::string &name, std::int64_t since) const;
    // The id of the oldest snapshot; nullopt when there is none.
    std::optional<std::int64_t> oldestSnapshotId() const;

private:
    const Database &m_db;
};

} // namespace bulkhead
