// Placeholder of the issue-9 contract: owner C replaces it.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runExport(const std::string &, const std::vector<std::string> &)
{
    std::fprintf(stderr, "bulkheadctl export: not built yet\n");
    return Failed;
}

} // namespace bulkhead::cli
