#pragma once

#include "kube/clusteragents.h"
#include "kube/kubeworkload.h"
#include "kube/namespaceposture.h"
#include "model/severity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

// What was and was not collected of one resource in one run, and why.
struct CoverageRecord {
    std::string resource;        // KubeResourceType::qualifiedName(): "pods", "networkpolicies.networking.k8s.io"
    std::string state;           // kubeListOutcomeName(), or "absent" (the API does not serve it)
    std::int64_t items = 0;
    std::string message;         // "forbidden: User \"ci\" cannot list resource ..." (no secrets)
    std::vector<std::string> controls; // controls that depend on it: "not assessed" while not collected
};

// An RBAC object, service account or secret's metadata, kept for the RBAC and secrets views. For
// secrets `json` is built by the collector from metadata only (name, namespace, uid, type label,
// creation and managedFields times, owner, the service-account annotation): never data, never
// other annotations (last-applied-configuration holds the values).
struct KubeObjectRecord {
    std::string kind, nameSpace, name, uid;
    std::int64_t createdAt = 0;
    std::string json;
};

// One cluster collection as the collector hands it to the store (inside its transaction).
struct ClusterCollectionWrite {
    std::int64_t sourceId = 0, runId = 0, now = 0;
    std::string cluster; // the source's name (the rows take the name stored for sourceId)
    // Every workload resource (pods and controllers) was listed completely: workloads of this
    // source not in `workloads` are deleted, and so is agent evidence not in `evidence` (agents
    // are found in DaemonSets and Deployments). Otherwise rows are only added or updated.
    // Rows are keyed by (source, namespace, kind, name); an updated row keeps its id.
    bool workloadsComplete = false;
    bool namespacesComplete = false; // the same for namespaces
    // Kinds listed completely: stored objects of these kinds not in `objects` are deleted.
    std::vector<std::string> objectKindsComplete;
    std::vector<KubeWorkload> workloads;
    std::vector<NamespaceSegmentation> namespaces;
    // false: namespace segmentation is "not assessed": every namespace row of the source (old
    // ones too) gets policiesAssessed = false, since their policy counts are no evidence now.
    bool networkPoliciesCollected = true;
    std::vector<CoverageRecord> coverage; // stored under runId (which must then be set), by resource
    std::vector<AgentEvidence> evidence;
    std::vector<KubeObjectRecord> objects;
};

// One cell of the check matrix, folded from the check's results (one per container): Fail if any
// failed, else NotAssessed if any was not assessed (or there is no result at all), else Pass if
// any passed, else NotApplicable.
struct WorkloadCheckCell {
    CheckState state = CheckState::NotAssessed;
    Severity severity = Severity::Unknown; // worst failing container's
    std::string path, message;             // of the first failing container (tooltip)
    int failingContainers = 0;             // results in Fail
};

struct WorkloadRow {
    std::int64_t id = 0;
    std::string cluster, nameSpace, kind, name, serviceAccount;
    int pods = 0, containers = 0;
    int failedChecks = 0;              // columns in Fail
    Severity worst = Severity::Unknown; // worst failing check's severity (Unknown = none failing)
    std::vector<std::string> images;
    std::vector<WorkloadCheckCell> cells; // in workloadCheckIds() order
    std::int64_t collectedAt = 0;
};

struct WorkloadFilter {
    std::string cluster;    // "" = all
    std::string nameSpace;  // "" = all
    std::string text;       // substring of name, namespace or an image
    std::string failingCheck; // a check id: only workloads failing it
    bool onlyFailing = false;
};
// The key goes in the asked direction (Failed: failedChecks, then worst); ties are ordered by
// cluster, namespace, name, kind and id ascending, so pages are stable.
enum class WorkloadSort : std::uint8_t { Cluster, Namespace, Name, Kind, Pods, Failed };

struct NamespaceRow {
    std::string cluster;
    NamespaceSegmentation segmentation;
    bool policiesAssessed = true; // NetworkPolicies were collected for this cluster
};

struct CoverageRow {
    std::string cluster;
    std::int64_t runId = 0, runStartedAt = 0;
    std::string runStatus;
    CoverageRecord record;
};

struct EvidenceRow {
    std::string cluster;
    AgentEvidence evidence;
};

// The cluster collector's tables (schema v5): kube_workloads, kube_namespaces, kube_coverage,
// kube_evidence, kube_objects. Rows of a source go with it (ON DELETE CASCADE).
class WorkloadRepository
{
public:
    explicit WorkloadRepository(Database &db) : m_db(db) {}

    // Writes one collection; the caller holds the transaction (the write is a savepoint inside
    // it: all or nothing; without a transaction it is its own). Throws StoreError.
    void writeCollection(const ClusterCollectionWrite &data);

    // Paged, filtered, sorted rows (SQL does the filtering; the UI never loads the table).
    std::int64_t count(const WorkloadFilter &filter) const;
    // Rows [offset, offset + limit); empty for limit <= 0 or offset < 0.
    std::vector<WorkloadRow> page(const WorkloadFilter &filter, WorkloadSort sort, bool descending,
                                  std::int64_t offset, int limit) const;
    std::vector<std::string> clusters() const; // names of the cluster sources (collected or not), sorted
    // Namespaces with workloads or found by the namespace listing, sorted; "" = all clusters.
    std::vector<std::string> namespaces(const std::string &cluster) const;
    // By cluster, then name; "" = all clusters.
    std::vector<NamespaceRow> namespaceRows(const std::string &cluster) const;
    // The coverage of each cluster's newest run (by start time, then id) that recorded coverage,
    // by cluster, then resource; a newer run that failed before recording any does not hide it.
    std::vector<CoverageRow> coverage(const std::string &cluster) const;
    std::vector<EvidenceRow> evidence(const std::string &cluster) const; // by cluster, control, agent
    // Stored objects of a kind ("ClusterRole", "Secret", ...) for one cluster ("" = all), by
    // cluster, namespace, name.
    std::vector<KubeObjectRecord> objects(const std::string &cluster, const std::string &kind) const;

private:
    Database &m_db;
};

} // namespace bulkhead
