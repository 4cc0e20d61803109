#include "store/readtransaction.h"

#include "store/database.h"

#include <sqlite3.h>

namespace bulkhead {

ReadTransaction::ReadTransaction(const Database &db) : m_handle(db.handle())
{
    m_begun = sqlite3_get_autocommit(m_handle) != 0
        && sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
}

ReadTransaction::~ReadTransaction()
{
    if (m_begun)
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace bulkhead
