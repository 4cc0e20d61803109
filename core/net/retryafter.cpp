#include "retryafter.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace bulkhead {

std::optional<std::chrono::seconds> parseRetryAfter(std::string_view value, std::time_t now)
{
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())))
        value.remove_prefix(1);
    while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
        value.remove_suffix(1);
    if (value.empty())
        return std::nullopt;
    if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); })) {
        if (value.size() > 9) // over 30 years: treat as "too long", still a number
            return std::chrono::seconds(999'999'999);
        return std::chrono::seconds(std::stol(std::string(value)));
    }
    const std::time_t when = curl_getdate(std::string(value).c_str(), nullptr);
    if (when == -1)
        return std::nullopt;
    return std::chrono::seconds(std::max<std::time_t>(0, when - now));
}

} // namespace bulkhead
