#include "review/reviewdiff.h"

#include "controls/postureassessor.h"
#include "review/reviewcompare.h"
#include "store/snapshotrepository.h"

namespace bulkhead {

ReviewDiff buildReviewDiff(const Database &db, const EvidenceSettings &settings, std::int64_t since, std::int64_t now)
{
    const PostureAssessment assessment = assessPosture(db, settings, now);
    return compareWithBaseline(db, SnapshotRepository(db).capture(assessment, now), since, now);
}

} // namespace bulkhead
