#pragma once

#include "report/listexport.h"
#include "store/rbacrepository.h"

namespace bulkhead::bindingreviewsexport {

// The review history of a role binding (IAM-2 evidence: who decided what, when, on which roleRef
// and subjects), shared by `bulkheadctl rbac history --format csv|json` and its tests.
std::string csvHeader();
std::string csvLine(const BindingReview &review);
nlohmann::ordered_json json(const BindingReview &review);

// The reviews given (a binding's history, newest first as RbacRepository::history reads it).
ListExportResult write(const std::vector<BindingReview> &reviews, ListExportWriter &writer);

} // namespace bulkhead::bindingreviewsexport
