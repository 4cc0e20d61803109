// Known agents by the names their charts and manifests give them. A pattern matches a name,
// label value or image repository only on whole words ("falco" matches "falco",
// "falcosecurity/falco-no-driver" and "prod-falco", never "falcosidekick"), so that an app
// called "vectorstore" is no log shipper.
#include "kube/clusteragents.h"

#include "kube/imagereference.h"
#include "kube/kubefields.h"
#include "util/asciicase.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace bulkhead {

using namespace kubefields;

namespace {

struct Agent {
    std::string_view control, agent;
    std::initializer_list<std::string_view> patterns; // lower case
};

const std::array<Agent, 25> &agents()
{
    static const std::array<Agent, 25> list{{
        // RUN-4: runtime detection
        {"RUN-4", "Falco", {"falco"}},
        {"RUN-4", "Tetragon", {"tetragon"}},
        {"RUN-4", "Tracee", {"tracee"}},
        {"RUN-4", "NeuVector", {"neuvector"}},
        {"RUN-4", "Sysdig", {"sysdig", "sysdig-agent", "sysdig/agent"}},
        {"RUN-4", "Aqua enforcer", {"aqua-enforcer", "aquasec/enforcer", "kube-enforcer", "aquasec/kube-enforcer"}},
        {"RUN-4", "KubeArmor", {"kubearmor"}},
        // RUN-6 (and INC-1): logs and metrics
        {"RUN-6", "fluent-bit", {"fluent-bit", "fluentbit"}},
        {"RUN-6", "fluentd", {"fluentd"}},
        {"RUN-6", "vector", {"vector", "timberio/vector"}},
        {"RUN-6", "promtail", {"promtail"}},
        {"RUN-6", "grafana-agent", {"grafana-agent"}},
        {"RUN-6", "alloy", {"grafana/alloy", "alloy"}},
        {"RUN-6", "otel-collector",
         {"otel-collector", "opentelemetry-collector", "opentelemetry-collector-contrib", "otelcol",
          "otelcol-contrib", "splunk-otel-collector"}},
        {"RUN-6", "datadog", {"datadog", "datadog-agent"}},
        {"RUN-6", "node-exporter", {"node-exporter", "prometheus-node-exporter"}},
        {"RUN-6", "filebeat", {"filebeat"}},
        {"RUN-6", "metricbeat", {"metricbeat"}},
        {"RUN-6", "elastic-agent", {"elastic-agent"}},
        {"RUN-6", "logstash", {"logstash"}},
        // SEC-2: secret stores fetched at run time
        {"SEC-2", "external-secrets", {"external-secrets"}},
        {"SEC-2", "secrets-store CSI driver",
         {"secrets-store-csi-driver", "csi-secrets-store", "secrets-store-csi-driver-provider-vault",
          "secrets-store-csi-driver-provider-aws", "secrets-store-csi-driver-provider-azure",
          "secrets-store-csi-driver-provider-gcp"}},
        {"SEC-2", "vault agent injector", {"vault-agent-injector", "vault-k8s", "hashicorp/vault-k8s"}},
        {"SEC-2", "vault secrets operator", {"vault-secrets-operator"}},
        {"SEC-2", "sealed-secrets", {"sealed-secrets", "sealed-secrets-controller", "bitnami/sealed-secrets-controller"}},
    }};
    return list;
}

// API groups of the CRDs these tools install.
constexpr std::array<std::pair<std::string_view, std::pair<std::string_view, std::string_view>>, 5> kCrdGroups{{
    {"external-secrets.io", {"SEC-2", "external-secrets"}},
    {"secrets-store.csi.x-k8s.io", {"SEC-2", "secrets-store CSI driver"}},
    {"secrets.hashicorp.com", {"SEC-2", "vault secrets operator"}},
    {"bitnami.com", {"SEC-2", "sealed-secrets"}},
    {"security.kubearmor.com", {"RUN-4", "KubeArmor"}},
}};

bool boundary(char c)
{
    return c == '-' || c == '_' || c == '.' || c == '/' || c == ':';
}

// `pattern` occurs in `text` bounded by its ends or by separators.
bool wordMatch(std::string_view text, std::string_view pattern)
{
    for (auto at = text.find(pattern); at != std::string_view::npos; at = text.find(pattern, at + 1)) {
        const auto end = at + pattern.size();
        if ((at == 0 || boundary(text[at - 1])) && (end == text.size() || boundary(text[end])))
            return true;
    }
    return false;
}

// What an object is called: its name, the usual name labels, and its images' repositories
// (without registry and tag: "falcosecurity/falco").
struct Names {
    std::vector<std::string> names;
    std::vector<std::pair<std::string, std::string>> images; // repository, image as written
};

Names namesOf(const nlohmann::json &object)
{
    Names n;
    const nlohmann::json *meta = member(&object, "metadata");
    n.names.push_back(asciiLower(stringAt(meta, "name")));
    const nlohmann::json *labels = member(meta, "labels");
    const nlohmann::json *templateLabels = memberPath(object, {"spec", "template", "metadata", "labels"});
    for (const nlohmann::json *l : {labels, templateLabels}) {
        for (const char *key : {"app.kubernetes.io/name", "app", "k8s-app"}) {
            if (const std::string_view v = stringAt(l, key); !v.empty())
                n.names.push_back(asciiLower(v));
        }
    }
    const nlohmann::json *spec = memberPath(object, {"spec", "template", "spec"});
    for (const char *field : {"containers", "initContainers"}) {
        for (const nlohmann::json &c : arrayAt(spec, field)) {
            const std::string_view image = stringAt(&c, "image");
            if (!image.empty())
                n.images.emplace_back(asciiLower(parseImageReference(image).repository), std::string(image));
        }
    }
    return n;
}

} // namespace

