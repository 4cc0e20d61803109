#include "redaction.h"

#include <regex>

namespace bulkhead {

namespace {

const std::regex &userinfoPattern()
{
    // scheme://user:pass@host -> scheme://***@host
    static const std::regex re(R"(([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#@\s]+@)");
    return re;
}

const std::regex &queryPattern()
{
    // ?access_token=..., &password=..., &client_secret=...
    static const std::regex re(
        R"(([?&;][A-Za-z0-9_.\-]*(?:password|passwd|pwd|token|secret|signature)=)[^&#\s"']*)",
        std::regex::icase);
    return re;
}

const std::regex &authorizationHeaderPattern()
{
    static const std::regex re(R"(((?:proxy-)?authorization\s*[:=]\s*)[^\r\n,"']*)", std::regex::icase);
    return re;
}

const std::regex &schemeCredentialPattern()
{
    static const std::regex re(R"(\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+)", std::regex::icase);
    return re;
}

} // namespace

std::string redactUrl(std::string_view url)
{
    std::string out = std::regex_replace(std::string(url), userinfoPattern(), "$1***@");
    return std::regex_replace(out, queryPattern(), "$1***");
}

std::string redact(std::string_view text)
{
    std::string out = redactUrl(text);
    out = std::regex_replace(out, authorizationHeaderPattern(), "$1***");
    // "Authorization: ***" already covered; "Bearer abc" anywhere else (WWW-Authenticate echoes,
    // server error bodies) too. "Bearer ***" is left alone by the pattern's character class.
    return std::regex_replace(out, schemeCredentialPattern(), "$1 ***");
}

} // namespace bulkhead
