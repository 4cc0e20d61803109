#include "bench_rbac_generate.h"

#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace bulkhead::bench {

namespace {

using nlohmann::json;

// splitmix64: the same sequence on every platform and standard library.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percentTimes10) { return below(1000) < percentTimes10; } // per mille
    template<class T>
    const T &pick(const std::vector<T> &items) { return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))]; }

private:
    std::uint64_t m_state;
};

struct Resource {
    std::string group, name;
    bool namespaced = true;
    std::vector<std::string> subresources;
};

const std::vector<Resource> &catalogue()
{
    static const std::vector<Resource> kResources = {
        {"", "pods", true, {"exec", "log", "attach", "portforward", "status", "eviction"}},
        {"", "services", true, {"proxy", "status"}},
        {"", "configmaps", true, {}},
        {"", "secrets", true, {}},
        {"", "serviceaccounts", true, {"token"}},
        {"", "persistentvolumeclaims", true, {"status"}},
        {"", "events", true, {}},
        {"", "endpoints", true, {}},
        {"", "limitranges", true, {}},
        {"", "resourcequotas", true, {"status"}},
        {"", "replicationcontrollers", true, {"scale"}},
        {"", "nodes", false, {"proxy", "status"}},
        {"", "persistentvolumes", false, {}},
        {"", "namespaces", false, {"status", "finalize"}},
        {"apps", "deployments", true, {"scale", "status"}},
        {"apps", "statefulsets", true, {"scale", "status"}},
        {"apps", "daemonsets", true, {"status"}},
        {"apps", "replicasets", true, {"scale"}},
        {"apps", "controllerrevisions", true, {}},
        {"batch", "jobs", true, {"status"}},
        {"batch", "cronjobs", true, {"status"}},
        {"networking.k8s.io", "ingresses", true, {"status"}},
        {"networking.k8s.io", "networkpolicies", true, {}},
        {"networking.k8s.io", "ingressclasses", false, {}},
        {"policy", "poddisruptionbudgets", true, {"status"}},
        {"autoscaling", "horizontalpodautoscalers", true, {"status"}},
        {"rbac.authorization.k8s.io", "roles", true, {}},
        {"rbac.authorization.k8s.io", "rolebindings", true, {}},
        {"rbac.authorization.k8s.io", "clusterroles", false, {}},
        {"rbac.authorization.k8s.io", "clusterrolebindings", false, {}},
        {"certificates.k8s.io", "certificatesigningrequests", false, {"approval", "status"}},
        {"admissionregistration.k8s.io", "validatingwebhookconfigurations", false, {}},
        {"admissionregistration.k8s.io", "mutatingwebhookconfigurations", false, {}},
        {"storage.k8s.io", "storageclasses", false, {}},
        {"coordination.k8s.io", "leases", true, {}},
        {"discovery.k8s.io", "endpointslices", true, {}},
        {"apiextensions.k8s.io", "customresourcedefinitions", false, {}},
        {"metrics.k8s.io", "pods", true, {}},
    };
    return kResources;
}

const std::vector<std::string> kRead = {"get", "list", "watch"};
const std::vector<std::string> kWrite = {"get", "list", "watch", "create", "update", "patch", "delete"};
const std::vector<std::string> kAll = {"get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"};
const std::vector<std::string> kWords = {"app", "api", "worker", "deployer", "ci", "monitoring", "backup", "ingress",
                                          "operator", "migrator", "cron", "web", "db", "cache", "queue", "metrics",
                                          "logging", "sync", "gateway", "auth", "search", "billing", "mailer", "etl"};
const std::vector<std::string> kControllers = {
    "attachdetach-controller", "certificate-controller", "clusterrole-aggregation-controller", "cronjob-controller",
    "daemon-set-controller", "deployment-controller", "disruption-controller", "endpoint-controller",
    "endpointslice-controller", "ephemeral-volume-controller", "expand-controller", "generic-garbage-collector",
    "horizontal-pod-autoscaler", "job-controller", "namespace-controller", "node-controller",
    "persistent-volume-binder", "pod-garbage-collector", "pv-protection-controller", "pvc-protection-controller",
    "replicaset-controller", "replication-controller", "resourcequota-controller", "root-ca-cert-publisher",
    "route-controller", "service-account-controller", "service-controller", "statefulset-controller",
    "ttl-after-finished-controller", "ttl-controller", "token-cleaner", "bootstrap-signer"};

