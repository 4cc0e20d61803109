#include "importers/parsecontext.h"

namespace bulkhead {

bool ParseContext::firstSighting(FindingKind kind, std::string_view key)
{
    std::string k(1, static_cast<char>(kind));
    k.append(key);
    return m_seenRules.insert(std::move(k)).second;
}

} // namespace bulkhead
