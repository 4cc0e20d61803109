// The gate policy format, version 1 (docs/gate-policy.md). Strict on purpose: a typo in a CI
// policy ("critcal", "max_open_finding") must stop the pipeline with the key named, not silently
// relax the gate, so every unknown key is an error.
#include "gate/gatepolicy.h"

#include "controls/controlcatalog.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace bulkhead {

namespace {

using nlohmann::json;

struct RuleTypeName {
    GateRuleType type;
    const char *name;
};

constexpr RuleTypeName kRuleTypes[] = {
    {GateRuleType::MaxOpenFindings, "max_open_findings"},
    {GateRuleType::FindingsPastSla, "no_findings_past_sla"},
    {GateRuleType::ImagesSigned, "images_signed"},
    {GateRuleType::ImagesSbom, "images_have_sbom"},
    {GateRuleType::ImagesNonRoot, "images_non_root"},
    {GateRuleType::RbacRisk, "no_risky_rbac"},
    {GateRuleType::SecretRotation, "no_overdue_rotations"},
    {GateRuleType::ControlsPass, "controls_pass"},
    {GateRuleType::MinPostureScore, "min_posture_score"},
};

// The options each rule type accepts besides id, type and description.
std::set<std::string> optionsOf(GateRuleType type)
{
    const std::set<std::string> findingCounts{"count_risk_accepted", "count_false_positives", "count_mitigated",
                                              "only_fixable", "kinds"};
    switch (type) {
    case GateRuleType::MaxOpenFindings: {
        std::set<std::string> s = findingCounts;
        s.insert("max");
        return s;
    }
    case GateRuleType::FindingsPastSla: {
        std::set<std::string> s = findingCounts;
        s.insert({"min_severity", "sla_days"});
        return s;
    }
    case GateRuleType::ImagesSigned: return {"require"};
    case GateRuleType::ImagesSbom: return {"max_age_days"};
    case GateRuleType::ImagesNonRoot: return {};
    case GateRuleType::RbacRisk: return {"min_severity", "include_bootstrap"};
    case GateRuleType::SecretRotation: return {};
    case GateRuleType::ControlsPass: return {"controls", "attested_passes", "partial_passes"};
    case GateRuleType::MinPostureScore: return {"min"};
    }
    return {};
}

// JSON pointer escaping (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string pointerPart(const std::string &key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

const char *typeName(const json &v)
{
    switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a number";
    default: return "something else";
    }
}

// Thrown inside the parser; becomes GatePolicyParse::error.
struct PolicyError {
    std::string pointer, what;
};

[[noreturn]] void fail(const std::string &pointer, const std::string &what)
{
    throw PolicyError{pointer.empty() ? "/" : pointer, what};
}

const std::string kSeverities = "critical, high, medium, low, info, unknown";

Severity severityAt(const json &v, const std::string &pointer)
{
    if (!v.is_string())
        fail(pointer, std::string("must be a severity name (") + kSeverities + "), not " + typeName(v));
    Severity s;
    if (!parseSeverityName(v.get<std::string>(), s))
        fail(pointer, "unknown severity \"" + v.get<std::string>() + "\" (" + kSeverities + ")");
    return s;
}

bool boolAt(const json &v, const std::string &pointer)
{
    if (!v.is_boolean())
        fail(pointer, std::string("must be true or false, not ") + typeName(v));
    return v.get<bool>();
}

std::string stringAt(const json &v, const std::string &pointer)
{
    if (!v.is_string())
        fail(pointer, std::string("must be a string, not ") + typeName(v));
    return v.get<std::string>();
}

std::int64_t integerAt(const json &v, const std::string &pointer, std::int64_t min, std::int64_t max)
{
    if (!v.is_number_integer())
        fail(pointer, std::string("must be a whole number, not ") + typeName(v));
    const std::int64_t n = v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(INT64_MAX)
        ? INT64_MAX
        : v.get<std::int64_t>();
    if (n < min || n > max)
        fail(pointer, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not "
                          + std::to_string(n));
    return n;
}

// Severity name -> integer, for "max" and "sla_days".
std::map<Severity, std::int64_t> severityMap(const json &v, const std::string &pointer, std::int64_t max)
{
    if (!v.is_object())
        fail(pointer, std::string("must be an object of severity names to numbers, not ") + typeName(v));
    std::map<Severity, std::int64_t> out;
    for (const auto &[key, value] : v.items()) {
        const std::string at = pointer + "/" + pointerPart(key);
        Severity s;
        if (!parseSeverityName(key, s))
            fail(at, "unknown severity \"" + key + "\" (" + kSeverities + ")");
        out[s] = integerAt(value, at, 0, max);
    }
    if (out.empty())
        fail(pointer, "names no severity");
    return out;
}

