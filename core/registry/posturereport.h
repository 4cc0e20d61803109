#pragma once

#include "analysis/imageposture.h"
#include "importers/reportparser.h"
#include "registry/repositorycrawl.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// The posture checks of one collected image, ready to become a report.
struct ImagePosture {
    const CrawledImage *image = nullptr;
    std::vector<ImageCheck> checks;
};

// The posture findings of one collection as a report for ImportWriter: tool "bulkhead-registry",
// format "registry", one image asset per image (identity = manifest digest) with a complete
// Misconfiguration and Secret scope each, so that a problem fixed in the registry is resolved by
// the next collection that sees the image. `registryHost` is "host[:port]". Every collection is
// its own report: the content hash covers the run id, the source and the time.
ParsedFile buildPostureReport(const std::string &sourceName, const std::string &registryHost, std::int64_t runId,
                              std::int64_t now, const std::vector<ImagePosture> &images);

} // namespace bulkhead
