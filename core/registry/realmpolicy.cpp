#include "realmpolicy.h"

#include "net/urlparts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace bulkhead {

namespace {

std::vector<std::string_view> labels(std::string_view host)
{
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start <= host.size()) {
        const size_t dot = host.find('.', start);
        out.push_back(host.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return out;
}

bool isIpAddress(std::string_view host)
{
    if (host.find(':') != std::string_view::npos || (!host.empty() && host.front() == '['))
        return true; // IPv6 (libcurl keeps the brackets)
    return !host.empty() && std::all_of(host.begin(), host.end(), [](unsigned char c) {
        return std::isdigit(c) || c == '.';
    });
}

// Second-level labels that registries of country-code domains hand out to the public (co.uk,
// com.au, ne.jp, ...). Erring on the side of three labels is safe: it only makes the match
// stricter.
bool isPublicSecondLevel(std::string_view label, std::string_view tld)
{
    static constexpr std::array<std::string_view, 14> kSecondLevel{
        "ac", "co", "com", "edu", "gen", "go", "gob", "gov", "ltd", "mil", "ne", "net", "or", "org"};
    return tld.size() == 2 && std::find(kSecondLevel.begin(), kSecondLevel.end(), label) != kSecondLevel.end();
}

std::string stripDot(std::string_view host)
{
    // "example.com." names the same host as "example.com".
    while (!host.empty() && host.back() == '.')
        host.remove_suffix(1);
    return std::string(host);
}

} // namespace

bool RealmPolicy::isLoopbackHost(std::string_view host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

std::string RealmPolicy::registrableDomain(std::string_view hostIn)
{
    const std::string host = stripDot(hostIn);
    if (isIpAddress(host))
        return host;
    const auto parts = labels(host);
    if (parts.size() <= 2)
        return host;
    const size_t n = parts.size();
    const size_t keep = isPublicSecondLevel(parts[n - 2], parts[n - 1]) ? 3 : 2;
    std::string out;
    for (size_t i = n - keep; i < n; ++i) {
        if (!out.empty())
            out += '.';
        out += parts[i];
    }
    return out;
}

std::string RealmPolicy::refusal(std::string_view realmUrl, std::string_view registryUrl, bool insecureSource)
{
    const auto realm = UrlParts::parse(realmUrl);
    if (!realm)
        return "the token realm is not a valid absolute URL";
    const auto registry = UrlParts::parse(registryUrl);
    if (!registry)
        return "the registry URL is not a valid absolute URL";
    const std::string realmHost = stripDot(realm->host);
    const std::string registryHost = stripDot(registry->host);
    const std::string named = "token realm host " + realmHost;
    if (realm->scheme == "http") {
        if (!insecureSource)
            return named + " refused: the realm uses plain http and the source is not marked insecure";
        if (!isLoopbackHost(realmHost))
            return named + " refused: a plain http realm is only allowed on this machine "
                           "(127.0.0.1, localhost, ::1)";
    } else if (realm->scheme != "https") {
        return named + " refused: unsupported scheme \"" + realm->scheme + "\"";
    }
    if (realmHost == registryHost)
        return {};
    if (!isIpAddress(realmHost) && !isIpAddress(registryHost)
        && registrableDomain(realmHost) == registrableDomain(registryHost) && realmHost.find('.') != std::string::npos)
        return {};
    return named + " refused: it is neither the registry's host " + registryHost
        + " nor on its registrable domain " + registrableDomain(registryHost);
}

} // namespace bulkhead
