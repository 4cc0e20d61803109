#pragma once

#include "rbac/rbacrequest.h"

#include <cstdint>
#include <string>

namespace bulkhead::rbacparts {

// The parts of a rule/request match, as bits: RbacIndex::why counts them to find the closest
// grant, ruleMismatch names the first.
enum Part : std::uint8_t {
    Verb = 1,
    ApiGroup = 2,
    Resource = 4,
    ResourceName = 8,
    NonResourceUrl = 16,
    Namespace = 32, // scope: set by the index, never by mismatchParts
};

// Every part of `rule` that does not match `request` (0 = the rule allows it).
unsigned mismatchParts(const PolicyRule &rule, const RbacRequest &request);
// "verb", "apiGroup", "resource", "resourceName", "nonResourceURL", "namespace" for one bit.
const char *partName(Part part);
// The parts in `mask`, in the order above, joined with ", ".
std::string partNames(unsigned mask);
int partCount(unsigned mask);

} // namespace bulkhead::rbacparts
