#include "registry/jsonbody.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace bulkhead {

std::optional<QJsonObject> parseJsonBody(std::string_view body, std::string_view what, std::string *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), qsizetype(body.size())), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = std::string(what) + " is not JSON at byte " + std::to_string(pe.offset) + " ("
            + pe.errorString().toStdString() + ")";
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = std::string(what) + " is not a JSON object";
        return std::nullopt;
    }
    return doc.object();
}

std::string jsonString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

std::optional<std::int64_t> jsonSize(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Doubles hold integers exactly up to 2^53: far beyond any blob a registry serves.
    if (d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return static_cast<std::int64_t>(d);
}

} // namespace bulkhead
