#include "kube/secretmetadata.h"

#include "secrets/secrettimestamp.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead {

namespace {

constexpr char kRotationDaysAnnotation[] = "bulkhead.dev/rotation-days";

std::string text(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Whether a managedFields entry owns data or stringData: only the top-level keys of fieldsV1 are
// looked at; the keys below them are the data keys' names.
bool writesData(const nlohmann::json &entry)
{
    const auto fields = entry.find("fieldsV1");
    return fields != entry.end() && fields->is_object() && (fields->contains("f:data") || fields->contains("f:stringData"));
}

} // namespace

KubeObjectRecord secretMetadataRecord(const nlohmann::json &secret, const std::vector<std::string> &rotationAnnotations)
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
    std::int64_t newest = 0, newestData = 0;
    std::string newestText, dataManager;
    if (const auto mf = meta.find("managedFields"); mf != meta.end() && mf->is_array()) {
        for (const nlohmann::json &entry : *mf) {
            const std::int64_t v = parseTimestamp(text(entry, "time"));
            if (v > newest) {
                newest = v;
                newestText = text(entry, "time");
            }
            if (v > newestData && writesData(entry)) {
                newestData = v;
                dataManager = text(entry, "manager");
            }
        }
    }
    if (!newestText.empty())
        out["lastManaged"] = newestText;
    if (newestData > 0)
        out["dataManaged"] = {{"time", isoTimestamp(newestData)}, {"manager", dataManager}};
    nlohmann::ordered_json owners = nlohmann::ordered_json::array();
    if (const auto refs = meta.find("ownerReferences"); refs != meta.end() && refs->is_array()) {
        for (const nlohmann::json &ref : *refs)
            owners.push_back({{"kind", text(ref, "kind")}, {"name", text(ref, "name")}});
    }
    if (!owners.empty())
        out["owners"] = std::move(owners);
    // Labels are selectors and names people choose to show; rotation rules match on them.
    if (const auto labels = meta.find("labels"); labels != meta.end() && labels->is_object()) {
        nlohmann::ordered_json kept = nlohmann::ordered_json::object();
        for (const auto &[key, value] : labels->items()) {
            if (value.is_string())
                kept[key] = value.get<std::string>();
        }
        if (!kept.empty())
            out["labels"] = std::move(kept);
    }
    if (const auto ann = meta.find("annotations"); ann != meta.end() && ann->is_object()) {
        if (const std::string sa = text(*ann, "kubernetes.io/service-account.name"); !sa.empty())
            out["serviceAccount"] = sa;
        // Only a value that reads as a time is kept, and only as the time it reads as: an
        // annotation named like a rotation stamp but holding anything else is left behind.
        nlohmann::ordered_json rotated = nlohmann::ordered_json::array();
        for (const std::string &name : rotationAnnotations) {
            if (const std::int64_t t = parseStatedTime(text(*ann, name.c_str()), false); t > 0)
                rotated.push_back({{"annotation", name}, {"time", isoTimestamp(t)}});
        }
        if (!rotated.empty())
            out["rotatedAt"] = std::move(rotated);
        if (const auto days = parseStatedDays(text(*ann, kRotationDaysAnnotation)))
            out["rotationDays"] = *days;
    }
    r.json = out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

} // namespace bulkhead
