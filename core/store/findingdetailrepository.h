#pragma once

#include "store/database.h"
#include "store/findingdetail.h"

#include <cstdint>
#include <optional>

namespace bulkhead {

// Reads everything about one finding for the detail pane. Each query is a primary-key or index
// lookup (findings_rule for "affected elsewhere", triage_history_finding for the history), so a
// load costs about the same on a million-finding store as on a small one. Use it on a read
// connection of the calling thread.
class FindingDetailRepository
{
public:
    explicit FindingDetailRepository(const Database &db) : m_db(db) {}

    // nullopt when no finding has that id (deleted, or another store). `maxAffected` caps the
    // rows of other findings of the same rule; the counts are always complete.
    std::optional<FindingDetail> load(std::int64_t findingId, int maxAffected = 50) const;

private:
    void loadReport(std::int64_t reportId, FindingSourceReport &out) const;
    void loadDecision(FindingDetail &d) const;
    void loadHistory(FindingDetail &d) const;
    void loadAffected(std::int64_t ruleId, FindingDetail &d, int maxAffected) const;
    std::vector<std::string> toolNames(std::int64_t toolMask) const;

    const Database &m_db;
};

} // namespace bulkhead