class Generator
{
public:
    Generator(const RbacClusterSpec &spec, GeneratedRbac &out) : m_spec(spec), m_out(out), m_rng(spec.seed) {}

    void run()
    {
        namespaces();
        clusterRoles();
        roles();
        roleBindings();
        clusterRoleBindings();
        workloads();
    }

private:
    const RbacClusterSpec &m_spec;
    GeneratedRbac &m_out;
    Rng m_rng;
    std::int64_t m_objects = 0;
    std::vector<std::vector<std::string>> m_serviceAccounts; // per namespace index
    std::vector<std::vector<std::string>> m_roles;           // per namespace index
    std::vector<std::string> m_crdGroups, m_customClusterRoles, m_clusterRoles;
    int m_platformAggregates = 0;

    std::string uid()
    {
        char buffer[40];
        const std::uint64_t a = m_rng.next(), b = m_rng.next();
        std::snprintf(buffer, sizeof buffer, "%08llx-%04llx-4%03llx-a%03llx-%012llx", (unsigned long long)(a >> 32),
                      (unsigned long long)((a >> 16) & 0xffff), (unsigned long long)(a & 0xfff),
                      (unsigned long long)(b >> 52), (unsigned long long)(b & 0xffffffffffffull));
        return buffer;
    }

    // metadata as the API server returns it, with one managedFields entry (real objects carry
    // them and the parser has to step over them).
    json metadata(const std::string &ns, const std::string &name, std::int64_t created, const json &labels)
    {
        json m;
        m["name"] = name;
        if (!ns.empty())
            m["namespace"] = ns;
        m["uid"] = uid();
        m["resourceVersion"] = std::to_string(1000 + ++m_objects);
        m["creationTimestamp"] = isoTimestamp(created);
        if (!labels.empty())
            m["labels"] = labels;
        m["managedFields"] = json::array({{{"manager", "kubectl-client-side-apply"},
                                           {"operation", "Update"},
                                           {"apiVersion", "rbac.authorization.k8s.io/v1"},
                                           {"time", isoTimestamp(created)},
                                           {"fieldsType", "FieldsV1"},
                                           {"fieldsV1", {{"f:metadata", {{"f:labels", json::object()}}}}}}});
        return m;
    }

    void emit(const std::string &kind, const std::string &apiVersion, json object)
    {
        object["apiVersion"] = apiVersion;
        object["kind"] = kind;
        const json &m = object["metadata"];
        KubeObjectRecord r;
        r.kind = kind;
        r.nameSpace = m.value("namespace", "");
        r.name = m["name"].get<std::string>();
        r.uid = m["uid"].get<std::string>();
        r.createdAt = created();
        r.json = object.dump();
        m_out.jsonBytes += r.json.size();
        m_out.records.push_back(std::move(r));
    }

    std::int64_t m_clock = 1600000000;
    std::int64_t created() { return m_clock; }
    std::int64_t tick()
    {
        m_clock += 60 + m_rng.below(3600);
        return m_clock;
    }

    static json bootstrapLabels() { return {{"kubernetes.io/bootstrapping", "rbac-defaults"}}; }

    json rule(const std::vector<std::string> &verbs, const std::vector<std::string> &groups,
              const std::vector<std::string> &resources, const std::vector<std::string> &names = {})
    {
        json r{{"verbs", verbs}, {"apiGroups", groups}, {"resources", resources}};
        if (!names.empty())
            r["resourceNames"] = names;
        return r;
    }