void parseOption(GateRule &rule, const std::string &key, const json &v, const std::string &at)
{
    if (key == "max") {
        rule.maxBySeverity = severityMap(v, at, INT64_MAX);
    } else if (key == "count_risk_accepted") {
        rule.countRiskAccepted = boolAt(v, at);
    } else if (key == "count_false_positives") {
        rule.countFalsePositives = boolAt(v, at);
    } else if (key == "count_mitigated") {
        rule.countMitigated = boolAt(v, at);
    } else if (key == "only_fixable") {
        rule.onlyFixable = boolAt(v, at);
    } else if (key == "kinds") {
        if (!v.is_array() || v.empty())
            fail(at, std::string("must be a non-empty array of finding kinds (vulnerability, misconfiguration, "
                                 "secret), not ")
                         + (v.is_array() ? "an empty array" : typeName(v)));
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string item = stringAt(v[i], at + "/" + std::to_string(i));
            FindingKind k;
            if (!parseFindingKindName(item, k))
                fail(at + "/" + std::to_string(i),
                     "unknown finding kind \"" + item + "\" (vulnerability, misconfiguration, secret)");
            rule.kinds.push_back(k);
        }
    } else if (key == "min_severity") {
        rule.minSeverity = severityAt(v, at);
    } else if (key == "sla_days") {
        SlaPolicy sla;
        for (const auto &[s, days] : severityMap(v, at, 3650))
            sla.days[static_cast<std::size_t>(s)] = static_cast<int>(days);
        rule.sla = sla;
    } else if (key == "require") {
        const std::string value = stringAt(v, at);
        if (value != "verified" && value != "signed")
            fail(at, "must be \"verified\" or \"signed\", not \"" + value + "\"");
        rule.requireVerified = value == "verified";
    } else if (key == "max_age_days") {
        rule.sbomMaxAgeDays = static_cast<int>(integerAt(v, at, 1, 36500));
    } else if (key == "include_bootstrap") {
        rule.includeBootstrap = boolAt(v, at);
    } else if (key == "controls") {
        if (!v.is_array() || v.empty())
            fail(at, std::string("must be a non-empty array of control ids (\"BLD-3\"), not ")
                         + (v.is_array() ? "an empty array" : typeName(v)));
        const ControlCatalog &catalog = ControlCatalog::builtin();
        for (std::size_t i = 0; i < v.size(); ++i) {
            const std::string id = stringAt(v[i], at + "/" + std::to_string(i));
            if (!catalog.find(id))
                fail(at + "/" + std::to_string(i),
                     "unknown control id \"" + id + "\" (`bulkheadctl controls` lists them)");
            rule.controls.push_back(id);
        }
    } else if (key == "attested_passes") {
        rule.attestedPasses = boolAt(v, at);
    } else if (key == "partial_passes") {
        rule.partialPasses = boolAt(v, at);
    } else if (key == "min") {
        if (!v.is_number())
            fail(at, std::string("must be a number from 0 to 100, not ") + typeName(v));
        rule.minScore = v.get<double>();
        if (rule.minScore < 0 || rule.minScore > 100)
            fail(at, "must be a number from 0 to 100");
    }
}

GateRule parseRule(const json &v, const std::string &pointer)
{
    if (!v.is_object())
        fail(pointer, std::string("a rule must be an object, not ") + typeName(v));
    if (!v.contains("type"))
        fail(pointer, "the rule has no \"type\"");
    const std::string type = stringAt(v["type"], pointer + "/type");
    const std::optional<GateRuleType> known = gateRuleTypeFromName(type);
    if (!known) {
        std::string names;
        for (const RuleTypeName &t : kRuleTypes)
            names += std::string(names.empty() ? "" : ", ") + t.name;
        fail(pointer + "/type", "unknown rule type \"" + type + "\" (" + names + ")");
    }
    GateRule rule;
    rule.type = *known;
    rule.id = type;
    const std::set<std::string> options = optionsOf(rule.type);
    for (const auto &[key, value] : v.items()) {
        const std::string at = pointer + "/" + pointerPart(key);
        if (key == "type")
            continue;
        if (key == "id") {
            rule.id = stringAt(value, at);
            if (rule.id.empty())
                fail(at, "must not be empty");
        } else if (key == "description") {
            rule.description = stringAt(value, at);
        } else if (options.count(key)) {
            parseOption(rule, key, value, at);
        } else {
            std::string allowed = "id, type, description";
            for (const std::string &o : options)
                allowed += ", " + o;
            fail(at, "unknown key \"" + key + "\" for rule type " + type + " (" + allowed + ")");
        }
    }
    if (rule.type == GateRuleType::MaxOpenFindings && rule.maxBySeverity.empty())
        fail(pointer, "a max_open_findings rule needs \"max\" (e.g. {\"critical\": 0, \"high\": 5})");
    if (rule.type == GateRuleType::ControlsPass && rule.controls.empty())
        fail(pointer, "a controls_pass rule needs \"controls\" (e.g. [\"BLD-3\", \"SUP-2\"])");
    if (rule.type == GateRuleType::MinPostureScore && !v.contains("min"))
        fail(pointer, "a min_posture_score rule needs \"min\" (0 to 100)");
    if (rule.type == GateRuleType::RbacRisk && !v.contains("min_severity"))
        rule.minSeverity = Severity::High;
    return rule;
}

