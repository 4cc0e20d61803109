#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// The parts of an absolute URL the client's policies look at, parsed by libcurl's own URL parser
// so that policy and transfer agree on what the host is.
struct UrlParts
{
    std::string scheme; // lower case
    std::string host;   // lower case
    long port = 0;      // explicit or the scheme's default

    // scheme://host:port — the unit Authorization is scoped to and concurrency is counted per.
    std::string origin() const;

    static std::optional<UrlParts> parse(std::string_view url);
    // A Location header resolved against the URL it came from; nullopt when it cannot be.
    static std::optional<std::string> resolve(std::string_view base, std::string_view location);
};

} // namespace bulkhead
