#pragma once

#include "model/findingkind.h"

#include <simdjson.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

namespace bulkhead {

// Per-thread parsing state, reused across files: the simdjson parser (its buffers are the
// expensive part) and the rule keys whose metadata this thread has already extracted.
class ParseContext
{
public:
    ParseContext() = default;
    ParseContext(const ParseContext &) = delete;
    ParseContext &operator=(const ParseContext &) = delete;

    simdjson::ondemand::parser &parser() { return m_parser; }
    // A buffer for `size` bytes of input plus simdjson's padding, reused from file to file
    // (allocating a fresh one per file costs page faults on every report).
    char *buffer(std::size_t size);
    // Grows the parser's index buffers ahead of need, so that files of varying sizes do not
    // reallocate (and page-fault) them one after another.
    void reserveParser(std::size_t size);

    // True the first time this thread meets (kind, key): the parser should then copy the rule's
    // title/description/references. Later sightings only need the key.
    bool firstSighting(FindingKind kind, std::string_view key);

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };

    simdjson::ondemand::parser m_parser;
    std::unordered_set<std::string, StringHash, std::equal_to<>> m_seenRules;
    std::string m_key;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_capacity = 0;
};

} // namespace bulkhead
