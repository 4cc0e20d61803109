#include "controls/attestation.h"

#include <array>

namespace bulkhead {

namespace {

// Indexed by the enum value; the names are what the attestations table and bulkheadctl use.
constexpr std::array<std::string_view, 4> kStatusNames{"pass", "partial", "fail", "withdrawn"};

} // namespace

std::string_view attestationStatusName(AttestationStatus status)
{
    const auto i = static_cast<std::size_t>(status);
    return i < kStatusNames.size() ? kStatusNames[i] : std::string_view();
}

std::optional<AttestationStatus> attestationStatusFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == kStatusNames[i])
            return static_cast<AttestationStatus>(i);
    }
    return std::nullopt;
}

} // namespace bulkhead
