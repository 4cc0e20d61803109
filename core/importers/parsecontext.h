#pragma once

#include "model/findingkind.h"

#include <simdjson.h>

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

    // True the first time this thread meets (kind, key): the parser should then copy the rule's
    // title/description/references. Later sightings only need the key.
    bool firstSighting(FindingKind kind, std::string_view key);

private:
    simdjson::ondemand::parser m_parser;
    std::unordered_set<std::string> m_seenRules;
};

} // namespace bulkhead
