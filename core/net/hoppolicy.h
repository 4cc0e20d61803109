#pragma once

#include "httpsourceoptions.h"

#include <chrono>
#include <string>

namespace bulkhead {

struct CurlTransfer;

// HttpClient's rules for each hop of a transfer, kept apart from the libcurl machinery: which
// URLs may be fetched at all, and what a response means for the transfer (done, follow a
// redirect, retry later).
class HopPolicy
{
public:
    struct Next
    {
        enum class Action { Finish, Hop, Retry } action = Action::Finish;
        std::string error;                // Finish: why the transfer failed, "" for a usable response
        std::chrono::milliseconds wait{0}; // Retry: how long to wait first
    };

    // Before connecting: empty when the transfer's current URL may be fetched (then *origin is
    // its scheme://host:port), else the refusal.
    static std::string refusal(const CurlTransfer &t, const HttpSourceOptions &options, std::string *origin);
    // After a complete response with `status`: for Hop the transfer's request is already the
    // next hop (Authorization dropped for good once it leaves the first origin); for Retry its
    // retry count is already raised.
    static Next afterResponse(CurlTransfer &t, long status, const HttpSourceOptions &options);
};

} // namespace bulkhead
