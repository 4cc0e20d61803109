#pragma once

#include "controls/controlcatalog.h"

#include <span>
#include <string>

namespace bulkhead {

// One translatable text of the built-in catalog: the English source and the translator's comment
// naming the control and field ("BLD-3 title"), as QT_TRANSLATE_NOOP3 lists it.
struct CatalogText {
    const char *source;
    const char *comment;
};

// Every title, practice, assessment and attestationHint (weightReason is shown nowhere) of resources/controls.json,
// in the "ControlCatalog" context (controlcatalogtext.cpp, written from the catalog by hand).
std::span<const CatalogText> controlCatalogTexts();

// The translator's comment of a catalog field, as controlcatalogtext.cpp lists it: "BLD-3 title".
// `field` is the controls.json key ("title", "practice", "assessment", "attestationHint").
std::string catalogTextComment(const std::string &controlId, const std::string &field);

// The definition with its texts in the installed translation (QCoreApplication::translate,
// context "ControlCatalog"); unchanged where no translation is installed. The id, area, weight and
// mode never change.
ControlDefinition translatedControl(const ControlDefinition &english);

} // namespace bulkhead