GatePolicy parsePolicy(const json &doc, const std::string &fileName)
{
    if (!doc.is_object())
        fail("", std::string("a policy must be a JSON object, not ") + typeName(doc));
    GatePolicy policy;
    policy.name = std::filesystem::path(fileName).filename().string();
    // The version first: a newer format's keys are not this parser's mistakes to report.
    if (!doc.contains("version"))
        fail("", "no \"version\" (this Bulkhead reads \"version\": 1)");
    policy.version = static_cast<int>(integerAt(doc["version"], "/version", 1, 1000));
    if (policy.version != 1)
        fail("/version", "policy format version " + std::to_string(policy.version)
                             + " is not supported by this Bulkhead (it reads version 1)");
    bool sawRules = false;
    for (const auto &[key, value] : doc.items()) {
        const std::string at = "/" + pointerPart(key);
        if (key == "version") {
            continue;
        } else if (key == "name") {
            policy.name = stringAt(value, at);
            if (policy.name.empty())
                fail(at, "must not be empty");
        } else if (key == "description") {
            policy.description = stringAt(value, at);
        } else if (key == "rules") {
            sawRules = true;
            if (!value.is_array())
                fail(at, std::string("must be an array of rules, not ") + typeName(value));
            if (value.empty())
                fail(at, "holds no rule: a gate without rules would pass anything");
            std::set<std::string> ids;
            for (std::size_t i = 0; i < value.size(); ++i) {
                const std::string ruleAt = at + "/" + std::to_string(i);
                GateRule rule = parseRule(value[i], ruleAt);
                if (!ids.insert(rule.id).second)
                    fail(ruleAt, "rule id \"" + rule.id
                                     + "\" is used twice (give rules of the same type their own \"id\")");
                policy.rules.push_back(std::move(rule));
            }
        } else {
            fail(at, "unknown key \"" + key + "\" (version, name, description, rules)");
        }
    }
    if (!sawRules)
        fail("", "no \"rules\"");
    return policy;
}

} // namespace

std::string_view gateRuleTypeName(GateRuleType type)
{
    for (const RuleTypeName &t : kRuleTypes) {
        if (t.type == type)
            return t.name;
    }
    return "max_open_findings";
}

std::optional<GateRuleType> gateRuleTypeFromName(std::string_view name)
{
    for (const RuleTypeName &t : kRuleTypes) {
        if (name == t.name)
            return t.type;
    }
    return std::nullopt;
}

GatePolicyParse parseGatePolicy(std::string_view text, const std::string &fileName)
{
    GatePolicyParse out;
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error &e) {
        // e.what() repeats the exception's id; the byte offset is what a person needs.
        std::string what = e.what();
        if (const auto colon = what.find("]: "); colon != std::string::npos)
            what = what.substr(colon + 3);
        out.error = fileName + ": not valid JSON (at byte " + std::to_string(e.byte) + "): " + what;
        return out;
    } catch (const json::out_of_range &e) {
        // A number beyond a double ("1e400") is refused with out_of_range, not parse_error; uncaught,
        // it ended the program (found by fuzzing; tests/fuzz/regressions/gate_policy).
        std::string what = e.what();
        if (const auto close = what.find("] "); close != std::string::npos)
            what = what.substr(close + 2);
        out.error = fileName + ": not valid JSON: " + what;
        return out;
    }
    try {
        out.policy = parsePolicy(doc, fileName);
    } catch (const PolicyError &e) {
        out.error = fileName + ": " + e.pointer + ": " + e.what;
    }
    return out;
}

GatePolicyParse loadGatePolicy(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        GatePolicyParse out;
        out.error = path + ": cannot read the policy file";
        return out;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return parseGatePolicy(bytes.str(), path);
}

} // namespace bulkhead
