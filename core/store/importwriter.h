#pragma once

#include "importers/reportparser.h"
#include "store/database.h"
#include "store/importsummary.h"

#include <cstdint>
#include <memory>
#include <string>

namespace bulkhead {

// Writes parsed reports into the store. Outside a batch each report is its own transaction; in a
// batch (beginBatch .. commitBatch) the whole batch is one transaction and each report a savepoint
// in it, so an import of many files is all-or-nothing and a report that fails to store leaves the
// others intact. Outside a batch but inside a transaction someone else opened on the connection,
// a report is a savepoint of that transaction. (Each writer indexes the rules that are new in the
// transaction when it ends: two writers that both write reports in one transaction would index a
// new rule twice, so code that holds a batch writer passes it on instead.) One transaction for a batch is also what makes bulk imports fast: per-report
// commits rewrote every touched index page once per report.
// Owns the writer connection's prepared statements and id caches. Not thread-safe.
class ImportWriter
{
public:
    explicit ImportWriter(Database &db);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // `now` is the import time (unix seconds); it stands in for a report without a scan time.
    // Throws StoreError after rolling back.
    ImportSummary write(const ParsedFile &file, std::int64_t now);

    // `bulk`: the batch is large next to what the store holds, so secondary finding indexes are
    // dropped now and rebuilt at commit (readers keep seeing the committed store with them).
    void beginBatch(bool bulk = false);
    void commitBatch();   // throws StoreError (then nothing of the batch is stored)
    void rollbackBatch(); // undoes every report written since beginBatch()
    bool inBatch() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead
