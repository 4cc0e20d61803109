#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace bulkhead {

// Bearer tokens of one registry, per scope ("repository:app/web:pull", "registry:catalog:*", ""
// for the /v2/ ping), kept until shortly before they expire. Times are steady-clock time points
// passed in by the caller, so tests can step the clock.
class TokenCache
{
public:
    using Clock = std::chrono::steady_clock;

    // Stores `token` for `scope`, usable until `expiresIn` after `received` minus a margin
    // (a quarter of the lifetime, at most 30 s), so a token is not sent just as it runs out.
    void put(const std::string &scope, std::string token, std::chrono::seconds expiresIn, Clock::time_point received);
    // The token for `scope` when it has not expired at `now`.
    std::optional<std::string> get(const std::string &scope, Clock::time_point now) const;
    void remove(const std::string &scope);
    size_t size() const { return m_tokens.size(); }

private:
    struct Entry
    {
        std::string token;
        Clock::time_point expires;
    };
    std::map<std::string, Entry> m_tokens;
};

} // namespace bulkhead
