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
    std::string cluster; // the source's name
    // Every workload resource (pods and controllers) was listed completely: workloads of this
    // source not in `workloads` are deleted. Otherwise rows are only added or updated.
    bool workloadsComplete = false;
    bool namespacesComplete = false; // the same for namespaces
    // Kinds listed completely: stored objects of these kinds not in `objects` are deleted.
    std::vector<std::string> objectKindsComplete;
    std::vector<KubeWorkload> workloads;
    std::vector<NamespaceSegmentation> namespaces;
    bool networkPoliciesCollected = true; // false: namespace segmentation is "not assessed"
    std::vector<CoverageRecord> coverage;
    std::vector<AgentEvidence> evidence;
    std::vector<KubeObjectRecord> objects;
};

// One cell of the check matrix.
struct WorkloadCheckCell {
    CheckState state = CheckState::NotAssessed;
    Severity severity = Severity::Unknown; // worst failing container's
    std::string path, message;             // of the first failing container (tooltip)
    int failingContainers = 0;
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

    // Writes one collection; the caller holds the transaction.
    void writeCollection(const ClusterCollectionWrite &data);

    // Paged, filtered, sorted rows (SQL does the filtering; the UI never loads the table).
    std::int64_t count(const WorkloadFilter &filter) const;
    std::vector<WorkloadRow> page(const WorkloadFilter &filter, WorkloadSort sort, bool descending,
                                  std::int64_t offset, int limit) const;
    std::vector<std::string> clusters() const;
    std::vector<std::string> namespaces(const std::string &cluster) const; // "" = all clusters
    std::vector<NamespaceRow> namespaceRows(const std::string &cluster) const;
    // The coverage of each cluster's newest run that recorded coverage.
    std::vector<CoverageRow> coverage(const std::string &cluster) const;
    std::vector<EvidenceRow> evidence(const std::string &cluster) const;
    // Stored objects of a kind ("ClusterRole", "Secret", ...) for one cluster ("" = all).
    std::vector<KubeObjectRecord> objects(const std::string &cluster, const std::string &kind) const;

private:
    Database &m_db;
};

} // namespace bulkhead
