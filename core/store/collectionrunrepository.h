#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace bulkhead {

// One collection of one source. status: running, complete, partial, failed, cancelled.
struct CollectionRunRow {
    std::int64_t id = 0, sourceId = 0, startedAt = 0, finishedAt = 0; // finishedAt 0: still running
    std::string status, error;
    int repositories = 0, images = 0, requests = 0, failures = 0;
};

// The history of collections: the collector starts a run before crawling and finishes it with
// its outcome, so a crash leaves a visible "running" row rather than nothing.
class CollectionRunRepository
{
public:
    explicit CollectionRunRepository(Database &db) : m_db(db) {}

    // A new "running" run; returns its id.
    std::int64_t start(std::int64_t sourceId, std::int64_t now);
    // Writes finishedAt, status, error and the counters of run `run.id`; throws StoreError for an
    // unknown id.
    void finish(const CollectionRunRow &run);
    // The newest run of the source.
    std::optional<CollectionRunRow> last(std::int64_t sourceId) const;

private:
    Database &m_db;
};

} // namespace bulkhead
