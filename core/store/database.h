#pragma once

#include "store/sqlitestatement.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace bulkhead {

// One SQLite connection to a Bulkhead store. The store has exactly one writer connection (the
// import/triage writer) and any number of read connections, one per thread that reads; WAL mode
// lets readers proceed while the writer works.
class Database
{
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating when ReadWrite and missing) and migrates the store. Throws StoreError with a
    // message naming the file when it is not a Bulkhead store, is corrupt, or was written by a
    // newer Bulkhead (then the file is left exactly as it was).
    static Database open(const std::string &path, Access access = Access::ReadWrite);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql) const { return SqliteStatement(m_db, sql); }
    std::int64_t scalar(std::string_view sql) const; // first column of first row, 0 if none

    // For a store built from scratch in a temporary file and renamed into place only when
    // complete (the demo): no syncs meanwhile (hundreds of small triage transactions each cost
    // one), a 1 GiB page cache (each rescan touches every finding of an image again; with 64 MB a
    // 500k-finding demo took 66 s), and file-backed temporary storage (SQLite truncates an
    // in-memory sub-journal by walking it from the start after each statement, quadratic in a
    // large report's size inside the writer's per-report savepoint). finishScratchBuild() syncs
    // everything and empties the WAL into the file.
    void beginScratchBuild();
    void finishScratchBuild();

    // The schema version this program writes; a store above it is refused.
    static int currentSchemaVersion();
    int schemaVersion() const;

    // The default store: $XDG_DATA_HOME/bulkhead/bulkhead.db (~/.local/share/bulkhead/...).
    static std::string defaultPath();

private:
    Database(sqlite3 *db, std::string path);
    void configure(Access access);
    void migrate();

    sqlite3 *m_db = nullptr;
    std::string m_path;
};

// Begins IMMEDIATE on construction, rolls back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

// A named savepoint inside an open transaction: released on commit(), rolled back to (and
// released) on destruction otherwise.
class Savepoint
{
public:
    Savepoint(Database &db, std::string name);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    void commit();

private:
    Database &m_db;
    std::string m_name;
    bool m_done = false;
};

} // namespace bulkhead
