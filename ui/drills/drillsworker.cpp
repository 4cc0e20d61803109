#include "drills/drillsworker.h"

#include "store/database.h"
#include "store/drillrepository.h"

namespace bulkhead::ui {

DrillsWorker::DrillsWorker(QString storePath) : m_storePath(std::move(storePath)) {}

DrillsWorker::~DrillsWorker() = default;

Database &DrillsWorker::db()
{
    if (!m_db) {
        // Read-write: the page records runs and actions. Writes are a few rows each; WAL keeps
        // the other views' readers going meanwhile.
        auto db = std::make_unique<Database>(Database::open(m_storePath.toStdString()));
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
