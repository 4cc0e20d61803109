#include "importers/parsecontext.h"

#include <cstring>

namespace bulkhead {

bool ParseContext::firstSighting(FindingKind kind, std::string_view key)
{
    m_key.assign(1, static_cast<char>(kind));
    m_key.append(key);
    if (m_seenRules.find(std::string_view(m_key)) != m_seenRules.end())
        return false;
    m_seenRules.insert(m_key);
    return true;
}

} // namespace bulkhead

namespace bulkhead {

char *ParseContext::buffer(std::size_t size)
{
    const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (needed > m_capacity) {
        m_buffer.reset(new char[needed]);
        m_capacity = needed;
    }
    // simdjson reads up to the padding; keep it zeroed so nothing stale is ever seen as input.
    std::memset(m_buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return m_buffer.get();
}

} // namespace bulkhead