    // A plausible rule over 1-4 resources of one group of the catalogue (namespaced ones only for
    // a Role), sometimes with a subresource or resourceNames.
    json randomRule(bool namespacedOnly)
    {
        const auto &all = catalogue();
        const Resource *first = nullptr;
        while (!first || (namespacedOnly && !first->namespaced))
            first = &all[static_cast<std::size_t>(m_rng.below(static_cast<int>(all.size())))];
        std::vector<std::string> resources{first->name};
        for (const Resource &r : all) {
            if (&r != first && r.group == first->group && (!namespacedOnly || r.namespaced) && m_rng.chance(250)
                && resources.size() < 4)
                resources.push_back(r.name);
        }
        if (!first->subresources.empty() && m_rng.chance(300))
            resources.push_back(first->name + "/" + m_rng.pick(first->subresources));
        const int v = m_rng.below(10);
        const std::vector<std::string> &verbs = v < 6 ? kRead : v < 9 ? kWrite : kAll;
        std::vector<std::string> names;
        if (m_rng.chance(80))
            names = {m_rng.pick(kWords) + "-config", m_rng.pick(kWords) + "-tls"};
        return rule(verbs, {first->group}, resources, names);
    }

    // One risky rule, in rotation over the risk rules' subjects.
    json riskyRule(int which, bool namespacedOnly)
    {
        switch (which % (namespacedOnly ? 6 : 11)) {
        case 0: return rule({"*"}, {"*"}, {"*"});
        case 1: return rule({"get", "list", "watch"}, {""}, {"secrets"});
        case 2: return rule({"create"}, {""}, {"pods/exec", "pods/attach", "pods/portforward"});
        case 3: return rule({"create", "update", "patch"}, {"", "apps"}, {"pods", "deployments"});
        case 4: return rule({"create"}, {""}, {"serviceaccounts/token"});
        case 5: return rule({"escalate", "bind"}, {"rbac.authorization.k8s.io"}, {"roles", "rolebindings"});
        case 6: return rule({"impersonate"}, {""}, {"users", "groups", "serviceaccounts"});
        case 7: return rule({"get", "create"}, {""}, {"nodes/proxy"});
        case 8: return rule({"update"}, {"certificates.k8s.io"}, {"certificatesigningrequests/approval"});
        case 9:
            return rule({"create", "update", "patch", "delete"}, {"admissionregistration.k8s.io"},
                        {"mutatingwebhookconfigurations", "validatingwebhookconfigurations"});
        default: return rule({"create", "delete"}, {""}, {"persistentvolumes"});
        }
    }

    void namespaces()
    {
        m_out.namespaces.push_back("kube-system");
        for (int i = 1; i < m_spec.namespaces; ++i) {
            char name[48];
            std::snprintf(name, sizeof name, "%s-%03d", kWords[static_cast<std::size_t>(i) % kWords.size()].c_str(), i);
            m_out.namespaces.push_back(name);
        }
        m_serviceAccounts.resize(m_out.namespaces.size());
        m_roles.resize(m_out.namespaces.size());
        for (std::size_t n = 0; n < m_out.namespaces.size(); ++n) {
            std::vector<std::string> &accounts = m_serviceAccounts[n];
            accounts.push_back("default");
            if (n == 0) {
                accounts.insert(accounts.end(), kControllers.begin(), kControllers.end());
            } else {
                const int count = 3 + m_rng.below(20);
                for (int i = 0; i < count; ++i)
                    accounts.push_back(kWords[static_cast<std::size_t>(i) % kWords.size()]
                                       + (i < static_cast<int>(kWords.size()) ? "" : "-" + std::to_string(i)));
            }
            for (const std::string &a : accounts) {
                json object{{"metadata", metadata(m_out.namespaces[n], a, tick(), json::object())}};
                if (m_rng.chance(150))
                    object["automountServiceAccountToken"] = false;
                emit("ServiceAccount", "v1", std::move(object));
                ++m_out.serviceAccounts;
            }
        }
    }

    void clusterRole(const std::string &name, json labels, json rules, json aggregation = nullptr)
    {
        json object{{"metadata", metadata("", name, tick(), labels)}, {"rules", std::move(rules)}};
        if (!aggregation.is_null()) {
            object["aggregationRule"] = {{"clusterRoleSelectors", std::move(aggregation)}};
            ++m_out.aggregatedClusterRoles;
        }
        if (labels.contains("kubernetes.io/bootstrapping"))
            ++m_out.bootstrapObjects;
        m_clusterRoles.push_back(name);
        emit("ClusterRole", "rbac.authorization.k8s.io/v1", std::move(object));
    }

