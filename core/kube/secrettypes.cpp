#include "kube/secrettypes.h"

#include "net/canceltoken.h"

#include <nlohmann/json.hpp>

namespace bulkhead {

const std::vector<std::string> &knownSecretTypes()
{
    // The built-in types (core/v1 SecretType) and Helm's release records, the usual bulk of a
    // cluster's secrets.
    static const std::vector<std::string> types = {
        "Opaque",
        "kubernetes.io/service-account-token",
        "kubernetes.io/dockercfg",
        "kubernetes.io/dockerconfigjson",
        "kubernetes.io/basic-auth",
        "kubernetes.io/ssh-auth",
        "kubernetes.io/tls",
        "bootstrap.kubernetes.io/token",
        "helm.sh/release.v1",
    };
    return types;
}

SecretTypeListing listSecretTypes(KubeClient &client, const KubeResourceType &secrets, KubeClient::ListOptions options,
                                  const CancelToken *cancel)
{
    SecretTypeListing out;
    out.complete = true;
    options.metadataOnly = true; // never the values
    for (const std::string &type : knownSecretTypes()) {
        options.fieldSelector = "type=" + type;
        std::vector<std::string> uids;
        const KubeListStatus status = client.list(
            secrets, options,
            [&uids](const nlohmann::json &item) {
                const auto meta = item.find("metadata");
                if (meta == item.end() || !meta->is_object())
                    return;
                const auto uid = meta->find("uid");
                if (uid != meta->end() && uid->is_string() && !uid->get<std::string>().empty())
                    uids.push_back(uid->get<std::string>());
            },
            [&uids] { uids.clear(); }, cancel);
        if (status.outcome == KubeListOutcome::Cancelled || (cancel && cancel->isCancelled())) {
            out.cancelled = true;
            out.complete = false;
            return out;
        }
        // A partial list's uids are still right about their type; only the rest stays unknown.
        for (std::string &uid : uids)
            out.types[std::move(uid)] = type;
        if (status.outcome != KubeListOutcome::Complete) {
            out.complete = false;
            out.failures.push_back("type " + type + ": " + kubeListOutcomeName(status.outcome)
                                   + (status.message.empty() ? std::string() : ": " + status.message));
        }
    }
    return out;
}

void applySecretTypes(std::vector<KubeObjectRecord> &objects, const SecretTypeListing &listing)
{
    for (KubeObjectRecord &o : objects) {
        if (o.kind != "Secret")
            continue;
        const auto it = o.uid.empty() ? listing.types.end() : listing.types.find(o.uid);
        if (it == listing.types.end() && !listing.complete)
            continue;
        nlohmann::ordered_json record = nlohmann::ordered_json::parse(o.json, nullptr, false);
        if (!record.is_object())
            continue;
        record["type"] = it != listing.types.end() ? it->second : std::string();
        o.json = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
}

} // namespace bulkhead
