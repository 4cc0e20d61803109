#include "mainwindow/storefacts.h"

#include "store/database.h"
#include "store/storeerror.h"
#include "store/storemeta.h"

namespace bulkhead::ui {

StoreFacts StoreFacts::read(const QString &storePath)
{
    StoreFacts facts;
    try {
        const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
        facts.demo = storemeta::isDemo(db);
        // The one query outside core/store: an EXISTS probe stops at the first row. It belongs in
        // a store-level helper (storemeta) once core has one.
        facts.empty = db.scalar("SELECT NOT (EXISTS(SELECT 1 FROM reports) OR EXISTS(SELECT 1 FROM findings))") != 0;
        facts.ok = true;
    } catch (const StoreError &e) {
        facts.error = QString::fromUtf8(e.what());
    }
    return facts;
}

} // namespace bulkhead::ui
