#include "images/imagedetailworker.h"

#include "findings/findingsfilterbar.h"
#include "store/findingrepository.h"
#include "store/identitylookup.h"

#include <exception>

namespace bulkhead::ui {

ImageDetailWorker::ImageDetailWorker(QString storePath, std::shared_ptr<const std::atomic<quint64>> latest)
    : m_storePath(std::move(storePath)), m_latest(std::move(latest))
{
}

ImageDetailWorker::~ImageDetailWorker() = default;

void ImageDetailWorker::load(quint64 request, qint64 imageId)
{
    if (request != m_latest->load(std::memory_order_relaxed))
        return; // the user has moved on

    ImageDetailReply reply;
    reply.request = request;
    reply.imageId = imageId;
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(Database::open(m_storePath.toStdString(), Database::Access::ReadOnly));
        if (auto detail = ImageRepository(*m_db).detail(imageId)) {
            reply.found = true;
            reply.detail = std::move(*detail);
            // The collector files an image's posture findings under an image asset whose identity
            // is the manifest digest (scanner imports of the same digest land there too).
            reply.assetId = IdentityLookup(*m_db).assetId(AssetKind::Image, reply.detail.row.digest);
            if (reply.assetId > 0) {
                FindingFilter filter = FindingsFilterBar::defaultFilter();
                filter.assetIds = {reply.assetId};
                const FindingRepository findings(*m_db);
                reply.findingCount = findings.count(filter);
                reply.findings = findings.rows(filter, FindingSort{}, 0, kMaxFindings);
            }
        }
    } catch (const std::exception &e) {
        m_db.reset(); // the store may have been replaced: open afresh next time
        reply.error = QString::fromStdString(e.what());
    }
    Q_EMIT replied(reply);
}

} // namespace bulkhead::ui
