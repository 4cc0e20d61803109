#pragma once

#include "report/findingsexport.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace bulkhead {

class ExportFindingReader;

// A YAML double-quoted scalar: backslash and quote escaped, control characters and the Unicode
// line breaks YAML 1.1 readers honour (U+0085, U+2028, U+2029) as escapes, bytes that are not
// UTF-8 as U+FFFD. Whatever a scanner or a person wrote, it stays one scalar.
std::string yamlQuoted(std::string_view text);

// The file path in a finding's location as Trivy's `paths` matches it ("src/app.yaml:12" ->
// "src/app.yaml"); "" when the location is no path (Trivy's target line "alpine:3.19 (alpine
// 3.19.1)", a Kubernetes resource name with spaces).
std::string trivyIgnorePath(const std::string &location);

// Writes the .trivyignore.yaml of the accepted risks and false positives; returns the entries.
std::int64_t writeTrivyIgnore(const ExportFindingReader &reader, const FindingsExportOptions &options,
                              std::ostream &out);

} // namespace bulkhead
