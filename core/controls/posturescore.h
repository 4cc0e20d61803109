#pragma once

#include "controls/controlassessment.h"

#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// What a status is worth in the score: pass and attested 1, partial 0.5, fail 0; not assessed
// controls are left out of the score and counted as a coverage gap instead.
std::optional<double> controlStatusValue(ControlStatus status);

struct AreaScore {
    ControlArea area = ControlArea::Build;
    std::optional<double> score; // 0..100; empty when no control of the area is assessed
    int controls = 0, assessed = 0;
    int weightAssessed = 0, weightTotal = 0;
    double weightedValue = 0; // sum of weight * value over assessed controls
};

// Overall and per area: 100 * sum(weight * value) / sum(weight) over the assessed controls.
// The overall score weighs controls, not areas (an area with more controls counts more).
struct PostureScore {
    std::optional<double> overall;
    int controls = 0, assessed = 0;
    std::vector<AreaScore> areas; // kControlAreas order
};

PostureScore scorePosture(const ControlCatalog &catalog, const std::vector<ControlAssessment> &assessments);

// How a number is made, one line per control and a total line, for the UI's "how is this
// computed" and the report: "BLD-3 partial: weight 2 x 0.5 = 1.0" ... "Build: 4.5 / 6 = 75".
// `area` empty: the overall score.
std::vector<std::string> scoreWorking(const ControlCatalog &catalog, const std::vector<ControlAssessment> &assessments,
                                      std::optional<ControlArea> area);

} // namespace bulkhead
