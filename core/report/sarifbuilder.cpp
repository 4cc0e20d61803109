#include "report/sarifbuilder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bulkhead {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char *kSchema = "https://json.schemastore.org/sarif-2.1.0.json";

// Text from scanners and clusters is not guaranteed UTF-8: replace bad bytes instead of throwing
// halfway through a streamed document.
std::string dumped(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json textObject(const std::string &text)
{
    return Json{{"text", text}};
}

// GitHub reads security-severity as a string holding a number.
std::string scoreText(double score)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::clamp(score, 0.0, 10.0));
    return buffer;
}

Json ruleJson(const SarifRule &rule)
{
    Json j{{"id", rule.id}};
    if (!rule.name.empty())
        j["name"] = rule.name;
    j["shortDescription"] = textObject(rule.shortDescription.empty() ? rule.id : rule.shortDescription);
    if (!rule.fullDescription.empty())
        j["fullDescription"] = textObject(rule.fullDescription);
    if (!rule.helpText.empty())
        j["help"] = textObject(rule.helpText);
    if (!rule.helpUri.empty())
        j["helpUri"] = rule.helpUri;
    if (!rule.defaultLevel.empty())
        j["defaultConfiguration"] = Json{{"level", rule.defaultLevel}};
    Json properties = Json::object();
    if (rule.securitySeverity >= 0)
        properties["security-severity"] = scoreText(rule.securitySeverity);
    if (!rule.tags.empty())
        properties["tags"] = rule.tags;
    if (!properties.empty())
        j["properties"] = std::move(properties);
    return j;
}

Json resultJson(const SarifResult &result, int ruleIndex)
{
    Json j{{"ruleId", result.ruleId},
           {"ruleIndex", ruleIndex},
           {"level", result.level.empty() ? std::string("warning") : result.level},
           {"message", textObject(result.message.empty() ? result.ruleId : result.message)}};
    Json location = Json::object();
    if (!result.artifactUri.empty())
        location["physicalLocation"] = Json{{"artifactLocation", Json{{"uri", result.artifactUri}}}};
    if (!result.logicalName.empty()) {
        Json logical{{"name", result.logicalName}};
        if (!result.logicalFullyQualifiedName.empty())
            logical["fullyQualifiedName"] = result.logicalFullyQualifiedName;
        if (!result.logicalKind.empty())
            logical["kind"] = result.logicalKind;
        location["logicalLocations"] = Json::array({std::move(logical)});
    }
    if (!location.empty())
        j["locations"] = Json::array({std::move(location)});
    if (!result.partialFingerprints.empty())
        j["partialFingerprints"] = result.partialFingerprints;
    if (!result.properties.empty())
        j["properties"] = result.properties;
    return j;
}

} // namespace

SarifBuilder::SarifBuilder(std::ostream &out) : m_out(out) {}

void SarifBuilder::writeHeader()
{
    if (m_headerWritten)
        return;
    m_out << "{\"$schema\":\"" << kSchema << "\",\"version\":\"2.1.0\",\"runs\":[";
    m_headerWritten = true;
}

void SarifBuilder::beginRun(const SarifTool &tool)
{
    if (m_finished)
        return;
    endRun();
    writeHeader();
    if (m_runs > 0)
        m_out << ',';
    m_out << "\n{\"results\":[";
    m_inRun = true;
    m_firstResultOfRun = true;
    m_tool = tool;
    m_rules.clear();
    m_ruleIndex.clear();
    ++m_runs;
}

int SarifBuilder::addRule(const SarifRule &rule)
{
    const auto found = m_ruleIndex.find(rule.id);
    if (found != m_ruleIndex.end())
        return found->second;
    const int index = static_cast<int>(m_rules.size());
    m_rules.push_back(rule);
    m_ruleIndex.emplace(rule.id, index);
    return index;
}

bool SarifBuilder::addResult(const SarifResult &result)
{
    if (!m_inRun)
        return false;
    const auto rule = m_ruleIndex.find(result.ruleId);
    if (rule == m_ruleIndex.end())
        return false;
    if (!m_firstResultOfRun)
        m_out << ',';
    m_out << '\n' << dumped(resultJson(result, rule->second));
    m_firstResultOfRun = false;
    ++m_results;
    return true;
}

void SarifBuilder::endRun()
{
    if (!m_inRun)
        return;
    Json driver{{"name", m_tool.name.empty() ? std::string("bulkhead") : m_tool.name}};
    if (!m_tool.version.empty())
        driver["version"] = m_tool.version;
    if (!m_tool.informationUri.empty())
        driver["informationUri"] = m_tool.informationUri;
    Json rules = Json::array();
    for (const SarifRule &rule : m_rules)
        rules.push_back(ruleJson(rule));
    driver["rules"] = std::move(rules);
    m_out << "\n],\"tool\":" << dumped(Json{{"driver", std::move(driver)}});
    if (!m_tool.automationId.empty())
        m_out << ",\"automationDetails\":" << dumped(Json{{"id", m_tool.automationId}});
    m_out << ",\"columnKind\":\"utf16CodeUnits\"}";
    m_inRun = false;
    m_rules.clear();
    m_ruleIndex.clear();
}

void SarifBuilder::finish()
{
    if (m_finished)
        return;
    endRun();
    writeHeader();
    m_out << "\n]}\n";
    m_finished = true;
}

std::string sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High:
        return "error";
    case Severity::Medium:
        return "warning";
    case Severity::Low:
    case Severity::Info:
    case Severity::Unknown:
        break;
    }
    return "note";
}

double sarifSecuritySeverity(Severity severity, double cvss)
{
    if (cvss >= 0 && std::isfinite(cvss))
        return std::min(cvss, 10.0);
    switch (severity) {
    case Severity::Critical:
        return 9.5;
    case Severity::High:
        return 8.0;
    case Severity::Medium:
        return 5.5;
    case Severity::Low:
        return 2.0;
    case Severity::Info:
    case Severity::Unknown:
        break;
    }
    return 0.0;
}

} // namespace bulkhead
