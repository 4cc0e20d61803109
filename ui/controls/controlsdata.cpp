#include "controls/controlsdata.h"

namespace bulkhead::ui {

ControlsData controlsData(const ControlCatalog &catalog, const PostureAssessment &posture)
{
    ControlsData data;
    data.at = posture.at;
    data.score = posture.score;
    data.rows.reserve(posture.controls.size());
    for (const ControlAssessment &a : posture.controls) {
        ControlRow row;
        if (const ControlDefinition *d = catalog.find(a.control)) {
            row.definition = *d;
        } else { // an assessment of a control the catalog no longer has: show what is known
            row.definition.id = a.control;
            row.definition.area = a.area;
        }
        row.assessment = a;
        data.rows.push_back(std::move(row));
    }
    data.overallWorking = scoreWorking(catalog, posture.controls, std::nullopt);
    for (std::size_t i = 0; i < kControlAreas.size(); ++i)
        data.areaWorking[i] = scoreWorking(catalog, posture.controls, kControlAreas[i]);
    return data;
}

} // namespace bulkhead::ui
