#pragma once

#include "analysis/slapolicy.h"
#include "rbac/bindingreview.h"

namespace bulkhead {

// The thresholds the evidence is judged by. loadEvidenceSettings() reads them from QSettings (the
// same keys the GUI's settings dialog writes: SLA days, binding review intervals) so that the GUI
// and bulkheadctl agree.
struct EvidenceSettings {
    SlaPolicy sla;            // SUP-5: fix available, past SLA
    ReviewPolicy review;      // IAM-2: binding review intervals
    int scanMaxAgeDays = 30;  // BLD-2 / SUP-1: a scan older than this does not count
    int sbomMaxAgeDays = 90;  // BLD-4
};

EvidenceSettings loadEvidenceSettings();

} // namespace bulkhead
