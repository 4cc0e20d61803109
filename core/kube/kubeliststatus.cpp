#include "kube/kubeliststatus.h"

namespace bulkhead {

const char *kubeListOutcomeName(KubeListOutcome outcome)
{
    switch (outcome) {
    case KubeListOutcome::Complete:
        return "complete";
    case KubeListOutcome::Partial:
        return "partial";
    case KubeListOutcome::Forbidden:
        return "forbidden";
    case KubeListOutcome::Unauthorized:
        return "unauthorized";
    case KubeListOutcome::NotFound:
        return "not found";
    case KubeListOutcome::Failed:
        return "failed";
    case KubeListOutcome::Cancelled:
        return "cancelled";
    }
    return "failed";
}

} // namespace bulkhead
