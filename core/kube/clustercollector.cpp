#include "kube/clustercollector.h"

#include "kube/clusterfacts.h"
#include "kube/clusterreport.h"
#include "kube/clusterresources.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kube/kubeconnection.h"
#include "kube/registryimagefacts.h"
#include "kube/secrettypes.h"
#include "kube/trustedregistries.h"
#include "net/canceltoken.h"
#include "rbac/rbacanalysis.h"
#include "secrets/kubesecret.h"
#include "secrets/secretevaluation.h"
#include "registry/collectionstore.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/rbacrepository.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "store/workloadrepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace bulkhead {

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool isCancelled(const CancelToken *cancel)
{
    return cancel && cancel->isCancelled();
}

// The run table's counters are the registry's: a cluster's resources go in `repositories`, its
// workloads in `images` (the Sources page names them per kind).
void recordRun(Database &db, std::int64_t sourceId, std::int64_t startedAt, std::int64_t now, const CollectionResult &r)
{
    CollectionResult row = r;
    row.repositories = r.resources;
    row.images = r.workloads;
    finishRun(db, sourceId, r.runId, startedAt, now, row);
}

std::string kindOfIdentity(const std::string &identity)
{
    // "cluster/namespace/Kind/name": no part holds a '/'.
    const auto a = identity.find('/');
    const auto b = a == std::string::npos ? a : identity.find('/', a + 1);
    const auto c = b == std::string::npos ? b : identity.find('/', b + 1);
    return c == std::string::npos ? std::string() : identity.substr(b + 1, c - b - 1);
}

// Assets of this cluster with open findings of the cluster tool that this collection did not see,
// of the kinds it listed completely: workloads, namespaces, and bindings (whose RBAC risks were
// analysed).
std::vector<AssetRef> goneAssets(const Database &db, const std::string &cluster, const std::unordered_set<std::string> &seen,
                                 bool workloadsComplete, bool namespacesComplete, bool rbacComplete)
{
    std::vector<AssetRef> out;
    if (!workloadsComplete && !namespacesComplete && !rbacComplete)
        return out;
    auto st = db.prepare(
        "SELECT a.identity, a.name, coalesce(a.namespace, '') FROM assets a WHERE a.kind = ? AND a.cluster = ? "
        "AND EXISTS (SELECT 1 FROM asset_scans s JOIN tools t ON t.id = s.tool_id "
        "            WHERE s.asset_id = a.id AND t.name = 'bulkhead-cluster') "
        "AND EXISTS (SELECT 1 FROM findings f WHERE f.asset_id = a.id AND f.resolved_at IS NULL)");
    st.bind(1, static_cast<std::int64_t>(AssetKind::KubernetesResource));
    st.bindText(2, cluster);
    while (st.step()) {
        std::string identity = st.text(0);
        if (seen.count(identity))
            continue;
        const std::string kind = kindOfIdentity(identity);
        if (kind == "Cluster")
            continue;
        const bool binding = kind == "RoleBinding" || kind == "ClusterRoleBinding";
        if (kind == "Namespace" ? !namespacesComplete : binding ? !rbacComplete : !workloadsComplete)
            continue;
        AssetRef a;
        a.kind = AssetKind::KubernetesResource;
        a.identity = std::move(identity);
        a.name = st.text(1);
        a.nameSpace = st.text(2);
        a.cluster = cluster;
        out.push_back(std::move(a));
    }
    return out;
}

// trivy-operator reports name no cluster: their Kubernetes assets get this one's, so that two
// clusters' "default/ReplicaSet/web" stay two assets.
void claimForCluster(ParsedFile &file, const std::string &cluster)
{
    if (!file.report)
        return;
    for (AssetRef &a : file.report->assets) {
        if (a.kind != AssetKind::KubernetesResource || !a.cluster.empty())
            continue;
        a.cluster = cluster;
        if (!a.identity.empty() && a.identity.front() == '/')
            a.identity = cluster + a.identity;
    }
    computeFingerprints(*file.report);
}

