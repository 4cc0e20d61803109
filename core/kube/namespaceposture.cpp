// Namespace segmentation from NetworkPolicies, with the API's defaults for omitted fields: a
// policy without policyTypes is an Ingress policy, and also an Egress policy when it has egress
// rules; an empty podSelector selects every pod of its namespace.
#include "kube/namespaceposture.h"

#include "kube/kubefields.h"

#include <algorithm>
#include <map>

namespace bulkhead {

namespace {

using json = nlohmann::json;
using kubefields::member;

std::string stringAt(const json *o, const char *key)
{
    return std::string(kubefields::stringAt(o, key));
}

bool nonEmpty(const json *v)
{
    return v != nullptr && !v->empty();
}

// {} (or a selector whose matchLabels and matchExpressions are both empty) selects every pod.
bool selectsAllPods(const json &spec)
{
    const json *selector = member(&spec, "podSelector");
    if (selector == nullptr)
        return true; // required by the API; an absent one reads as {}
    return !nonEmpty(member(selector, "matchLabels")) && !nonEmpty(member(selector, "matchExpressions"));
}

// The policy types in effect (Kubernetes fills them in when the policy is written without).
void policyTypes(const json &spec, bool &ingress, bool &egress)
{
    const json *types = member(&spec, "policyTypes");
    if (types != nullptr && types->is_array() && !types->empty()) {
        ingress = egress = false;
        for (const json &t : *types) {
            ingress = ingress || (t.is_string() && t.get_ref<const std::string &>() == "Ingress");
            egress = egress || (t.is_string() && t.get_ref<const std::string &>() == "Egress");
        }
        return;
    }
    ingress = true;
    egress = nonEmpty(member(&spec, "egress"));
}

} // namespace

std::vector<NamespaceSegmentation> evaluateNamespaces(const std::vector<nlohmann::json> &namespaces,
                                                      const std::vector<nlohmann::json> &policies)
{
    std::map<std::string, NamespaceSegmentation> byName;
    for (const json &ns : namespaces) {
        std::string name = stringAt(member(&ns, "metadata"), "name");
        if (name.empty())
            continue;
        byName[name].name = name;
    }
    for (const json &policy : policies) {
        const auto it = byName.find(stringAt(member(&policy, "metadata"), "namespace"));
        if (it == byName.end())
            continue; // a namespace that was not listed: nothing to report it on
        NamespaceSegmentation &s = it->second;
        ++s.networkPolicies;
        const json *spec = member(&policy, "spec");
        if (spec == nullptr || !selectsAllPods(*spec))
            continue;
        bool ingress = false, egress = false;
        policyTypes(*spec, ingress, egress);
        // Any rule, even an empty one ({} allows everything), lets traffic in: not a default deny.
        s.defaultDenyIngress = s.defaultDenyIngress || (ingress && !nonEmpty(member(spec, "ingress")));
        s.defaultDenyEgress = s.defaultDenyEgress || (egress && !nonEmpty(member(spec, "egress")));
    }
    std::vector<NamespaceSegmentation> out;
    out.reserve(byName.size());
    for (auto &[name, s] : byName)
        out.push_back(std::move(s));
    return out;
}

} // namespace bulkhead
