#include "gate/gateevaluation.h"

#include "controls/postureassessor.h"
#include "gate/gaterules.h"
#include "store/database.h"
#include "util/timestamps.h"

#include <cstdio>
#include <optional>

namespace bulkhead {

namespace gaterules {

void readEvidence(const Context &c, SqliteStatement &st, GateRuleResult &out,
                  const std::function<std::string(SqliteStatement &)> &line)
{
    st.bind(1, static_cast<std::int64_t>(c.options.evidenceLimit));
    while (st.step())
        out.evidence.push_back(line(st));
}

std::string plural(std::int64_t n, const std::string &one, const std::string &many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string day(std::int64_t unixSeconds)
{
    return isoTimestamp(unixSeconds).substr(0, 10);
}

} // namespace gaterules

namespace {

std::string scoreText(double score)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", score);
    std::string text = buf;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
        text.resize(text.size() - 2);
    return text;
}

// The first sentence of a control's explanation: the verdict's reason.
std::string firstSentence(const std::string &text)
{
    const std::size_t end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

bool controlPasses(const GateRule &rule, ControlStatus status)
{
    return status == ControlStatus::Pass || (status == ControlStatus::Attested && rule.attestedPasses)
        || (status == ControlStatus::Partial && rule.partialPasses);
}

void controlsPass(const PostureAssessment &posture, const GateRule &rule, const std::string &note, GateRuleResult &out)
{
    for (const std::string &id : rule.controls) {
        const ControlAssessment *a = nullptr;
        for (const ControlAssessment &c : posture.controls) {
            if (c.control == id)
                a = &c;
        }
        const ControlStatus status = a ? a->status : ControlStatus::NotAssessed;
        if (controlPasses(rule, status))
            continue;
        ++out.violating;
        if (out.evidence.size() < 1000)
            out.evidence.push_back(id + " " + std::string(controlStatusName(status)) + ": "
                                   + (a ? firstSentence(a->explanation) : std::string("not in the catalog")));
    }
    out.passed = out.violating == 0;
    std::string accepted = "pass";
    if (rule.attestedPasses)
        accepted += ", attested";
    if (rule.partialPasses)
        accepted += ", partial";
    out.message = gaterules::plural(out.violating, "control", "controls") + " of "
        + std::to_string(rule.controls.size()) + " not passing (accepted: " + accepted + ")";
    if (!note.empty())
        out.notes.push_back(note);
}

void minPostureScore(const PostureAssessment &posture, const GateRule &rule, const std::string &note,
                     GateRuleResult &out)
{
    const std::optional<double> &overall = posture.score.overall;
    out.passed = overall && *overall + 1e-9 >= rule.minScore;
    out.violating = out.passed ? 0 : 1;
    out.message = (overall ? "posture score " + scoreText(*overall) : std::string("no posture score (no control assessed)"))
        + " (min " + scoreText(rule.minScore) + "; " + std::to_string(posture.score.assessed) + " of "
        + std::to_string(posture.score.controls) + " controls assessed)";
    if (!out.passed) {
        for (const AreaScore &a : posture.score.areas) {
            out.evidence.push_back(std::string(controlAreaTitle(a.area)) + ": "
                                   + (a.score ? scoreText(*a.score) : std::string("not assessed")));
        }
    }
    if (!note.empty())
        out.notes.push_back(note);
}

} // namespace

bool GateResult::passed() const
{
    return violatedRules() == 0;
}

int GateResult::violatedRules() const
{
    int n = 0;
    for (const GateRuleResult &r : rules)
        n += r.passed ? 0 : 1;
    return n;
}

GateEvaluation evaluateGate(const Database &db, const GatePolicy &policy, const ReportScope &scope,
                            const GateOptions &options)
{
    GateEvaluation out;
    const GateScopeSql scopeSql = gateScopeSql(db, scope);
    if (!scopeSql.error.empty()) {
        out.error = scopeSql.error;
        return out;
    }
    out.result.policyName = policy.name;
    out.result.scope = scope.describe();
    out.result.at = options.now;
    const gaterules::Context c{db, scopeSql, options};
    std::optional<PostureAssessment> posture; // only when a rule needs it: it reads the whole store
    for (const GateRule &rule : policy.rules) {
        GateRuleResult r;
        r.id = rule.id;
        r.type = rule.type;
        r.description = rule.description;
        switch (rule.type) {
        case GateRuleType::MaxOpenFindings: gaterules::maxOpenFindings(c, rule, r); break;
        case GateRuleType::FindingsPastSla: gaterules::findingsPastSla(c, rule, r); break;
        case GateRuleType::ImagesSigned: gaterules::imagesSigned(c, rule, r); break;
        case GateRuleType::ImagesSbom: gaterules::imagesSbom(c, rule, r); break;
        case GateRuleType::ImagesNonRoot: gaterules::imagesNonRoot(c, rule, r); break;
        case GateRuleType::RbacRisk: gaterules::rbacRisk(c, rule, r); break;
        case GateRuleType::SecretRotation: gaterules::secretRotation(c, rule, r); break;
        case GateRuleType::ControlsPass:
        case GateRuleType::MinPostureScore:
            if (!posture)
                posture = assessPosture(db, options.evidence, options.now);
            if (rule.type == GateRuleType::ControlsPass)
                controlsPass(*posture, rule, scopeSql.postureNote, r);
            else
                minPostureScore(*posture, rule, scopeSql.postureNote, r);
            break;
        }
        out.result.rules.push_back(std::move(r));
    }
    return out;
}

} // namespace bulkhead
