// Placeholder of the issue-9 contract: owner D replaces it.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runGate(const std::string &, const std::vector<std::string> &)
{
    std::fprintf(stderr, "bulkheadctl gate: not built yet\n");
    return Failed;
}

} // namespace bulkhead::cli
