#include "store/database.h"

#include "analysis/controlmapping.h"
#include "store/migrations.h"
#include "store/sqliteerror.h"
#include "store/storeaccess.h"
#include "store/storeerror.h"

#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <mutex>
#include <utility>

namespace bulkhead {

namespace {
// 'BHKD': marks a SQLite file as a Bulkhead store so that we never migrate someone else's database.
constexpr int kApplicationId = 0x42484B44;

// bulkhead_control(kind, key, title): controlForRule() for migrations that fill rules.control.
void controlFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto text = [](sqlite3_value *v) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
        return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(v))) : std::string_view();
    };
    const std::string_view control = bulkhead::controlForRule(
        static_cast<bulkhead::FindingKind>(sqlite3_value_int(argv[0])), text(argv[1]), text(argv[2]));
    if (control.empty())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, control.data(), static_cast<int>(control.size()), SQLITE_STATIC);
}

std::string describe(const std::string &path, const std::string &what)
{
    return path + ": " + what;
}

std::string folderOf(const std::string &path)
{
    const auto parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

// A "file:" URI for sqlite3_open_v2 with SQLITE_OPEN_URI: the characters that URIs give a meaning
// escaped, the rest as it is.
std::string fileUri(const std::string &path, const std::string &query)
{
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%')
            uri += "%25";
        else if (c == '?')
            uri += "%3f";
        else if (c == '#')
            uri += "%23";
        else
            uri += c;
    }
    return uri + "?" + query;
}
} // namespace

Database::Database(sqlite3 *db, std::string path) : m_db(db), m_path(std::move(path)) {}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

int Database::currentSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

std::string Database::defaultPath()
{
    std::filesystem::path base;
    if (const char *xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char *home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = ".";
    return (base / "bulkhead" / "bulkhead.db").string();
}

namespace {
// Process-wide SQLite settings, applied once before the library initialises. Memory statistics
// take a global mutex on every allocation; nothing here reads them.
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE here only means SQLite was already initialised by someone else: harmless.
        (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}
} // namespace

Database Database::open(const std::string &path, Access access)
{
    configureSqliteOnce();
    std::error_code missing;
    const bool exists = std::filesystem::exists(path, missing);
    if (access == Access::ReadWrite && exists && !storeWritable(path))
        throw StoreError(describe(path, "the store is read-only for this user (no write permission on the file or on "
                                        "its folder); it can only be opened for reading"));
    if (access == Access::ReadWrite) {
        const auto parent = std::filesystem::path(path).parent_path();
        std::error_code ec;
        if (!parent.empty())
            std::filesystem::create_directories(parent, ec);
    }
    sqlite3 *raw = nullptr;
    const int flags = (access == Access::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY)
        | SQLITE_OPEN_NOMUTEX;
    // A WAL store is read through its index file beside it (-shm), which SQLite creates and
    // removes. In a folder this user may not write, with no WAL left behind (the last writer
    // closed cleanly, so everything is in the file), the store is opened as immutable: no
    // index, no locks. Otherwise SQLite would refuse to read it at all.
    std::string target = path;
    int uriFlag = 0;
    if (access == Access::ReadOnly && exists && ::access(folderOf(path).c_str(), W_OK) != 0
        && !std::filesystem::exists(path + "-wal", missing)) {
        target = fileUri(path, "immutable=1");
        uriFlag = SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(target.c_str(), &raw, flags | uriFlag, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK)
        throw StoreError(describe(path, std::string("cannot open store: ") + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))));
    sqlite3_extended_result_codes(raw, 1);
    db.configure(access);
    return db;
}

