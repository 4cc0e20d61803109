#pragma once

#include "report/listexport.h"
#include "store/rbacrepository.h"

namespace bulkhead::rbacbindingsexport {

// The columns of the role bindings with their review state (the RBAC page's review queue, IAM-2),
// shared by `bulkheadctl rbac bindings --format csv|json` and the page's export.
std::string csvHeader();
std::string csvLine(const RbacBindingRow &row);
nlohmann::ordered_json json(const RbacBindingRow &row);

// Pieces the CLI's table shares with the columns.
std::string subjectsText(const std::vector<RbacSubject> &subjects); // subject keys, space separated
std::string worstText(Severity worst);                              // "" for Unknown (no risk)
std::string dueText(const RbacBindingRow &row);                     // "now" or YYYY-MM-DD
std::string changesText(const RbacBindingRow &row); // what changed since the last review; "" unless changed
nlohmann::ordered_json subjectJson(const RbacSubject &subject);

// Every binding of the filter in the sort under `policy`, read page by page. Throws StoreError.
ListExportResult write(const RbacRepository &repo, const RbacBindingFilter &filter, const ReviewPolicy &policy,
                       RbacBindingSort sort, bool descending, ListExportWriter &writer);

} // namespace bulkhead::rbacbindingsexport
