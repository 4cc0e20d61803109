#pragma once

#include "store/database.h"
#include "store/findingfilter.h"
#include "store/findinglistsql.h"
#include "store/findingquery.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

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

enum class FindingGroupBy { Rule, Asset, Package };

// One group of the "group by" list: every finding of the filter with this rule/asset/package.
struct FindingGroup {
    std::int64_t id = 0;       // rules/assets/packages id (0: findings without a package)
    std::string label;         // rule key, asset name or package name
    std::string detail;        // rule title, asset namespace, package type
    std::int64_t count = 0;
    Severity worst = Severity::Unknown;
};

// Values a filter bar offers, read from the store.
struct FindingFilterChoices {
    std::vector<std::string> sources;
    std::vector<std::string> namespaces;
    std::vector<std::string> controls;
};

// Read access to findings. Use it on a read connection of the calling thread.
class FindingRepository
{
public:
    explicit FindingRepository(const Database &db) : m_db(db) {}

    // Matching findings; with `cap` >= 0 counting stops there (a cheap "at least" for large results).
    std::int64_t count(const FindingFilter &filter, std::int64_t cap = -1) const;
    // Rows [offset, offset + limit) of the sorted, filtered list. `knownCount` (the count() of the
    // same filter, -1 if unknown) lets deep pages be read from the end of the list in reverse.
    std::vector<FindingRow> rows(const FindingFilter &filter, const FindingSort &sort, std::int64_t offset,
                                 std::int64_t limit, std::int64_t knownCount = -1) const;
    // Ids of rows [offset, offset + limit) in the same order (for acting on a selection).
    std::vector<std::int64_t> ids(const FindingFilter &filter, const FindingSort &sort, std::int64_t offset,
                                  std::int64_t limit) const;
    // Streams every matching row in order; the callback returns false to stop.
    void forEach(const FindingFilter &filter, const FindingSort &sort,
                 const std::function<bool(const FindingRow &)> &callback) const;
    // The largest groups first (ties by label), at most `limit`.
    std::vector<FindingGroup> groups(const FindingFilter &filter, FindingGroupBy by, int limit) const;
    FindingFilterChoices filterChoices() const;
    FindingStats stats() const;

private:
    FindingListSql sql(const FindingFilter &filter, const FindingSort &sort, bool orderedWalk,
                       bool withColumns = false) const;
    bool manyMatch(const FindingFilter &filter) const;
    std::vector<std::int64_t> orderedIds(const FindingFilter &filter, const FindingSort &sort, std::int64_t offset,
                                         std::int64_t limit, bool reverse, bool orderedWalk) const;
    std::vector<FindingRow> rowsById(const std::vector<std::int64_t> &ids) const;

    const Database &m_db;
};

} // namespace bulkhead
