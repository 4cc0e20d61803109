#include "controls/controlcatalog.h"

#include "controls/controlcatalogtext.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <set>
#include <stdexcept>

namespace bulkhead {

namespace {

std::optional<AttestationMode> attestationModeFromName(const std::string &name)
{
    if (name == "fallback")
        return AttestationMode::Fallback;
    if (name == "alternative")
        return AttestationMode::Alternative;
    if (name == "required")
        return AttestationMode::Required;
    return std::nullopt;
}

// A string member; `required` ones must be present and non-empty.
bool readText(const nlohmann::json &object, const char *key, bool required, std::string &out, const std::string &where,
              std::string &error)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required)
            error = where + ": \"" + key + "\" is missing";
        return !required;
    }
    if (!it->is_string()) {
        error = where + ": \"" + key + "\" is not a string";
        return false;
    }
    out = it->get<std::string>();
    if (required && out.empty()) {
        error = where + ": \"" + key + "\" is empty";
        return false;
    }
    return true;
}

bool readControl(const nlohmann::json &value, const std::string &where, ControlDefinition &c, std::string &error)
{
    if (!value.is_object()) {
        error = where + ": not an object";
        return false;
    }
    std::string area, mode;
    if (!readText(value, "id", true, c.id, where, error))
        return false;
    const std::string at = where + " (" + c.id + ")";
    if (!readText(value, "area", true, area, at, error) || !readText(value, "title", true, c.title, at, error)
        || !readText(value, "practice", true, c.practice, at, error)
        || !readText(value, "assessment", true, c.assessment, at, error)
        || !readText(value, "attestation", false, mode, at, error)
        || !readText(value, "attestationHint", false, c.attestationHint, at, error))
        return false;
    const std::optional<ControlArea> a = controlAreaFromName(area);
    if (!a) {
        error = at + ": unknown area \"" + area + "\"";
        return false;
    }
    c.area = *a;
    if (!mode.empty()) {
        const std::optional<AttestationMode> m = attestationModeFromName(mode);
        if (!m) {
            error = at + ": unknown attestation mode \"" + mode + "\" (fallback, alternative or required)";
            return false;
        }
        c.attestation = *m;
    }
    if (const auto w = value.find("weight"); w != value.end()) {
        if (!w->is_number_integer() || w->get<std::int64_t>() < 1 || w->get<std::int64_t>() > 3) {
            error = at + ": weight must be 1, 2 or 3";
            return false;
        }
        c.weight = w->get<int>();
    }
    return true;
}

// The copy compiled into bulkhead_core (core/CMakeLists.txt). A broken copy is a build mistake,
// not a user error: fail loudly, naming what is wrong.
ControlCatalog loadBuiltin()
{
    QFile file(QStringLiteral(":/bulkhead/controls.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::logic_error("the built-in controls catalog (:/bulkhead/controls.json) is not compiled in");
    const QByteArray bytes = file.readAll();
    std::string error;
    std::optional<ControlCatalog> catalog = ControlCatalog::fromJson(std::string_view(bytes.constData(), bytes.size()), &error);
    if (!catalog)
        throw std::logic_error("the built-in controls catalog is invalid: " + error);
    // People read the catalog in their language everywhere (UI, report, CLI): translate it once,
    // here. Ids, areas, weights and modes stay as they are; nothing stores a catalog text.
    return catalog->translated();
}

} // namespace

const ControlCatalog &ControlCatalog::builtin()
{
    static const ControlCatalog catalog = loadBuiltin();
    return catalog;
}

std::optional<ControlCatalog> ControlCatalog::fromJson(std::string_view json, std::string *error)
{
    std::string problem;
    auto fail = [&](std::string message) -> std::optional<ControlCatalog> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    const nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
    if (doc.is_discarded())
        return fail("not valid JSON");
    if (!doc.is_object() || !doc.contains("controls") || !doc["controls"].is_array())
        return fail("no \"controls\" array");
    ControlCatalog catalog;
    std::set<std::string> ids;
    int number = 0;
    for (const nlohmann::json &value : doc["controls"]) {
        ControlDefinition c;
        const std::string where = "control " + std::to_string(++number);
        if (!readControl(value, where, c, problem))
            return fail(problem);
        if (!ids.insert(c.id).second)
            return fail(where + ": id \"" + c.id + "\" appears twice");
        catalog.m_controls.push_back(std::move(c));
    }
    if (catalog.m_controls.empty())
        return fail("the catalog has no controls");
    return catalog;
}

ControlCatalog ControlCatalog::translated() const
{
    ControlCatalog out;
    out.m_controls.reserve(m_controls.size());
    for (const ControlDefinition &c : m_controls)
        out.m_controls.push_back(translatedControl(c));
    return out;
}

const ControlDefinition *ControlCatalog::find(std::string_view id) const
{
    for (const ControlDefinition &c : m_controls) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace bulkhead
