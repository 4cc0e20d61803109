#pragma once

#include "model/parsedreport.h"

#include <initializer_list>
#include <string>

namespace bulkhead {

// The RuleInfo of one of Bulkhead's own checks: its texts and references (one URL per line,
// primary first), with hasMetadata set so that the store keeps them.
RuleInfo describedRule(FindingKind kind, std::string key, const char *title, const char *description,
                       std::initializer_list<const char *> references);

} // namespace bulkhead
