#pragma once

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// Registry documents (manifests, config blobs, signature payloads) are small and capped by the
// client, so they are read with Qt's DOM, which reports where a broken document breaks.

// The top-level object of `body`; otherwise nullopt and *error is "<what> is not JSON at byte N
// (reason)" or "<what> is not a JSON object".
std::optional<QJsonObject> parseJsonBody(std::string_view body, std::string_view what, std::string *error);
// A string member as UTF-8 ("" when absent or not a string).
std::string jsonString(const QJsonObject &o, const char *key);
// A non-negative integral number member; nullopt when absent, fractional, negative or not a number.
std::optional<std::int64_t> jsonSize(const QJsonObject &o, const char *key);

} // namespace bulkhead
