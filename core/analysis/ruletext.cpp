#include "analysis/ruletext.h"

namespace bulkhead {

RuleInfo describedRule(FindingKind kind, std::string key, const char *title, const char *description,
                       std::initializer_list<const char *> references)
{
    RuleInfo r;
    r.kind = kind;
    r.key = std::move(key);
    r.hasMetadata = true;
    r.title = title;
    r.description = description;
    for (const char *ref : references)
        r.references += std::string(r.references.empty() ? "" : "\n") + ref;
    return r;
}

} // namespace bulkhead
