#include "registry/sourcerun.h"

#include "store/collectionrunrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"

namespace bulkhead {

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

} // namespace

SourceRun::SourceRun(CollectionResult &result, std::int64_t now, Record record)
    : m_result(result), m_fixedNow(now), m_startedAt(now ? now : unixNow()), m_started(std::chrono::steady_clock::now()),
      m_record(std::move(record))
{}

std::int64_t SourceRun::now() const
{
    return m_fixedNow ? m_fixedNow : unixNow();
}

double SourceRun::elapsed() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_started).count();
}

bool SourceRun::start(const std::string &storePath, const std::string &name, const std::string &kind)
{
    try {
        m_db.emplace(Database::open(storePath));
        const auto row = SourceRepository(*m_db).find(name);
        if (!row || row->kind != kind) {
            m_result.error = "no " + kind + " source named \"" + name + "\"";
            m_db.reset();
            return false;
        }
        m_sourceId = row->id;
        m_result.runId = CollectionRunRepository(*m_db).start(m_sourceId, m_startedAt);
    } catch (const StoreError &e) {
        m_result.error = e.what();
        m_db.reset();
        return false;
    }
    return true;
}

CollectionResult SourceRun::finish()
{
    m_result.seconds = elapsed();
    if (m_db && m_result.runId) {
        try {
            m_record(*m_db, m_sourceId, m_startedAt, now(), m_result);
        } catch (const StoreError &e) {
            if (m_result.error.empty())
                m_result.error = e.what();
        }
    }
    return m_result;
}

CollectionResult SourceRun::fail(std::string error)
{
    m_result.status = CollectionStatus::Failed;
    m_result.error = std::move(error);
    return finish();
}

CollectionResult SourceRun::cancelled()
{
    m_result.status = CollectionStatus::Cancelled;
    m_result.error = "cancelled: nothing of this collection was stored";
    return finish();
}

} // namespace bulkhead
