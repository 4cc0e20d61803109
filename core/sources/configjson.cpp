#include "sources/configjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bulkhead::configjson {

namespace {

bool typeError(std::string *error, const char *key, const char *expected)
{
    if (error)
        *error = std::string("source config: \"") + key + "\" must be " + expected;
    return false;
}

// The value of `key`, or nullopt when absent or null (the field keeps its default).
std::optional<QJsonValue> present(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return v;
}

} // namespace

std::optional<QJsonObject> parseObject(std::string_view json, std::string *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(json.data(), static_cast<qsizetype>(json.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = doc.isNull() ? "source config is not JSON: " + parseError.errorString().toStdString() + " at byte "
                                        + std::to_string(parseError.offset)
                                  : "source config is not a JSON object";
        return std::nullopt;
    }
    return doc.object();
}

std::string toText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

bool readString(const QJsonObject &o, const char *key, std::string &out, std::string *error)
{
    const auto v = present(o, key);
    if (!v)
        return true;
    if (!v->isString())
        return typeError(error, key, "a string");
    out = v->toString().toStdString();
    return true;
}

bool readBool(const QJsonObject &o, const char *key, bool &out, std::string *error)
{
    const auto v = present(o, key);
    if (!v)
        return true;
    if (!v->isBool())
        return typeError(error, key, "true or false");
    out = v->toBool();
    return true;
}

bool readInt(const QJsonObject &o, const char *key, int &out, std::string *error)
{
    const auto v = present(o, key);
    if (!v)
        return true;
    if (!v->isDouble())
        return typeError(error, key, "a number");
    out = v->toInt(out);
    return true;
}

bool readList(const QJsonObject &o, const char *key, std::vector<std::string> &out, std::string *error)
{
    const auto v = present(o, key);
    if (!v)
        return true;
    if (!v->isArray())
        return typeError(error, key, "an array of strings");
    for (const QJsonValue &item : v->toArray()) {
        if (!item.isString())
            return typeError(error, key, "an array of strings");
        out.push_back(item.toString().toStdString());
    }
    return true;
}

std::string sourceNameProblem(const std::string &name)
{
    if (name.empty() || name.size() > 64)
        return "the source name must be 1 to 64 characters";
    for (char ch : name) {
        const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.'
            || ch == '_' || ch == '-';
        if (!ok)
            return "the source name \"" + name + "\" may only hold letters, digits, '.', '_' and '-'";
    }
    return {};
}

} // namespace bulkhead::configjson
