// CONTRACT PLACEHOLDER (helper D replaces this file): `bulkheadctl drills`.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runDrills(const std::string &, const std::vector<std::string> &)
{
    std::fputs("bulkheadctl drills: not built yet\n", stderr);
    return Failed;
}

} // namespace bulkhead::cli
