#pragma once

#include "importers/reportparser.h"
#include "kube/clusteragents.h"
#include "kube/clusterresources.h"
#include "kube/kubeworkload.h"
#include "kube/namespaceposture.h"
#include "kube/ownerresolver.h"
#include "secrets/secretrecord.h"
#include "store/workloadrepository.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bulkhead {

class RegistryImageFacts;

// What a cluster collection keeps of the items as they stream in, compact: workloads are
// evaluated as soon as their object arrives and only their results are kept; of a pod owned by a
// controller only the owner link, the image digests and one sample pod per owner survive (never
// every pod's JSON). Each resource's items go to a batch first, so that a list restarted after a
// 410 Gone forgets what it had (restart()) and a list that ends merges (end()).
// Secrets keep their sanitized metadata only (secretMetadataRecord); the workloads' references to
// secrets (secretUses() of each top-level workload's pod spec) are kept by secret.
class ClusterFacts
{
public:
    ClusterFacts(const RegistryImageFacts &images, std::vector<std::string> trustedRegistries);

    void begin(const ClusterResourceSpec &spec);
    void add(const nlohmann::json &item);
    void restart();
    // `complete`: the list read every page (some checks need a complete list of their input).
    void end(bool complete);

    // After every list: evaluates the top-level ReplicaSets/Jobs and the owners of pods whose
    // controller was not listed (from a sample pod), counts pods per namespace, and judges the
    // namespaces' segmentation.
    void finish(const std::vector<std::string> &crdGroups);

    // Trivy-operator reports, parsed in chunks as they arrive (a List of at most ~8 MB each);
    // labelled "cluster:<name>/<resource>#<n>".
    void setReportLabel(std::string prefix) { m_labelPrefix = std::move(prefix); }
    // Rotation annotations kept in the Secrets' records (SecretPolicy::rotationAnnotations).
    void setRotationAnnotations(std::vector<std::string> names) { m_rotationAnnotations = std::move(names); }

    std::vector<KubeWorkload> workloads;
    std::vector<NamespaceSegmentation> namespaces;
    std::vector<KubeObjectRecord> objects;
    std::vector<AgentEvidence> evidence;
    std::vector<ParsedFile> trivyReports;
    std::vector<std::string> trivyErrors; // "vulnerabilityreports: ..." for reports that did not parse
    std::int64_t pods = 0;                // pods seen (all phases)
    // "namespace/secret name" -> how the workloads above use it (one entry per workload and way).
    std::unordered_map<std::string, std::vector<SecretUse>> secretUses;

private:
    struct OwnerPods {
        int active = 0;
        std::map<std::string, std::string> digests; // image as written -> "sha256:..."
        std::string sample;                         // one pod, without status and managedFields
    };
    struct Batch {
        std::vector<KubeWorkload> workloads;
        std::vector<KubeObjectRecord> objects;
        std::vector<nlohmann::json> kept; // namespaces, policies, top-level owners, agent sources
        std::unordered_map<std::string, OwnerPods> pods;
        std::vector<ParsedFile> reports;
        std::vector<std::string> reportErrors;
        std::vector<std::pair<std::string, SecretUse>> uses; // "namespace/secret" -> use
        std::string chunk;
        int chunkItems = 0;
        std::int64_t podCount = 0;
    };

    void addPod(const nlohmann::json &pod);
    void addController(const nlohmann::json &object, const std::map<std::string, std::string> *digests, int pods);
    void addReportItem(const nlohmann::json &item);
    void flushReports();
    // The secret references of the workload `w` made from `object` (a controller or a pod).
    void addUses(const nlohmann::json &object, const KubeWorkload &w);
    void mergeUses();
    std::optional<KubeWorkload> evaluate(const nlohmann::json &object, const std::map<std::string, std::string> *digests) const;

    const RegistryImageFacts &m_images;
    std::vector<std::string> m_trusted;
    std::string m_labelPrefix = "cluster";
    std::vector<std::string> m_rotationAnnotations;
    const ClusterResourceSpec *m_spec = nullptr;
    Batch m_batch;
    int m_chunks = 0;

    // Merged facts the checks read.
    std::unordered_map<std::string, bool> m_automount;    // "ns/name" -> automountServiceAccountToken
    std::unordered_set<std::string> m_bound;              // "ns/name" of service accounts named by a binding
    int m_bindingListsComplete = 0;                       // RoleBindings, ClusterRoleBindings
    bool m_serviceAccountsComplete = false;
    OwnerResolver m_owners;
    std::unordered_map<std::string, OwnerPods> m_pods;    // "ns/Kind/name" of the top-level owner
    std::vector<nlohmann::json> m_namespaces, m_policies, m_pendingOwners, m_agentSources;
    std::unordered_set<std::string> m_workloadKeys;       // "ns/Kind/name" evaluated
};

} // namespace bulkhead
