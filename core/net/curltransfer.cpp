#include "curltransfer.h"

#include "canceltoken.h"
#include "redaction.h"

namespace bulkhead {

namespace {

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<CurlTransfer *>(user);
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
    auto *t = static_cast<CurlTransfer *>(user);
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
    auto *t = static_cast<CurlTransfer *>(user);
    return t->cancel && t->cancel->isCancelled() ? 1 : 0; // nonzero: CURLE_ABORTED_BY_CALLBACK
}

} // namespace

std::string CurlTransfer::where() const
{
    return request.method + " " + redactUrl(request.url);
}

void CurlTransfer::release()
{
    if (easy)
        curl_easy_cleanup(easy);
    easy = nullptr;
    curl_slist_free_all(headerList);
    headerList = nullptr;
}

void CurlTransfer::setUp(const HttpSourceOptions &options)
{
    easy = curl_easy_init();
    headers.clear();
    body.clear();
    tooLarge = false;
    errorBuffer[0] = '\0';
    maxBytes = options.maxResponseBytes;
    CURL *e = easy;
    curl_easy_setopt(e, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, this);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    // Second line of defence behind HopPolicy::refusal(): libcurl itself will not speak anything else.
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, options.insecure ? "http,https" : "https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L); // each hop is checked by HopPolicy instead
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
    curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(e, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(e, CURLOPT_XFERINFODATA, this);
    curl_easy_setopt(e, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "Bulkhead/" BULKHEAD_VERSION);

    if (request.method == "HEAD") {
        curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    } else if (request.method == "POST") {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        headerList = curl_slist_append(headerList, "Expect:"); // no 100-continue round trip
    } else if (request.method != "GET") {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
    for (const auto &[name, value] : request.headers) {
        if (authorizationDropped && HttpHeaders::sameName(name, "Authorization"))
            continue;
        headerList = curl_slist_append(headerList, (name + ": " + value).c_str());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headerList);
}

std::string CurlTransfer::transportError(CURLcode code, const HttpSourceOptions &options) const
{
    if (tooLarge)
        return where() + ": response larger than the limit of " + std::to_string(options.maxResponseBytes) +
               " bytes";
    if (code == CURLE_ABORTED_BY_CALLBACK && cancel && cancel->isCancelled())
        return where() + ": cancelled";
    const std::string generic = curl_easy_strerror(code);
    std::string detail = errorBuffer;
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == '\r'))
        detail.pop_back();
    if (detail.empty() || detail == generic)
        return where() + ": " + generic;
    return where() + ": " + redact(detail) + " (" + generic + ")";
}

} // namespace bulkhead
