#include "registry/simplesigningpayload.h"

#include "registry/jsonbody.h"

namespace bulkhead {

std::optional<SimpleSigningPayload> parseSimpleSigningPayload(std::string_view payload, std::string *error)
{
    const std::optional<QJsonObject> doc = parseJsonBody(payload, "signature payload", error);
    if (!doc)
        return std::nullopt;
    const QJsonValue critical = doc->value(QLatin1String("critical"));
    if (!critical.isObject()) {
        *error = "signature payload has no \"critical\" object";
        return std::nullopt;
    }
    const QJsonObject c = critical.toObject();
    const std::string type = jsonString(c, "type");
    if (type != kCosignSignatureType) {
        *error = "signature payload type is \"" + type + "\", not \"" + std::string(kCosignSignatureType) + "\"";
        return std::nullopt;
    }
    SimpleSigningPayload p;
    p.dockerReference = jsonString(c.value(QLatin1String("identity")).toObject(), "docker-reference");
    p.manifestDigest = jsonString(c.value(QLatin1String("image")).toObject(), "docker-manifest-digest");
    if (p.manifestDigest.empty()) {
        *error = "signature payload names no critical.image.docker-manifest-digest";
        return std::nullopt;
    }
    return p;
}

} // namespace bulkhead
