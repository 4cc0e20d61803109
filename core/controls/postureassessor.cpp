#include "controls/postureassessor.h"

#include "store/attestationrepository.h"
#include "store/database.h"
#include "store/drillrepository.h"
#include "store/evidencerepository.h"

#include <sqlite3.h>

namespace bulkhead {

namespace {

// One read transaction around the whole assessment, so that the evidence, the drills and the
// attestations come from the same moment even while the writer imports or collects (WAL gives a
// reader a stable snapshot only inside a transaction). Left alone when the caller already holds one.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db) : m_db(db.handle())
    {
        m_owned = sqlite3_get_autocommit(m_db) != 0 && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadSnapshot()
    {
        if (m_owned)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db;
    bool m_owned = false;
};

} // namespace

PostureAssessment assessPosture(const Database &db, const EvidenceSettings &settings, std::int64_t now)
{
    const ControlCatalog &catalog = ControlCatalog::builtin();
    std::vector<EvidenceMeasure> evidence;
    std::vector<Attestation> attestations;
    {
        ReadSnapshot snapshot(db);
        evidence = EvidenceRepository(db).gather(settings, now);
        std::vector<EvidenceMeasure> drills = DrillRepository(db).evidence(now);
        evidence.insert(evidence.end(), std::make_move_iterator(drills.begin()), std::make_move_iterator(drills.end()));
        attestations = AttestationRepository(db).newestPerControl();
    }
    PostureAssessment posture;
    posture.at = now;
    posture.controls = assessControls(catalog, evidence, attestations, now);
    posture.score = scorePosture(catalog, posture.controls);
    return posture;
}

} // namespace bulkhead
