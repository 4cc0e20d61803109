#pragma once

#include "secrets/inventoryimport.h"

#include <QString>
#include <QStringList>

namespace bulkhead::ui {

// The secrets-inventory work of the import dialog and the main window. Each call blocks (files,
// store): call them on a worker thread (runInBackground), never on the GUI thread.
namespace inventoryops {

// The inventories already in the store (origins of store "inventory"), sorted; empty with
// *error set when the store cannot be read.
QStringList inventories(const QString &storePath, QString *error);

// importInventory() with Qt types; a store error thrown on the way becomes result.errors.
InventoryImportResult run(const QString &storePath, const QString &csvPath, const QString &inventoryName,
                          const SecretPolicy &policy, qint64 now);

// For the status bar: "Imported inventory team-secrets: 42 secrets (40 added, 2 updated, 0
// removed); 5 overdue."
QString summary(const InventoryImportResult &result);

// For the error dialog: "team.csv has 3 problems; nothing was imported." then one line per
// problem (with its line number, as parseInventoryCsv words it), and "… and N more" when the
// list was capped.
QString failureHeadline(const InventoryImportResult &result, const QString &csvPath);
QString failureDetails(const InventoryImportResult &result);

} // namespace inventoryops

} // namespace bulkhead::ui
