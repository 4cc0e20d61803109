#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// A prepared statement, finalized on destruction. Binds are 1-based like SQLite's.
// Errors throw StoreError with SQLite's message; callers inside a transaction roll back.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    SqliteStatement &bind(int index, std::int64_t value);
    SqliteStatement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    SqliteStatement &bind(int index, double value);
    // Text is bound without copying (SQLITE_STATIC): it must outlive step().
    SqliteStatement &bind(int index, std::string_view text);
    SqliteStatement &bindText(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    // A temporary would be gone before step() reads it.
    SqliteStatement &bindText(int index, std::string &&text) = delete;
    // Empty text binds NULL.
    SqliteStatement &bindOrNull(int index, std::string_view text);
    SqliteStatement &bindNull(int index);

    // True while a row is available.
    bool step();
    // Runs to completion (for statements that return no rows).
    void exec();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const;
    bool isNull(int column) const;
    int columnCount() const;
    std::string columnName(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace bulkhead
