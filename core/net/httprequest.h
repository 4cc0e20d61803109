#pragma once

#include <string>
#include <utility>
#include <vector>

namespace bulkhead {

// One request as a collector asks for it. The client follows redirects itself, so `url` is only
// the first hop; an Authorization header here is meant for this URL's scheme+host+port only.
struct HttpRequest
{
    std::string method = "GET"; // GET, HEAD or POST (others are sent as a custom method)
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body; // sent for POST
};

} // namespace bulkhead
