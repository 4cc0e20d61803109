#include "common/storereader.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <sqlite3.h>

namespace bulkhead::ui {

StoreReader::StoreReader(QString storePath) : m_storePath(std::move(storePath)) {}

StoreReader::~StoreReader() = default;

Database &StoreReader::db()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(Database::open(m_storePath.toStdString(), Database::Access::ReadOnly));
        // Every ~1000 virtual machine steps SQLite asks whether to go on: stop reads of a request
        // the user has already replaced.
        sqlite3_progress_handler(
            m_db->handle(), 1000,
            [](void *self) -> int {
                auto *reader = static_cast<StoreReader *>(self);
                return reader->m_running != 0 && reader->m_running < reader->m_latest.load() ? 1 : 0;
            },
            this);
    }
    return *m_db;
}

bool StoreReader::run(quint64 generation, QString &error, const std::function<void()> &work)
{
    error.clear();
    if (generation != 0 && generation < m_latest.load())
        return false;
    m_running = generation;
    try {
        work();
        m_running = 0;
        return generation == 0 || generation >= m_latest.load();
    } catch (const StoreError &e) {
        m_running = 0;
        if (generation != 0 && generation < m_latest.load())
            return false; // interrupted on purpose
        m_db.reset(); // reopen next time: the file may have been replaced or repaired
        error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace bulkhead::ui
