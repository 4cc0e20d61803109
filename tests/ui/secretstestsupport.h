#pragma once
// Secrets built in code for the Secrets page's tests, the way a small company's stores look: a
// cluster (application secrets of every age signal, TLS secrets renewed by cert-manager, a legacy
// service-account token, Helm release records, secrets read through env), a Vault KV v2 mount with
// version histories and declared intervals, and an inventory of secrets that live elsewhere.
// Evaluations are decided here, by the test's own simple policy (service-account token 0 days,
// else the interval declared on the secret, else 90), so that every expected count is computed
// from this input and not read back from the code under test. Header-only: tests/ui/tst_*.cpp are
// built one executable each.

#include "secrets/secretrecord.h"
#include "sources/clustersourceconfig.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace bulkhead::test::secrets {

constexpr std::int64_t kNow = 1717200000; // 2024-06-01 00:00 UTC
constexpr std::int64_t kDay = 86400;
constexpr int kGeneratedApps = 240; // with the rest, more than one page (200) of secrets

// `days` whole days before kNow, plus an hour: no age lands on a bucket edge however it is rounded.
inline std::int64_t daysAgo(int days)
{
    return kNow - std::int64_t(days) * kDay - 3600;
}

inline SecretUse use(const std::string &kind, const std::string &name, const std::string &container,
                     const std::string &how)
{
    return SecretUse{kind, name, container, how};
}

inline SecretRecord kube(const std::string &ns, const std::string &name, const std::string &type, AgeSource source,
                         int ageDays, const std::string &detail, std::vector<SecretUse> uses = {})
{
    SecretRecord s;
    s.store = SecretStoreKind::Kubernetes;
    s.origin = "prod";
    s.location = ns;
    s.name = name;
    s.type = type;
    s.createdAt = daysAgo(std::max(ageDays, 0) + 30);
    s.lastChangeAt = source == AgeSource::Unknown ? 0 : daysAgo(ageDays);
    if (source == AgeSource::CreationOnly)
        s.createdAt = s.lastChangeAt;
    s.ageSource = source;
    s.ageDetail = detail;
    s.usageKnown = true;
    s.uses = std::move(uses);
    std::sort(s.uses.begin(), s.uses.end(), [](const SecretUse &a, const SecretUse &b) {
        return std::tie(a.workloadKind, a.workloadName, a.container, a.how)
            < std::tie(b.workloadKind, b.workloadName, b.container, b.how);
    });
    return s;
}

