#include "vault/vaultmetadata.h"

#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace bulkhead {

namespace {

using Json = nlohmann::json;

// The body as a JSON object, or nullopt with *error naming what is wrong and where.
std::optional<Json> parseObject(std::string_view body, const char *what, std::string *error)
{
    Json doc;
    try {
        doc = Json::parse(body.begin(), body.end());
    } catch (const Json::parse_error &e) {
        if (error)
            *error = std::string(what) + " is not JSON (at byte " + std::to_string(e.byte) + ")";
        return std::nullopt;
    }
    if (!doc.is_object()) {
        if (error)
            *error = std::string(what) + " is not a JSON object";
        return std::nullopt;
    }
    return doc;
}

// The answer's "data" object: a live server wraps it in an envelope (request_id, lease_id, ...),
// the API documentation's samples show it alone; both have "data" at the top.
const Json *dataObject(const Json &doc)
{
    const auto it = doc.find("data");
    return it != doc.end() && it->is_object() ? &*it : nullptr;
}

std::int64_t timeOf(const Json &o, const char *key)
{
    const auto it = o.find(key);
    if (it == o.end() || !it->is_string())
        return 0;
    const std::int64_t t = parseTimestamp(it->get_ref<const std::string &>());
    return t > 0 ? t : 0; // Go's zero time (year 1) means "never"
}

std::string textOf(const Json &value)
{
    return value.is_string() ? value.get<std::string>() : value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<int> nonNegativeInt(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<std::vector<std::string>> parseVaultListKeys(std::string_view body, std::string *error)
{
    const std::optional<Json> doc = parseObject(body, "the LIST answer", error);
    if (!doc)
        return std::nullopt;
    const Json *data = dataObject(*doc);
    const auto keys = data ? data->find("keys") : Json::const_iterator();
    if (!data || keys == data->end() || !keys->is_array()) {
        if (error)
            *error = "the LIST answer has no data.keys array";
        return std::nullopt;
    }
    std::vector<std::string> out;
    out.reserve(keys->size());
    for (const Json &k : *keys) {
        if (!k.is_string()) {
            if (error)
                *error = "the LIST answer holds a key that is not a string";
            return std::nullopt;
        }
        out.push_back(k.get<std::string>());
    }
    return out;
}

bool isUsableVaultKey(std::string_view key)
{
    if (!key.empty() && key.back() == '/')
        key.remove_suffix(1);
    if (key.empty() || key == "." || key == ".." || key.find('/') != std::string_view::npos)
        return false;
    return std::none_of(key.begin(), key.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

std::optional<SecretRecord> parseVaultMetadata(std::string_view body, const std::string &origin,
                                               const std::string &mount, const std::string &path, std::string *error)
{
    const std::optional<Json> doc = parseObject(body, "the metadata answer", error);
    if (!doc)
        return std::nullopt;
    const Json *data = dataObject(*doc);
    // current_version and versions set KV v2 metadata apart from a KV v1 secret (whose data
    // would be the values themselves, which Bulkhead must not keep).
    const auto current = data ? data->find("current_version") : Json::const_iterator();
    if (!data || current == data->end() || !current->is_number_integer() || current->get<std::int64_t>() < 0
        || current->get<std::int64_t>() > 1'000'000'000) {
        if (error)
            *error = "not a KV v2 metadata answer (no data.current_version; is the mount KV version 2?)";
        return std::nullopt;
    }

    SecretRecord s;
    s.store = SecretStoreKind::Vault;
    s.origin = origin;
    s.location = mount;
    s.name = path;
    s.type = "kv-v2";
    s.currentVersion = current->get<int>();
    s.createdAt = timeOf(*data, "created_time");
    const std::int64_t updatedAt = timeOf(*data, "updated_time");

    int highest = s.currentVersion;
    if (const auto versions = data->find("versions"); versions != data->end() && versions->is_object()) {
        for (const auto &[key, v] : versions->items()) {
            const std::optional<int> number = nonNegativeInt(key);
            if (!number || !v.is_object())
                continue;
            SecretVersion version;
            version.version = *number;
            version.createdAt = timeOf(v, "created_time");
            version.deletedAt = timeOf(v, "deletion_time");
            const auto destroyed = v.find("destroyed");
            version.destroyed = destroyed != v.end() && destroyed->is_boolean() && destroyed->get<bool>();
            highest = std::max(highest, *number);
            s.versions.push_back(version);
        }
        std::sort(s.versions.begin(), s.versions.end(),
                  [](const SecretVersion &a, const SecretVersion &b) { return a.version < b.version; });
    }

    const auto currentEntry = std::find_if(s.versions.begin(), s.versions.end(),
                                           [&](const SecretVersion &v) { return v.version == s.currentVersion; });
    if (currentEntry != s.versions.end() && currentEntry->createdAt > 0) {
        s.lastChangeAt = currentEntry->createdAt;
        s.ageSource = AgeSource::VersionHistory;
        s.ageDetail = "version " + std::to_string(s.currentVersion) + " of " + std::to_string(highest);
        if (currentEntry->destroyed)
            s.ageDetail += ", destroyed";
        else if (currentEntry->deletedAt > 0)
            s.ageDetail += ", deleted";
    } else if (updatedAt > 0) {
        // Writing a version moves updated_time, but so does a metadata change: still the
        // server's own record, and the best one when the version list is missing.
        s.lastChangeAt = updatedAt;
        s.ageSource = AgeSource::VersionHistory;
        s.ageDetail = "updated_time (version " + std::to_string(s.currentVersion) + ", no version list)";
    } else if (s.createdAt > 0) {
        s.lastChangeAt = s.createdAt;
        s.ageSource = AgeSource::CreationOnly;
        s.ageDetail = "created_time only";
    }

    if (const auto custom = data->find("custom_metadata"); custom != data->end() && custom->is_object()) {
        for (const auto &[key, value] : custom->items()) {
            std::string text = textOf(value);
            if (key == "owner") {
                s.owner = std::move(text);
                continue;
            }
            if (key == "rotation_days") {
                if (const std::optional<int> days = nonNegativeInt(text)) {
                    s.declaredPolicyDays = *days;
                    continue;
                }
                // Not a number: kept as a label so the detail shows what was declared.
            }
            s.labels.emplace_back(key, std::move(text));
        }
        std::sort(s.labels.begin(), s.labels.end());
    }
    return s;
}

std::string vaultErrorText(std::string_view body)
{
    Json doc;
    try {
        doc = Json::parse(body.begin(), body.end());
    } catch (const Json::parse_error &) {
        return {};
    }
    if (!doc.is_object())
        return {};
    const auto errors = doc.find("errors");
    if (errors == doc.end() || !errors->is_array())
        return {};
    std::string out;
    for (const Json &e : *errors) {
        if (!e.is_string())
            continue;
        // Vault wraps errors as "1 error occurred:\n\t* permission denied\n\n": keep the items.
        std::string text = e.get<std::string>();
        std::string cleaned;
        std::size_t start = 0;
        while (start <= text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos)
                end = text.size();
            std::string line = text.substr(start, end - start);
            start = end + 1;
            const auto first = line.find_first_not_of(" \t");
            if (first == std::string::npos)
                continue;
            line.erase(0, first);
            if (line.size() > 2 && line[0] == '*' && line[1] == ' ')
                line.erase(0, 2);
            else if (line.find("error occurred:") != std::string::npos
                     || line.find("errors occurred:") != std::string::npos)
                continue;
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
                line.pop_back();
            cleaned += (cleaned.empty() ? "" : "; ") + line;
        }
        if (!cleaned.empty())
            out += (out.empty() ? "" : "; ") + cleaned;
    }
    for (char &c : out) {
        if (static_cast<unsigned char>(c) < 0x20)
            c = ' ';
    }
    if (out.size() > 300)
        out = out.substr(0, 297) + "...";
    return out;
}

} // namespace bulkhead
