#include "kube/workloadcheck.h"

#include <array>

namespace bulkhead {

const std::vector<std::string_view> &workloadCheckIds()
{
    using namespace workloadcheck;
    static const std::vector<std::string_view> ids{
        kPrivileged,         kPrivilegeEscalation, kCapabilitiesNotDropped, kDangerousCapabilities,
        kRunAsRoot,          kWritableRootFs,      kNoSeccomp,              kNoAppArmor,
        kHostNamespaces,     kHostPath,            kSecretEnvRef,           kSecretEnvLiteral,
        kImageNotPinned,     kUntrustedRegistry,   kImageUnsigned,          kAutomountToken,
        kDefaultServiceAccount,
    };
    return ids;
}

namespace {
// Indexed by the enum's value.
constexpr std::array<const char *, 4> kStateNames{"pass", "fail", "n/a", "not assessed"};
} // namespace

const char *checkStateName(CheckState state)
{
    const auto i = static_cast<std::size_t>(state);
    return i < kStateNames.size() ? kStateNames[i] : "not assessed";
}

bool parseCheckStateName(std::string_view text, CheckState &out)
{
    for (std::size_t i = 0; i < kStateNames.size(); ++i) {
        if (text == kStateNames[i]) {
            out = static_cast<CheckState>(i);
            return true;
        }
    }
    return false;
}

} // namespace bulkhead
