#pragma once

#include "analysis/slapolicy.h"

namespace bulkhead {

// The SLA days per severity: QSettings keys `sla/lowDays`, `sla/mediumDays`, `sla/highDays`,
// `sla/criticalDays` (0..3650; a missing value reads as the SlaPolicy default), written by the
// settings dialog and read by the GUI (AppSettings) and bulkheadctl (loadEvidenceSettings) alike.
SlaPolicy loadSlaPolicy();
void saveSlaPolicy(const SlaPolicy &policy);

} // namespace bulkhead
