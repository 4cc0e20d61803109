#include "findings/findingdetailworker.h"

#include "store/findingdetailrepository.h"

#include <exception>

namespace bulkhead::ui {

FindingDetailWorker::FindingDetailWorker(QString storePath, std::shared_ptr<const std::atomic<quint64>> latest)
    : m_storePath(std::move(storePath)), m_latest(std::move(latest))
{
}

FindingDetailWorker::~FindingDetailWorker() = default;

void FindingDetailWorker::load(quint64 request, qint64 findingId, int maxAffected)
{
    if (request != m_latest->load(std::memory_order_relaxed))
        return; // the user has moved on; the pane would drop the answer anyway

    FindingDetailReply reply;
    reply.request = request;
    reply.findingId = findingId;
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(Database::open(m_storePath.toStdString(), Database::Access::ReadOnly));
        if (auto detail = FindingDetailRepository(*m_db).load(findingId, maxAffected)) {
            reply.found = true;
            reply.detail = std::move(*detail);
        }
    } catch (const std::exception &e) {
        // The store may have been replaced or not exist yet: open afresh on the next request.
        m_db.reset();
        reply.error = QString::fromStdString(e.what());
    }
    Q_EMIT replied(reply);
}

} // namespace bulkhead::ui
