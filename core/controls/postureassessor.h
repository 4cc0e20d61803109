#pragma once

#include "controls/controlassessment.h"
#include "controls/evidencesettings.h"
#include "controls/posturescore.h"

#include <cstdint>
#include <vector>

namespace bulkhead {

class Database;

// Every control's status and the score at one moment.
struct PostureAssessment {
    std::int64_t at = 0;
    std::vector<ControlAssessment> controls; // catalog order
    PostureScore score;
};

// The whole posture from a store: EvidenceRepository + DrillRepository evidence, the newest
// attestations, the builtin catalog, assessControls and scorePosture. Reads only; use a read
// connection off the GUI thread.
PostureAssessment assessPosture(const Database &db, const EvidenceSettings &settings, std::int64_t now);

} // namespace bulkhead
