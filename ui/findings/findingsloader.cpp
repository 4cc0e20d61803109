#include "findings/findingsloader.h"

#include "store/database.h"
#include "store/findingrepository.h"
#include "store/storeerror.h"

#include <sqlite3.h>

namespace bulkhead::ui {

FindingsLoader::FindingsLoader(QString storePath) : m_storePath(std::move(storePath)) {}

FindingsLoader::~FindingsLoader() = default;

Database &FindingsLoader::db()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(Database::open(m_storePath.toStdString(), Database::Access::ReadOnly));
        // Every ~1000 virtual machine steps SQLite asks whether to go on: stop reads of a request
        // the user has already replaced.
        sqlite3_progress_handler(
            m_db->handle(), 1000,
            [](void *self) -> int {
                auto *loader = static_cast<FindingsLoader *>(self);
                return loader->m_running != 0 && loader->m_running < loader->m_latest.load() ? 1 : 0;
            },
            this);
    }
    return *m_db;
}

bool FindingsLoader::run(quint64 generation, QString &error, const std::function<void()> &work)
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

bool FindingsLoader::firstPage(quint64 generation, const FindingFilter &filter, const FindingSort &sort, int pageSize,
                               std::vector<FindingRow> &rows, QString &error)
{
    return run(generation, error, [&] { rows = FindingRepository(db()).rows(filter, sort, 0, pageSize); });
}

bool FindingsLoader::count(quint64 generation, const FindingFilter &filter, qint64 &total, QString &error)
{
    return run(generation, error, [&] { total = FindingRepository(db()).count(filter); });
}

bool FindingsLoader::page(quint64 generation, const FindingFilter &filter, const FindingSort &sort, qint64 offset,
                          int pageSize, qint64 knownCount, std::vector<FindingRow> &rows, QString &error)
{
    return run(generation, error,
               [&] { rows = FindingRepository(db()).rows(filter, sort, offset, pageSize, knownCount); });
}

bool FindingsLoader::groups(quint64 generation, const FindingFilter &filter, FindingGroupBy by, int limit,
                            std::vector<FindingGroup> &out, QString &error)
{
    return run(generation, error, [&] { out = FindingRepository(db()).groups(filter, by, limit); });
}

bool FindingsLoader::choices(FindingFilterChoices &out, QString &error)
{
    return run(0, error, [&] { out = FindingRepository(db()).filterChoices(); });
}

bool FindingsLoader::ids(const FindingFilter &filter, const FindingSort &sort,
                         const std::vector<std::pair<qint64, qint64>> &ranges, std::vector<std::int64_t> &out,
                         QString &error)
{
    return run(0, error, [&] {
        FindingRepository repo(db());
        for (const auto &[offset, length] : ranges) {
            const std::vector<std::int64_t> part = repo.ids(filter, sort, offset, length);
            out.insert(out.end(), part.begin(), part.end());
        }
    });
}

} // namespace bulkhead::ui
