#include "registry/sbomartifact.h"

#include <algorithm>
#include <cctype>

namespace bulkhead {

std::string sbomFormatForMediaType(std::string_view mediaType)
{
    std::string t(mediaType.substr(0, mediaType.find(';')));
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    while (!t.empty() && t.back() == ' ')
        t.pop_back();
    const auto slash = t.find('/');
    if (slash == std::string::npos)
        return {};
    const std::string_view type = std::string_view(t).substr(0, slash);
    const std::string_view subtype = std::string_view(t).substr(slash + 1);
    // The structured-syntax suffix (+json, +xml) does not change the format: IANA registered
    // application/spdx+json, cosign used text/spdx and text/spdx+json.
    const std::string_view base = subtype.substr(0, subtype.find('+'));
    if ((type == "application" || type == "text") && base == "spdx")
        return "spdx";
    if (type == "application" && base == "vnd.cyclonedx")
        return "cyclonedx";
    return {};
}

} // namespace bulkhead
