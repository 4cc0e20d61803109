#pragma once

#include "model/findingstatus.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// A triage decision applied to one or many findings at once.
struct TriageChange {
    std::optional<FindingStatus> status; // Open reopens; Resolved is not a human decision
    std::string justification;           // required for RiskAccepted and FalsePositive
    std::int64_t expiresAt = 0;          // required for RiskAccepted (unix seconds, in the future)
    std::optional<std::string> assignee; // "" clears
    std::string note;                    // free comment, recorded in the history
    std::string actor;                   // OS user name
    std::int64_t at = 0;                 // unix seconds
};

// Writes triage decisions; every change is appended to triage_history. Uses the writer connection.
class TriageRepository
{
public:
    explicit TriageRepository(Database &db) : m_db(db) {}

    // Validates, then applies to all ids in one transaction; returns how many findings changed.
    // Throws StoreError (nothing changed) for an invalid change or unknown ids.
    std::int64_t apply(const std::vector<std::int64_t> &findingIds, const TriageChange &change);
    // Looks up finding ids by fingerprint (16 hex digits); unknown ones are returned in `missing`.
    std::vector<std::int64_t> idsForFingerprints(const std::vector<std::string> &fingerprints,
                                                 std::vector<std::string> &missing) const;
    // Risk acceptances whose expiry has passed go back to open (with a history entry).
    std::int64_t reopenExpired(std::int64_t now, const std::string &actor);

private:
    Database &m_db;
};

} // namespace bulkhead
