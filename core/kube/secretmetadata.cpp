#include "kube/secretmetadata.h"

#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead {

namespace {

std::string text(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

KubeObjectRecord secretMetadataRecord(const nlohmann::json &secret)
{
    static const nlohmann::json empty = nlohmann::json::object();
    const auto metaIt = secret.is_object() ? secret.find("metadata") : secret.end();
    const nlohmann::json &meta = metaIt != secret.end() && metaIt->is_object() ? *metaIt : empty;

    KubeObjectRecord r;
    r.kind = "Secret";
    r.nameSpace = text(meta, "namespace");
    r.name = text(meta, "name");
    r.uid = text(meta, "uid");
    const std::string created = text(meta, "creationTimestamp");
    r.createdAt = parseTimestamp(created);

    // Built field by field from an allow-list: nothing of the object is copied wholesale.
    nlohmann::ordered_json out;
    out["name"] = r.name;
    out["namespace"] = r.nameSpace;
    out["uid"] = r.uid;
    out["creationTimestamp"] = created;
    if (const std::string type = text(secret, "type"); !type.empty())
        out["type"] = type;
    std::int64_t newest = 0;
    std::string newestText;
    if (const auto mf = meta.find("managedFields"); mf != meta.end() && mf->is_array()) {
        for (const nlohmann::json &entry : *mf) {
            const std::string t = text(entry, "time");
            if (const std::int64_t v = parseTimestamp(t); v > newest) {
                newest = v;
                newestText = t;
            }
        }
    }
    if (!newestText.empty())
        out["lastManaged"] = newestText;
    nlohmann::ordered_json owners = nlohmann::ordered_json::array();
    if (const auto refs = meta.find("ownerReferences"); refs != meta.end() && refs->is_array()) {
        for (const nlohmann::json &ref : *refs)
            owners.push_back({{"kind", text(ref, "kind")}, {"name", text(ref, "name")}});
    }
    if (!owners.empty())
        out["owners"] = std::move(owners);
    if (const auto ann = meta.find("annotations"); ann != meta.end() && ann->is_object()) {
        if (const std::string sa = text(*ann, "kubernetes.io/service-account.name"); !sa.empty())
            out["serviceAccount"] = sa;
    }
    r.json = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

} // namespace bulkhead
