#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace bulkhead {

// Lower case for protocol tokens (header names, schemes, media types, auth schemes), which are
// ASCII and compare case-insensitively; no locale involved.
inline std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace bulkhead
