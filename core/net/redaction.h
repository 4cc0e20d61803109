#pragma once

#include <string>
#include <string_view>

namespace bulkhead {

// Every error or log line that may hold a URL or a header goes through redact(): Authorization
// header values, Bearer/Basic credentials, password/token/secret query parameters and the
// userinfo of URLs become "***". Credentials must never reach the database, logs or the UI.
std::string redact(std::string_view text);
// Same rules, for a single URL (cheaper to call and reads better at call sites).
std::string redactUrl(std::string_view url);

} // namespace bulkhead
