#include "importers/sbompurl.h"

namespace bulkhead::sbompurl {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string percentDecode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexValue(s[i + 1]) >= 0 && hexValue(s[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

} // namespace

bool parse(std::string_view purl, Parts &out)
{
    if (!purl.starts_with("pkg:"))
        return false;
    std::string_view rest = purl.substr(4);
    if (const auto hash = rest.find('#'); hash != std::string_view::npos)
        rest = rest.substr(0, hash);
    if (const auto query = rest.find('?'); query != std::string_view::npos)
        rest = rest.substr(0, query);
    while (rest.starts_with('/'))
        rest.remove_prefix(1);
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos || slash == 0)
        return false;
    out.type = std::string(rest.substr(0, slash));
    rest = rest.substr(slash + 1);
    // The version follows the last '@' of the remainder; a leading '@' is an npm scope ("%40" when encoded properly).
    std::string_view version;
    if (const auto at = rest.rfind('@'); at != std::string_view::npos && at > 0) {
        version = rest.substr(at + 1);
        rest = rest.substr(0, at);
    }
    while (rest.ends_with('/'))
        rest.remove_suffix(1);
    const auto lastSlash = rest.rfind('/');
    const std::string_view name = lastSlash == std::string_view::npos ? rest : rest.substr(lastSlash + 1);
    if (name.empty())
        return false;
    out.name = percentDecode(name);
    out.version = percentDecode(version);
    return true;
}

std::string type(std::string_view purl)
{
    Parts parts;
    return parse(purl, parts) ? parts.type : std::string();
}

std::string imageDigest(std::string_view purl)
{
    Parts parts;
    if (!parse(purl, parts) || (parts.type != "oci" && parts.type != "docker"))
        return {};
    return parts.version.starts_with("sha256:") ? parts.version : std::string();
}

} // namespace bulkhead::sbompurl