inline std::vector<SecretRecord> clusterSecrets()
{
    std::vector<SecretRecord> out;
    const std::string mf = "managedFields: ";
    out.push_back(kube("shop", "db-credentials", "Opaque", AgeSource::ManagedFields, 41, mf + "kubectl-client-side-apply",
                       {use("Deployment", "web", "web", "env"), use("Deployment", "worker", "", "volume")}));
    SecretRecord tls = kube("shop", "web-tls", "kubernetes.io/tls", AgeSource::ManagedFields, 23,
                            mf + "cert-manager-certificates-issuing", {use("Deployment", "web", "", "volume")});
    tls.owner = "Certificate/web-tls";
    tls.labels = {{"controller.cert-manager.io/fao", "true"}};
    out.push_back(tls);
    out.push_back(kube("payments", "stripe-api-key", "Opaque", AgeSource::CreationOnly, 412, "creationTimestamp",
                       {use("Deployment", "payments-api", "api", "envFrom")}));
    SecretRecord db = kube("payments", "db-password", "Opaque", AgeSource::Annotation, 76,
                           "annotation bulkhead.dev/rotated-at", {use("StatefulSet", "ledger", "ledger", "env"),
                                                                  use("Deployment", "payments-api", "", "projected")});
    db.labels = {{"team", "payments"}};
    out.push_back(db);
    SecretRecord rotated = kube("payments", "webhook-signing", "Opaque", AgeSource::Annotation, 12,
                                "annotation bulkhead.dev/rotated-at", {use("Deployment", "payments-api", "", "volume")});
    rotated.declaredPolicyDays = 30;
    out.push_back(rotated);
    SecretRecord token = kube("ci", "deployer-token-7xk2p", "kubernetes.io/service-account-token", AgeSource::CreationOnly,
                              301, "creationTimestamp", {use("Deployment", "runner", "", "volume")});
    token.serviceAccount = "deployer";
    out.push_back(token);
    out.push_back(kube("monitoring", "grafana-admin", "Opaque", AgeSource::ManagedFields, 133, mf + "helm",
                       {use("Deployment", "grafana", "grafana", "env")}));
    out.push_back(kube("monitoring", "alertmanager-config", "Opaque", AgeSource::ManagedFields, 5, mf + "prometheus-operator",
                       {use("StatefulSet", "alertmanager-main", "", "volume")}));
    out.push_back(kube("kube-system", "bootstrap-token-abcdef", "bootstrap.kubernetes.io/token", AgeSource::CreationOnly, 88,
                       "creationTimestamp"));
    out.push_back(kube("shop", "sh.helm.release.v1.shop.v7", "helm.sh/release.v1", AgeSource::ManagedFields, 9, mf + "helm"));
    out.push_back(kube("shop", "old-smtp-password", "Opaque", AgeSource::ManagedFields, 540, mf + "kubectl-edit"));
    out.push_back(kube("shop", "registry-pull", "kubernetes.io/dockerconfigjson", AgeSource::ManagedFields, 64,
                       mf + "external-secrets", {use("Deployment", "web", "", "imagePullSecrets"),
                                                 use("Deployment", "worker", "", "imagePullSecrets")}));
    for (int i = 0; i < kGeneratedApps; ++i) {
        const std::string app = "app-" + std::to_string(100 + i);
        // Most are rotated now and then; every third has been left alone for up to 500 days.
        const int age = i % 3 == 0 ? (i * 37) % 500 : (i * 13) % 120;
        const AgeSource source = i % 5 == 0 ? AgeSource::CreationOnly : AgeSource::ManagedFields;
        std::vector<SecretUse> uses;
        if (i % 3 != 0)
            uses.push_back(use("Deployment", app, "", "volume"));
        if (i % 7 == 0)
            uses.push_back(use("Deployment", app, app, "env"));
        out.push_back(kube("apps", app + "-config", "Opaque", source, age,
                           source == AgeSource::CreationOnly ? "creationTimestamp" : mf + "argocd-controller", uses));
    }
    return out;
}

inline SecretRecord vault(const std::string &path, std::vector<int> versionAges, std::optional<int> declared = {},
                          const std::string &owner = {})
{
    SecretRecord s;
    s.store = SecretStoreKind::Vault;
    s.origin = "vault-main";
    s.location = "secret";
    s.name = path;
    s.type = "kv-v2";
    s.owner = owner;
    s.declaredPolicyDays = declared;
    for (std::size_t v = 0; v < versionAges.size(); ++v) {
        SecretVersion version;
        version.version = static_cast<int>(v) + 1;
        version.createdAt = daysAgo(versionAges[v]);
        if (v + 2 < versionAges.size())
            version.destroyed = true; // old versions destroyed after a rotation
        else if (v + 1 < versionAges.size())
            version.deletedAt = daysAgo(versionAges[v + 1] - 1);
        s.versions.push_back(version);
    }
    s.currentVersion = static_cast<int>(versionAges.size());
    s.createdAt = s.versions.front().createdAt;
    s.lastChangeAt = s.versions.back().createdAt;
    s.ageSource = AgeSource::VersionHistory;
    s.ageDetail = "version " + std::to_string(s.currentVersion) + " of " + std::to_string(s.currentVersion);
    return s;
}

inline std::vector<SecretRecord> vaultSecrets()
{
    std::vector<SecretRecord> out;
    out.push_back(vault("team-a/db", {210, 120, 31}, std::nullopt, "team-a"));
    SecretRecord api = vault("team-b/api-key", {90, 46}, 30, "team-b");
    api.labels = {{"system", "billing"}};
    out.push_back(api);
    out.push_back(vault("legacy/ldap-bind", {803}, std::nullopt, "it-ops"));
    out.push_back(vault("team-a/s3-backup", {70}, std::nullopt, "team-a"));
    for (int i = 0; i < 40; ++i)
        out.push_back(vault("services/svc-" + std::to_string(i) + "/token", {(i * 53) % 400 + 20, (i * 29) % 200},
                            i % 4 == 0 ? std::optional<int>(60) : std::nullopt, "platform"));
    return out;
}

