#pragma once

#include <string>
#include <string_view>

namespace bulkhead {

// ASCII case mapping (locale-independent) for identifiers: environment variable names,
// capability names, registry hosts.
std::string asciiLower(std::string_view text);
std::string asciiUpper(std::string_view text);

} // namespace bulkhead
