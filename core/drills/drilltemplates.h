#pragma once

#include "drills/drill.h"

#include <QString>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// A template file that cannot be used. The message names the file (or resource) and the problem:
// "leaked.json: \"checklist\" must be a non-empty array of strings".
class DrillTemplateError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The file format (resources/drills/*.json, `bulkheadctl drills template add FILE.json`):
//   {"key": "leaked-registry-credential", "title": "...", "kind": "tabletop" | "post-incident",
//    "scenario": "...", "controls": ["SUP-4", "SEC-3"], "cadence_days": 90,
//    "checklist": ["...", "..."]}
// Unknown fields are refused (a misspelt "cadence" would otherwise silently become 90 days).
// `source` names the file in error messages.
DrillTemplate parseDrillTemplate(std::string_view json, const std::string &source);
// The same format, indented; parseDrillTemplate reads it back (id and builtin are not written).
std::string drillTemplateJson(const DrillTemplate &t);

// What is wrong with a template, "" when nothing: key (lower-case letters, digits, '-'), title,
// scenario and every checklist item non-empty, 1..100 checklist items, control ids like "SEC-3",
// cadence 0..3650 days.
std::string drillTemplateProblem(const DrillTemplate &t);

// The built-in templates compiled into bulkhead_core (":/bulkhead/drills/*.json"), sorted by key,
// marked builtin. Throws DrillTemplateError naming the resource when one is broken (a build error
// in practice: tst_drilltemplates loads them all).
std::vector<DrillTemplate> builtinDrillTemplates();

// A built-in template as people read it in `language` ("de", "fr"): the title, scenario and checklist
// of ":/bulkhead/drills/<language>/<key>.json" over the English ones. The store keeps built-ins in
// English (one shared text whoever seeded it); the views, new runs' checklists and the report take
// this. `t` comes back unchanged for a user template, English, a language without the file, or a
// translation that does not match the template (another key, kind, control list or checklist length).
DrillTemplate localizedBuiltinTemplate(DrillTemplate t, const QString &language);
// The same in the language the program speaks (i18n::installedLanguage()).
DrillTemplate localizedBuiltinTemplate(DrillTemplate t);

} // namespace bulkhead
