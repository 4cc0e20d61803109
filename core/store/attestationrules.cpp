#include "store/attestationrules.h"

#include "controls/controlcatalog.h"

#include <cstdio>

namespace bulkhead {

namespace {

constexpr std::int64_t kMiB = 1024 * 1024;

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
    return ControlCatalog::builtin().find(id) != nullptr;
}

} // namespace bulkhead
