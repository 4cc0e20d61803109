#include "images/imagesloader.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <sqlite3.h>

namespace bulkhead::ui {

ImagesLoader::ImagesLoader(QString storePath) : m_storePath(std::move(storePath)) {}

ImagesLoader::~ImagesLoader() = default;

Database &ImagesLoader::db()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(Database::open(m_storePath.toStdString(), Database::Access::ReadOnly));
        // SQLite asks every ~1000 steps whether to go on: stop reads the user has already replaced.
        sqlite3_progress_handler(
            m_db->handle(), 1000,
            [](void *self) -> int {
                auto *loader = static_cast<ImagesLoader *>(self);
                return loader->m_running != 0 && loader->m_running < loader->m_latest.load() ? 1 : 0;
            },
            this);
    }
    return *m_db;
}

bool ImagesLoader::run(quint64 generation, QString &error, const std::function<void()> &work)
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
        m_db.reset(); // reopen next time: the file may have been replaced
        error = QString::fromStdString(e.what());
        return false;
    }
}

bool ImagesLoader::page(quint64 generation, const ImageFilter &filter, ImageSortKey key, bool descending, int offset,
                        int limit, std::vector<ImageRow> &rows, QString &error)
{
    return run(generation, error,
               [&] { rows = ImageRepository(db()).rows(filter, key, descending, offset, limit); });
}

bool ImagesLoader::count(quint64 generation, const ImageFilter &filter, qint64 &total, QString &error)
{
    return run(generation, error, [&] { total = ImageRepository(db()).count(filter); });
}

bool ImagesLoader::sources(std::vector<SourceRow> &out, QString &error)
{
    return run(0, error, [&] { out = SourceRepository(db()).list(); });
}

} // namespace bulkhead::ui
