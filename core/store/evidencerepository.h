#pragma once

#include "controls/evidencemeasure.h"
#include "controls/evidencesettings.h"
#include "store/database.h"

#include <cstdint>
#include <vector>

namespace bulkhead {

// The automatic evidence for every control but INC-2 and INC-3 (DrillRepository::evidence), from
// what the store holds: findings by control (rules.control) with their severity, and per control
// the population that was checked (registry images, workloads, namespaces, cluster agents
// (kube_evidence), RBAC analyses and binding reviews, secrets and their due dates, scan recency,
// SBOMs, fix-available findings past SLA). A control whose population is empty gets measures
// with assessed = false and the reason ("no cluster collected"), never a pass. A measure counts
// only what the newest complete or partial run of each source saw; a source whose resource list
// failed (kube_coverage) makes the dependent measures not assessed for that cluster and says so.
// SQL lives here; use it on a read connection off the GUI thread.
class EvidenceRepository
{
public:
    explicit EvidenceRepository(const Database &db) : m_db(db) {}

    std::vector<EvidenceMeasure> gather(const EvidenceSettings &settings, std::int64_t now) const;

private:
    const Database &m_db;
};

} // namespace bulkhead
