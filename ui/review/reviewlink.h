#pragma once

#include "store/findingfilter.h"

#include <string>

namespace bulkhead::ui {

// The findings a review row or an evidence link points at ("control=BLD-3&severity=critical,high&
// status=open"): the EvidenceLink vocabulary of the findings page (control, severity, status,
// kind) plus search, asset (name substring) and firstSeenFrom (unix s). "status=open" means what
// the rest of the window calls open: open or confirmed. Unknown keys and values are left out, so
// that a link never selects less than it says.
FindingFilter findingFilterFromLink(const std::string &filter);

} // namespace bulkhead::ui
