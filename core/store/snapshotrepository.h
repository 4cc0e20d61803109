#pragma once

#include "review/snapshot.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace bulkhead {

struct PostureAssessment;

// Snapshots (snapshots, snapshot_controls, snapshot_areas, snapshot_counts, snapshot_sources).
class SnapshotRepository
{
public:
    explicit SnapshotRepository(Database &db) : m_db(&db), m_read(db) {}
    explicit SnapshotRepository(const Database &db) : m_read(db) {}

    // The store's counts now (by severity, status, control, source) plus the assessment's
    // statuses and scores, as a Snapshot (id 0). Reads only.
    Snapshot capture(const PostureAssessment &assessment, std::int64_t now) const;
    // Writes it; returns the id. Own transaction unless one is open (then a savepoint).
    std::int64_t write(const Snapshot &snapshot);

    std::optional<Snapshot> find(std::int64_t id) const;
    // The newest snapshot taken at or before t.
    std::optional<Snapshot> atOrBefore(std::int64_t t) const;
    std::optional<Snapshot> newest() const;
    // Score history for the trend chart: (takenAt, overall score) oldest first; at most one point
    // per day (that day's last), thinned to one per week when more than maxPoints days.
    struct ScorePoint { std::int64_t takenAt = 0; std::optional<double> score; };
    std::vector<ScorePoint> scoreTrend(int maxPoints = 120) const;

private:
    Database *m_db = nullptr;
    const Database &m_read;
};

// After an import or a collection: assess the posture and record a snapshot, in one call. The
// GUI's job runner and bulkheadctl call it once the data is committed. Returns the snapshot id.
std::int64_t recordSnapshot(Database &db, const std::string &reason, std::int64_t now);

} // namespace bulkhead
