#pragma once

#include <chrono>
#include <ctime>
#include <string>
#include <string_view>

namespace bulkhead {

// The JSON a token realm answers (Docker token authentication spec): {"token" | "access_token",
// "expires_in" (seconds, default 60, at most a day), "issued_at" (RFC 3339, optional)}.
struct TokenResponse
{
    std::string token;
    std::chrono::seconds expiresIn{60};
    std::time_t issuedAt = 0; // 0 when absent or unreadable; informational only (see .cpp)
    std::string error;        // why the body is unusable; never contains the body itself

    bool ok() const { return error.empty(); }
    static TokenResponse parse(std::string_view body);
};

} // namespace bulkhead
