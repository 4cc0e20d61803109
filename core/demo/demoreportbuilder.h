#pragma once

#include "demo/demoplan.h"
#include "importers/reportparser.h"

#include <cstdint>
#include <string>
#include <unordered_set>

namespace bulkhead::demo {

// Turns planned scans into the ParsedFile objects a real import would hand to the ImportWriter:
// every finding present in that scan, rule metadata the first time a rule appears (as a scanner's
// report carries it, and as the writer stores it: once per id), and the image inventory.
class DemoReportBuilder
{
public:
    explicit DemoReportBuilder(const DemoPlan &plan) : m_plan(plan) {}

    ParsedFile build(const PlannedScan &scan);
    // Finding number `finding` of planned asset `asset`, as its scanner reports it (asset 0).
    ParsedFinding finding(int asset, std::int64_t finding) const;

private:
    void addFindings(ParsedReport &report, int asset, int scanOrdinal);
    void addComponents(ParsedReport &report, int asset) const;

    const DemoPlan &m_plan;
    // Rules whose metadata a report already carried: vulnerabilities by (package, ordinal), checks
    // and secret rules by kind and key.
    std::unordered_set<std::uint64_t> m_rulesSent;
    std::unordered_set<std::string> m_namedRulesSent;
};

} // namespace bulkhead::demo
