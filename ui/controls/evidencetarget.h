#pragma once

#include "controls/evidencemeasure.h"
#include "images/imagesloader.h"
#include "pages/pageid.h"
#include "store/findingfilter.h"
#include "store/secretrepository.h"
#include "store/workloadrepository.h"

#include <QString>

#include <optional>

namespace bulkhead::ui {

// Where an EvidenceLink leads, decoded for the main window: the page and the filter of that page
// (the contract's vocabulary: findings control/severity/status/kind, images signature/sbom/user,
// workloads check, secrets overdue, rbac review/risk). Keys a page does not understand are
// reported in `ignored` rather than dropped silently.
struct EvidenceTarget {
    std::optional<PageId> page; // nullopt: an unknown page key
    FindingFilter findings;
    ImageFilter images;
    WorkloadFilter workloads;
    SecretFilter secrets;
    bool rbacReview = false;  // review=overdue: the bindings-to-review queue
    std::string rbacRisk;     // risk=<rbac rule id>: the risky subjects
    QStringList ignored;      // "key=value" pairs not understood
};

EvidenceTarget evidenceTarget(const EvidenceLink &link);

} // namespace bulkhead::ui
