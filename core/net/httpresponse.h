#pragma once

#include "httpheaders.h"

#include <string>

namespace bulkhead {

// What became of one HttpRequest after redirects and retries. `error` is set when no usable
// response arrived (policy refusal, TLS, timeout, size limit, cancellation); it already names the
// method and the redacted URL. An HTTP error status alone leaves `error` empty: the caller decides
// what a 404 means, and problem() words it when it is one.
struct HttpResponse
{
    std::string method;
    std::string finalUrl; // after redirects (unredacted: may be needed for the next request)
    long status = 0;
    HttpHeaders headers; // of the final response only
    std::string body;
    std::string error;
    int redirects = 0;
    int retries = 0;
    long httpVersion = 0; // 11, 2, 3 as reported by libcurl (0 when unknown)

    bool ok() const { return error.empty() && status >= 200 && status < 300; }
    // `error`, else "<METHOD> <redacted URL>: HTTP <status>" for a non-2xx status, else "".
    std::string problem() const;
};

} // namespace bulkhead
