#pragma once

#include "report/listexport.h"
#include "store/findingrepository.h"

namespace bulkhead::findingslistexport {

// Findings as JSON objects (the CSV columns are findingscsv's), shared by
// `bulkheadctl findings --format json` and the Findings page's export.
nlohmann::ordered_json json(const FindingRow &row);

// Every finding of the filter in the sort, streamed from the store (CSV through findingscsv).
// Throws StoreError.
ListExportResult write(const FindingRepository &repo, const FindingFilter &filter, const FindingSort &sort,
                       ListExportWriter &writer);

} // namespace bulkhead::findingslistexport
