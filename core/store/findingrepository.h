#pragma once

#include "store/database.h"
#include "store/findingquery.h"

#include <functional>
#include <map>
#include <string>

namespace bulkhead {

struct FindingStats {
    std::int64_t total = 0;
    std::map<std::string, std::int64_t> byKind;     // kind name -> count
    std::map<std::string, std::int64_t> bySeverity; // severity name -> count
    std::map<std::string, std::int64_t> byStatus;   // status name -> count
    std::int64_t assets = 0;
    std::int64_t reports = 0;
    std::int64_t rules = 0;
};

// Read access to findings. Use it on a read connection of the calling thread.
class FindingRepository
{
public:
    explicit FindingRepository(const Database &db) : m_db(db) {}

    // Streams the matching findings ordered by severity (worst first), then newest first; the callback
    // returns false to stop early.
    void forEach(const FindingQuery &query, const std::function<bool(const FindingRow &)> &callback) const;
    std::int64_t count(const FindingQuery &query) const;
    FindingStats stats() const;

private:
    const Database &m_db;
};

} // namespace bulkhead
