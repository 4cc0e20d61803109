#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// What a human says about a control. Withdrawn ends the previous attestation early.
enum class AttestationStatus { Pass, Partial, Fail, Withdrawn };
std::string_view attestationStatusName(AttestationStatus status); // "pass", "partial", "fail", "withdrawn"
std::optional<AttestationStatus> attestationStatusFromName(std::string_view name);

// A file attached as evidence. The bytes live in the store (attestation_files.content) so that a
// report made on another machine still has them; the list carries only name, size and SHA-256.
struct AttestationFile {
    std::int64_t id = 0;
    std::string name;   // file name only, no directory
    std::string sha256; // lower-case hex of the bytes
    std::int64_t size = 0;
};

// One attestation (append-only history, attestations table). Valid at time t when its status is
// not Withdrawn, attestedAt <= t < expiresAt, and no newer attestation of the control exists.
struct Attestation {
    std::int64_t id = 0;
    std::string control;
    AttestationStatus status = AttestationStatus::Pass;
    std::string evidence;           // free text, required
    std::vector<std::string> links; // URLs
    std::string attestedBy;         // OS user name
    std::int64_t attestedAt = 0;
    std::int64_t expiresAt = 0;     // unix seconds; always set (default: one year after attestedAt)
    std::vector<AttestationFile> files;

    bool validAt(std::int64_t t) const
    {
        return status != AttestationStatus::Withdrawn && attestedAt <= t && t < expiresAt;
    }
};

} // namespace bulkhead
