#include "urlparts.h"

#include "asciilower.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <memory>

namespace bulkhead {

namespace {

struct UrlDeleter
{
    void operator()(CURLU *u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

std::optional<std::string> part(CURLU *u, CURLUPart which, unsigned flags = 0)
{
    char *value = nullptr;
    if (curl_url_get(u, which, &value, flags) != CURLUE_OK || !value)
        return std::nullopt;
    std::string out(value);
    curl_free(value);
    return out;
}

} // namespace

std::string UrlParts::origin() const
{
    return scheme + "://" + host + ":" + std::to_string(port);
}

std::optional<UrlParts> UrlParts::parse(std::string_view url)
{
    UrlHandle u(curl_url());
    if (!u || curl_url_set(u.get(), CURLUPART_URL, std::string(url).c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK)
        return std::nullopt;
    auto scheme = part(u.get(), CURLUPART_SCHEME);
    auto host = part(u.get(), CURLUPART_HOST);
    if (!scheme || !host || host->empty())
        return std::nullopt;
    UrlParts parts;
    parts.scheme = asciiLower(*scheme);
    parts.host = asciiLower(*host);
    if (auto port = part(u.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT))
        parts.port = std::strtol(port->c_str(), nullptr, 10);
    return parts;
}

std::optional<std::string> UrlParts::resolve(std::string_view base, std::string_view location)
{
    UrlHandle u(curl_url());
    if (!u || curl_url_set(u.get(), CURLUPART_URL, std::string(base).c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK)
        return std::nullopt;
    // Setting a URL on a handle that holds one resolves a relative reference against it.
    if (curl_url_set(u.get(), CURLUPART_URL, std::string(location).c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK)
        return std::nullopt;
    return part(u.get(), CURLUPART_URL);
}

} // namespace bulkhead