    void clusterRoles()
    {
        const json boot = bootstrapLabels();
        const std::string agg = "rbac.authorization.k8s.io/aggregate-to-";
        clusterRole("cluster-admin", boot,
                    json::array({rule({"*"}, {"*"}, {"*"}), json{{"verbs", {"*"}}, {"nonResourceURLs", {"*"}}}}));
        // admin/edit/view: aggregated (their rules come from the system:aggregate-to-* roles and
        // every CRD role labelled for them), rules empty as the API server stores them.
        for (const char *r : {"admin", "edit", "view"})
            clusterRole(r, boot, json::array(), json::array({{{"matchLabels", {{agg + r, "true"}}}}}));
        clusterRole("system:aggregate-to-view", json{{"kubernetes.io/bootstrapping", "rbac-defaults"}, {agg + "view", "true"}},
                    json::array({rule(kRead, {""}, {"pods", "services", "configmaps", "endpoints", "events", "persistentvolumeclaims"}),
                                 rule(kRead, {"apps"}, {"deployments", "statefulsets", "daemonsets", "replicasets"}),
                                 rule(kRead, {"batch"}, {"jobs", "cronjobs"})}));
        clusterRole("system:aggregate-to-edit", json{{"kubernetes.io/bootstrapping", "rbac-defaults"}, {agg + "edit", "true"}},
                    json::array({rule(kAll, {""}, {"pods", "services", "configmaps", "secrets", "persistentvolumeclaims"}),
                                 rule({"create"}, {""}, {"pods/exec", "pods/attach", "pods/portforward"}),
                                 rule(kAll, {"apps"}, {"deployments", "statefulsets", "daemonsets", "replicasets", "deployments/scale"}),
                                 rule({"impersonate"}, {""}, {"serviceaccounts"})}));
        clusterRole("system:aggregate-to-admin", json{{"kubernetes.io/bootstrapping", "rbac-defaults"}, {agg + "admin", "true"}},
                    json::array({rule(kAll, {"rbac.authorization.k8s.io"}, {"roles", "rolebindings"}),
                                 rule({"create"}, {"authorization.k8s.io"}, {"localsubjectaccessreviews"})}));
        clusterRole("system:discovery", boot,
                    json::array({json{{"verbs", {"get"}}, {"nonResourceURLs", {"/api", "/api/*", "/apis", "/apis/*", "/version"}}}}));
        clusterRole("system:basic-user", boot,
                    json::array({rule({"create"}, {"authorization.k8s.io"}, {"selfsubjectaccessreviews", "selfsubjectrulesreviews"})}));
        clusterRole("system:public-info-viewer", boot,
                    json::array({json{{"verbs", {"get"}}, {"nonResourceURLs", {"/healthz", "/livez", "/readyz", "/version"}}}}));
        clusterRole("system:node", boot,
                    json::array({rule(kRead, {""}, {"pods", "nodes", "services", "endpoints"}),
                                 rule({"get"}, {""}, {"secrets", "configmaps"}),
                                 rule({"create"}, {""}, {"serviceaccounts/token"})}));
        for (const std::string &c : kControllers) {
            json rules = json::array({rule(kWrite, {""}, {"events"}), randomRule(false)});
            if (c == "clusterrole-aggregation-controller")
                rules.push_back(rule({"escalate", "get", "list", "watch", "update", "patch"}, {"rbac.authorization.k8s.io"},
                                     {"clusterroles"}));
            if (c == "namespace-controller")
                rules.push_back(rule({"delete", "deletecollection", "get", "list"}, {"*"}, {"*"}));
            if (c == "certificate-controller")
                rules.push_back(rule({"update"}, {"certificates.k8s.io"}, {"certificatesigningrequests/approval"}));
            clusterRole("system:controller:" + c, boot, std::move(rules));
        }
        // CRD groups: a "-view" and an "-edit" role each, labelled into view / edit+admin.
        const int budget = m_spec.clusterRoles;
        const int crdGroups = std::max(0, (budget - static_cast<int>(m_clusterRoles.size())) * 2 / 5 / 2);
        for (int i = 0; i < crdGroups; ++i) {
            const std::string group = kWords[static_cast<std::size_t>(i) % kWords.size()] + std::to_string(i) + ".example.io";
            m_crdGroups.push_back(group);
            const std::vector<std::string> kinds = {"widgets", "gadgets", "policies"};
            clusterRole(group + "-view", json{{agg + "view", "true"}}, json::array({rule(kRead, {group}, kinds)}));
            clusterRole(group + "-edit", json{{agg + "edit", "true"}, {agg + "admin", "true"}},
                        json::array({rule(kAll, {group}, kinds), rule(kRead, {group}, {"widgets/status"})}));
        }
        // Platform roles aggregated by selectors: matchLabels, matchExpressions (In, Exists), and
        // each one labelled into the next, so aggregation is transitive.
        const int aggregates = std::max(1, budget / 36);
        for (int i = 0; i < aggregates; ++i) {
            const std::string key = "platform.example.io/aggregate-to-" + std::to_string(i);
            json selectors = json::array({{{"matchLabels", {{key, "true"}}}}});
            if (i % 3 == 1)
                selectors.push_back({{"matchExpressions",
                                      json::array({{{"key", "platform.example.io/tier"}, {"operator", "In"},
                                                    {"values", {"tier-" + std::to_string(i)}}}})}});
            if (i % 5 == 2)
                selectors.push_back({{"matchExpressions",
                                      json::array({{{"key", "platform.example.io/everything-" + std::to_string(i)},
                                                    {"operator", "Exists"}}})}});
            json labels = i + 1 < aggregates ? json{{"platform.example.io/aggregate-to-" + std::to_string(i + 1), "true"}}
                                             : json::object();
            clusterRole("platform-aggregate-" + std::to_string(i), labels, json::array(), std::move(selectors));
        }
        m_platformAggregates = aggregates;
        // The rest: custom roles, one in ten risky, many labelled into a platform aggregate.
        for (int i = 0; static_cast<int>(m_clusterRoles.size()) < budget; ++i) {
            json rules = json::array();
            const int n = 1 + m_rng.below(6);
            for (int r = 0; r < n; ++r)
                rules.push_back(randomRule(false));
            if (i % 10 == 3)
                rules.push_back(riskyRule(i / 10, false));
            json labels = json::object();
            if (m_rng.chance(400))
                labels["platform.example.io/aggregate-to-" + std::to_string(m_rng.below(aggregates))] = "true";
            if (m_rng.chance(100))
                labels["platform.example.io/tier"] = "tier-" + std::to_string(m_rng.below(aggregates));
            if (m_rng.chance(20))
                labels["platform.example.io/everything-" + std::to_string(m_rng.below(aggregates))] = "yes";
            const std::string name = m_rng.pick(kWords) + "-" + std::to_string(i) + "-role";
            m_customClusterRoles.push_back(name);
            clusterRole(name, std::move(labels), std::move(rules));
        }
    }

