#pragma once

#include "model/findingkind.h"
#include "model/severity.h"

#include <cstdint>
#include <string>

namespace bulkhead {
class Database;
}

namespace bulkhead::test {

// Writes one complete scan of one image through the real ImportWriter: a report that claims the
// (image, kind) scope and holds one finding of `rule` with `severity`. The rule's control comes
// from the import (controlForRule), as with a real report: every secret maps to SEC-1, every
// vulnerability to BLD-2.
void writeOneFindingScan(Database &db, const std::string &image, FindingKind kind, const std::string &rule,
                         Severity severity, std::int64_t scannedAt);

} // namespace bulkhead::test
