#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bulkhead {

// What AttestationRepository::add() checks, shared with bulkheadctl attest and the attestation
// dialog so that they can refuse early (a 2 GiB file is not read just to be refused) with the
// same words.

// One evidence file may hold at most this many bytes.
constexpr std::int64_t kAttestationFileLimit = 20 * 1024 * 1024;

// "evidence file F is 31 MiB; the limit is 20 MiB" (the size rounded up to a tenth, so that a
// file one byte over the limit never reads as "20 MiB").
std::string attestationFileTooLarge(std::string_view name, std::int64_t size);

// Whether `id` names a control of the builtin catalog (exactly: "SEC-4", not "sec-4").
bool isAttestableControl(std::string_view id);

} // namespace bulkhead
