#pragma once

#include "controls/controlstatus.h"
#include "controls/evidencemeasure.h"

#include <string>

namespace bulkhead {

// The status of one measure by the rule in evidencemeasure.h: NotAssessed, Pass, Partial or Fail
// (never Attested). assessControls combines these; the UI and bulkheadctl show them per measure.
ControlStatus measureStatus(const EvidenceMeasure &measure);

// One sentence with the measure's numbers, as the control's explanation says it:
// "3 of 41 images unsigned: shop/api:1.4, shop/web:2.0, shop/db:9." / "0 of 41 images unsigned."
// / "2 of 130 findings open, worst critical: CVE-2024-1, CVE-2024-2." / "Images signed and
// verified: no registry collected, so not assessed." A measure without a noun (an attestation)
// says its detail. In the installed translation (context "MeasureText"); the measure's noun and
// failingAs stay English keys that pick the translated sentence.
std::string measureSentence(const EvidenceMeasure &measure);

// The count alone, translated: "3 of 41 images unsigned" (the start of measureSentence).
std::string measureCountText(const EvidenceMeasure &measure);

// "Images signed and verified: no registry collected, so not assessed." (or, without a label,
// "No cluster collected, so not assessed."), translated.
std::string notAssessedSentence(const std::string &label, const std::string &reason);

} // namespace bulkhead
