#pragma once

#include <string>

namespace bulkhead {

// The operating-system account running Bulkhead: who a triage change is recorded as.
std::string osUserName();

} // namespace bulkhead
