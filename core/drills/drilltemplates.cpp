#include "drills/drilltemplates.h"

#include "drills/drillnames.h"
#include "i18n/translationloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace bulkhead {

namespace {

constexpr int kMaxCadenceDays = 3650;
constexpr std::size_t kMaxChecklistItems = 100;

[[noreturn]] void fail(const std::string &source, const std::string &problem)
{
    throw DrillTemplateError(source + ": " + problem);
}

std::string requiredString(const nlohmann::json &doc, const char *field, const std::string &source)
{
    const auto it = doc.find(field);
    if (it == doc.end())
        fail(source, std::string("\"") + field + "\" is missing");
    if (!it->is_string())
        fail(source, std::string("\"") + field + "\" must be a string");
    return it->get<std::string>();
}

std::vector<std::string> stringArray(const nlohmann::json &doc, const char *field, const std::string &source,
                                     bool required)
{
    const auto it = doc.find(field);
    if (it == doc.end()) {
        if (required)
            fail(source, std::string("\"") + field + "\" is missing");
        return {};
    }
    if (!it->is_array())
        fail(source, std::string("\"") + field + "\" must be an array of strings");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const nlohmann::json &v = (*it)[i];
        if (!v.is_string())
            fail(source, std::string("\"") + field + "\" item " + std::to_string(i + 1) + " is not a string");
        out.push_back(v.get<std::string>());
    }
    return out;
}

bool blank(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

bool validKey(const std::string &key)
{
    return !key.empty() && key.front() != '-' && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// "SEC-3", "INC-2": upper-case letters, '-', digits (the catalog's ids).
bool validControlId(const std::string &id)
{
    const auto dash = id.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == id.size())
        return false;
    return std::all_of(id.begin(), id.begin() + dash, [](char c) { return c >= 'A' && c <= 'Z'; })
        && std::all_of(id.begin() + dash + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::string drillTemplateProblem(const DrillTemplate &t)
{
    if (!validKey(t.key))
        return "key \"" + t.key + "\" must be lower-case letters, digits and '-'";
    if (blank(t.title))
        return "the title is empty";
    if (blank(t.scenario))
        return "the scenario is empty";
    for (const std::string &c : t.controls)
        if (!validControlId(c))
            return "\"" + c + "\" is not a control id (like SEC-3)";
    if (t.cadenceDays < 0 || t.cadenceDays > kMaxCadenceDays)
        return "cadence_days must be 0 (on demand) to " + std::to_string(kMaxCadenceDays);
    if (t.checklist.empty())
        return "the checklist is empty";
    if (t.checklist.size() > kMaxChecklistItems)
        return "the checklist has more than " + std::to_string(kMaxChecklistItems) + " items";
    for (std::size_t i = 0; i < t.checklist.size(); ++i)
        if (blank(t.checklist[i]))
            return "checklist item " + std::to_string(i + 1) + " is empty";
    return {};
}

DrillTemplate parseDrillTemplate(std::string_view json, const std::string &source)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json.begin(), json.end());
    } catch (const nlohmann::json::parse_error &e) {
        fail(source, std::string("not valid JSON (") + e.what() + ")");
    }
    if (!doc.is_object())
        fail(source, "a drill template is a JSON object");
    static const std::set<std::string> known{"key", "title", "kind", "scenario", "controls", "cadence_days",
                                             "checklist"};
    for (const auto &[field, value] : doc.items())
        if (!known.count(field))
            fail(source, "unknown field \"" + field + "\" (known: key, title, kind, scenario, controls, "
                                                      "cadence_days, checklist)");

    DrillTemplate t;
    t.key = requiredString(doc, "key", source);
    t.title = requiredString(doc, "title", source);
    const std::string kind = requiredString(doc, "kind", source);
    const auto parsedKind = drillKindFromName(kind);
    if (!parsedKind)
        fail(source, "kind \"" + kind + "\" is neither tabletop nor post-incident");
    t.kind = *parsedKind;
    t.scenario = requiredString(doc, "scenario", source);
    t.controls = stringArray(doc, "controls", source, false);
    // A post-incident review is held when an incident happens; a tabletop exercise recurs.
    t.cadenceDays = t.kind == DrillKind::PostIncident ? 0 : 90;
    if (const auto it = doc.find("cadence_days"); it != doc.end()) {
        if (!it->is_number_integer())
            fail(source, "\"cadence_days\" must be a whole number of days");
        const auto days = it->get<std::int64_t>();
        if (days < 0 || days > kMaxCadenceDays)
            fail(source, "cadence_days must be 0 (on demand) to " + std::to_string(kMaxCadenceDays));
        t.cadenceDays = static_cast<int>(days);
    }
    t.checklist = stringArray(doc, "checklist", source, true);
    if (const std::string problem = drillTemplateProblem(t); !problem.empty())
        fail(source, problem);
    return t;
}

std::string drillTemplateJson(const DrillTemplate &t)
{
    nlohmann::ordered_json j;
    j["key"] = t.key;
    j["title"] = t.title;
    j["kind"] = drillKindName(t.kind);
    j["scenario"] = t.scenario;
    j["controls"] = t.controls;
    j["cadence_days"] = t.cadenceDays;
    j["checklist"] = t.checklist;
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::vector<DrillTemplate> builtinDrillTemplates()
{
    const QDir dir(QStringLiteral(":/bulkhead/drills"));
    std::vector<DrillTemplate> out;
    std::set<std::string> keys;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const std::string source = ":/bulkhead/drills/" + name.toStdString();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            fail(source, "cannot be read");
        const QByteArray bytes = file.readAll();
        DrillTemplate t = parseDrillTemplate(std::string_view(bytes.constData(), std::size_t(bytes.size())), source);
        if (!keys.insert(t.key).second)
            fail(source, "key \"" + t.key + "\" is used by another built-in template");
        t.builtin = true;
        out.push_back(std::move(t));
    }
    std::sort(out.begin(), out.end(), [](const DrillTemplate &a, const DrillTemplate &b) { return a.key < b.key; });
    return out;
}

DrillTemplate localizedBuiltinTemplate(DrillTemplate t, const QString &language)
{
    if (!t.builtin || language.isEmpty() || language == QLatin1String("en") || !validKey(t.key))
        return t;
    // Parsed once per language and key: the drills view asks for every template on each refresh,
    // from worker threads.
    static QMutex mutex;
    static QHash<QString, std::optional<DrillTemplate>> cache;
    const QString path = QStringLiteral(":/bulkhead/drills/%1/%2.json").arg(language, QString::fromStdString(t.key));
    std::optional<DrillTemplate> translated;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(path);
        if (it != cache.constEnd()) {
            translated = *it;
        } else {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray bytes = file.readAll();
                try {
                    translated = parseDrillTemplate(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                                    path.toStdString());
                } catch (const DrillTemplateError &) {
                    // tst_drilltemplates parses every translation; a broken one falls back to English.
                }
            }
            cache.insert(path, translated);
        }
    }
    if (!translated || translated->key != t.key || translated->kind != t.kind || translated->controls != t.controls
        || translated->checklist.size() != t.checklist.size())
        return t;
    t.title = translated->title;
    t.scenario = translated->scenario;
    t.checklist = translated->checklist;
    return t;
}

DrillTemplate localizedBuiltinTemplate(DrillTemplate t)
{
    return localizedBuiltinTemplate(std::move(t), i18n::installedLanguage());
}

} // namespace bulkhead
