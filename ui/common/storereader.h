#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace bulkhead {
class Database;
}

namespace bulkhead::ui {

// The store side of a view's loader (FindingsLoader, ImagesLoader): one read-only connection,
// opened on first use on the loader's thread, and request generations. A read that belongs to an
// outdated request (the user typed another letter) is interrupted inside SQLite, so a slow query
// never delays the next. Used from the loader's thread only, apart from latestGeneration().
class StoreReader
{
public:
    explicit StoreReader(QString storePath);
    ~StoreReader();
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // The newest request generation (set by the model on the GUI thread); reads of older
    // generations stop early.
    std::atomic<quint64> &latestGeneration() { return m_latest; }

    // Runs `work` (which reads through db()) for `generation` (0: not tied to a request). False
    // with `error` set when the store failed; false with an empty error when the read was
    // outdated or interrupted.
    bool run(quint64 generation, QString &error, const std::function<void()> &work);
    Database &db();

private:
    QString m_storePath;
    std::unique_ptr<Database> m_db;
    std::atomic<quint64> m_latest{0};
    quint64 m_running = 0; // generation of the read in progress (progress handler)
};

} // namespace bulkhead::ui