// The SecretRecords of the listed Secrets with their uses. Usage is known (so "unused" means
// unused) only when every workload kind was listed completely.
std::vector<SecretRecord> secretRecords(const std::string &cluster, const std::vector<KubeObjectRecord> &objects,
                                        std::unordered_map<std::string, std::vector<SecretUse>> &uses,
                                        bool usageKnown)
{
    std::vector<SecretRecord> out;
    for (const KubeObjectRecord &o : objects) {
        if (o.kind != "Secret")
            continue;
        SecretRecord s = kubeSecretRecord(cluster, o);
        s.usageKnown = usageKnown;
        if (const auto it = uses.find(o.nameSpace + '/' + o.name); it != uses.end()) {
            s.uses = std::move(it->second);
            std::sort(s.uses.begin(), s.uses.end(), [](const SecretUse &a, const SecretUse &b) {
                return std::tie(a.workloadKind, a.workloadName, a.container, a.how)
                    < std::tie(b.workloadKind, b.workloadName, b.container, b.how);
            });
            s.uses.erase(std::unique(s.uses.begin(), s.uses.end()), s.uses.end());
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace

ClusterCollector::ClusterCollector(std::string storePath, ClusterSourceConfig source, ExecCredentialProvider *exec)
    : m_storePath(std::move(storePath)), m_source(std::move(source)), m_exec(exec)
{}

CollectionResult ClusterCollector::run(const CancelToken *cancel)
{
    const auto started = std::chrono::steady_clock::now();
    const std::int64_t startedAt = m_now ? m_now : unixNow();
    auto report = [this](const char *phase, std::int64_t done, std::int64_t total) {
        if (m_progress)
            m_progress(CollectionProgress{phase, done, total});
    };
    CollectionResult result;
    std::optional<Database> db;
    std::int64_t sourceId = 0;
    auto finish = [&]() -> CollectionResult {
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (db && result.runId) {
            try {
                recordRun(*db, sourceId, startedAt, m_now ? m_now : unixNow(), result);
            } catch (const StoreError &e) {
                if (result.error.empty())
                    result.error = e.what();
            }
        }
        return result;
    };
    auto fail = [&](std::string error) {
        result.status = CollectionStatus::Failed;
        result.error = std::move(error);
        return finish();
    };
    auto cancelled = [&] {
        result.status = CollectionStatus::Cancelled;
        result.error = "cancelled: nothing of this collection was stored";
        return finish();
    };

    try {
        db.emplace(Database::open(m_storePath));
        const auto row = SourceRepository(*db).find(m_source.name);
        if (!row || row->kind != "cluster") {
            result.error = "no cluster source named \"" + m_source.name + "\"";
            db.reset();
            return finish();
        }
        sourceId = row->id;
        result.runId = CollectionRunRepository(*db).start(sourceId, startedAt);
    } catch (const StoreError &e) {
        result.error = e.what();
        db.reset();
        return finish();
    }

    // kubeconfig -> connection. Errors name the file, the context and the server; never a secret.
    const std::string where = "cluster " + m_source.name + " (context \"" + m_source.context + "\")";
    std::string error;
    const std::optional<KubeConfig> config = loadKubeConfig(kubeConfigPaths(m_source.kubeconfig), &error);
    if (!config)
        return fail(where + ": " + error);
    std::string files;
    for (const std::string &f : config->files)
        files += (files.empty() ? "" : ", ") + f;
    const std::optional<KubeConnection> connection = resolveKubeConnection(*config, m_source.context, &error);
    if (!connection)
        return fail(where + " in kubeconfig " + files + ": " + error);
    if (connection->exec) {
        const std::string fingerprint =
            execApprovalFingerprint(connection->userSourceFile, connection->userName, *connection->exec);
        if (fingerprint != m_source.execApproval)
            return fail(where + ": user \"" + connection->userName + "\" authenticates with the exec plugin `"
                        + describeExecCommand(*connection->exec) + "` from " + connection->userSourceFile + ", which "
                        + (m_source.execApproval.empty() ? "was never approved" : "changed since it was approved")
                        + " for this source; approve it with `bulkheadctl source add cluster " + m_source.name
                        + (m_source.kubeconfig.empty() ? "" : " --kubeconfig " + m_source.kubeconfig) + " --context "
                        + m_source.context + " --approve-exec` or in the Add cluster dialog");
    }
    std::unique_ptr<ExecCredentialProvider> ownExec;
    ExecCredentialProvider *exec = m_exec;
    if (!exec && connection->exec) {
        ownExec = std::make_unique<ExecCredentialProvider>();
        exec = ownExec.get();
    }
    KubeClient client(*connection, exec, m_source.execApproval);

    report("discovery", 0, 0);
    std::vector<std::string> warnings;
    const std::optional<std::vector<KubeResourceType>> types = client.discover(&error, &warnings, cancel);
    result.requests = client.requestCount();
    if (isCancelled(cancel))
        return cancelled();
    if (!types)
        return fail(where + " of kubeconfig " + files + " at " + connection->server + ": " + error);
    std::set<std::string> groups;
    for (const KubeResourceType &t : *types)
        groups.insert(t.group);
    const std::vector<std::string> crdGroups(groups.begin(), groups.end());

    // The plan: what discovery serves, in the order the checks need it.
    struct Planned {
        const ClusterResourceSpec *spec;
        KubeResourceType type;
    };
    std::vector<Planned> plan;
    std::vector<CoverageRecord> coverage;
    for (const ClusterResourceSpec &spec : clusterResources()) {
        const KubeResourceType *found = nullptr;
        for (const KubeResourceType &t : *types) {
            if (t.group == spec.group && t.resource == spec.resource) {
                found = &t;
                break;
            }
        }
        if (spec.optional && (!found || !m_source.importTrivyOperator))
            continue;
        if (found) {
            plan.push_back({&spec, *found});
            continue;
        }
        KubeResourceType missing{spec.group, "v1", spec.resource, spec.kind, spec.namespaced};
        CoverageRecord c{missing.qualifiedName(), "absent", 0, "the API server does not serve it", spec.controls};
        // A group whose discovery document failed is not "absent": it was not read.
        for (const std::string &w : warnings) {
            if (!spec.group.empty() && w.find(spec.group) != std::string::npos) {
                c.state = "failed";
                c.message = w;
            }
        }
        if (c.state != "absent") {
            result.failures.push_back(c.resource + ": " + c.message);
            result.notCollected.push_back(c.resource + " (" + c.state + ")");
        }
        coverage.push_back(std::move(c));
    }

    RegistryImageFacts images;
    try {
        images.load(*db);
    } catch (const StoreError &e) {
        return fail(std::string("reading the registry's images: ") + e.what());
    }
    ClusterFacts facts(images, m_trustedSet ? m_trusted : loadTrustedRegistries());
    facts.setReportLabel("cluster:" + m_source.name);
    const SecretPolicy policy = m_policySet ? m_policy : loadSecretPolicy();
    facts.setRotationAnnotations(policy.rotationAnnotations);
    std::set<std::string> complete; // resources listed completely
    const std::int64_t total = static_cast<std::int64_t>(plan.size());
    report("listing", 0, total);
    std::int64_t done = 0;
    const KubeResourceType *secretsListed = nullptr; // the secrets' type, when the list got some
    for (const Planned &p : plan) {
        KubeClient::ListOptions options;
        options.limit = m_source.pageSize;
        // Secrets: PartialObjectMetadataList only, so that their values are never even sent.
        options.metadataOnly = p.spec->role == ClusterResourceRole::Secrets;
        facts.begin(*p.spec);
        const KubeListStatus status = client.list(
            p.type, options, [&facts](const nlohmann::json &item) { facts.add(item); }, [&facts] { facts.restart(); },
            cancel);
        if (status.outcome == KubeListOutcome::Cancelled || isCancelled(cancel)) {
            result.requests = client.requestCount();
            return cancelled();
        }
        const bool ok = status.outcome == KubeListOutcome::Complete;
        if (p.spec->role == ClusterResourceRole::Secrets && status.items > 0)
            secretsListed = &p.type;
        const std::size_t reportErrors = facts.trivyErrors.size();
        facts.end(ok);
        CoverageRecord c{p.type.qualifiedName(), kubeListOutcomeName(status.outcome), status.items, status.message,
                         p.spec->controls};
        if (facts.trivyErrors.size() > reportErrors) {
            c.state = "failed";
            c.message = "could not import: " + facts.trivyErrors.back();
        }
        if (c.state == "complete") {
            complete.insert(p.spec->resource);
        } else {
            result.failures.push_back(c.resource + ": " + (c.message.empty() ? c.state : c.message));
            result.notCollected.push_back(c.resource + " (" + c.state + ")");
        }
        coverage.push_back(std::move(c));
        ++result.resources;
        report("listing", ++done, total);
    }
    if (secretsListed) {
        // Their types, from one metadata-only LIST per known type. A failure leaves types unknown
        // (named as a failure: the token findings and policies rest on the type); it never makes a
        // secret look gone, completeness is the secrets list's.
        KubeClient::ListOptions options;
        options.limit = m_source.pageSize;
        const SecretTypeListing secretTypes = listSecretTypes(client, *secretsListed, options, cancel);
        if (secretTypes.cancelled || isCancelled(cancel)) {
            result.requests = client.requestCount();
            return cancelled();
        }
        for (const std::string &f : secretTypes.failures)
            result.failures.push_back(secretsListed->qualifiedName() + " " + f);
        applySecretTypes(facts.objects, secretTypes);
    }
    result.requests = client.requestCount();
    facts.finish(crdGroups);

    auto allComplete = [&](std::initializer_list<const char *> names) {
        for (const char *n : names) {
            if (!complete.count(n))
                return false;
        }
        return true;
    };
    const std::int64_t now = m_now ? m_now : unixNow();
    ClusterCollectionWrite write;
    write.sourceId = sourceId;
    write.runId = result.runId;
    write.now = now;
    write.cluster = m_source.name;
    write.workloadsComplete =
        allComplete({"pods", "deployments", "statefulsets", "daemonsets", "replicasets", "jobs", "cronjobs"});
    write.namespacesComplete = allComplete({"namespaces"});
    write.networkPoliciesCollected = allComplete({"networkpolicies"});
    for (const ClusterResourceSpec &spec : clusterResources()) {
        const bool object = spec.role == ClusterResourceRole::ServiceAccounts || spec.role == ClusterResourceRole::Roles
            || spec.role == ClusterResourceRole::Bindings || spec.role == ClusterResourceRole::Secrets;
        if (object && complete.count(spec.resource))
            write.objectKindsComplete.push_back(spec.kind);
    }
    SecretSourceWrite secrets;
    secrets.store = SecretStoreKind::Kubernetes;
    secrets.origin = m_source.name;
    secrets.sourceId = sourceId;
    secrets.now = now;
    secrets.complete = allComplete({"secrets"});
    secrets.secrets = secretRecords(m_source.name, facts.objects, facts.secretUses, write.workloadsComplete);
    facts.secretUses.clear();
    write.workloads = std::move(facts.workloads);
    write.namespaces = std::move(facts.namespaces);
    write.coverage = std::move(coverage);
    write.evidence = std::move(facts.evidence);
    write.objects = std::move(facts.objects);
    result.workloads = static_cast<int>(write.workloads.size());
    result.namespaces = static_cast<int>(write.namespaces.size());

    // RBAC: only on a complete picture of roles and bindings (a missing ClusterRole would read as
    // a dangling roleRef). Its errors are the collection's failures, never its end.
    std::optional<RbacAnalysis> rbac;
    if (allComplete({"roles", "clusterroles", "rolebindings", "clusterrolebindings"})) {
        try {
            rbac.emplace(analyzeRbac(write.objects, write.workloads, allComplete({"serviceaccounts"})));
            for (const std::string &e : rbac->errors)
                result.failures.push_back("RBAC analysis skipped " + e);
            rbac->write.sourceId = sourceId;
            rbac->write.now = now;
            rbac->write.cluster = m_source.name;
            result.rbacAnalyzed = true;
            result.rbacBindings = static_cast<int>(rbac->write.bindings.size());
            result.rbacRisks = static_cast<int>(rbac->risks.size());
        } catch (const std::exception &e) {
            rbac.reset();
            result.failures.push_back(std::string("RBAC analysis failed: ") + e.what());
        }
    }

    std::unordered_set<std::string> seen;
    if (rbac) {
        // Bindings without risks now are gone from the report; but while service accounts were
        // not listed, dangling subjects are unknown, so every existing binding counts as seen.
        const bool accounts = rbac->index->objects().serviceAccountsListed;
        for (const RbacRisk &risk : rbac->risks)
            seen.insert(bindingAsset(m_source.name, rbac->index->bindings()[risk.binding]).identity);
        if (!accounts) {
            for (const RbacBinding &b : rbac->index->bindings())
                seen.insert(bindingAsset(m_source.name, b).identity);
        }
    }
    for (const KubeWorkload &w : write.workloads)
        seen.insert(workloadAsset(m_source.name, w).identity);
    for (const NamespaceSegmentation &n : write.namespaces)
        seen.insert(namespaceAsset(m_source.name, n.name).identity);
    ClusterReportInput input;
    input.cluster = m_source.name;
    input.runId = result.runId;
    input.now = now;
    input.workloads = &write.workloads;
    input.namespaces = &write.namespaces;
    input.namespacesAssessed = write.networkPoliciesCollected;
    input.insecureTls = connection->insecureSkipTlsVerify;
    input.server = connection->server;
    input.rbac = rbac ? &*rbac : nullptr;
    try {
        input.gone = goneAssets(*db, m_source.name, seen, write.workloadsComplete,
                                write.namespacesComplete && write.networkPoliciesCollected, rbac.has_value());
    } catch (const StoreError &e) {
        return fail(std::string("reading the previous collection: ") + e.what());
    }
    const ParsedFile findings = buildClusterReport(input);
    result.postureFindings = findings.report->findings.size();
    result.status = result.failures.empty() ? CollectionStatus::Complete : CollectionStatus::Partial;
    if (!result.notCollected.empty())
        result.error = "not collected: " + [&] {
            std::string s;
            for (const std::string &n : result.notCollected)
                s += (s.empty() ? "" : ", ") + n;
            return s;
        }();
    else if (!result.failures.empty())
        result.error = result.failures.front();

    // ONE transaction: workloads, namespaces, coverage, evidence, objects, the RBAC analysis, the
    // trivy-operator reports, the findings report, the secrets and their evaluation, and the run.
    report("writing", 0, 1);
    std::unique_ptr<ImportWriter> writer;
    try {
        writer = std::make_unique<ImportWriter>(*db);
        writer->beginBatch();
        WorkloadRepository(*db).writeCollection(write);
        if (rbac)
            RbacRepository(*db).writeAnalysis(rbac->write);
        for (ParsedFile &file : facts.trivyReports) {
            claimForCluster(file, m_source.name);
            writer->write(file, now);
        }
        const ImportSummary summary = writer->write(findings, now);
        result.newFindings = summary.newFindings;
        result.resolved = summary.resolved;
        result.reopened = summary.reopened;
        // Written even when the list was partial (rows are then only added or updated); the
        // evaluation goes through this writer, in this transaction.
        SecretRepository(*db).write(secrets);
        const SecretEvaluationSummary judged =
            evaluateSecrets(*db, *writer, policy, now, secretStoreKindName(SecretStoreKind::Kubernetes), m_source.name);
        result.secrets = static_cast<int>(secrets.secrets.size());
        result.secretsOverdue = static_cast<int>(judged.overdue);
        result.newFindings += judged.newFindings;
        result.resolved += judged.resolved;
        result.reopened += judged.reopened;
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        recordRun(*db, sourceId, startedAt, now, result);
        writer->commitBatch();
    } catch (const StoreError &e) {
        if (writer && writer->inBatch())
            writer->rollbackBatch();
        result.status = CollectionStatus::Failed;
        result.error = std::string("the collection could not be stored, nothing of it was kept: ") + e.what();
        result.workloads = result.namespaces = 0;
        result.newFindings = result.resolved = result.reopened = 0;
        result.postureFindings = 0;
        result.rbacAnalyzed = false;
        result.rbacBindings = result.rbacRisks = 0;
        result.secrets = result.secretsOverdue = 0;
        return finish();
    }
    report("writing", 1, 1);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace bulkhead