void Database::configure(Access access)
{
    exec("PRAGMA busy_timeout = " + std::to_string(kStoreBusyTimeoutMs));
    // Read the version before anything that could write: a newer store is left untouched.
    int version = 0;
    int appId = 0;
    std::int64_t objects = 0;
    try {
        version = schemaVersion();
        appId = static_cast<int>(scalar("PRAGMA application_id"));
        objects = scalar("SELECT count(*) FROM sqlite_schema");
    } catch (const StoreError &e) {
        // Another program holding the whole file (an exclusive locking mode, a rollback-journal
        // writer) is no sign of a damaged store.
        if (failedLocked(m_db) || std::string_view(e.what()).find(lockedByAnotherProcess()) != std::string_view::npos)
            throw StoreError(describe(m_path, lockedByAnotherProcess()));
        throw StoreError(describe(m_path, std::string("not a readable SQLite database (") + e.what() + ")"));
    }
    if (appId != 0 && appId != kApplicationId)
        throw StoreError(describe(m_path, "this SQLite database belongs to another application; refusing to use it"));
    if (appId == 0 && objects > 0)
        throw StoreError(describe(m_path, "this SQLite database is not a Bulkhead store; refusing to modify it"));
    if (version > currentSchemaVersion())
        throw StoreError(describe(m_path, "store schema version " + std::to_string(version)
                                              + " is newer than this Bulkhead understands ("
                                              + std::to_string(currentSchemaVersion())
                                              + "); upgrade Bulkhead. The store was not modified."));
    exec("PRAGMA foreign_keys = ON");
    if (access == Access::ReadOnly) {
        exec("PRAGMA query_only = ON");
        if (version < currentSchemaVersion())
            throw StoreError(describe(m_path, "store is not initialised or needs migration; open it read-write first"));
        return;
    }
    if (version == 0 && objects == 0) {
        // 16 KiB pages for a new store (only possible before WAL is on): a million-finding import
        // measured ~15% faster than with 4 KiB pages, for the same file size.
        exec("PRAGMA page_size = 16384");
    }
    exec("PRAGMA journal_mode = WAL");
    // WAL + NORMAL: a commit survives a process crash; only an OS crash may lose the newest commits.
    exec("PRAGMA synchronous = NORMAL");
    // Temporary files (sorts, statement sub-journals) on disk as SQLite's default: with
    // temp_store = MEMORY the sub-journal of a statement inside an open savepoint (a collector's
    // transaction holding the findings writer's savepoint) is an in-memory list that SQLite walks
    // from its start at every statement's end, which made a 100,000-secret Vault write quadratic
    // (84 s instead of 19 s in bench_secrets).
    exec("PRAGMA temp_store = DEFAULT");
    exec("PRAGMA cache_size = -65536"); // KiB
    // After a checkpoint the WAL file is cut back to this size instead of staying at its peak.
    exec("PRAGMA journal_size_limit = 67108864");
    sqlite3_create_function(m_db, "bulkhead_control", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            controlFunction, nullptr, nullptr);
    migrate();
}

void Database::migrate()
{
    const auto &steps = schemaMigrations();
    int version = schemaVersion();
    if (version >= static_cast<int>(steps.size()))
        return;
    Transaction tx(*this);
    for (; version < static_cast<int>(steps.size()); ++version)
        exec(steps[static_cast<std::size_t>(version)]);
    exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    exec("PRAGMA user_version = " + std::to_string(steps.size()));
    tx.commit();
}

void Database::beginScratchBuild()
{
    exec("PRAGMA synchronous = OFF");
    exec("PRAGMA cache_size = -1048576");
    exec("PRAGMA temp_store = FILE");
}

void Database::finishScratchBuild()
{
    exec("PRAGMA synchronous = FULL"); // the checkpoint below then syncs the store to disk
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

int Database::schemaVersion() const
{
    return static_cast<int>(scalar("PRAGMA user_version"));
}

void Database::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string owned(sql);
    if (sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : sqlite3_errmsg(m_db);
        sqlite3_free(err);
        throw StoreError(describe(m_path, describeFailure(m_db, message)));
    }
}

std::int64_t Database::scalar(std::string_view sql) const
{
    SqliteStatement st(m_db, sql);
    return st.step() ? st.int64(0) : 0;
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // The connection is already unusable; nothing more to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

Savepoint::Savepoint(Database &db, std::string name) : m_db(db), m_name(std::move(name))
{
    m_db.exec("SAVEPOINT " + m_name);
}

Savepoint::~Savepoint()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK TO " + m_name);
            m_db.exec("RELEASE " + m_name);
        } catch (...) {
            // The enclosing transaction is rolled back by its owner.
        }
    }
}

void Savepoint::commit()
{
    m_db.exec("RELEASE " + m_name);
    m_done = true;
}

} // namespace bulkhead
