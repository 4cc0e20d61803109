#pragma once

#include "controls/evidencemeasure.h"
#include "controls/evidencesettings.h"
#include "store/database.h"
#include "store/imagesql.h"

#include <QCoreApplication>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

// The parts of EvidenceRepository::gather, one file per area (evidencefindings.cpp,
// evidenceimages.cpp, evidencecluster.cpp, evidenceidentity.cpp, evidencesecrets.cpp). Internal to
// core/store: nothing outside the store includes it.
namespace bulkhead::evidence {

// The measures' texts for people (labels, not-assessed reasons, details; context "EvidenceText"),
// in the installed translation. A measure's id, noun and failingAs stay English: they are keys
// (measurestatus.cpp picks the translated count sentence by noun and failingAs). Where a function
// returns std::string, its texts go through QCoreApplication::translate("EvidenceText", ...)
// directly: lupdate loses the class there.
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)
};

inline std::string str(const QString &text)
{
    return text.toStdString();
}

// A resource list that failed in a cluster's newest run: the controls depending on it are not
// assessed for that cluster.
struct CoverageGap {
    std::int64_t sourceId = 0;
    std::string cluster;
    std::string text; // "pods were not listed in cluster prod (forbidden: ...)"
};

// The cluster sources and what their newest runs covered.
struct ClusterScope {
    // Cluster sources with a complete or partial run: source id -> name.
    std::map<std::int64_t, std::string> collected;
    // Control -> the gaps of the clusters whose newest coverage lists a failed resource it depends on.
    std::map<std::string, std::vector<CoverageGap>> gaps;

    // The collected clusters not gapped for `control`, as a SQL list "(1,2)" ("(NULL)" when none).
    std::string sourcesFor(const std::string &control) const { return sourcesFor(std::vector{control}); }
    bool anyFor(const std::string &control) const { return anyFor(std::vector{control}); }
    // Why `control` has no cluster population: the gaps' texts, or "no cluster collected".
    std::string missingReason(const std::string &control) const { return missingReason(std::vector{control}); }
    // The same for a measure that depends on the resources of several controls (a cluster gapped
    // for any of them is left out).
    std::string sourcesFor(const std::vector<std::string> &controls) const;
    bool anyFor(const std::vector<std::string> &controls) const;
    std::string missingReason(const std::vector<std::string> &controls) const;
    // Adds, per control with gaps, one not-assessed "coverage" measure naming them (the control
    // then reads at best partial), unless a measure of the control already gives them as its reason.
    void addGapMeasures(std::vector<EvidenceMeasure> &out) const;
};

// Reads the cluster sources, their newest complete/partial runs and their newest coverage.
ClusterScope loadClusterScope(const Database &db);

// The live registry images (imagesql.h: shared with the images page and the gate).
using imagesql::liveImages;
// The same for kube_workloads of the given sources (a SQL list "(1,2)").
std::string liveWorkloads(const std::string &sources);
// Registry sources with a complete or partial run.
std::int64_t collectedRegistries(const Database &db);
// "The newest collection of registry hub was partial: ..." when a registry's newest good run was
// partial (the images it did not reach are not counted); "" otherwise.
std::string partialRegistriesNote(const Database &db);

struct Context {
    const Database &db;
    const EvidenceSettings &settings;
    std::int64_t now = 0;
    ClusterScope clusters;
    std::int64_t registries = 0; // registry sources with a complete or partial run
    std::string registryNote;    // partialRegistriesNote()
};

EvidenceMeasure makeMeasure(const std::string &control, const std::string &id, const std::string &label,
                            const std::string &noun, const std::string &failingAs);
void setNotAssessed(EvidenceMeasure &m, const std::string &reason);
// Reads `checked` and `failing` from the first two columns of the statement's one row.
void readCounts(SqliteStatement &st, EvidenceMeasure &m);
// When nothing was checked: the measure goes to `out` not assessed with `reason`, and true. Else
// the measure is assessed (the caller adds examples and pushes it) and false.
bool emptyPopulation(EvidenceMeasure &m, const std::string &reason, std::vector<EvidenceMeasure> &out);
std::string joinTexts(const std::vector<std::string> &parts, const std::string &separator);
std::string dayOf(std::int64_t unixSeconds); // "2026-11-29"

// Open findings by control (rules.control), SUP-5 (fix available past SLA), SUP-1 (scan recency).
void gatherFindings(const Context &c, std::vector<EvidenceMeasure> &out);
// BLD-1..6, SUP-2, SUP-3 from registry images; BLD-2 coverage of registry and workload images.
void gatherImages(const Context &c, std::vector<EvidenceMeasure> &out);
// Workload checks (RUN-1/2/5, IAM-3/4, SEC-1/5, SUP-4, BLD-3), RUN-3 namespaces, agents
// (RUN-4, RUN-6, SEC-2, INC-1).
void gatherCluster(const Context &c, std::vector<EvidenceMeasure> &out);
// IAM-1 RBAC risks, IAM-2 binding reviews, SEC-4 who can read secrets.
void gatherIdentity(const Context &c, std::vector<EvidenceMeasure> &out);
// SEC-3 rotation overdue and legacy service-account tokens.
void gatherSecrets(const Context &c, std::vector<EvidenceMeasure> &out);

} // namespace bulkhead::evidence
