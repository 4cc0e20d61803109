// secretUses (kubesecret.h): every way a pod spec refers to a Secret by name.
#include "secrets/kubesecret.h"

#include "kube/kubefields.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead {

namespace {

using nlohmann::json;
using namespace kubefields;

// Volume plugins that read their credentials from a Secret of the pod's namespace: the secret is
// in use even though it is no `secret` volume, and must not look unused. Member and key of the
// reference in each.
struct PluginRef {
    const char *plugin, *ref, *key;
};
constexpr PluginRef kPluginRefs[] = {
    {"csi", "nodePublishSecretRef", "name"}, {"cephfs", "secretRef", "name"},   {"rbd", "secretRef", "name"},
    {"iscsi", "secretRef", "name"},          {"flexVolume", "secretRef", "name"}, {"scaleIO", "secretRef", "name"},
    {"storageos", "secretRef", "name"},
};

class Collector {
public:
    Collector(const std::string &kind, const std::string &name) : m_kind(kind), m_name(name) {}

    void add(std::string_view secret, std::string_view container, const char *how)
    {
        if (secret.empty())
            return;
        std::pair<std::string, SecretUse> use{std::string(secret),
                                              SecretUse{m_kind, m_name, std::string(container), how}};
        if (std::find(m_out.begin(), m_out.end(), use) == m_out.end())
            m_out.push_back(std::move(use));
    }
    std::vector<std::pair<std::string, SecretUse>> take() { return std::move(m_out); }

private:
    const std::string &m_kind, &m_name;
    std::vector<std::pair<std::string, SecretUse>> m_out;
};

} // namespace

std::vector<std::pair<std::string, SecretUse>> secretUses(const json &podSpec, const std::string &workloadKind,
                                                          const std::string &workloadName)
{
    Collector uses(workloadKind, workloadName);
    for (const char *field : {"containers", "initContainers", "ephemeralContainers"}) {
        for (const json &c : arrayAt(&podSpec, field)) {
            const std::string_view container = stringAt(&c, "name");
            for (const json &env : arrayAt(&c, "env"))
                uses.add(stringAt(memberPath(env, {"valueFrom", "secretKeyRef"}), "name"), container, "env");
            for (const json &from : arrayAt(&c, "envFrom"))
                uses.add(stringAt(member(&from, "secretRef"), "name"), container, "envFrom");
        }
    }
    for (const json &volume : arrayAt(&podSpec, "volumes")) {
        uses.add(stringAt(member(&volume, "secret"), "secretName"), {}, "volume");
        uses.add(stringAt(member(&volume, "azureFile"), "secretName"), {}, "volume");
        for (const PluginRef &p : kPluginRefs)
            uses.add(stringAt(memberPath(volume, {p.plugin, p.ref}), p.key), {}, "volume");
        for (const json &source : arrayAt(member(&volume, "projected"), "sources"))
            uses.add(stringAt(member(&source, "secret"), "name"), {}, "projected");
    }
    for (const json &pull : arrayAt(&podSpec, "imagePullSecrets"))
        uses.add(stringAt(&pull, "name"), {}, "imagePullSecrets");
    return uses.take();
}

} // namespace bulkhead
