#include "drills/drillsworker.h"

#include "store/database.h"
#include "store/drillrepository.h"
#include "store/storeaccess.h"

namespace bulkhead::ui {

DrillsWorker::DrillsWorker(QString storePath) : m_storePath(std::move(storePath)) {}

DrillsWorker::~DrillsWorker() = default;

Database &DrillsWorker::db()
{
    if (!m_db) {
        // Read-write: the page records runs and actions. Writes are a few rows each; WAL keeps
        // the other views' readers going meanwhile. A store this user may not write is read only:
        // the page still shows its drills, and a write says why it failed.
        const std::string path = m_storePath.toStdString();
        const bool writable = storeWritable(path);
        auto db = std::make_unique<Database>(
            Database::open(path, writable ? Database::Access::ReadWrite : Database::Access::ReadOnly));
        if (writable)
            DrillRepository(*db).ensureBuiltinTemplates();
        m_db = std::move(db);
    }
    return *m_db;
}

void DrillsWorker::reset()
{
    m_db.reset();
}

} // namespace bulkhead::ui
