#pragma once

#include "secrets/secretevaluation.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

struct InventoryImportResult {
    bool ok = false;
    std::string inventory;           // the name used (origin of its rows)
    std::vector<std::string> errors; // parse errors with line numbers, or the store error; nothing imported then
    int errorCount = 0;
    int rows = 0, added = 0, updated = 0, removed = 0;
    SecretEvaluationSummary evaluation;
};

// Imports (or re-imports) an inventory CSV into the store at `storePath`: parseInventoryCsv, then
// ONE transaction: SecretRepository::write(complete: rows of this inventory not in the file go)
// and evaluateSecrets for this inventory. A file with any problem imports nothing.
// `inventoryName` "" = inventoryNameForFile(path).
InventoryImportResult importInventory(const std::string &storePath, const std::string &csvPath,
                                      const std::string &inventoryName, const SecretPolicy &policy, std::int64_t now);

} // namespace bulkhead
