#pragma once

#include "images/imagedetailworker.h"

#include <QString>

namespace bulkhead::ui {

// The image detail pane's rich text: identity and tags, config (user, created, platform, labels,
// env names, history), signature, SBOM, scan coverage and the image's open findings. Every text
// from the store came from a registry: all of it is escaped.
QString imageDetailHtml(const ImageDetailReply &reply, int scanMaxAgeDays, std::int64_t now);
QString imageHintHtml(const QString &text);

} // namespace bulkhead::ui
