#pragma once

#include "model/reportformat.h"

#include <simdjson.h>

#include <string>

namespace bulkhead {

// Decides the report format from the content of a parsed document (never the file name), by the
// top-level keys each format is known for. Throws ImportError for a document that is no scanner
// report we know, or a known format in a version we cannot read (Trivy SchemaVersion other than 2,
// SARIF other than 2.1.0, SPDX other than 2.x). Leaves the document rewound.
ReportFormat detectReportFormat(simdjson::ondemand::document &doc);

} // namespace bulkhead
