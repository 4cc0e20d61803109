#pragma once

#include "pages/pageid.h"
#include "store/findingfilter.h"

#include <QString>

#include <optional>

namespace bulkhead::ui {

// What a view that is not built yet will show and where its data will come from, so that its page
// tells the user something true instead of being blank.
struct PlaceholderContent {
    QString title;
    QString summary;  // what will come here
    QString sources;  // which collector or input feeds it
    QString controls; // controls catalog ids it covers
    QString arrival;  // which upcoming part of Bulkhead brings it
    // Findings already in the store that belong to this area (e.g. scanner secret findings on the
    // Secrets page), with the label of the button that shows them.
    std::optional<FindingFilter> related;
    QString relatedLabel;
};

// The content of each not-yet-built view; nullopt for Overview, Findings, Images, Workloads and
// RBAC, which exist.
std::optional<PlaceholderContent> placeholderContent(PageId page);

} // namespace bulkhead::ui
