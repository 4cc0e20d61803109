#include "mainwindow/storefacts.h"

#include "store/database.h"
#include "store/storeaccess.h"
#include "store/storeerror.h"
#include "store/storemeta.h"

namespace bulkhead::ui {

StoreFacts StoreFacts::read(const QString &storePath)
{
    StoreFacts facts;
    try {
        const Database db = Database::open(storePath.toStdString(), Database::Access::ReadOnly);
        facts.demo = storemeta::isDemo(db);
        facts.empty = storemeta::isEmpty(db);
        facts.readOnly = !storeWritable(storePath.toStdString());
        facts.ok = true;
    } catch (const StoreError &e) {
        facts.error = QString::fromUtf8(e.what());
    }
    return facts;
}

} // namespace bulkhead::ui
