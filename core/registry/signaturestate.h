#pragma once

#include <cstdint>
#include <string_view>

namespace bulkhead {

// What is known about the signatures of one image manifest. Stored as this integer
// (images.signature_state), so the values never change.
enum class SignatureState : std::uint8_t {
    Unsigned = 0,          // no signature found (cosign tag or referrers)
    SignedNotVerified = 1, // a well-formed signature for this digest that no configured key verifies
    Verified = 2,          // a configured key verifies a signature for this digest
    Invalid = 3,           // a signature that cannot be right: other digest, broken payload or encoding
};

// "unsigned", "signed-not-verified", "verified", "invalid".
std::string_view signatureStateName(SignatureState state);
// Parses a name signatureStateName() returns (CLI filters); false for anything else.
bool parseSignatureStateName(std::string_view name, SignatureState &out);

} // namespace bulkhead
