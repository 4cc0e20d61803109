#pragma once

#include "report/listexport.h"
#include "store/workloadrepository.h"

namespace bulkhead::workloadsexport {

// The columns of the workloads list (one CSV column per workload check), shared by
// `bulkheadctl workloads --format csv|json` and the Workloads page's export.
std::string csvHeader();
std::string csvLine(const WorkloadRow &row);
nlohmann::ordered_json json(const WorkloadRow &row);
// The severity name of the worst failing check, "" when none fails.
std::string worstName(const WorkloadRow &row);

// Every workload of the filter in the sort, read page by page. Throws StoreError.
ListExportResult write(const WorkloadRepository &repo, const WorkloadFilter &filter, WorkloadSort sort,
                       bool descending, ListExportWriter &writer);

} // namespace bulkhead::workloadsexport
