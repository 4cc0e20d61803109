#pragma once

#include "importers/reportparser.h"
#include "store/database.h"
#include "store/importsummary.h"

#include <cstdint>
#include <memory>
#include <string>

namespace bulkhead {

// Writes parsed reports into the store, one transaction per report: either the whole report is
// in the store or none of it. Owns the writer connection's prepared statements and id caches, so
// keep one instance for a whole batch of files. Not thread-safe: one writer thread uses it.
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

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead
