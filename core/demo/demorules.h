#pragma once

#include "demo/demovocabulary.h"
#include "model/parsedreport.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace bulkhead::demo {

// Vulnerabilities of the demo are identified by (package, ordinal): the j-th vulnerability known
// for package number g of the vocabulary. The same package in two images therefore has the same
// CVEs, as in real scans, and a rule's id, severity and text are functions of (g, j) alone.
inline constexpr int kMaxVulnsPerPackage = 400;

struct VulnRuleRef {
    int package = 0; // global package number (packageNumber())
    int ordinal = 0; // j < kMaxVulnsPerPackage
};

// Global number of the i-th package of an ecosystem, unique across ecosystems.
int packageNumber(Ecosystem e, int index);
std::string_view packageNameOf(int packageNumber);
Ecosystem packageEcosystem(int packageNumber);

// "CVE-2023-41234" or "GHSA-xxxx-xxxx-xxxx": distinct for distinct refs of the same package.
std::string vulnRuleKey(const VulnRuleRef &ref);
Severity vulnSeverity(const VulnRuleRef &ref);
bool vulnHasFix(const VulnRuleRef &ref);
// Title, description, references, CWE, CVSS and dates, as scanners deliver them once per id.
RuleInfo vulnRuleInfo(const VulnRuleRef &ref, std::int64_t now);

RuleInfo checkRuleInfo(const DemoCheck &check);
RuleInfo secretRuleInfo(const DemoSecretRule &rule);

} // namespace bulkhead::demo
