// CONTRACT PLACEHOLDER (helper A replaces this file): `bulkheadctl controls`.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runControls(const std::string &, const std::vector<std::string> &)
{
    std::fputs("bulkheadctl controls: not built yet\n", stderr);
    return Failed;
}

} // namespace bulkhead::cli
