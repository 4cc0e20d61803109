#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace bulkhead {

// How one collection of one source (registry or cluster) ended, as recorded in collection_runs.status.
enum class CollectionStatus : std::uint8_t {
    Complete, // every repository crawled without a failure: what is gone from the registry is removed
    Partial,  // some repositories or images failed: what was seen is stored, nothing is removed
    Failed,   // the source could not be crawled at all (unreachable, credentials refused, store error)
    Cancelled // stopped by the user: the store holds nothing of this run but its run record
};
const char *collectionStatusName(CollectionStatus status); // "complete", "partial", "failed", "cancelled"

// Progress of a collection: `phase` is "catalog", "manifests" or "writing"; done/total count
// repositories while crawling and steps while writing.
struct CollectionProgress {
    std::string phase;
    std::int64_t done = 0;
    std::int64_t total = 0;
};
using CollectionProgressCallback = std::function<void(const CollectionProgress &)>;

struct CollectionResult {
    CollectionStatus status = CollectionStatus::Failed;
    std::string error;                 // why the run failed, or the first failure of a partial run
    std::vector<std::string> failures; // one clear message per failed repository or image
    std::int64_t runId = 0;
    int repositories = 0;              // repositories crawled (successfully or not)
    int images = 0;                    // image manifests recorded (one per platform)
    int tags = 0;
    std::int64_t requests = 0;         // HTTP requests made to the registry
    int sbomsImported = 0;
    std::uint64_t postureFindings = 0; // findings in this run's posture report
    std::uint64_t newFindings = 0, resolved = 0, reopened = 0;
    double seconds = 0;
    // Cluster sources (core/kube/ClusterCollector): resources listed (each with its coverage
    // row), workloads and namespaces recorded, and the resources not collected ("pods: forbidden").
    int resources = 0;
    int workloads = 0;
    int namespaces = 0;
    std::vector<std::string> notCollected;
    // The RBAC analysis (cluster sources whose roles and bindings were all listed completely):
    // bindings analysed and risks found (one per binding and rule).
    bool rbacAnalyzed = false;
    int rbacBindings = 0;
    int rbacRisks = 0;
    // Secrets recorded (cluster: Secret metadata; vault: KV v2 entries) and, after the
    // evaluation in the same transaction, how many are overdue.
    int secrets = 0;
    int secretsOverdue = 0;
};

} // namespace bulkhead
