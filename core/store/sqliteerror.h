#pragma once

#include <sqlite3.h>

#include <string>

namespace bulkhead {

// How long a store connection waits for another connection's lock before it gives up
// (PRAGMA busy_timeout): long enough for another import's commit, short enough that a store held
// by a stuck process ends in an error instead of a hang.
constexpr int kStoreBusyTimeoutMs = 10000;

// True when the last call on `db` failed because another connection held the store's lock for
// longer than the busy timeout (SQLITE_BUSY and its extended codes).
bool failedLocked(sqlite3 *db);

// The user's words for that: SQLite's own "database is locked" reads like a fault of the store,
// not like another program in the way.
std::string lockedByAnotherProcess();

// The text of the last failure on `db` (`message` is SQLite's): "database error: <message>", with
// the reason spelled out where SQLite's words are vague: locked is lockedByAnotherProcess(); a
// write the system refused (full disk, file size limit, failing disk) adds the system's words,
// e.g. "(No space left on device)". `named` is set when the failure concerns the store file
// itself (locked, full, I/O), which the message must then name: the caller prefixes the file.
std::string describeFailure(sqlite3 *db, const std::string &message, bool *named = nullptr);

} // namespace bulkhead
