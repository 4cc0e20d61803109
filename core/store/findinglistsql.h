#pragma once

#include "store/findingfilter.h"
#include "store/sqlitestatement.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace bulkhead {

// The SQL behind a filtered, sorted findings list. Kept apart from FindingRepository because the
// plan matters more than the text: at a million rows each sort key needs a query shape SQLite can
// answer by walking an index (a nested loop in the order of the rules/assets index for the
// dictionary columns) instead of sorting everything for every page.
struct FindingListSql {
    using Param = std::variant<std::int64_t, std::string>;

    std::string where;         // " WHERE ..." over findings f only (subqueries for the rest), or ""
    std::string from;          // " FROM ... " (see withColumns)
    std::string orderBy;       // " ORDER BY ..." in the requested direction
    std::string reverseOrderBy; // the same terms in the opposite direction (for the tail of the list)
    std::vector<Param> params; // bound in order to the ? in `where`

    // Binds `params` starting at index 1; returns the next free index.
    int bind(SqliteStatement &st) const;
};

// `orderedWalk`: many rows match: walk the index of the sort order (for rule/title/asset, a nested
// loop from the rules/assets index) and test each row, so the first page costs a few index steps;
// false: few rows match: let the filters' indexes find them, then sort. `withColumns`: `from`
// joins every table kFindingRowColumns reads; otherwise only what the sort needs (for ids).
// `sourceMask`: the tool_mask bits of filter.sources (see FindingRepository).
FindingListSql buildFindingListSql(const FindingFilter &filter, const FindingSort &sort, bool orderedWalk,
                                   bool withColumns, std::uint64_t sourceMask = 0);

// The user's search text as an FTS5 query: every word must occur, the last one as a prefix
// ("log4j cve-2021" -> "log4j" "cve-2021"*); quotes inside words are doubled. Empty when the
// text has no word.
std::string ftsQuery(const std::string &text);

// The columns FindingRepository reads into a FindingRow, in order.
extern const char *const kFindingRowColumns;

} // namespace bulkhead
