#include "secrets/kubesecret.h"

#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bulkhead {

namespace {

constexpr char kServiceAccountTokenType[] = "kubernetes.io/service-account-token";

std::string text(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const nlohmann::json &child(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json none;
    if (!object.is_object())
        return none;
    const auto it = object.find(key);
    return it != object.end() ? *it : none;
}

// Sets the age from the best signal the record holds (kube/secretmetadata.h writes them).
void readAge(const nlohmann::json &stored, SecretRecord &s)
{
    // The first rotation annotation that holds a time: the record keeps them in policy order.
    const nlohmann::json &rotated = child(stored, "rotatedAt");
    for (std::size_t i = 0; rotated.is_array() && i < rotated.size(); ++i) {
        const nlohmann::json &entry = rotated[i];
        if (const std::int64_t t = parseTimestamp(text(entry, "time")); t > 0) {
            s.lastChangeAt = t;
            s.ageSource = AgeSource::Annotation;
            s.ageDetail = "annotation " + text(entry, "annotation");
            return;
        }
    }
    const nlohmann::json &managed = child(stored, "dataManaged");
    if (const std::int64_t t = parseTimestamp(text(managed, "time")); t > 0) {
        s.lastChangeAt = t;
        s.ageSource = AgeSource::ManagedFields;
        const std::string manager = text(managed, "manager");
        s.ageDetail = "managedFields: " + (manager.empty() ? std::string("unnamed manager") : manager);
        return;
    }
    // Kubernetes does not move creationTimestamp on update: the data may have changed since, so
    // this only says the last change was on or after it.
    if (s.createdAt > 0) {
        s.lastChangeAt = s.createdAt;
        s.ageSource = AgeSource::CreationOnly;
        s.ageDetail = "creationTimestamp (changed on or after it)";
        return;
    }
    s.ageSource = AgeSource::Unknown;
}

} // namespace

SecretRecord kubeSecretRecord(const std::string &cluster, const KubeObjectRecord &object)
{
    SecretRecord s;
    s.store = SecretStoreKind::Kubernetes;
    s.origin = cluster;
    s.location = object.nameSpace;
    s.name = object.name;
    const nlohmann::json stored = nlohmann::json::parse(object.json, nullptr, false);
    s.createdAt = object.createdAt > 0 ? object.createdAt : parseTimestamp(text(stored, "creationTimestamp"));
    s.type = text(stored, "type");
    s.serviceAccount = text(stored, "serviceAccount");
    // A metadata-only listing carries no type. The token controller writes the service-account
    // annotation on the token secrets it fills, so it names their type — unless the type was
    // listed (kube/secrettypes.h): a "type" key, even "", is what the server said.
    if (s.type.empty() && !s.serviceAccount.empty() && !stored.contains("type"))
        s.type = kServiceAccountTokenType;

    std::string owners;
    if (const nlohmann::json &refs = child(stored, "owners"); refs.is_array()) {
        for (const nlohmann::json &ref : refs)
            owners += (owners.empty() ? "" : ", ") + text(ref, "kind") + '/' + text(ref, "name");
    }
    s.owner = std::move(owners);
    if (const nlohmann::json &labels = child(stored, "labels"); labels.is_object()) {
        for (const auto &[key, value] : labels.items()) {
            if (value.is_string())
                s.labels.emplace_back(key, value.get<std::string>());
        }
        std::sort(s.labels.begin(), s.labels.end());
    }
    if (const nlohmann::json &days = child(stored, "rotationDays"); days.is_number_integer() && days.get<std::int64_t>() >= 0)
        s.declaredPolicyDays = days.get<int>();
    readAge(stored, s);
    return s;
}

} // namespace bulkhead
