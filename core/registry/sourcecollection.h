#pragma once

#include "registry/collectionresult.h"
#include "sources/registrysourceconfig.h"

#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;

// The sources a `collect` asks for: all registry sources when `names` is empty, else those named,
// in that order. An unknown name (*unknownName set) or a store that cannot be read -> empty list
// and *error.
std::vector<RegistrySourceConfig> sourcesToCollect(const std::string &storePath, const std::vector<std::string> &names,
                                                   std::string *error, bool *unknownName = nullptr);

// Collects one source as the CLI and the GUI's job do: resolves its credentials at run time
// (keyring or docker config.json), loads the posture thresholds from the settings and runs
// RegistryCollector. `concurrency` > 0 overrides the source's. A credential problem is a failed
// run with that error (and recorded as such).
CollectionResult collectSource(const std::string &storePath, RegistrySourceConfig source, const CancelToken *cancel,
                               const CollectionProgressCallback &progress, int concurrency = 0);

// "complete: 12 repositories, 30 images, 31 tags, 210 requests, 0 failures; 14 posture findings
// (3 new, 1 resolved) in 2.1 s" for the CLI's summary line and the job's sourceDone.
std::string collectionSummary(const CollectionResult &result);

} // namespace bulkhead
