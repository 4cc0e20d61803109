#pragma once

#include "httpheaders.h"
#include "httprequest.h"
#include "httpsourceoptions.h"

#include <curl/curl.h>

#include <chrono>
#include <cstdint>
#include <string>

namespace bulkhead {

class CancelToken;

// One logical request of an HttpClient batch through its hops (redirects) and attempts
// (retries), and the libcurl easy handle of the attempt in flight. Internal to core/net.
struct CurlTransfer
{
    using Clock = std::chrono::steady_clock;

    size_t index = 0;     // in the batch, and in the results
    HttpRequest request;  // current hop
    std::string firstOrigin;
    std::string origin;   // of the current hop
    bool authorizationDropped = false; // a hop left firstOrigin: never send Authorization again
    int redirects = 0;
    int retries = 0;
    Clock::time_point notBefore{};
    const CancelToken *cancel = nullptr;

    // Per attempt.
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    curl_slist *connectTo = nullptr; // tlsServerName: where the connection really goes
    HttpHeaders headers;
    std::string body;
    bool tooLarge = false;
    std::int64_t maxBytes = 0;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    // "<METHOD> <redacted URL>", the prefix of every error about this transfer.
    std::string where() const;
    // A new easy handle for the current hop, with the source's TLS, limits and callbacks.
    void setUp(const HttpSourceOptions &options);
    // Frees the easy handle and header list of the attempt.
    void release();
    // Words a libcurl failure of the attempt: "<where()>: <kind>: <libcurl's text> (<its code's
    // text>)", the kind in plain words (connection refused, host name not found (DNS), TLS
    // handshake failed, connection reset by the server, timed out...) so the error names the
    // host (in the URL) and what went wrong whatever libcurl's version says. Needs the easy
    // handle still set up (the OS errno tells a refusal or a reset from other failures).
    std::string transportError(CURLcode code, const HttpSourceOptions &options) const;
};

} // namespace bulkhead
