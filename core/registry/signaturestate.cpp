#include "registry/signaturestate.h"

#include <array>

namespace bulkhead {

namespace {
constexpr std::array<std::string_view, 4> kNames{"unsigned", "signed-not-verified", "verified", "invalid"};
} // namespace

std::string_view signatureStateName(SignatureState state)
{
    const auto i = static_cast<std::size_t>(state);
    return i < kNames.size() ? kNames[i] : std::string_view("unsigned");
}

bool parseSignatureStateName(std::string_view name, SignatureState &out)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            out = static_cast<SignatureState>(i);
            return true;
        }
    }
    return false;
}

} // namespace bulkhead
