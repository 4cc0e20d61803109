#pragma once

struct sqlite3;

namespace bulkhead {

class Database;

// One stable view of the store for a read made of many queries (the posture, a report, an export):
// BEGIN on construction, COMMIT on destruction (a read: nothing to roll back). WAL lets the writer
// go on meanwhile. Left alone when the connection already holds a transaction: the caller's own
// then gives the same view.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_handle;
    bool m_begun = false;
};

} // namespace bulkhead
