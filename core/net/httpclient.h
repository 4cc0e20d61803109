#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "httpsourceoptions.h"

#include <memory>
#include <vector>

namespace bulkhead {

class CancelToken;

// HTTP for every collector: libcurl's multi interface driven on the calling thread (a job's
// worker thread). A batch of requests runs concurrently, bounded in total and per origin; the
// connection cache lives as long as the client, so later batches reuse connections (and HTTP/2
// is negotiated over TLS when the server offers it).
//
// Policy enforced for each request (see HttpSourceOptions): https only unless the source is
// insecure, refused before any connection; TLS verified (system trust or the source's CA file);
// redirects followed here rather than by libcurl, so that each hop is checked (limit, no
// downgrade to http, Authorization dropped for good once a hop leaves the original origin);
// 429/503 retried honouring Retry-After; body size counted and capped; stalls and cancellation
// abort promptly. Proxies come from the source's proxyUrl, else from the usual environment
// variables (http_proxy, https_proxy, no_proxy), which libcurl reads when CURLOPT_PROXY is unset.
// Kubernetes sources add a CA and client certificate as in-memory PEM, skip-verify and a TLS
// server name (see HttpSourceOptions).
//
// Not thread-safe: one thread at a time per client; use one client per job.
class HttpClient
{
public:
    struct Limits
    {
        int maxTransfers = 8;       // at once, all hosts
        int maxTransfersPerHost = 4; // at once, per scheme+host+port
    };

    HttpClient();
    explicit HttpClient(Limits limits);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Runs the requests until each has a response or an error; results in request order. When
    // `cancel` is set, the remaining transfers are aborted and get a "cancelled" error.
    std::vector<HttpResponse> perform(const std::vector<HttpRequest> &requests, const HttpSourceOptions &options,
                                      const CancelToken *cancel = nullptr);
    HttpResponse perform(const HttpRequest &request, const HttpSourceOptions &options,
                         const CancelToken *cancel = nullptr);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace bulkhead
