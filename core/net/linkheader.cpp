#include "linkheader.h"

#include "asciilower.h"

#include "urlparts.h"

#include <cctype>

namespace bulkhead {

namespace {

// Whether a rel value (one or several space-separated relation types) holds "next".
bool relHasNext(const std::string &params)
{
    const size_t rel = params.find("rel=");
    if (rel == std::string::npos)
        return false;
    std::string value = params.substr(rel + 4);
    if (!value.empty() && value.front() == '"') {
        value.erase(0, 1);
        value = value.substr(0, value.find('"'));
    } else {
        value = value.substr(0, value.find_first_of(";, "));
    }
    size_t s = 0;
    while (s <= value.size()) {
        const size_t e = value.find(' ', s);
        if (value.substr(s, e == std::string::npos ? std::string::npos : e - s) == "next")
            return true;
        if (e == std::string::npos)
            break;
        s = e + 1;
    }
    return false;
}

} // namespace

std::optional<std::string> nextLinkTarget(const HttpHeaders &headers, const std::string &currentUrl)
{
    for (const std::string &value : headers.values("Link")) {
        // A header may hold several comma-separated links: <uri>; param; param, <uri>; ...
        size_t pos = 0;
        while (true) {
            const size_t open = value.find('<', pos);
            if (open == std::string::npos)
                break;
            const size_t close = value.find('>', open);
            if (close == std::string::npos)
                break;
            const std::string target = value.substr(open + 1, close - open - 1);
            const size_t nextOpen = value.find('<', close);
            const std::string params = asciiLower(
                value.substr(close + 1, nextOpen == std::string::npos ? std::string::npos : nextOpen - close - 1));
            pos = close + 1;
            if (relHasNext(params))
                return UrlParts::resolve(currentUrl, target);
        }
    }
    return std::nullopt;
}

} // namespace bulkhead
