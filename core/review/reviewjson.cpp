#include "review/reviewjson.h"

#include "util/timestamps.h"

namespace bulkhead {

namespace {

nlohmann::ordered_json scoreJson(const std::optional<double> &score)
{
    return score ? nlohmann::ordered_json(*score) : nlohmann::ordered_json();
}

nlohmann::ordered_json timeJson(std::int64_t t)
{
    return t ? nlohmann::ordered_json(isoTimestamp(t)) : nlohmann::ordered_json();
}

nlohmann::ordered_json itemsJson(const std::vector<ReviewItem> &items)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const ReviewItem &i : items) {
        nlohmann::ordered_json j;
        j["title"] = i.title;
        j["detail"] = i.detail;
        j["severity"] = severityName(i.severity);
        j["at"] = timeJson(i.at);
        j["page"] = i.page;
        j["filter"] = i.filter;
        out.push_back(std::move(j));
    }
    return out;
}

nlohmann::ordered_json coverageJson(const std::vector<CoverageChange> &changes)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const CoverageChange &c : changes) {
        nlohmann::ordered_json j;
        j["source"] = c.source;
        j["change"] = c.change;
        j["detail"] = c.detail;
        j["items_before"] = c.itemsBefore;
        j["items_now"] = c.itemsNow;
        out.push_back(std::move(j));
    }
    return out;
}

nlohmann::ordered_json areasJson(const ReviewDiff &diff)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto &[area, scores] : diff.areaScores) {
        nlohmann::ordered_json j;
        j["area"] = controlAreaName(area);
        j["before"] = scoreJson(scores.first);
        j["now"] = scoreJson(scores.second);
        out.push_back(std::move(j));
    }
    return out;
}

} // namespace

nlohmann::ordered_json reviewDiffJson(const ReviewDiff &diff)
{
    nlohmann::ordered_json j;
    j["since"] = timeJson(diff.since);
    j["now"] = timeJson(diff.now);
    j["baseline"] = diff.baseline ? nlohmann::ordered_json({{"id", diff.baseline->id},
                                                            {"taken_at", isoTimestamp(diff.baseline->takenAt)},
                                                            {"reason", diff.baseline->reason}})
                                  : nlohmann::ordered_json();
    j["score_before"] = scoreJson(diff.scoreBefore);
    j["score_now"] = scoreJson(diff.scoreNow);
    j["assessed"] = diff.current.assessed;
    j["controls"] = diff.current.controls;
    j["areas"] = areasJson(diff);
    nlohmann::ordered_json changes = nlohmann::ordered_json::array();
    for (const ControlChange &c : diff.controlChanges)
        changes.push_back({{"control", c.control}, {"before", controlStatusName(c.before)},
                           {"after", controlStatusName(c.after)}});
    j["control_changes"] = std::move(changes);
    j["new_findings_total"] = diff.newFindingsTotal;
    j["new_findings"] = itemsJson(diff.newFindings);
    j["resolved_findings_total"] = diff.resolvedFindingsTotal;
    j["resolved_findings"] = itemsJson(diff.resolvedFindings);
    j["bindings"] = itemsJson(diff.bindings);
    j["bindings_total"] = diff.bindingsTotal;
    j["secrets_overdue"] = itemsJson(diff.secretsOverdue);
    j["secrets_overdue_total"] = diff.secretsOverdueTotal;
    j["acceptances_expiring"] = itemsJson(diff.acceptancesExpiring);
    j["acceptances_expiring_total"] = diff.acceptancesExpiringTotal;
    j["attestations_expiring"] = itemsJson(diff.attestationsExpiring);
    j["drills_due"] = itemsJson(diff.drillsDue);
    j["coverage"] = coverageJson(diff.coverage);
    return j;
}

std::string reviewSummaryJson(const ReviewDiff &diff)
{
    nlohmann::ordered_json j;
    j["since"] = timeJson(diff.since);
    j["score_before"] = scoreJson(diff.scoreBefore);
    j["score_now"] = scoreJson(diff.scoreNow);
    j["assessed"] = diff.current.assessed;
    j["controls"] = diff.current.controls;
    j["areas"] = areasJson(diff);
    j["control_changes"] = diff.controlChanges.size();
    j["new_findings"] = diff.newFindingsTotal;
    j["resolved_findings"] = diff.resolvedFindingsTotal;
    j["bindings"] = diff.bindingsTotal;
    j["secrets_overdue"] = diff.secretsOverdueTotal;
    j["acceptances_expiring"] = diff.acceptancesExpiringTotal;
    j["attestations_expiring"] = diff.attestationsExpiring.size();
    j["drills_due"] = diff.drillsDue.size();
    nlohmann::ordered_json coverage = nlohmann::ordered_json::object();
    for (const CoverageChange &c : diff.coverage)
        coverage[c.source] = c.change;
    j["coverage"] = std::move(coverage);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace bulkhead
