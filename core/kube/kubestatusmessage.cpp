#include "kube/kubestatusmessage.h"

#include "net/httpresponse.h"
#include "net/redaction.h"

#include <nlohmann/json.hpp>

namespace bulkhead {

namespace {

nlohmann::json statusObject(const HttpResponse &response)
{
    auto j = nlohmann::json::parse(response.body, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("kind", std::string()) != "Status")
        return {};
    return j;
}

const char *reasonPhrase(long status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
    }
}

} // namespace

std::string kubeStatusReason(const HttpResponse &response)
{
    const auto status = statusObject(response);
    return status.is_object() ? status.value("reason", std::string()) : std::string();
}

std::string kubeErrorMessage(const std::string &server, const HttpResponse &response)
{
    if (!response.error.empty())
        return response.error;
    std::string code = "HTTP " + std::to_string(response.status);
    if (const char *phrase = reasonPhrase(response.status); *phrase)
        code += std::string(" ") + phrase;
    const auto status = statusObject(response);
    std::string message = status.is_object() ? status.value("message", std::string()) : std::string();
    if (response.status == 401)
        message = message.empty() || message == "Unauthorized" ? "credentials refused" : "credentials refused: " + message;
    if (message.empty())
        return redactUrl(server) + ": " + code;
    return redactUrl(server) + ": " + redact(message) + " (" + code + ")";
}

} // namespace bulkhead
