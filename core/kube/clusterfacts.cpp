#include "kube/clusterfacts.h"

#include "kube/registryimagefacts.h"
#include "kube/secretmetadata.h"
#include "kube/workloadposture.h"
#include "secrets/kubesecret.h"
#include "util/timestamps.h"

namespace bulkhead {

namespace {

constexpr std::size_t kReportChunkBytes = 8u << 20; // trivy-operator items per parsed List

// evaluateWorkload() gives one digest per image (from the object's own status or reference); the
// digests its pods run win where a pod reported one. Kept aligned with `images`, never appended.
void useRunningDigests(KubeWorkload &w, const std::map<std::string, std::string> &running)
{
    w.imageDigests.resize(w.images.size());
    for (std::size_t i = 0; i < w.images.size(); ++i) {
        const auto it = running.find(w.images[i]);
        if (it != running.end() && !it->second.empty())
            w.imageDigests[i] = it->second;
    }
}

const nlohmann::json &field(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

std::string text(const nlohmann::json &object, const char *key)
{
    const nlohmann::json &v = field(object, key);
    return v.is_string() ? v.get<std::string>() : std::string();
}

std::string key(std::string_view ns, std::string_view kind, std::string_view name)
{
    std::string k;
    k.append(ns).append("/").append(kind).append("/").append(name);
    return k;
}

bool hasController(const nlohmann::json &object)
{
    const nlohmann::json &refs = field(field(object, "metadata"), "ownerReferences");
    if (!refs.is_array())
        return false;
    for (const nlohmann::json &ref : refs) {
        if (field(ref, "controller").is_boolean() && field(ref, "controller").get<bool>())
            return true;
    }
    return false;
}

// The object without what no check reads and what costs the most memory or holds applied
// values: managedFields and the last-applied-configuration annotation; `status` optionally.
nlohmann::json slim(const nlohmann::json &object, bool dropStatus)
{
    nlohmann::json copy = object;
    if (auto meta = copy.find("metadata"); meta != copy.end() && meta->is_object()) {
        meta->erase("managedFields");
        if (auto ann = meta->find("annotations"); ann != meta->end() && ann->is_object())
            ann->erase("kubectl.kubernetes.io/last-applied-configuration");
    }
    if (dropStatus)
        copy.erase("status");
    return copy;
}

// What the agent detection reads of a DaemonSet or Deployment: kind, name, labels and images.
nlohmann::json agentSource(const nlohmann::json &object)
{
    nlohmann::json out;
    out["apiVersion"] = field(object, "apiVersion");
    out["kind"] = field(object, "kind");
    const nlohmann::json &meta = field(object, "metadata");
    out["metadata"] = {{"name", field(meta, "name")}, {"namespace", field(meta, "namespace")},
                       {"labels", field(meta, "labels")}};
    const nlohmann::json &tmpl = field(field(object, "spec"), "template");
    nlohmann::json podSpec = nlohmann::json::object();
    for (const char *list : {"containers", "initContainers"}) {
        const nlohmann::json &containers = field(field(tmpl, "spec"), list);
        if (!containers.is_array())
            continue;
        nlohmann::json slimList = nlohmann::json::array();
        for (const nlohmann::json &c : containers)
            slimList.push_back({{"name", field(c, "name")}, {"image", field(c, "image")}});
        podSpec[list] = std::move(slimList);
    }
    out["spec"] = {{"template", {{"metadata", {{"labels", field(field(tmpl, "metadata"), "labels")}}}, {"spec", podSpec}}}};
    return out;
}

// image as written in the spec -> digest of the running image, matched by container name.
void podDigests(const nlohmann::json &pod, std::map<std::string, std::string> &out)
{
    const nlohmann::json &spec = field(pod, "spec");
    const nlohmann::json &status = field(pod, "status");
    for (const auto &[specList, statusList] : {std::pair{"containers", "containerStatuses"},
                                               std::pair{"initContainers", "initContainerStatuses"}}) {
        const nlohmann::json &containers = field(spec, specList);
        const nlohmann::json &statuses = field(status, statusList);
        if (!containers.is_array() || !statuses.is_array())
            continue;
        for (const nlohmann::json &s : statuses) {
            const std::string digest = RegistryImageFacts::digestOfImageId(text(s, "imageID"));
            if (digest.empty())
                continue;
            const std::string name = text(s, "name");
            for (const nlohmann::json &c : containers) {
                if (text(c, "name") == name) {
                    out.emplace(text(c, "image"), digest);
                    break;
                }
            }
        }
    }
}

bool podActive(const nlohmann::json &pod)
{
    const std::string phase = text(field(pod, "status"), "phase");
    return phase != "Succeeded" && phase != "Failed";
}

// The pod spec of a workload object: a Pod's spec, a CronJob's job template's, else the template's.
const nlohmann::json &podSpecOf(const nlohmann::json &object)
{
    const std::string kind = text(object, "kind");
    const nlohmann::json &spec = field(object, "spec");
    if (kind == "Pod")
        return spec;
    if (kind == "CronJob")
        return field(field(field(field(spec, "jobTemplate"), "spec"), "template"), "spec");
    return field(field(spec, "template"), "spec");
}

KubeObjectRecord objectRecord(const nlohmann::json &object, const std::string &kind)
{
    const nlohmann::json &meta = field(object, "metadata");
    KubeObjectRecord r;
    r.kind = kind;
    r.nameSpace = text(meta, "namespace");
    r.name = text(meta, "name");
    r.uid = text(meta, "uid");
    r.createdAt = parseTimestamp(text(meta, "creationTimestamp"));
    r.json = slim(object, false).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

} // namespace

ClusterFacts::ClusterFacts(const RegistryImageFacts &images, std::vector<std::string> trustedRegistries)
    : m_images(images), m_trusted(std::move(trustedRegistries))
{}

void ClusterFacts::begin(const ClusterResourceSpec &spec)
{
    m_spec = &spec;
    m_batch = Batch{};
}

void ClusterFacts::restart()
{
    m_batch = Batch{};
}

std::optional<KubeWorkload> ClusterFacts::evaluate(const nlohmann::json &object,
                                                   const std::map<std::string, std::string> *digests) const
{
    WorkloadCheckContext context;
    context.trustedRegistries = m_trusted;
    auto digestOf = [digests](const std::string &image) -> std::string {
        if (!digests)
            return {};
        const auto it = digests->find(image);
        return it == digests->end() ? std::string() : it->second;
    };
    context.imageUser = [this, digestOf](const std::string &image) -> std::optional<std::string> {
        const RegistryImageFacts::Facts *f = m_images.find(image, digestOf(image));
        return f ? std::optional<std::string>(f->user) : std::nullopt;
    };
    context.imageSignature = [this, digestOf](const std::string &image) -> std::optional<std::string> {
        const RegistryImageFacts::Facts *f = m_images.find(image, digestOf(image));
        return f ? std::optional<std::string>(f->signature) : std::nullopt;
    };
    if (m_serviceAccountsComplete) {
        context.serviceAccountAutomount = [this](const std::string &ns, const std::string &name) -> std::optional<bool> {
            const auto it = m_automount.find(ns + '/' + name);
            return it == m_automount.end() ? std::nullopt : std::optional<bool>(it->second);
        };
    }
    // Without every binding a token cannot be called "not needed": the check stays not assessed.
    if (m_bindingListsComplete == 2) {
        context.serviceAccountHasBindings = [this](const std::string &ns, const std::string &name) {
            return m_bound.count(ns + '/' + name) > 0;
        };
    }
    return evaluateWorkload(object, context);
}

void ClusterFacts::addController(const nlohmann::json &object, const std::map<std::string, std::string> *digests,
                                 int pods)
{
    std::optional<KubeWorkload> w = evaluate(object, digests);
    if (!w)
        return;
    w->pods = pods;
    if (digests)
        useRunningDigests(*w, *digests);
    addUses(object, *w);
    m_batch.workloads.push_back(std::move(*w));
}

void ClusterFacts::addUses(const nlohmann::json &object, const KubeWorkload &w)
{
    const nlohmann::json &spec = podSpecOf(object);
    if (!spec.is_object())
        return;
    for (auto &[secret, use] : bulkhead::secretUses(spec, w.kind, w.name))
        m_batch.uses.emplace_back(w.nameSpace + '/' + secret, std::move(use));
}

void ClusterFacts::mergeUses()
{
    for (auto &[secret, use] : m_batch.uses)
        secretUses[secret].push_back(std::move(use));
    m_batch.uses.clear();
}

void ClusterFacts::addPod(const nlohmann::json &pod)
{
    ++m_batch.podCount;
    const std::string owner = m_owners.topLevelOwner(pod);
    std::map<std::string, std::string> digests;
    podDigests(pod, digests);
    if (owner.empty()) { // a bare pod is its own workload
        addController(pod, &digests, podActive(pod) ? 1 : 0);
        return;
    }
    OwnerPods &o = m_batch.pods[owner];
    if (podActive(pod))
        ++o.active;
    o.digests.merge(digests);
    if (o.sample.empty())
        o.sample = slim(pod, true).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ClusterFacts::addReportItem(const nlohmann::json &item)
{
    Batch &b = m_batch;
    if (b.chunk.empty())
        b.chunk = R"({"apiVersion":"v1","kind":"List","items":[)";
    else
        b.chunk += ',';
    b.chunk += item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    ++b.chunkItems;
    if (b.chunk.size() >= kReportChunkBytes)
        flushReports();
}

void ClusterFacts::flushReports()
{
    Batch &b = m_batch;
    if (b.chunk.empty())
        return;
    b.chunk += "]}";
    ParseContext ctx;
    ParsedFile file = parseReportBytes(m_labelPrefix + '/' + m_spec->resource + '#' + std::to_string(++m_chunks),
                                       b.chunk, ctx);
    if (file.report)
        b.reports.push_back(std::move(file));
    else
        b.reportErrors.push_back(m_spec->resource + ": " + file.error);
    b.chunk.clear();
    b.chunkItems = 0;
}

void ClusterFacts::add(const nlohmann::json &item)
{
    if (!m_spec)
        return;
    const nlohmann::json &meta = field(item, "metadata");
    switch (m_spec->role) {
    case ClusterResourceRole::Namespaces:
        m_batch.kept.push_back(slim(item, false));
        break;
    case ClusterResourceRole::ServiceAccounts:
        if (const nlohmann::json &a = field(item, "automountServiceAccountToken"); a.is_boolean())
            m_automount[text(meta, "namespace") + '/' + text(meta, "name")] = a.get<bool>();
        m_batch.objects.push_back(objectRecord(item, m_spec->kind));
        break;
    case ClusterResourceRole::Roles:
        m_batch.objects.push_back(objectRecord(item, m_spec->kind));
        break;
    case ClusterResourceRole::Bindings:
        if (const nlohmann::json &subjects = field(item, "subjects"); subjects.is_array()) {
            for (const nlohmann::json &s : subjects) {
                if (text(s, "kind") != "ServiceAccount")
                    continue;
                std::string ns = text(s, "namespace");
                if (ns.empty())
                    ns = text(meta, "namespace");
                m_bound.insert(ns + '/' + text(s, "name"));
            }
        }
        m_batch.objects.push_back(objectRecord(item, m_spec->kind));
        break;
    case ClusterResourceRole::NetworkPolicies:
        m_batch.kept.push_back(slim(item, true));
        break;
    case ClusterResourceRole::Secrets:
        m_batch.objects.push_back(secretMetadataRecord(item, m_rotationAnnotations));
        break;
    case ClusterResourceRole::Owners:
        m_owners.addOwner(item);
        if (!hasController(item)) // a ReplicaSet or Job nobody controls is a workload of its own
            m_batch.kept.push_back(slim(item, true));
        break;
    case ClusterResourceRole::Pods:
        addPod(item);
        break;
    case ClusterResourceRole::Controllers: {
        const std::string k = key(text(meta, "namespace"), m_spec->kind, text(meta, "name"));
        const auto it = m_pods.find(k);
        addController(item, it == m_pods.end() ? nullptr : &it->second.digests,
                      it == m_pods.end() ? 0 : it->second.active);
        if (m_spec->kind == "DaemonSet" || m_spec->kind == "Deployment")
            m_batch.kept.push_back(agentSource(item));
        break;
    }
    case ClusterResourceRole::TrivyReports:
        addReportItem(item);
        break;
    }
}

void ClusterFacts::end(bool complete)
{
    if (!m_spec)
        return;
    Batch &b = m_batch;
    if (m_spec->role == ClusterResourceRole::TrivyReports)
        flushReports();
    for (KubeWorkload &w : b.workloads) {
        m_workloadKeys.insert(key(w.nameSpace, w.kind, w.name));
        workloads.push_back(std::move(w));
    }
    std::move(b.objects.begin(), b.objects.end(), std::back_inserter(objects));
    std::move(b.reports.begin(), b.reports.end(), std::back_inserter(trivyReports));
    std::move(b.reportErrors.begin(), b.reportErrors.end(), std::back_inserter(trivyErrors));
    pods += b.podCount;
    mergeUses();
    for (auto &[owner, p] : b.pods) {
        OwnerPods &into = m_pods[owner];
        into.active += p.active;
        into.digests.merge(p.digests);
        if (into.sample.empty())
            into.sample = std::move(p.sample);
    }
    std::vector<nlohmann::json> *kept = nullptr;
    switch (m_spec->role) {
    case ClusterResourceRole::Namespaces: kept = &m_namespaces; break;
    case ClusterResourceRole::NetworkPolicies: kept = &m_policies; break;
    case ClusterResourceRole::Owners: kept = &m_pendingOwners; break;
    case ClusterResourceRole::Controllers: kept = &m_agentSources; break;
    case ClusterResourceRole::ServiceAccounts: m_serviceAccountsComplete = complete; break;
    case ClusterResourceRole::Bindings: m_bindingListsComplete += complete ? 1 : 0; break;
    default: break;
    }
    if (kept)
        std::move(b.kept.begin(), b.kept.end(), std::back_inserter(*kept));
    m_batch = Batch{};
    m_spec = nullptr;
}

void ClusterFacts::finish(const std::vector<std::string> &crdGroups)
{
    static const ClusterResourceSpec owners{"", "", "", true, ClusterResourceRole::Controllers, {}};
    m_spec = &owners;
    m_batch = Batch{};
    // Top-level ReplicaSets and Jobs: now that their pods are known.
    for (const nlohmann::json &object : m_pendingOwners) {
        const nlohmann::json &meta = field(object, "metadata");
        const auto it = m_pods.find(key(text(meta, "namespace"), text(object, "kind"), text(meta, "name")));
        addController(object, it == m_pods.end() ? nullptr : &it->second.digests,
                      it == m_pods.end() ? 0 : it->second.active);
    }
    m_pendingOwners.clear();
    for (const KubeWorkload &w : m_batch.workloads)
        m_workloadKeys.insert(key(w.nameSpace, w.kind, w.name));
    // Pods whose controller was not listed (forbidden, gone, or a kind this collector does not
    // list, e.g. a static pod's Node or a custom controller): the owner is judged from its pods.
    for (auto &[owner, p] : m_pods) {
        if (m_workloadKeys.count(owner) || p.sample.empty())
            continue;
        const auto first = owner.find('/'), second = owner.find('/', first + 1);
        if (first == std::string::npos || second == std::string::npos)
            continue;
        const nlohmann::json pod = nlohmann::json::parse(p.sample, nullptr, false);
        if (pod.is_discarded())
            continue;
        std::optional<KubeWorkload> w = evaluate(pod, &p.digests);
        if (!w)
            continue;
        w->kind = owner.substr(first + 1, second - first - 1);
        w->name = owner.substr(second + 1);
        w->uid.clear();
        w->pods = p.active;
        useRunningDigests(*w, p.digests);
        addUses(pod, *w);
        m_batch.workloads.push_back(std::move(*w));
    }
    for (KubeWorkload &w : m_batch.workloads)
        workloads.push_back(std::move(w));
    mergeUses();
    m_batch = Batch{};
    m_spec = nullptr;
    m_pods.clear();

    namespaces = evaluateNamespaces(m_namespaces, m_policies);
    std::unordered_map<std::string, NamespaceSegmentation *> byName;
    for (NamespaceSegmentation &n : namespaces)
        byName[n.name] = &n;
    for (const KubeWorkload &w : workloads) {
        if (const auto it = byName.find(w.nameSpace); it != byName.end()) {
            ++it->second->workloads;
            it->second->pods += w.pods;
        }
    }
    evidence = detectClusterAgents(m_agentSources, crdGroups);
    m_namespaces.clear();
    m_policies.clear();
    m_agentSources.clear();
}

} // namespace bulkhead
