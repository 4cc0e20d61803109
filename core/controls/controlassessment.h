#pragma once

#include "controls/attestation.h"
#include "controls/controlcatalog.h"
#include "controls/controlstatus.h"
#include "controls/evidencemeasure.h"

#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// One control's status with the reason for it.
struct ControlAssessment {
    std::string control; // "BLD-3"
    ControlArea area = ControlArea::Build;
    ControlStatus status = ControlStatus::NotAssessed;
    // Plain language, first the verdict's reason, then the rest: "3 of 41 images unsigned:
    // shop/api:1.4, shop/web:2.0, ... Signatures verified with 2 keys." / "No cluster collected,
    // so not assessed." / "Attested by alice on 2026-10-01 (expires 2027-10-01): ...".
    std::string explanation;
    std::vector<EvidenceMeasure> measures;   // this control's, in the order given
    std::optional<Attestation> attestation;  // the newest attestation of the control, valid or not
    bool attestationApplied = false;         // it decided or contributed to the status
    bool attestationExpired = false;         // the newest one has expired: fell back to evidence
};

// The status of every control of the catalog, in catalog order. Per control: the measures'
// statuses (see EvidenceMeasure) combine to the worst assessed one; when some are assessed and
// all pass but another is not assessed, the control is Partial ("pass on what was checked").
// Then the attestation per the control's AttestationMode. `attestations` holds the newest
// attestation of each control (AttestationRepository::newestPerControl); expired or withdrawn
// ones apply nowhere and the explanation says so.
std::vector<ControlAssessment> assessControls(const ControlCatalog &catalog, const std::vector<EvidenceMeasure> &evidence,
                                              const std::vector<Attestation> &attestations, std::int64_t now);

} // namespace bulkhead
