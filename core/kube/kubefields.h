#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>

namespace bulkhead::kubefields {

// Reading Kubernetes objects as the API returns them: an absent, null or mistyped field reads
// as absent and never throws, so that one odd object cannot stop a collection.

// The member `key` of object `o` (null when `o` is null or no object, or the member is absent or null).
const nlohmann::json *member(const nlohmann::json *o, const char *key);
// member() along `keys` from `o`.
const nlohmann::json *memberPath(const nlohmann::json &o, std::span<const char *const> keys);
const nlohmann::json *memberPath(const nlohmann::json &o, std::initializer_list<const char *> keys);
// The string `v` holds ("" otherwise); a view into the JSON.
std::string_view stringOf(const nlohmann::json *v);
std::string_view stringAt(const nlohmann::json *o, const char *key);
std::optional<bool> boolAt(const nlohmann::json *o, const char *key);
std::optional<std::int64_t> intAt(const nlohmann::json *o, const char *key);
// The elements of an array member (an empty array when absent or no array).
const nlohmann::json::array_t &arrayAt(const nlohmann::json *o, const char *key);

} // namespace bulkhead::kubefields
