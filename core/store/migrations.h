#pragma once

#include <string_view>
#include <vector>

namespace bulkhead {

// Numbered schema migrations: entry i (0-based) takes the store from user_version i to i + 1.
// Append only; never edit a released step.
const std::vector<std::string_view> &schemaMigrations();

// Secondary indexes on findings that a large import drops and rebuilds inside its transaction:
// building them once from sorted data beats a million random insertions (measured ~1.6 s of
// index upkeep for 1M rows versus ~0.6 s to rebuild). Part of the current schema: a migration
// that changes one of them must change it here.
struct DeferrableIndex {
    std::string_view name;
    std::string_view create;
};
const std::vector<DeferrableIndex> &deferrableFindingIndexes();

} // namespace bulkhead
