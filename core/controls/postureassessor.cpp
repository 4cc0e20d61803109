#include "controls/postureassessor.h"

#include "store/attestationrepository.h"
#include "store/database.h"
#include "store/drillrepository.h"
#include "store/evidencerepository.h"
#include "store/readtransaction.h"

namespace bulkhead {

PostureAssessment assessPosture(const Database &db, const EvidenceSettings &settings, std::int64_t now)
{
    const ControlCatalog &catalog = ControlCatalog::builtin();
    std::vector<EvidenceMeasure> evidence;
    std::vector<Attestation> attestations;
    {
        // One read transaction: the evidence, the drills and the attestations come from the same
        // moment even while the writer imports or collects.
        const ReadTransaction snapshot(db);
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
