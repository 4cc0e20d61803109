#include "secrets/inventoryimport.h"

#include "secrets/inventorycsv.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/secretrepository.h"
#include "store/storeerror.h"

#include <algorithm>
#include <set>

namespace bulkhead {

InventoryImportResult importInventory(const std::string &storePath, const std::string &csvPath,
                                      const std::string &inventoryName, const SecretPolicy &policy, std::int64_t now)
{
    InventoryImportResult result;
    result.inventory = inventoryName.empty() ? inventoryNameForFile(csvPath) : inventoryName;
    InventoryParse parsed = parseInventoryCsv(csvPath, result.inventory);
    result.rows = parsed.rows;
    if (parsed.errorCount > 0 || !parsed.errors.empty()) {
        // A file with any problem imports nothing: the store is not even opened.
        result.errors = std::move(parsed.errors);
        result.errorCount = std::max<int>(parsed.errorCount, static_cast<int>(result.errors.size()));
        return result;
    }
    const std::string store = secretStoreKindName(SecretStoreKind::Inventory);
    try {
        Database db = Database::open(storePath);
        SecretRepository repo(db);
        // What the inventory held, to say what the import added, updated and removed.
        std::set<std::pair<std::string, std::string>> before;
        repo.forEach(store, result.inventory, [&before](std::int64_t, const SecretRecord &s) {
            before.emplace(s.location, s.name);
        });
        for (const SecretRecord &s : parsed.records) {
            if (before.erase({s.location, s.name}))
                ++result.updated;
            else
                ++result.added;
        }
        result.removed = static_cast<int>(before.size());

        // ONE transaction: the rows (the file is the whole inventory: rows not in it go) and
        // their evaluation, so the Secrets page never shows rows without a due date.
        ImportWriter writer(db);
        writer.beginBatch();
        try {
            SecretSourceWrite write;
            write.store = SecretStoreKind::Inventory;
            write.origin = result.inventory;
            write.now = now;
            write.complete = true;
            write.secrets = std::move(parsed.records);
            repo.write(write);
            result.evaluation = evaluateSecrets(db, writer, policy, now, store, result.inventory);
            writer.commitBatch();
        } catch (...) {
            if (writer.inBatch())
                writer.rollbackBatch();
            throw;
        }
    } catch (const StoreError &e) {
        result.errors = {std::string("the inventory ") + result.inventory + " could not be stored, nothing of it was "
                         "imported: " + e.what()};
        result.errorCount = 1;
        result.added = result.updated = result.removed = 0;
        result.evaluation = {};
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace bulkhead
