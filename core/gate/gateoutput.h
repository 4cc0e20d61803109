#pragma once

#include "gate/gateevaluation.h"

#include <string>

namespace bulkhead {

// The gate's outputs. Evidence lists are those of the evaluation (capped); each rule says how
// many items violate it in total, so "... and N more" follows a capped list.

// Each violated rule with its evidence and notes, each passed rule on one line, then the summary
// line ("Gate strict-release: FAILED, 2 of 7 rules violated (scope: Whole store)").
std::string gateText(const GateResult &result);
// {"policy", "scope", "at", "passed", "rules": [{"id", "type", "passed", "violating", "message",
// "description", "evidence", "notes"}], "summary": {"rules", "violated"}}.
std::string gateJson(const GateResult &result);
// JUnit XML: one testsuite, one testcase per rule, a <failure> with the message and the evidence
// for each violated rule. Escaped by QXmlStreamWriter, so a name like `<img src=x>` stays text.
std::string gateJunit(const GateResult &result);
// SARIF 2.1.0: one run of the tool "bulkhead-gate", a reporting descriptor per rule of the
// policy and one result (level error) per violated rule, its message with the evidence.
std::string gateSarif(const GateResult &result);
// The gate_runs summary: {"<violated rule id>": <violating items>, ...}.
std::string gateSummaryJson(const GateResult &result);

} // namespace bulkhead
