// Placeholder of the issue-9 contract: owner B2 replaces it.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runReport(const std::string &, const std::vector<std::string> &, int &, char **)
{
    std::fprintf(stderr, "bulkheadctl report: not built yet\n");
    return Failed;
}

} // namespace bulkhead::cli
