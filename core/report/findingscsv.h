#pragma once

#include "store/findingquery.h"

#include <string>

namespace bulkhead {

// Findings as CSV (RFC 4180: comma separated, CRLF-free lines ending in \n, quoted when needed).
// Shared by `bulkheadctl findings --format csv` and the findings view's export, so both write
// the same columns.
namespace findingscsv {

std::string header(); // without the line end
std::string line(const FindingRow &row);
// One field: quoted when it holds a comma, quote or line break. A text a spreadsheet would run
// as a formula (leading = + - @ or a control character) gets a leading apostrophe: scanner output
// is attacker-influenced and an auditor opens these files in a spreadsheet.
std::string field(const std::string &text);

} // namespace findingscsv

} // namespace bulkhead
