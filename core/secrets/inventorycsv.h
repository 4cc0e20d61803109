#pragma once

#include "secrets/secretrecord.h"

#include <string>
#include <vector>

namespace bulkhead {

// A secrets inventory CSV (RFC 4180: quoted fields, "" escapes, CRLF or LF, UTF-8 with or without
// BOM). The first line names the columns, in any order, case-insensitive: name, owner, store,
// last_rotated (YYYY-MM-DD or RFC 3339) and policy_days (an integer >= 0, may be empty); name,
// store and last_rotated are required; unknown columns are ignored. Every problem is collected
// ("inventory.csv line 7: last_rotated \"2024-13-01\" is not a date (YYYY-MM-DD or RFC 3339)",
// "inventory.csv: missing column last_rotated", duplicate (store, name) pairs, empty required
// cells); with any problem `records` is empty, so nothing of a bad file is imported.
struct InventoryParse {
    std::vector<SecretRecord> records; // store Inventory, origin = the inventory name, ageSource Inventory
    std::vector<std::string> errors;   // capped at 100 (errorCount has the true number)
    int errorCount = 0;
    int rows = 0; // data lines read
};
InventoryParse parseInventoryCsv(const std::string &path, const std::string &inventoryName);
// The default inventory name: the file's base name without extension ("team-secrets").
std::string inventoryNameForFile(const std::string &path);

} // namespace bulkhead
