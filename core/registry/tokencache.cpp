#include "tokencache.h"

#include <algorithm>

namespace bulkhead {

void TokenCache::put(const std::string &scope, std::string token, std::chrono::seconds expiresIn,
                     Clock::time_point received)
{
    const auto lifetime = std::chrono::duration_cast<Clock::duration>(expiresIn);
    const auto margin = std::min<Clock::duration>(lifetime / 4, std::chrono::seconds(30));
    m_tokens[scope] = Entry{std::move(token), received + lifetime - margin};
}

std::optional<std::string> TokenCache::get(const std::string &scope, Clock::time_point now) const
{
    const auto it = m_tokens.find(scope);
    if (it == m_tokens.end() || now >= it->second.expires)
        return std::nullopt;
    return it->second.token;
}

void TokenCache::remove(const std::string &scope)
{
    m_tokens.erase(scope);
}

} // namespace bulkhead
