#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

// A signed-off weekly review (weekly_reviews, append-only).
struct Signoff {
    std::int64_t id = 0;
    std::int64_t signedAt = 0;
    std::string signedBy;           // OS user name
    std::int64_t since = 0;         // what the review compared against
    std::int64_t snapshotId = 0;    // the snapshot taken at sign-off: the next review's baseline
    std::optional<double> score;
    std::string notes;
    std::string summary;            // JSON of the review's figures as signed (counts per section)
};

class SignoffRepository
{
public:
    explicit SignoffRepository(Database &db) : m_db(&db), m_read(db) {}
    explicit SignoffRepository(const Database &db) : m_read(db) {}

    // Records a snapshot with reason "sign-off" and the sign-off pointing at it, in one
    // transaction; returns the sign-off id.
    std::int64_t signOff(Signoff signoff);
    std::vector<Signoff> list() const; // newest first
    std::optional<Signoff> latest() const;

private:
    Database *m_db = nullptr;
    const Database &m_read;
};

} // namespace bulkhead
