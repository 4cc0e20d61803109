#include "curltransfer.h"

#include "canceltoken.h"
#include "redaction.h"
#include "urlparts.h"

#include <cerrno>
#include <cstring>

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

// PEM text handed to libcurl in memory (copied by libcurl): keys and certificates never touch disk.
void setBlob(CURL *e, CURLoption option, const std::string &pem)
{
    curl_blob blob{const_cast<char *>(pem.data()), pem.size(), CURL_BLOB_COPY};
    curl_easy_setopt(e, option, &blob);
}

// A host as it appears in a URL authority or a CONNECT_TO entry: IPv6 literals in brackets.
std::string bracketed(const std::string &host)
{
    return host.find(':') != std::string::npos && host.front() != '[' ? "[" + host + "]" : host;
}

// `url` with its host replaced by `host` (libcurl's parser, so it agrees with the transfer).
std::string withHost(const std::string &url, const std::string &host)
{
    CURLU *u = curl_url();
    std::string out = url;
    if (u && curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK
        && curl_url_set(u, CURLUPART_HOST, host.c_str(), 0) == CURLUE_OK) {
        char *rewritten = nullptr;
        if (curl_url_get(u, CURLUPART_URL, &rewritten, 0) == CURLUE_OK && rewritten) {
            out = rewritten;
            curl_free(rewritten);
        }
    }
    curl_url_cleanup(u);
    return out;
}

// The kind of failure in a few words a user can act on, ahead of libcurl's own text (which
// varies with the version and the TLS library): "" when libcurl's text says enough.
// A reset is told by the OS errno, or, over TLS (where libcurl reports the TLS library's read
// error and leaves the errno unset), by the system's text for ECONNRESET in libcurl's message.
std::string failureKind(CURLcode code, long osErrno, const std::string &detail)
{
    const bool reset = osErrno == ECONNRESET || detail.find(std::strerror(ECONNRESET)) != std::string::npos;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return "host name not found (DNS)";
    case CURLE_COULDNT_RESOLVE_PROXY:
        return "proxy host name not found (DNS)";
    case CURLE_COULDNT_CONNECT:
        return osErrno == ECONNREFUSED ? "connection refused" : "cannot connect";
    case CURLE_SSL_CONNECT_ERROR:
        return "TLS handshake failed";
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return "TLS certificate not trusted";
    case CURLE_RECV_ERROR:
        return reset ? "connection reset by the server" : "receiving failed";
    case CURLE_SEND_ERROR:
        return reset ? "connection reset by the server" : "sending failed";
    case CURLE_PARTIAL_FILE:
        return "connection closed before the end of the response";
    case CURLE_GOT_NOTHING:
        return "connection closed without a response";
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return "not an HTTP response";
    case CURLE_OPERATION_TIMEDOUT:
        return "timed out";
    default:
        return {};
    }
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
    curl_slist_free_all(connectTo);
    connectTo = nullptr;
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
    // tls-server-name (kubeconfig): TLS must check and send (SNI) another name than the host the
    // URL names. libcurl takes both from the URL's host, so the URL names the TLS name and
    // CONNECT_TO sends the connection to the real host; Host stays the real authority, as kubectl
    // sends it. Only for the source's own origin: a redirect elsewhere is verified as itself.
    const auto parts = UrlParts::parse(request.url);
    std::string url = request.url;
    if (!options.tlsServerName.empty() && parts && parts->origin() == firstOrigin
        && parts->host != options.tlsServerName) {
        url = withHost(request.url, options.tlsServerName);
        const std::string port = std::to_string(parts->port);
        connectTo = curl_slist_append(connectTo, (bracketed(options.tlsServerName) + ":" + port + ":"
                                                  + bracketed(parts->host) + ":" + port).c_str());
        curl_easy_setopt(e, CURLOPT_CONNECT_TO, connectTo);
        headerList = curl_slist_append(headerList, ("Host: " + bracketed(parts->host) + ":" + port).c_str());
    }
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, this);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    // Second line of defence behind HopPolicy::refusal(): libcurl itself will not speak anything else.
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, options.insecure ? "http,https" : "https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L); // each hop is checked by HopPolicy instead
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    // insecure-skip-tls-verify: still TLS (the scheme rules above are unchanged), just unverified.
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, options.skipTlsVerify ? 0L : 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, options.skipTlsVerify ? 0L : 2L);
    if (!options.caFile.empty())
        curl_easy_setopt(e, CURLOPT_CAINFO, options.caFile.c_str());
    if (!options.caPem.empty())
        setBlob(e, CURLOPT_CAINFO_BLOB, options.caPem); // overrides CAINFO
    if (!options.clientCertPem.empty()) {
        setBlob(e, CURLOPT_SSLCERT_BLOB, options.clientCertPem);
        curl_easy_setopt(e, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!options.clientKeyPem.empty()) {
        setBlob(e, CURLOPT_SSLKEY_BLOB, options.clientKeyPem);
        curl_easy_setopt(e, CURLOPT_SSLKEYTYPE, "PEM");
    }
    if (!options.proxyUrl.empty())
        curl_easy_setopt(e, CURLOPT_PROXY, options.proxyUrl.c_str()); // else the environment's
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
    long osErrno = 0;
    if (easy)
        curl_easy_getinfo(easy, CURLINFO_OS_ERRNO, &osErrno);
    const std::string generic = curl_easy_strerror(code);
    std::string detail = errorBuffer;
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == '\r'))
        detail.pop_back();
    const std::string kind = failureKind(code, osErrno, detail);
    const std::string prefix = where() + ": " + (kind.empty() ? std::string() : kind + ": ");
    if (detail.empty() || detail == generic)
        return prefix + generic;
    return prefix + redact(detail) + " (" + generic + ")";
}

} // namespace bulkhead
