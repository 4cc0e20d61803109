#include "httpclient.h"

#include "canceltoken.h"
#include "redaction.h"
#include "retryafter.h"
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

bool isRedirect(long status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// One logical request through its hops and attempts.
struct Transfer
{
    size_t index = 0;
    HttpRequest request; // current hop
    std::string firstOrigin;
    std::string origin; // of the current hop
    bool authorizationDropped = false;
    int redirects = 0;
    int retries = 0;
    Clock::time_point notBefore{};

    // Per attempt.
    CURL *easy = nullptr;
    curl_slist *headerList = nullptr;
    HttpHeaders headers;
    std::string body;
    bool tooLarge = false;
    std::int64_t maxBytes = 0;
    const CancelToken *cancel = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    std::string where() const { return request.method + " " + redactUrl(request.url); }

    void release()
    {
        if (easy)
            curl_easy_cleanup(easy);
        easy = nullptr;
        curl_slist_free_all(headerList);
        headerList = nullptr;
    }
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    if (static_cast<std::int64_t>(t->body.size() + n) > t->maxBytes) {
        t->tooLarge = true;
        return 0; // libcurl aborts with CURLE_WRITE_ERROR
    }
    t->body.append(data, n);
    return n;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const size_t n = size * count;
    std::string_view line(data, n);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.remove_suffix(1);
    if (line.rfind("HTTP/", 0) == 0) {
        t->headers.clear(); // a new response (after 100 Continue or a proxy's CONNECT reply)
        return n;
    }
    const auto colon = line.find(':');
    if (colon == std::string_view::npos)
        return n;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
    t->headers.add(std::string(line.substr(0, colon)), std::string(value));
    return n;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(user);
    return t->cancel && t->cancel->isCancelled() ? 1 : 0; // nonzero: CURLE_ABORTED_BY_CALLBACK
}

} // namespace

struct HttpClient::Impl
{
    Limits limits;
    CURLM *multi = nullptr;

    // Checks the hop's URL against the policy; empty when it may be fetched.
    std::string refusal(const Transfer &t, const HttpSourceOptions &options, std::string &origin) const
    {
        const auto parts = UrlParts::parse(t.request.url);
        if (!parts)
            return t.where() + ": not a valid absolute URL";
        if (parts->scheme == "http" && !options.insecure)
            return t.where() + ": plain http refused: the source is not marked insecure";
        if (parts->scheme != "http" && parts->scheme != "https")
            return t.where() + ": unsupported scheme \"" + parts->scheme + "\"";
        origin = parts->origin();
        return {};
    }