std::vector<AgentEvidence> detectClusterAgents(const std::vector<nlohmann::json> &workloads,
                                               const std::vector<std::string> &crdGroups)
{
    std::vector<AgentEvidence> out;
    std::set<std::string_view> found; // agent names already evidenced: one entry each
    for (const nlohmann::json &object : workloads) {
        const std::string_view kind = stringAt(&object, "kind");
        if (kind != "DaemonSet" && kind != "Deployment" && kind != "StatefulSet")
            continue;
        const Names names = namesOf(object);
        const nlohmann::json *meta = member(&object, "metadata");
        for (const Agent &agent : agents()) {
            if (found.count(agent.agent))
                continue;
            const auto matches = [&](std::string_view text) {
                return std::any_of(agent.patterns.begin(), agent.patterns.end(),
                                   [&](std::string_view p) { return wordMatch(text, p); });
            };
            const bool byName = std::any_of(names.names.begin(), names.names.end(), matches);
            const auto image = std::find_if(names.images.begin(), names.images.end(),
                                            [&](const auto &i) { return matches(i.first); });
            if (!byName && image == names.images.end())
                continue;
            found.insert(agent.agent);
            std::string evidence = std::string(kind) + " " + std::string(stringAt(meta, "namespace")) + "/"
                + std::string(stringAt(meta, "name"));
            const std::string &shown = image != names.images.end() ? image->second
                : names.images.empty()                             ? std::string()
                                                                   : names.images.front().second;
            if (!shown.empty())
                evidence += " (image " + shown + ")";
            out.push_back({std::string(agent.control), std::string(agent.agent), std::move(evidence)});
        }
    }
    for (const std::string &group : crdGroups) {
        for (const auto &[crdGroup, what] : kCrdGroups) {
            if (group != crdGroup || found.count(what.second))
                continue;
            found.insert(what.second);
            out.push_back({std::string(what.first), std::string(what.second), "API group " + group + " is served"});
        }
    }
    return out;
}

std::vector<std::string> evidencedControls(const AgentEvidence &evidence)
{
    if (evidence.control == "RUN-6")
        return {"RUN-6", "INC-1"};
    return {evidence.control};
}

} // namespace bulkhead
