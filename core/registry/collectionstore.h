#pragma once

#include "analysis/posturethresholds.h"
#include "registry/collectionresult.h"
#include "registry/repositorycrawl.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// What a finished crawl hands to the store.
struct CollectionData {
    std::int64_t sourceId = 0, runId = 0, startedAt = 0, now = 0;
    std::string sourceName, registryHost;
    bool insecureSource = false;
    bool complete = false; // every repository crawled without failure: the store may forget the rest
    PostureThresholds thresholds;
    std::vector<CrawledImage> images;
    std::vector<CollectedTag> tags;
    std::vector<ParsedFile> sboms;
};

// Judges each image (evaluateImagePosture, with its newest imported scan) and writes, in ONE
// transaction, the images and tags, the SBOMs, the posture report and the run's outcome from
// `result` (status, counts, error). On a store error nothing of it is kept, the run is recorded
// as failed, and `result` says so.
void storeCollection(Database &db, const CollectionData &data, CollectionResult &result);

// Records the run's outcome alone (failed, cancelled): its own small transaction.
void finishRun(Database &db, std::int64_t sourceId, std::int64_t runId, std::int64_t startedAt, std::int64_t now,
               const CollectionResult &result);

} // namespace bulkhead
