#pragma once

#include "controls/attestation.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// A file to attach: its name and bytes (the repository computes SHA-256 and size).
struct AttestationFileInput {
    std::string name;
    std::string bytes;
};

// Attestations: append-only (attestations, attestation_files; triggers refuse UPDATE and DELETE).
// Withdrawing is a new row with status Withdrawn.
class AttestationRepository
{
public:
    explicit AttestationRepository(Database &db) : m_db(&db), m_read(db) {}
    explicit AttestationRepository(const Database &db) : m_read(db) {} // read-only use

    // Returns the new id. Throws StoreError when the control is unknown to the builtin catalog,
    // the evidence text is empty (unless Withdrawn), expiresAt <= attestedAt, or a file is larger
    // than 20 MiB ("evidence file F is 31 MiB; the limit is 20 MiB"). One transaction.
    std::int64_t add(const Attestation &attestation, const std::vector<AttestationFileInput> &files);

    // The newest attestation of each control that has one (files listed, bytes not loaded).
    std::vector<Attestation> newestPerControl() const;
    // A control's history, newest first.
    std::vector<Attestation> history(const std::string &control) const;
    std::optional<Attestation> find(std::int64_t id) const;
    // The bytes of an attached file; empty optional when there is no such file.
    std::optional<std::string> fileContent(std::int64_t fileId) const;
    // Valid attestations whose expiry falls in [from, to) (weekly review: expiring soon).
    std::vector<Attestation> expiringBetween(std::int64_t from, std::int64_t to) const;

private:
    Database *m_db = nullptr;
    const Database &m_read;
};

} // namespace bulkhead