    void roles()
    {
        for (int i = 0; i < m_spec.roles; ++i) {
            // Namespaces 1.. in rotation, then some more per busy namespace.
            const std::size_t n = 1 + static_cast<std::size_t>(i < static_cast<int>(m_out.namespaces.size()) - 1
                                                                   ? i
                                                                   : m_rng.below(static_cast<int>(m_out.namespaces.size()) / 3 + 1));
            const std::string &ns = m_out.namespaces[std::min(n, m_out.namespaces.size() - 1)];
            json rules = json::array();
            const int count = 1 + m_rng.below(8);
            for (int r = 0; r < count; ++r)
                rules.push_back(randomRule(true));
            if (i % 8 == 5)
                rules.push_back(riskyRule(i / 8, true));
            const std::string name = m_rng.pick(kWords) + "-" + std::to_string(i);
            m_roles[std::min(n, m_out.namespaces.size() - 1)].push_back(name);
            emit("Role", "rbac.authorization.k8s.io/v1",
                 json{{"metadata", metadata(ns, name, tick(), json::object())}, {"rules", std::move(rules)}});
        }
    }

    json subject(const std::string &kind, const std::string &name, const std::string &ns = {})
    {
        json s{{"kind", kind}, {"name", name}};
        if (kind == "ServiceAccount")
            s["namespace"] = ns;
        else
            s["apiGroup"] = "rbac.authorization.k8s.io";
        return s;
    }