inline SecretRecord inventory(const std::string &store, const std::string &name, const std::string &owner,
                              int rotatedDaysAgo, std::optional<int> policyDays)
{
    SecretRecord s;
    s.store = SecretStoreKind::Inventory;
    s.origin = "finance-inventory";
    s.location = store;
    s.name = name;
    s.owner = owner;
    s.lastChangeAt = daysAgo(rotatedDaysAgo);
    s.ageSource = AgeSource::Inventory;
    s.ageDetail = "inventory finance-inventory";
    s.declaredPolicyDays = policyDays;
    return s;
}

inline std::vector<SecretRecord> inventorySecrets()
{
    return {inventory("aws-secrets-manager", "payroll-sftp", "finance", 200, 180),
            inventory("aws-secrets-manager", "bank-api-client-secret", "finance", 15, 90),
            inventory("hsm", "card-signing-pin", "security", 330, 365),
            inventory("1password", "domain-registrar", "it-ops", 700, std::nullopt)};
}

// The test's own decision: service-account token 0 days, else declared, else 90.
inline SecretEvaluation decide(std::int64_t id, const SecretRecord &s)
{
    SecretEvaluation e;
    e.id = id;
    if (s.store == SecretStoreKind::Kubernetes && s.type == "kubernetes.io/service-account-token") {
        e.policyDays = 0;
        e.reason = "service-account token";
    } else if (s.declaredPolicyDays) {
        e.policyDays = *s.declaredPolicyDays;
        e.reason = "declared on the secret";
    } else {
        e.policyDays = 90;
        e.reason = "default";
    }
    if (s.lastChangeAt > 0)
        e.dueAt = s.lastChangeAt + std::int64_t(e.policyDays) * kDay;
    return e;
}

inline bool overdue(const SecretRecord &s)
{
    const SecretEvaluation e = decide(0, s);
    return e.dueAt && *e.dueAt <= kNow;
}

inline bool viaEnv(const SecretRecord &s)
{
    return std::any_of(s.uses.begin(), s.uses.end(), [](const SecretUse &u) { return u.how == "env" || u.how == "envFrom"; });
}

inline int useCount(const SecretRecord &s)
{
    std::set<std::pair<std::string, std::string>> workloads;
    for (const SecretUse &u : s.uses)
        workloads.insert({u.workloadKind, u.workloadName});
    return static_cast<int>(workloads.size());
}

inline bool unused(const SecretRecord &s)
{
    return s.usageKnown && s.uses.empty();
}

inline std::vector<SecretRecord> allSecrets()
{
    std::vector<SecretRecord> all = clusterSecrets();
    for (auto part : {vaultSecrets(), inventorySecrets()})
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// Writes the three origins (with a cluster source "prod") and the test's evaluations.
inline void writeAll(Database &db)
{
    ClusterSourceConfig cluster;
    cluster.name = "prod";
    cluster.context = "prod";
    cluster.server = "https://prod.k8s.example:6443";
    const std::int64_t prod = SourceRepository(db).add(cluster, kNow - 30 * kDay);
    SecretRepository repo(db);
    auto writeOrigin = [&](SecretStoreKind store, const std::string &origin, std::int64_t sourceId,
                           std::vector<SecretRecord> secrets) {
        SecretSourceWrite w;
        w.store = store;
        w.origin = origin;
        w.sourceId = sourceId;
        w.now = kNow - 600;
        w.complete = true;
        w.secrets = std::move(secrets);
        repo.write(w);
    };
    Transaction tx(db);
    writeOrigin(SecretStoreKind::Kubernetes, "prod", prod, clusterSecrets());
    writeOrigin(SecretStoreKind::Vault, "vault-main", 0, vaultSecrets());
    writeOrigin(SecretStoreKind::Inventory, "finance-inventory", 0, inventorySecrets());
    std::vector<SecretEvaluation> evaluations;
    repo.forEach({}, {}, [&](std::int64_t id, const SecretRecord &s) { evaluations.push_back(decide(id, s)); });
    repo.setEvaluations(evaluations);
    tx.commit();
}

} // namespace bulkhead::test::secrets
