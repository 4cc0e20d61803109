#include "hoppolicy.h"

#include "curltransfer.h"
#include "redaction.h"
#include "retryafter.h"
#include "urlparts.h"

#include <algorithm>
#include <ctime>

namespace bulkhead {

namespace {

bool isRedirect(long status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

HopPolicy::Next finishWith(std::string error)
{
    return {HopPolicy::Next::Action::Finish, std::move(error), {}};
}

} // namespace

std::string HopPolicy::refusal(const CurlTransfer &t, const HttpSourceOptions &options, std::string *origin)
{
    const auto parts = UrlParts::parse(t.request.url);
    if (!parts)
        return t.where() + ": not a valid absolute URL";
    if (parts->scheme == "http" && !options.insecure)
        return t.where() + ": plain http refused: the source is not marked insecure";
    if (parts->scheme != "http" && parts->scheme != "https")
        return t.where() + ": unsupported scheme \"" + parts->scheme + "\"";
    *origin = parts->origin();
    return {};
}

HopPolicy::Next HopPolicy::afterResponse(CurlTransfer &t, long status, const HttpSourceOptions &options)
{
    if (isRedirect(status)) {
        const auto location = t.headers.value("Location");
        if (!location)
            return finishWith({}); // a 3xx without a target: the caller sees the status
        const auto target = UrlParts::resolve(t.request.url, *location);
        const auto targetParts = target ? UrlParts::parse(*target) : std::nullopt;
        if (!targetParts)
            return finishWith(t.where() + ": redirect to an invalid URL: " + redact(*location));
        if (t.redirects >= options.maxRedirects)
            return finishWith(t.where() + ": too many redirects (limit " + std::to_string(options.maxRedirects) + ")");
        if (targetParts->scheme != "https" && !options.insecure)
            return finishWith(t.where() + ": redirect to " + redactUrl(*target)
                              + " refused: only https redirects are allowed for a source not marked insecure");
        ++t.redirects;
        t.request.url = *target;
        if (targetParts->origin() != t.firstOrigin)
            t.authorizationDropped = true; // and stays dropped, even if a later hop comes back
        if (status == 303 || ((status == 301 || status == 302) && t.request.method == "POST")) {
            t.request.method = "GET";
            t.request.body.clear();
        }
        return {Next::Action::Hop, {}, {}};
    }

    if ((status == 429 || status == 503) && t.retries < options.maxRetries) {
        std::chrono::milliseconds wait = options.retryBackoff * (1 << std::min(t.retries, 16));
        if (const auto header = t.headers.value("Retry-After")) {
            if (const auto after = parseRetryAfter(*header, std::time(nullptr))) {
                if (*after > options.maxRetryWait)
                    return finishWith(t.where() + ": HTTP " + std::to_string(status) + ", server asks to retry after "
                                      + std::to_string(after->count()) + " s, more than the limit of "
                                      + std::to_string(options.maxRetryWait.count() / 1000) + " s");
                wait = *after;
            }
        }
        ++t.retries;
        return {Next::Action::Retry, {}, std::min(wait, options.maxRetryWait)};
    }
    return finishWith({});
}

} // namespace bulkhead
