#pragma once

#include <string>
#include <vector>

namespace bulkhead {

// The registries the team trusts for the untrusted-registry workload check: the QSettings key
// `workloads/trustedRegistries` (a QStringList of hosts or host/path prefixes). Read by the
// cluster collector (GUI job and bulkheadctl alike), written by the settings dialog. Entries are
// trimmed; empty ones dropped. An empty list makes the check "n/a".
std::vector<std::string> loadTrustedRegistries();
void saveTrustedRegistries(const std::vector<std::string> &registries);

} // namespace bulkhead
