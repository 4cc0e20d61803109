#pragma once

#include "model/severity.h"

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace bulkhead {

// A SARIF 2.1.0 writer small enough for every Bulkhead output that code-scanning dashboards read
// (the findings export, the gate's violations). It streams: results go to the stream as they are
// added, so a run of a million results never sits in memory; only the rules (one per distinct
// rule id) are kept, and written after the results of their run. JSON objects are unordered, so
// "results" before "tool" is still valid SARIF, and `tool.driver.rules` is complete by then.
//
//   SarifBuilder sarif(out);
//   sarif.beginRun({"bulkhead", "0.9.0", "https://..."});
//   sarif.addRule(rule);     // before the results that name it
//   sarif.addResult(result);
//   sarif.endRun();
//   sarif.finish();          // closes the document (also ends an open run)

struct SarifTool {
    std::string name;           // tool.driver.name (required by SARIF)
    std::string version;        // tool.driver.version
    std::string informationUri; // tool.driver.informationUri
    std::string automationId;   // run.automationDetails.id ("" = none): tells uploads of different scopes apart
};

// A reportingDescriptor of tool.driver.rules.
struct SarifRule {
    std::string id;               // required; what results name in ruleId
    std::string name;             // optional PascalCase-ish name
    std::string shortDescription; // one line (SARIF requires text when the object is present)
    std::string fullDescription;
    std::string helpText;         // help.text (plain text)
    std::string helpUri;
    std::string defaultLevel;     // defaultConfiguration.level: "error", "warning", "note" ("" = none)
    double securitySeverity = -1; // properties["security-severity"], 0.0-10.0 (GitHub); < 0 = none
    std::vector<std::string> tags; // properties.tags
};

// A result. It has one location: a physical one (artifactLocation.uri: an image reference, a file
// path) and/or a logical one (a Kubernetes workload: fullyQualifiedName "cluster/ns/Kind/name").
struct SarifResult {
    std::string ruleId;         // must have been added with addRule in this run
    std::string level;          // "error", "warning", "note", "none"
    std::string message;        // message.text (required; "" becomes the rule id)
    std::string artifactUri;    // "" = no physical location
    std::string logicalName;    // "" = no logical location
    std::string logicalFullyQualifiedName;
    std::string logicalKind;    // "resource", "module", ...
    std::map<std::string, std::string> partialFingerprints;
    std::map<std::string, std::string> properties; // result.properties, string values
};

class SarifBuilder
{
public:
    explicit SarifBuilder(std::ostream &out);
    SarifBuilder(const SarifBuilder &) = delete;
    SarifBuilder &operator=(const SarifBuilder &) = delete;

    // Starts a run (ending the previous one). The document's header is written on the first.
    void beginRun(const SarifTool &tool);
    // Declares a rule of the current run; a second declaration of the same id is ignored.
    // Returns the rule's index in tool.driver.rules.
    int addRule(const SarifRule &rule);
    bool hasRule(const std::string &id) const { return m_ruleIndex.count(id) != 0; }
    // Writes a result of the current run. Returns false (and writes nothing) when no run is open
    // or its rule was never added: a result whose rule cannot be resolved is invalid SARIF.
    bool addResult(const SarifResult &result);
    // Writes the run's rules and tool and closes the run.
    void endRun();
    // Closes the document (a document without runs gets "runs": []). Idempotent.
    void finish();

    std::int64_t resultCount() const { return m_results; } // in all runs so far
    int runCount() const { return m_runs; }

private:
    void writeHeader();

    std::ostream &m_out;
    bool m_headerWritten = false;
    bool m_inRun = false;
    bool m_finished = false;
    bool m_firstResultOfRun = true;
    int m_runs = 0;
    std::int64_t m_results = 0;
    SarifTool m_tool;
    std::vector<SarifRule> m_rules;
    std::unordered_map<std::string, int> m_ruleIndex;
};

// Our severity as a SARIF level: critical/high -> "error", medium -> "warning", the rest "note".
std::string sarifLevel(Severity severity);
// GitHub's security-severity score (it buckets > 9.0 critical, >= 7.0 high, >= 4.0 medium,
// > 0 low): the CVSS base score when known (>= 0), else a score inside our severity's bucket.
double sarifSecuritySeverity(Severity severity, double cvss = -1);

} // namespace bulkhead
