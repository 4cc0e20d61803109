#pragma once

#include "controls/controlcatalog.h"
#include "controls/postureassessor.h"

#include <QMetaType>
#include <QString>

#include <array>
#include <string>
#include <vector>

namespace bulkhead::ui {

// One row of the Controls page: the catalog's words for a control with its assessment.
struct ControlRow {
    ControlDefinition definition;
    ControlAssessment assessment;
    std::vector<Attestation> history; // the control's attestations, newest first (the newest included)
};

// What the Controls page shows, read in one go on the loader's thread: every control's status
// with its catalog entry (catalog order), the score, and how each score is made (scoreWorking),
// so that the GUI thread neither reads the store nor computes anything but text.
struct ControlsData {
    std::int64_t at = 0;
    std::vector<ControlRow> rows;
    PostureScore score;
    std::vector<std::string> overallWorking;
    std::array<std::vector<std::string>, kControlAreas.size()> areaWorking; // kControlAreas order
    bool storeMissing = false;
    qint64 elapsedMs = 0;
};

// Joins a posture (assessPosture's answer) with its catalog, and computes the score working.
// The loader calls it on its thread; tests call it to build what the page is given.
ControlsData controlsData(const ControlCatalog &catalog, const PostureAssessment &posture);

} // namespace bulkhead::ui

Q_DECLARE_METATYPE(bulkhead::ui::ControlsData)
