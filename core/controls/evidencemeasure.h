#pragma once

#include "model/severity.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// Where the UI goes to show the items behind a measure: a page key of the main window (PageId
// keys: "findings", "images", "workloads", "rbac", "secrets", "drills") and a filter that page
// understands, as "key=value" pairs joined by '&' ("control=BLD-3&status=open",
// "signature=unsigned"). Empty page: nothing to drill into.
struct EvidenceLink {
    std::string page;
    std::string filter;
    bool operator==(const EvidenceLink &) const = default;
};

// One thing Bulkhead checked for a control, with its numbers: "3 of 41 images unsigned".
// Produced by EvidenceRepository (store facts), DrillRepository (INC-2, INC-3) and the assessment
// itself (attestation as a measure for AttestationMode::Required).
//
// Status of a measure (assessControls):
//   !assessed                         -> not assessed (reason in notAssessedReason)
//   failing == 0                      -> pass
//   severityBased (findings measures) -> fail when worst >= High, else partial
//   otherwise                         -> partial when failing * 100 <= checked * partialPercent,
//                                        else fail
struct EvidenceMeasure {
    std::string control;   // "BLD-3"
    std::string id;        // stable within the control: "images-signed", "open-findings"
    std::string label;     // what was checked, plain language: "images signed and verified"
    std::string noun;      // the population's plural noun: "images"
    std::string failingAs; // what a failing item is: "unsigned" -> "3 of 41 images unsigned"
    bool assessed = false;
    std::string notAssessedReason; // "no registry collected", "no cluster collected"
    std::int64_t checked = 0;      // items checked (the population)
    std::int64_t failing = 0;      // of them, failing
    bool severityBased = false;    // failing are open findings; worst decides fail vs partial
    Severity worst = Severity::Unknown;
    int partialPercent = 10;
    std::vector<std::string> examples; // up to 5 failing items, worst first ("shop/api:1.4")
    std::string detail;                // one more sentence where numbers are not enough
    EvidenceLink link;
};

} // namespace bulkhead
