#pragma once

#include <cstddef>
#include <cstdint>

namespace bulkhead {

// Scans JSON text for the deepest nesting of [ and { outside strings. Returns the byte offset of
// the first bracket that goes deeper than maxDepth, or SIZE_MAX when the text stays within it.
// Uses SSE2 to skip 16-byte blocks that contain no bracket, quote or backslash, so the cost on
// description-heavy reports is a fraction of parsing.
std::size_t findNestingOverflow(const char *data, std::size_t size, int maxDepth);

} // namespace bulkhead
