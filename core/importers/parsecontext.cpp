#include "importers/parsecontext.h"

#include <algorithm>
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

void ParseContext::reserveParser(std::size_t size)
{
    if (m_parser.capacity() < size) {
        const std::size_t grown = std::max(size, m_parser.capacity() + m_parser.capacity() / 2);
        if (m_parser.allocate(grown, m_parser.max_depth()) != simdjson::SUCCESS)
            (void)!m_parser.allocate(size, m_parser.max_depth()); // iterate() reports a failure
    }
}

} // namespace bulkhead

namespace bulkhead {

char *ParseContext::buffer(std::size_t size)
{
    const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (needed > m_capacity) {
        const std::size_t grown = std::max(needed, m_capacity + m_capacity / 2);
        m_buffer.reset(new char[grown]);
        m_capacity = grown;
    }
    // simdjson reads up to the padding; keep it zeroed so nothing stale is ever seen as input.
    std::memset(m_buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return m_buffer.get();
}

} // namespace bulkhead