    // A namespace with a skew: a third of the bindings land in the first tenth of the namespaces.
    std::size_t busyNamespace()
    {
        const int count = static_cast<int>(m_out.namespaces.size()) - 1;
        const int pick = m_rng.chance(333) ? m_rng.below(std::max(1, count / 10)) : m_rng.below(count);
        return 1 + static_cast<std::size_t>(pick);
    }

    json subjects(std::size_t n, int serial)
    {
        json list = json::array();
        const int count = 1 + (m_rng.chance(300) ? 1 + m_rng.below(3) : 0);
        for (int s = 0; s < count; ++s) {
            const int k = m_rng.below(100);
            if (serial % 4000 == 17 && s == 0) {
                list.push_back(subject("Group", "system:authenticated"));
            } else if (serial % 997 == 5 && s == 0) {
                list.push_back(subject("ServiceAccount", "ghost-" + std::to_string(serial), m_out.namespaces[n]));
                ++m_out.danglingSubjects;
            } else if (k < 55) {
                // Mostly the namespace's own service accounts, now and then another namespace's.
                const std::size_t owner = m_rng.chance(50) ? busyNamespace() : n;
                list.push_back(subject("ServiceAccount", m_rng.pick(m_serviceAccounts[owner]), m_out.namespaces[owner]));
            } else if (k < 80) {
                list.push_back(subject("User", "user-" + std::to_string(m_rng.below(3000)) + "@example.com"));
            } else if (k < 97) {
                list.push_back(subject("Group", "team-" + std::to_string(m_rng.below(200))));
            } else {
                list.push_back(subject("Group", "system:serviceaccounts:" + m_out.namespaces[n]));
            }
        }
        return list;
    }

    void roleBindings()
    {
        for (int i = 0; i < m_spec.roleBindings; ++i) {
            const std::size_t n = busyNamespace();
            json roleRef{{"apiGroup", "rbac.authorization.k8s.io"}};
            const int k = m_rng.below(100);
            if (i % 1499 == 11) {
                roleRef["kind"] = i % 2 ? "Role" : "ClusterRole";
                roleRef["name"] = "deleted-role-" + std::to_string(i);
                ++m_out.danglingRoleRefs;
            } else if (k < 45 && !m_roles[n].empty()) {
                roleRef["kind"] = "Role";
                roleRef["name"] = m_rng.pick(m_roles[n]);
            } else {
                roleRef["kind"] = "ClusterRole";
                const int c = m_rng.below(100);
                roleRef["name"] = c < 25 ? std::string("view")
                    : c < 40          ? std::string("edit")
                    : c < 45          ? std::string("admin")
                    : c < 60 && !m_crdGroups.empty() ? m_rng.pick(m_crdGroups) + (c % 2 ? "-view" : "-edit")
                    : c < 70          ? "platform-aggregate-" + std::to_string(m_rng.below(m_platformAggregates))
                                      : m_rng.pick(m_customClusterRoles);
            }
            const std::string name = roleRef["name"].get<std::string>() + "-binding-" + std::to_string(i);
            emit("RoleBinding", "rbac.authorization.k8s.io/v1",
                 json{{"metadata", metadata(m_out.namespaces[n], name, tick(), json::object())},
                      {"roleRef", std::move(roleRef)},
                      {"subjects", subjects(n, i)}});
        }
    }

