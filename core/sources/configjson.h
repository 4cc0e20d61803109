#pragma once

#include <QJsonObject>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead::configjson {

// The JSON of a source config (sources.config): shared by RegistrySourceConfig and
// ClusterSourceConfig so that both report a bad field the same way. Every reader leaves `out`
// untouched when the key is absent or null and returns false (with `error` naming the key) when
// the value has the wrong type.

// The object, or null with `error` ("source config is not JSON: ... at byte N" / "... not a JSON object").
std::optional<QJsonObject> parseObject(std::string_view json, std::string *error);
std::string toText(const QJsonObject &object); // compact

bool readString(const QJsonObject &o, const char *key, std::string &out, std::string *error);
bool readBool(const QJsonObject &o, const char *key, bool &out, std::string *error);
bool readInt(const QJsonObject &o, const char *key, int &out, std::string *error);
bool readList(const QJsonObject &o, const char *key, std::vector<std::string> &out, std::string *error);

// "" when `name` is usable as a source name ([A-Za-z0-9._-], 1..64 characters), else the problem.
std::string sourceNameProblem(const std::string &name);

} // namespace bulkhead::configjson
