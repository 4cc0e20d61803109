#include "httpresponse.h"

#include "redaction.h"

namespace bulkhead {

std::string HttpResponse::problem() const
{
    if (!error.empty())
        return error;
    if (status >= 200 && status < 300)
        return {};
    return method + " " + redactUrl(finalUrl) + ": HTTP " + std::to_string(status);
}

} // namespace bulkhead
