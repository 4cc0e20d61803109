#pragma once

#include "model/findingkind.h"

#include <string_view>

namespace bulkhead {

// The control of the catalog (DESIGN.md) that a scanner rule is evidence for: every vulnerability
// speaks to BLD-2 (scan images), every secret to SEC-1; misconfiguration checks are mapped from
// the well-known check ids of Trivy (KSV/DS), Kubescape (C-00xx) and Dockle, then by the words of
// their title. Empty when a check fits no control. Stored per rule at import so that the findings
// view filters by control with an index.
std::string_view controlForRule(FindingKind kind, std::string_view key, std::string_view title);

} // namespace bulkhead
