#pragma once

#include "analysis/slapolicy.h"
#include "store/database.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// One asset ranked by the weight of what is still open on it.
struct AssetRisk {
    std::int64_t assetId = 0;
    std::string name;
    std::int64_t score = 0;                 // 10 per critical, 5 per high, 2 per medium, 1 per low
    std::array<std::int64_t, 6> openBySeverity{}; // indexed by Severity
};

// The numbers an overview shows. "Open" means open or confirmed: not resolved and not decided
// away (false positive, accepted risk, mitigated).
struct PostureSummary {
    std::array<std::int64_t, 6> openBySeverity{}; // indexed by Severity
    std::int64_t overdue = 0;                     // open past their SLA due date
    std::int64_t acceptancesExpiringSoon = 0;     // risk acceptances ending within the window
    std::vector<AssetRisk> topAssets;             // worst first
};

// Aggregates for the overview, computed in SQLite. Use it on a read connection off the GUI thread.
class PostureRepository
{
public:
    explicit PostureRepository(const Database &db) : m_db(db) {}

    PostureSummary summary(const SlaPolicy &sla, std::int64_t now, int expiryWindowDays = 14,
                           int topAssetCount = 10) const;

private:
    const Database &m_db;
};

} // namespace bulkhead