    // Builds the easy handle for the transfer's current hop.
    void setUp(Transfer &t, const HttpSourceOptions &options)
    {
        t.easy = curl_easy_init();
        t.headers.clear();
        t.body.clear();
        t.tooLarge = false;
        t.errorBuffer[0] = '\0';
        t.maxBytes = options.maxResponseBytes;
        CURL *e = t.easy;
        curl_easy_setopt(e, CURLOPT_URL, t.request.url.c_str());
        curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorBuffer);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        // Second line of defence behind refusal(): libcurl itself will not speak anything else.
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, options.insecure ? "http,https" : "https");
        curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L); // redirects are policy, handled here
        curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!options.caFile.empty())
            curl_easy_setopt(e, CURLOPT_CAINFO, options.caFile.c_str());
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connectTimeout.count()));
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options.totalTimeout.count()));
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, options.lowSpeedBytesPerSecond);
        curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options.lowSpeedTime.count()));
        curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, onBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onHeader);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, onProgress);
        curl_easy_setopt(e, CURLOPT_XFERINFODATA, &t);
        curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(e, CURLOPT_USERAGENT, "Bulkhead/" BULKHEAD_VERSION);

        if (t.request.method == "HEAD") {
            curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
        } else if (t.request.method == "POST") {
            curl_easy_setopt(e, CURLOPT_POST, 1L);
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, t.request.body.data());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(t.request.body.size()));
            t.headerList = curl_slist_append(t.headerList, "Expect:"); // no 100-continue round trip
        } else if (t.request.method != "GET") {
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, t.request.method.c_str());
        }
        for (const auto &[name, value] : t.request.headers) {
            if (t.authorizationDropped && HttpHeaders::sameName(name, "Authorization"))
                continue;
            t.headerList = curl_slist_append(t.headerList, (name + ": " + value).c_str());
        }
        curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headerList);
    }

    std::string transportError(const Transfer &t, CURLcode code, const HttpSourceOptions &options) const
    {
        if (t.tooLarge)
            return t.where() + ": response larger than the limit of " + std::to_string(options.maxResponseBytes) +
                   " bytes";
        if (code == CURLE_ABORTED_BY_CALLBACK && t.cancel && t.cancel->isCancelled())
            return t.where() + ": cancelled";
        const std::string generic = curl_easy_strerror(code);
        std::string detail = t.errorBuffer;
        while (!detail.empty() && (detail.back() == '\n' || detail.back() == '\r'))
            detail.pop_back();
        if (detail.empty() || detail == generic)
            return t.where() + ": " + generic;
        return t.where() + ": " + redact(detail) + " (" + generic + ")";
    }
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
    std::deque<Transfer> transfers(requests.size());
    std::deque<Transfer *> waiting; // not started yet, or waiting for a redirect hop or a retry
    std::map<CURL *, Transfer *> active;
    std::map<std::string, int> perOrigin;
    bool requeued = false; // a redirect hop was queued to start right away

    for (size_t i = 0; i < requests.size(); ++i) {
        Transfer &t = transfers[i];
        t.index = i;
        t.request = requests[i];
        t.cancel = cancel;
        results[i].method = t.request.method;
        results[i].finalUrl = t.request.url;
        if (const auto parts = UrlParts::parse(t.request.url))
            t.firstOrigin = parts->origin();
        waiting.push_back(&t);
    }

    auto finish = [&](Transfer &t, std::string error) {
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

    auto start = [&](Transfer &t) {
        std::string origin;
        if (std::string refused = d->refusal(t, options, origin); !refused.empty()) {
            finish(t, std::move(refused));
            return;
        }
        t.origin = origin;
        d->setUp(t, options);
        ++perOrigin[t.origin];
        active[t.easy] = &t;
        curl_multi_add_handle(d->multi, t.easy);
    };

    // What to do with a transfer libcurl finished: done, another hop, or a retry later.
    auto complete = [&](Transfer &t, CURLcode code) {
        curl_multi_remove_handle(d->multi, t.easy);
        active.erase(t.easy);
        --perOrigin[t.origin];
        long status = 0;
        long version = 0;
        curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_getinfo(t.easy, CURLINFO_HTTP_VERSION, &version);
        std::string error = code == CURLE_OK ? std::string() : d->transportError(t, code, options);
        t.release();
        HttpResponse &r = results[t.index];
        r.status = status;
        r.httpVersion = version == CURL_HTTP_VERSION_1_1 ? 11
                        : version == CURL_HTTP_VERSION_2_0 ? 2
                        : version == CURL_HTTP_VERSION_3 ? 3
                        : version == CURL_HTTP_VERSION_1_0 ? 10 : 0;
        if (!error.empty()) {
            finish(t, std::move(error));
            return;
        }

        if (isRedirect(status)) {
            const auto location = t.headers.value("Location");
            if (!location) {
                finish(t, {}); // a 3xx without a target: the caller sees the status
                return;
            }
            const auto target = UrlParts::resolve(t.request.url, *location);
            const auto targetParts = target ? UrlParts::parse(*target) : std::nullopt;
            if (!targetParts) {
                finish(t, t.where() + ": redirect to an invalid URL: " + redact(*location));
                return;
            }
            if (t.redirects >= options.maxRedirects) {
                finish(t, t.where() + ": too many redirects (limit " + std::to_string(options.maxRedirects) + ")");
                return;
            }
            if (targetParts->scheme != "https" && !options.insecure) {
                finish(t, t.where() + ": redirect to " + redactUrl(*target) +
                              " refused: only https redirects are allowed for a source not marked insecure");
                return;
            }
            ++t.redirects;
            t.request.url = *target;
            if (targetParts->origin() != t.firstOrigin)
                t.authorizationDropped = true; // and stays dropped, even if a later hop comes back
            if (status == 303 || ((status == 301 || status == 302) && t.request.method == "POST")) {
                t.request.method = "GET";
                t.request.body.clear();
            }
            t.notBefore = Clock::now();
            waiting.push_back(&t);
            requeued = true;
            return;
        }

        if ((status == 429 || status == 503) && t.retries < options.maxRetries) {
            std::chrono::milliseconds wait = options.retryBackoff * (1 << std::min(t.retries, 16));
            if (const auto header = t.headers.value("Retry-After")) {
                if (const auto after = parseRetryAfter(*header, std::time(nullptr))) {
                    if (*after > options.maxRetryWait) {
                        finish(t, t.where() + ": HTTP " + std::to_string(status) + ", server asks to retry after " +
                                      std::to_string(after->count()) + " s, more than the limit of " +
                                      std::to_string(options.maxRetryWait.count() / 1000) + " s");
                        return;
                    }
                    wait = *after;
                }
            }
            wait = std::min(wait, options.maxRetryWait);
            ++t.retries;
            t.notBefore = Clock::now() + wait;
            waiting.push_back(&t);
            return;
        }
        finish(t, {});
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
            for (Transfer *t : waiting)
                finish(*t, t->where() + ": cancelled");
            waiting.clear();
            break;
        }

        // Admit what is due, within the total and per-origin bounds, in request order.
        const auto now = Clock::now();
        auto nextDue = now + kPollSlice;
        for (auto it = waiting.begin(); it != waiting.end();) {
            Transfer &t = **it;
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
        while (CURLMsg *msg = curl_multi_info_read(d->multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            complete(*t, msg->data.result);
        }
        if (active.empty() && waiting.empty())
            break;
        // A redirect hop was just queued: start it now instead of sleeping first.
        if (requeued)
            continue;
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(nextDue - Clock::now());
        curl_multi_poll(d->multi, nullptr, 0, static_cast<int>(std::max<long>(0, wait.count())), nullptr);
    }
    return results;
}

} // namespace bulkhead
