// recordSnapshot lives apart from SnapshotRepository: it is the one piece that needs the whole
// posture assessment (every repository's evidence), and a program that only reads snapshots (the
// trend chart) should not have to link all of that.
#include "store/snapshotrepository.h"

#include "controls/evidencesettings.h"
#include "controls/postureassessor.h"

namespace bulkhead {

std::int64_t recordSnapshot(Database &db, const std::string &reason, std::int64_t now)
{
    const PostureAssessment assessment = assessPosture(db, loadEvidenceSettings(), now);
    SnapshotRepository repo(db);
    Snapshot snapshot = repo.capture(assessment, now);
    snapshot.reason = reason;
    return repo.write(snapshot);
}

} // namespace bulkhead
