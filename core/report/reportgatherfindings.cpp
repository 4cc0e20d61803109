// Placeholder of the issue-9 contract: owner A1 replaces it.
#include "report/reportgather.h"

namespace bulkhead {

void gatherFindingSections(const Database &, const ReportScope &, std::int64_t, ReportModel &) {}

} // namespace bulkhead
