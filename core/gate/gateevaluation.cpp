#include "gate/gateevaluation.h"

#include "controls/postureassessor.h"
#include "gate/gaterules.h"
#include "gate/gatetext.h"
#include "i18n/pluralcount.h"
#include "store/database.h"
#include "util/timestamps.h"

#include <QLocale>

#include <cmath>
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

std::string day(std::int64_t unixSeconds)
{
    return isoTimestamp(unixSeconds).substr(0, 10);
}

} // namespace gaterules

namespace {

// "72.5", "80": one decimal, none when it is zero, in the reader's locale.
QString scoreText(double score)
{
    const double rounded = std::round(score * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1);
}

// The first sentence of a control's explanation: the verdict's reason.
std::string firstSentence(const std::string &text)
{
    const std::size_t end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

QString statusWord(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass: return GateText::tr("pass", "control status");
    case ControlStatus::Fail: return GateText::tr("fail", "control status");
    case ControlStatus::Partial: return GateText::tr("partial", "control status");
    case ControlStatus::Attested: return GateText::tr("attested", "control status");
    case ControlStatus::NotAssessed: break;
    }
    return GateText::tr("not assessed", "control status");
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
            out.evidence.push_back(gateStr(GateText::tr("%1 %2: %3", "control id, status, reason")
                                               .arg(QString::fromStdString(id), statusWord(status),
                                                    a ? QString::fromStdString(firstSentence(a->explanation))
                                                      : GateText::tr("not in the catalog"))));
    }
    out.passed = out.violating == 0;
    const int n = i18n::pluralCount(out.violating);
    const QString of = QString::number(rule.controls.size());
    out.message = gateStr(rule.attestedPasses && rule.partialPasses
                              ? GateText::tr("%n controls of %1 not passing (accepted: pass, attested, partial)", nullptr, n).arg(of)
                          : rule.attestedPasses
                              ? GateText::tr("%n controls of %1 not passing (accepted: pass, attested)", nullptr, n).arg(of)
                          : rule.partialPasses
                              ? GateText::tr("%n controls of %1 not passing (accepted: pass, partial)", nullptr, n).arg(of)
                              : GateText::tr("%n controls of %1 not passing (accepted: pass)", nullptr, n).arg(of));
    if (!note.empty())
        out.notes.push_back(note);
}

void minPostureScore(const PostureAssessment &posture, const GateRule &rule, const std::string &note,
                     GateRuleResult &out)
{
    const std::optional<double> &overall = posture.score.overall;
    out.passed = overall && *overall + 1e-9 >= rule.minScore;
    out.violating = out.passed ? 0 : 1;
    const QString min = scoreText(rule.minScore);
    const int assessed = i18n::pluralCount(posture.score.assessed);
    const QString controls = QString::number(posture.score.controls);
    out.message = gateStr(overall ? GateText::tr("posture score %1 (min %2; %n of %3 controls assessed)", nullptr, assessed)
                                        .arg(scoreText(*overall), min, controls)
                                  : GateText::tr("no posture score, no control assessed (min %1; %n of %2 controls assessed)",
                                                 nullptr, assessed)
                                        .arg(min, controls));
    if (!out.passed) {
        for (const AreaScore &a : posture.score.areas) {
            out.evidence.push_back(gateStr(GateText::tr("%1: %2", "control area, score")
                                               .arg(QString::fromStdString(controlAreaTitleText(a.area)),
                                                    a.score ? scoreText(*a.score) : GateText::tr("not assessed"))));
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
