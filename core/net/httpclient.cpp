#include "httpclient.h"

#include "canceltoken.h"
#include "curltransfer.h"
#include "hoppolicy.h"
#include "urlparts.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <deque>
#include <map>
#include <mutex>

namespace bulkhead {

namespace {

using Clock = std::chrono::steady_clock;

// Longest poll: how quickly cancellation and scheduled retries are noticed while idle.
constexpr auto kPollSlice = std::chrono::milliseconds(100);

void globalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

long httpVersion(long curlVersion)
{
    return curlVersion == CURL_HTTP_VERSION_1_1 ? 11
        : curlVersion == CURL_HTTP_VERSION_2_0  ? 2
        : curlVersion == CURL_HTTP_VERSION_3    ? 3
        : curlVersion == CURL_HTTP_VERSION_1_0  ? 10
                                                : 0;
}

} // namespace

struct HttpClient::Impl
{
    Limits limits;
    CURLM *multi = nullptr;
};

HttpClient::HttpClient() : HttpClient(Limits{}) {}

HttpClient::HttpClient(Limits limits) : d(std::make_unique<Impl>())
{
    globalInit();
    d->limits = limits;
    d->limits.maxTransfers = std::max(1, d->limits.maxTransfers);
    d->limits.maxTransfersPerHost = std::max(1, d->limits.maxTransfersPerHost);
    d->multi = curl_multi_init();
    // Admission below already bounds transfers; these keep libcurl's own connection use in line
    // (it would otherwise open a connection per transfer while a TLS handshake is pending).
    curl_multi_setopt(d->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(d->limits.maxTransfers));
    curl_multi_setopt(d->multi, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(d->limits.maxTransfersPerHost));
    curl_multi_setopt(d->multi, CURLMOPT_PIPELINING, static_cast<long>(CURLPIPE_MULTIPLEX));
}

HttpClient::~HttpClient()
{
    curl_multi_cleanup(d->multi);
}

HttpResponse HttpClient::perform(const HttpRequest &request, const HttpSourceOptions &options,
                                 const CancelToken *cancel)
{
    return perform(std::vector<HttpRequest>{request}, options, cancel).front();
}

std::vector<HttpResponse> HttpClient::perform(const std::vector<HttpRequest> &requests,
                                              const HttpSourceOptions &options, const CancelToken *cancel)
{
    std::vector<HttpResponse> results(requests.size());
    std::deque<CurlTransfer> transfers(requests.size());
    std::deque<CurlTransfer *> waiting; // not started yet, or waiting for a redirect hop or a retry
    std::map<CURL *, CurlTransfer *> active;
    std::map<std::string, int> perOrigin;
    bool requeued = false; // a redirect hop was queued to start right away

    for (size_t i = 0; i < requests.size(); ++i) {
        CurlTransfer &t = transfers[i];
        t.index = i;
        t.request = requests[i];
        t.cancel = cancel;
        results[i].method = t.request.method;
        results[i].finalUrl = t.request.url;
        if (const auto parts = UrlParts::parse(t.request.url))
            t.firstOrigin = parts->origin();
        waiting.push_back(&t);
    }

    auto finish = [&](CurlTransfer &t, std::string error) {
        HttpResponse &r = results[t.index];
        r.finalUrl = t.request.url;
        r.redirects = t.redirects;
        r.retries = t.retries;
        r.error = std::move(error);
        if (r.error.empty()) {
            r.headers = std::move(t.headers);
            r.body = std::move(t.body);
        }
    };

    auto start = [&](CurlTransfer &t) {
        std::string origin;
        if (std::string refused = HopPolicy::refusal(t, options, &origin); !refused.empty()) {
            finish(t, std::move(refused));
            return;
        }
        t.origin = origin;
        t.setUp(options);
        ++perOrigin[t.origin];
        active[t.easy] = &t;
        curl_multi_add_handle(d->multi, t.easy);
    };

    // What to do with a transfer libcurl finished: done, another hop, or a retry later.
    auto complete = [&](CurlTransfer &t, CURLcode code) {
        curl_multi_remove_handle(d->multi, t.easy);
        active.erase(t.easy);
        --perOrigin[t.origin];
        long status = 0;
        long version = 0;
        curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_getinfo(t.easy, CURLINFO_HTTP_VERSION, &version);
        std::string error = code == CURLE_OK ? std::string() : t.transportError(code, options);
        t.release();
        HttpResponse &r = results[t.index];
        r.status = status;
        r.httpVersion = httpVersion(version);
        if (!error.empty()) {
            finish(t, std::move(error));
            return;
        }
        const HopPolicy::Next next = HopPolicy::afterResponse(t, status, options);
        switch (next.action) {
        case HopPolicy::Next::Action::Finish:
            finish(t, next.error);
            return;
        case HopPolicy::Next::Action::Hop:
            t.notBefore = Clock::now();
            waiting.push_back(&t);
            requeued = true;
            return;
        case HopPolicy::Next::Action::Retry:
            t.notBefore = Clock::now() + next.wait;
            waiting.push_back(&t);
            return;
        }
    };

    while (!waiting.empty() || !active.empty()) {
        requeued = false;
        if (cancel && cancel->isCancelled()) {
            for (auto &[easy, t] : active) {
                curl_multi_remove_handle(d->multi, easy);
                t->release();
                finish(*t, t->where() + ": cancelled");
            }
            active.clear();
            for (CurlTransfer *t : waiting)
                finish(*t, t->where() + ": cancelled");
            waiting.clear();
            break;
        }

        // Admit what is due, within the total and per-origin bounds, in request order.
        const auto now = Clock::now();
        auto nextDue = now + kPollSlice;
        for (auto it = waiting.begin(); it != waiting.end();) {
            CurlTransfer &t = **it;
            if (t.notBefore > now) {
                nextDue = std::min(nextDue, t.notBefore);
                ++it;
                continue;
            }
            if (static_cast<int>(active.size()) >= d->limits.maxTransfers)
                break;
            const auto parts = UrlParts::parse(t.request.url);
            const std::string origin = parts ? parts->origin() : std::string();
            if (parts && perOrigin[origin] >= d->limits.maxTransfersPerHost) {
                ++it;
                continue;
            }
            it = waiting.erase(it);
            start(t);
        }

        int running = 0;
        curl_multi_perform(d->multi, &running);
        int left = 0;
        bool freedSlot = false;
        while (CURLMsg *msg = curl_multi_info_read(d->multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            CurlTransfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            complete(*t, msg->data.result);
            freedSlot = true;
        }
        if (active.empty() && waiting.empty())
            break;
        // A redirect hop was just queued, or a finished transfer freed a slot a queued request
        // can take: start it now instead of sleeping in the poll first (a batch larger than the
        // transfer limit would otherwise wait up to a poll slice per request).
        if (requeued || (freedSlot && !waiting.empty()))
            continue;
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextDue - Clock::now());
        curl_multi_poll(d->multi, nullptr, 0, static_cast<int>(std::max<long>(0, wait.count())), nullptr);
    }
    return results;
}

} // namespace bulkhead
