#pragma once

#include "httpheaders.h"

#include <optional>
#include <string>

namespace bulkhead {

// Target of the first Link entry (RFC 8288) with rel="next" among the response's Link headers,
// resolved against `currentUrl`; how registries page catalogs and tag lists.
std::optional<std::string> nextLinkTarget(const HttpHeaders &headers, const std::string &currentUrl);

} // namespace bulkhead
