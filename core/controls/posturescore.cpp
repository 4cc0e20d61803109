#include "controls/posturescore.h"

#include <cstdio>
#include <map>

namespace bulkhead {

namespace {

// The assessment of each control by id; a catalog control without one counts as not assessed.
std::map<std::string_view, const ControlAssessment *> byId(const std::vector<ControlAssessment> &assessments)
{
    std::map<std::string_view, const ControlAssessment *> out;
    for (const ControlAssessment &a : assessments)
        out.emplace(a.control, &a);
    return out;
}

std::optional<double> valueOf(const std::map<std::string_view, const ControlAssessment *> &assessed,
                              const ControlDefinition &c)
{
    const auto it = assessed.find(c.id);
    return it == assessed.end() ? std::nullopt : controlStatusValue(it->second->status);
}

ControlStatus statusOf(const std::map<std::string_view, const ControlAssessment *> &assessed, const ControlDefinition &c)
{
    const auto it = assessed.find(c.id);
    return it == assessed.end() ? ControlStatus::NotAssessed : it->second->status;
}

std::string oneDecimal(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

// A score as the UI shows it: one decimal, none when it is whole ("75", "77.9").
std::string scoreText(double score)
{
    const std::string text = oneDecimal(score);
    return text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0 ? text.substr(0, text.size() - 2) : text;
}

std::string statusText(ControlStatus s)
{
    return s == ControlStatus::NotAssessed ? "not assessed" : std::string(controlStatusName(s));
}

} // namespace

std::optional<double> controlStatusValue(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass:
    case ControlStatus::Attested: return 1.0;
    case ControlStatus::Partial: return 0.5;
    case ControlStatus::Fail: return 0.0;
    case ControlStatus::NotAssessed: break;
    }
    return std::nullopt;
}

PostureScore scorePosture(const ControlCatalog &catalog, const std::vector<ControlAssessment> &assessments)
{
    const auto assessed = byId(assessments);
    PostureScore score;
    int weightAssessed = 0;
    double weightedValue = 0;
    for (ControlArea area : kControlAreas) {
        AreaScore s;
        s.area = area;
        for (const ControlDefinition &c : catalog.controls()) {
            if (c.area != area)
                continue;
            ++s.controls;
            s.weightTotal += c.weight;
            if (const std::optional<double> value = valueOf(assessed, c)) {
                ++s.assessed;
                s.weightAssessed += c.weight;
                s.weightedValue += c.weight * *value;
            }
        }
        if (s.weightAssessed > 0)
            s.score = 100.0 * s.weightedValue / s.weightAssessed;
        score.controls += s.controls;
        score.assessed += s.assessed;
        weightAssessed += s.weightAssessed;
        weightedValue += s.weightedValue;
        score.areas.push_back(s);
    }
    if (weightAssessed > 0)
        score.overall = 100.0 * weightedValue / weightAssessed;
    return score;
}

std::vector<std::string> scoreWorking(const ControlCatalog &catalog, const std::vector<ControlAssessment> &assessments,
                                      std::optional<ControlArea> area)
{
    const auto assessed = byId(assessments);
    std::vector<std::string> lines;
    int controls = 0, counted = 0, weightAssessed = 0;
    double weightedValue = 0;
    for (const ControlDefinition &c : catalog.controls()) {
        if (area && c.area != *area)
            continue;
        ++controls;
        const ControlStatus status = statusOf(assessed, c);
        const std::optional<double> value = controlStatusValue(status);
        if (!value) {
            lines.push_back(c.id + " not assessed: left out (weight " + std::to_string(c.weight) + ")");
            continue;
        }
        ++counted;
        weightAssessed += c.weight;
        weightedValue += c.weight * *value;
        lines.push_back(c.id + ' ' + statusText(status) + ": weight " + std::to_string(c.weight) + " x "
                        + (*value == 0.5 ? "0.5" : *value == 1.0 ? "1" : "0") + " = " + oneDecimal(c.weight * *value));
    }
    const std::string name = area ? std::string(controlAreaTitle(*area)) : std::string("Overall");
    if (weightAssessed == 0)
        lines.push_back(name + ": no control assessed, so no score");
    else
        lines.push_back(name + ": " + oneDecimal(weightedValue) + " / " + std::to_string(weightAssessed) + " = "
                        + scoreText(100.0 * weightedValue / weightAssessed));
    lines.push_back(std::to_string(counted) + " of " + std::to_string(controls)
                    + " controls assessed; the others are left out of the score");
    return lines;
}

} // namespace bulkhead
