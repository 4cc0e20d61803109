// CONTRACT PLACEHOLDER (helper E replaces this file): `bulkheadctl review`.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runReview(const std::string &, const std::vector<std::string> &)
{
    std::fputs("bulkheadctl review: not built yet\n", stderr);
    return Failed;
}

} // namespace bulkhead::cli
