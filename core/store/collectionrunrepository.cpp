#include "store/collectionrunrepository.h"

#include "store/storeerror.h"

namespace bulkhead {

std::int64_t CollectionRunRepository::start(std::int64_t sourceId, std::int64_t now)
{
    SqliteStatement st =
        m_db.prepare("INSERT INTO collection_runs(source_id, started_at, status) VALUES (?1, ?2, 'running')");
    st.bind(1, sourceId).bind(2, now).exec();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void CollectionRunRepository::finish(const CollectionRunRow &run)
{
    SqliteStatement st = m_db.prepare(
        "UPDATE collection_runs SET finished_at = ?2, status = ?3, error = ?4, repositories = ?5, images = ?6, "
        "requests = ?7, failures = ?8 WHERE id = ?1");
    st.bind(1, run.id).bind(2, run.finishedAt).bind(3, std::string_view(run.status)).bindOrNull(4, run.error);
    st.bind(5, run.repositories).bind(6, run.images).bind(7, run.requests).bind(8, run.failures).exec();
    if (sqlite3_changes(m_db.handle()) == 0)
        throw StoreError("collection run " + std::to_string(run.id) + " does not exist");
}

std::optional<CollectionRunRow> CollectionRunRepository::last(std::int64_t sourceId) const
{
    SqliteStatement st = m_db.prepare(
        "SELECT id, source_id, started_at, coalesce(finished_at, 0), status, coalesce(error, ''), repositories, "
        "images, requests, failures FROM collection_runs WHERE source_id = ?1 ORDER BY started_at DESC, id DESC "
        "LIMIT 1");
    st.bind(1, sourceId);
    if (!st.step())
        return std::nullopt;
    CollectionRunRow r;
    r.id = st.int64(0);
    r.sourceId = st.int64(1);
    r.startedAt = st.int64(2);
    r.finishedAt = st.int64(3);
    r.status = st.text(4);
    r.error = st.text(5);
    r.repositories = static_cast<int>(st.int64(6));
    r.images = static_cast<int>(st.int64(7));
    r.requests = static_cast<int>(st.int64(8));
    r.failures = static_cast<int>(st.int64(9));
    return r;
}

} // namespace bulkhead
