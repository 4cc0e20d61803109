#pragma once

#include "gate/gateevaluation.h"
#include "gate/gatescope.h"
#include "store/sqlitestatement.h"

#include <functional>

// The rule evaluators behind evaluateGate, one file per kind of row (gaterulesfindings.cpp,
// gaterulesimages.cpp, gaterulescluster.cpp, gaterulesposture.cpp). Internal to core/gate.
namespace bulkhead::gaterules {

struct Context {
    const Database &db;
    const GateScopeSql &scope;
    const GateOptions &options;
};

void maxOpenFindings(const Context &c, const GateRule &rule, GateRuleResult &out);
void findingsPastSla(const Context &c, const GateRule &rule, GateRuleResult &out);
void imagesSigned(const Context &c, const GateRule &rule, GateRuleResult &out);
void imagesSbom(const Context &c, const GateRule &rule, GateRuleResult &out);
void imagesNonRoot(const Context &c, const GateRule &rule, GateRuleResult &out);
void rbacRisk(const Context &c, const GateRule &rule, GateRuleResult &out);
void secretRotation(const Context &c, const GateRule &rule, GateRuleResult &out);

// Reads a rule's violating items into out.evidence (up to the limit) from a statement whose rows
// `line` turns into text.
void readEvidence(const Context &c, SqliteStatement &st, GateRuleResult &out,
                  const std::function<std::string(SqliteStatement &)> &line);
std::string day(std::int64_t unixSeconds); // "2026-11-29"

} // namespace bulkhead::gaterules
