#include "store/attestationrules.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace bulkhead {

namespace {

constexpr std::int64_t kMiB = 1024 * 1024;

// TEMPORARY until ControlCatalog::builtin() lands (helper A): the ids of DESIGN.md's table, the
// same 29 resources/controls.json holds.
constexpr std::array<std::string_view, 29> kControlIds{
    "BLD-1", "BLD-2", "BLD-3", "BLD-4", "BLD-5", "BLD-6", "RUN-1", "RUN-2", "RUN-3", "RUN-4",
    "RUN-5", "RUN-6", "SEC-1", "SEC-2", "SEC-3", "SEC-4", "SEC-5", "IAM-1", "IAM-2", "IAM-3",
    "IAM-4", "SUP-1", "SUP-2", "SUP-3", "SUP-4", "SUP-5", "INC-1", "INC-2", "INC-3"};

} // namespace

std::string attestationFileTooLarge(std::string_view name, std::int64_t size)
{
    const std::int64_t tenths = (size * 10 + kMiB - 1) / kMiB;
    char mib[48];
    if (tenths % 10 == 0)
        std::snprintf(mib, sizeof mib, "%lld MiB", static_cast<long long>(tenths / 10));
    else
        std::snprintf(mib, sizeof mib, "%lld.%lld MiB", static_cast<long long>(tenths / 10),
                      static_cast<long long>(tenths % 10));
    return "evidence file " + std::string(name) + " is " + mib + "; the limit is "
        + std::to_string(kAttestationFileLimit / kMiB) + " MiB";
}

bool isAttestableControl(std::string_view id)
{
    return std::find(kControlIds.begin(), kControlIds.end(), id) != kControlIds.end();
}

} // namespace bulkhead
