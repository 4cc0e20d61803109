#include "store/imagesql.h"

namespace bulkhead::imagesql {

std::string newestGoodRun(const std::string &sourceColumn)
{
    return "(SELECT c.id FROM collection_runs c WHERE c.source_id = " + sourceColumn
        + " AND c.status IN ('complete', 'partial') ORDER BY c.started_at DESC, c.id DESC LIMIT 1)";
}

std::string liveImages()
{
    return "(SELECT * FROM images WHERE last_run_id = " + newestGoodRun("images.source_id") + ")";
}

} // namespace bulkhead::imagesql
