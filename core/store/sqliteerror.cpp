#include "store/sqliteerror.h"

#include <cstring>

namespace bulkhead {

bool failedLocked(sqlite3 *db)
{
    return db && (sqlite3_extended_errcode(db) & 0xff) == SQLITE_BUSY;
}

std::string lockedByAnotherProcess()
{
    return "the store is locked by another process (waited " + std::to_string(kStoreBusyTimeoutMs / 1000)
        + " s for it to finish); try again when that process has ended";
}

std::string describeFailure(sqlite3 *db, const std::string &message, bool *named)
{
    const int code = db ? (sqlite3_extended_errcode(db) & 0xff) : SQLITE_ERROR;
    if (named)
        *named = code == SQLITE_BUSY || code == SQLITE_FULL || code == SQLITE_IOERR;
    if (code == SQLITE_BUSY)
        return lockedByAnotherProcess();
    if (code == SQLITE_FULL || code == SQLITE_IOERR) {
        // SQLite says "disk I/O error" for a write the system refused, whatever the reason: the
        // system's own words tell a full disk ("No space left on device") or a file size limit
        // ("File too large") from a failing disk.
        const int error = sqlite3_system_errno(db);
        std::string text = "database error: " + message;
        if (error != 0)
            text += std::string(" (") + std::strerror(error) + ")";
        else if (sqlite3_extended_errcode(db) == SQLITE_IOERR_WRITE)
            // SQLite keeps no errno for a failed write (a full disk is SQLITE_FULL; this is most
            // often EFBIG, a file size limit).
            text += " (a write to the store was refused: the disk is full or a file size limit was reached)";
        return text;
    }
    return "database error: " + message;
}

} // namespace bulkhead
