#include "registry/collectionresult.h"

namespace bulkhead {

const char *collectionStatusName(CollectionStatus status)
{
    switch (status) {
    case CollectionStatus::Complete: return "complete";
    case CollectionStatus::Partial: return "partial";
    case CollectionStatus::Failed: return "failed";
    case CollectionStatus::Cancelled: return "cancelled";
    }
    return "failed";
}

} // namespace bulkhead
