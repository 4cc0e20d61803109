// CONTRACT PLACEHOLDER (helper C replaces this file): `bulkheadctl attest`.
#include "commands.h"

#include <cstdio>

namespace bulkhead::cli {

int runAttest(const std::string &, const std::vector<std::string> &)
{
    std::fputs("bulkheadctl attest: not built yet\n", stderr);
    return Failed;
}

} // namespace bulkhead::cli
