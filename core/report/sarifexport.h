#pragma once

#include "report/findingsexport.h"

#include <cstdint>
#include <ostream>
#include <string>

namespace bulkhead {

class ExportFindingReader;

// A text as a SARIF artifactLocation.uri (a URI reference): characters a URI path cannot hold
// are percent-encoded, and a ':' in the first segment too, so that "127.0.0.1:5000/app" is not
// read as a scheme.
std::string sarifUri(const std::string &text);

// Writes SARIF 2.1.0 of the open and confirmed findings: one run per scanner tool (a finding
// reported by several goes to the run of the first of them, so it is listed once); returns the
// results written.
std::int64_t writeFindingsSarif(const ExportFindingReader &reader, const FindingsExportOptions &options,
                                std::ostream &out);

} // namespace bulkhead