    void clusterRoleBinding(const std::string &name, const std::string &role, json subjects, bool bootstrap)
    {
        if (bootstrap)
            ++m_out.bootstrapObjects;
        emit("ClusterRoleBinding", "rbac.authorization.k8s.io/v1",
             json{{"metadata", metadata("", name, tick(), bootstrap ? bootstrapLabels() : json::object())},
                  {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "ClusterRole"}, {"name", role}}},
                  {"subjects", std::move(subjects)}});
    }

    void clusterRoleBindings()
    {
        int made = 0;
        clusterRoleBinding("cluster-admin", "cluster-admin", json::array({subject("Group", "system:masters")}), true);
        clusterRoleBinding("system:discovery", "system:discovery", json::array({subject("Group", "system:authenticated")}), true);
        clusterRoleBinding("system:basic-user", "system:basic-user", json::array({subject("Group", "system:authenticated")}), true);
        clusterRoleBinding("system:public-info-viewer", "system:public-info-viewer",
                           json::array({subject("Group", "system:authenticated"), subject("Group", "system:unauthenticated")}),
                           true);
        clusterRoleBinding("system:node", "system:node", json::array({subject("Group", "system:nodes")}), true);
        made += 5;
        for (const std::string &c : kControllers) {
            clusterRoleBinding("system:controller:" + c, "system:controller:" + c,
                               json::array({subject("ServiceAccount", c, "kube-system")}), true);
            ++made;
        }
        // The mistakes a large cluster collects: anonymous access, an operator with cluster-admin,
        // bindings to roles that were deleted and to service accounts that were.
        clusterRoleBinding("legacy-anonymous-view", "view", json::array({subject("User", "system:anonymous")}), false);
        ++made;
        for (int i = 0; made < m_spec.clusterRoleBindings; ++i, ++made) {
            const std::size_t n = busyNamespace();
            std::string role = m_rng.pick(m_clusterRoles);
            if (role.rfind("system:", 0) == 0 || i % 50 == 7)
                role = i % 50 == 7 ? "cluster-admin" : m_rng.pick(m_customClusterRoles);
            if (i % 233 == 100) {
                role = "removed-operator-" + std::to_string(i);
                ++m_out.danglingRoleRefs;
            }
            json list = json::array();
            if (i % 211 == 50) {
                list.push_back(subject("ServiceAccount", "old-operator-" + std::to_string(i), m_out.namespaces[n]));
                ++m_out.danglingSubjects;
            } else if (i % 3 == 0) {
                list.push_back(subject("Group", "team-" + std::to_string(m_rng.below(200))));
            } else if (i % 3 == 1) {
                list.push_back(subject("ServiceAccount", m_rng.pick(m_serviceAccounts[n]), m_out.namespaces[n]));
            } else {
                list.push_back(subject("User", "admin-" + std::to_string(m_rng.below(40)) + "@example.com"));
            }
            clusterRoleBinding(role + "-crb-" + std::to_string(i), role, std::move(list), false);
        }
    }

    void workloads()
    {
        static const char *kKinds[] = {"Deployment", "StatefulSet", "DaemonSet", "CronJob"};
        for (int i = 0; i < m_spec.workloads; ++i) {
            const std::size_t n = i < 40 ? 0 : busyNamespace();
            KubeWorkload w;
            w.nameSpace = m_out.namespaces[n];
            w.kind = kKinds[i % 4];
            w.name = m_rng.pick(kWords) + "-" + std::to_string(i);
            w.uid = uid();
            w.serviceAccount = m_rng.pick(m_serviceAccounts[n]);
            if (w.serviceAccount == "default")
                w.serviceAccount.clear();
            w.createdAt = tick();
            w.pods = 1 + m_rng.below(5);
            w.containers = 1 + m_rng.below(3);
            m_out.workloads.push_back(std::move(w));
        }
    }
};

} // namespace

GeneratedRbac generateRbacCluster(const RbacClusterSpec &requested)
{
    RbacClusterSpec spec = requested;
    spec.namespaces = std::max(spec.namespaces, 2); // kube-system and at least one of the tenants'
    GeneratedRbac out;
    Generator(spec, out).run();
    return out;
}

} // namespace bulkhead::bench
