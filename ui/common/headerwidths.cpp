#include "common/headerwidths.h"

#include <QHeaderView>

#include <algorithm>

namespace bulkhead::ui {

void applyDefaultSectionWidths(QHeaderView *header, std::span<const int> widths)
{
    const int count = std::min(header->count(), static_cast<int>(widths.size()));
    for (int section = 0; section < count; ++section) {
        // sectionSizeHint: the title, the margins and room for the sort indicator.
        const int needed = header->sectionSizeHint(section);
        header->resizeSection(section, std::max(widths[static_cast<std::size_t>(section)], needed));
    }
}

} // namespace bulkhead::ui
