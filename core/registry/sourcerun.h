#pragma once

#include "registry/collectionresult.h"
#include "store/database.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace bulkhead {

// The bookkeeping around one collection of one source: the store opened, the source found by
// name and kind, a "running" run started before any request (so a crash leaves a visible row),
// and every way out (failed, cancelled, done) recorded with the result's outcome and time.
// `record` writes the run row (each kind maps its counters onto the run table's columns).
class SourceRun
{
public:
    using Record = std::function<void(Database &, std::int64_t sourceId, std::int64_t startedAt, std::int64_t now,
                                      const CollectionResult &)>;

    // `now` 0: the clock (tests set a fixed time).
    SourceRun(CollectionResult &result, std::int64_t now, Record record);

    // False when the store cannot be opened or has no source `name` of `kind` (result.error set;
    // return finish()).
    bool start(const std::string &storePath, const std::string &name, const std::string &kind);

    Database &db() { return *m_db; }
    std::int64_t sourceId() const { return m_sourceId; }
    std::int64_t startedAt() const { return m_startedAt; }
    std::int64_t now() const; // the fixed time, else the clock
    double elapsed() const;   // seconds since construction

    // Records the run (its own small transaction) and returns the result.
    CollectionResult finish();
    CollectionResult fail(std::string error);
    CollectionResult cancelled();

private:
    CollectionResult &m_result;
    std::int64_t m_fixedNow;
    std::int64_t m_startedAt;
    std::chrono::steady_clock::time_point m_started;
    Record m_record;
    std::optional<Database> m_db;
    std::int64_t m_sourceId = 0;
};

} // namespace bulkhead
