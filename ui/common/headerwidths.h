#pragma once

#include <span>

class QHeaderView;

namespace bulkhead::ui {

// Gives each section of `header` its default width from `widths` (one per column), widened where the
// column's title needs more in the user's language ("Erstmals erkannt" is wider than "First seen").
// Call after the model is set; a restored header state applies on top.
void applyDefaultSectionWidths(QHeaderView *header, std::span<const int> widths);

} // namespace bulkhead::ui
