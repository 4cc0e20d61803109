// Placeholder of the issue-9 contract: owner C replaces it.
#include "store/reporthistoryrepository.h"

namespace bulkhead {

std::int64_t ReportHistoryRepository::record(const GeneratedReport &) { return 0; }
std::vector<GeneratedReport> ReportHistoryRepository::list(int, std::int64_t) const { return {}; }
std::int64_t ReportHistoryRepository::count() const { return 0; }

} // namespace bulkhead
