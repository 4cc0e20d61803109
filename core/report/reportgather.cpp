// Placeholder of the issue-9 contract: owner A2 replaces it.
#include "report/reportgather.h"

namespace bulkhead {

bool gatherReport(const Database &, const ReportOptions &, ReportModel &, std::string &error)
{
    error = "report gathering is not built yet";
    return false;
}

void gatherPostureSections(const Database &, const ReportOptions &, std::int64_t, ReportModel &) {}

std::optional<std::int64_t> reportDayEnd(const std::string &) { return std::nullopt; }

} // namespace bulkhead
