#include "store/evidencerepository.h"

#include "store/evidencegather.h"
#include "store/imagesql.h"
#include "util/timestamps.h"

#include <algorithm>
#include <sstream>

namespace bulkhead {

namespace evidence {

namespace {

// The newest run of source `<alias>.source_id` that finished complete or partial: the one whose
// rows count (a failed or cancelled run saw nothing reliable).
using imagesql::newestGoodRun;

std::vector<std::string> splitWords(const std::string &text)
{
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// Catalog order without depending on the catalog: area, then number.
int areaRank(const std::string &control)
{
    static const std::vector<std::string> areas{"BLD", "RUN", "SEC", "IAM", "SUP", "INC"};
    const std::string prefix = control.substr(0, control.find('-'));
    const auto it = std::find(areas.begin(), areas.end(), prefix);
    return static_cast<int>(it - areas.begin());
}

int controlNumber(const std::string &control)
{
    const auto dash = control.find('-');
    return dash == std::string::npos ? 0 : std::atoi(control.c_str() + dash + 1);
}

} // namespace

std::string ClusterScope::sourcesFor(const std::vector<std::string> &controls) const
{
    std::set<std::int64_t> gapped;
    for (const std::string &control : controls) {
        if (const auto it = gaps.find(control); it != gaps.end()) {
            for (const CoverageGap &g : it->second)
                gapped.insert(g.sourceId);
        }
    }
    std::string list;
    for (const auto &[id, name] : collected) {
        if (!gapped.count(id))
            list += (list.empty() ? "" : ",") + std::to_string(id);
    }
    return "(" + (list.empty() ? std::string("NULL") : list) + ")";
}

bool ClusterScope::anyFor(const std::vector<std::string> &controls) const
{
    return sourcesFor(controls) != "(NULL)";
}

std::string ClusterScope::missingReason(const std::vector<std::string> &controls) const
{
    std::vector<std::string> texts;
    for (const std::string &control : controls) {
        if (const auto it = gaps.find(control); it != gaps.end()) {
            for (const CoverageGap &g : it->second) {
                if (std::find(texts.begin(), texts.end(), g.text) == texts.end())
                    texts.push_back(g.text);
            }
        }
    }
    return texts.empty() ? str(QCoreApplication::translate("EvidenceText", "no cluster collected")) : joinTexts(texts, "; ");
}

void ClusterScope::addGapMeasures(std::vector<EvidenceMeasure> &out) const
{
    for (const auto &[control, list] : gaps) {
        std::vector<std::string> texts;
        for (const CoverageGap &g : list) {
            // control: captured by name, clang < 16 cannot capture a structured binding.
            const bool told = std::any_of(out.begin(), out.end(), [&, &c = control](const EvidenceMeasure &m) {
                return m.control == c && !m.assessed && m.notAssessedReason.find(g.text) != std::string::npos;
            });
            if (!told)
                texts.push_back(g.text);
        }
        if (texts.empty())
            continue;
        EvidenceMeasure m = makeMeasure(control, "cluster-coverage",
                                        str(QCoreApplication::translate("EvidenceText", "cluster resources listed")),
                                        "clusters", "");
        setNotAssessed(m, joinTexts(texts, "; "));
        out.push_back(std::move(m));
    }
}

ClusterScope loadClusterScope(const Database &db)
{
    ClusterScope scope;
    SqliteStatement sources = db.prepare("SELECT s.id, s.name FROM sources s WHERE s.kind = 'cluster' AND "
                                         + newestGoodRun("s.id") + " IS NOT NULL ORDER BY s.name");
    while (sources.step())
        scope.collected.emplace(sources.int64(0), sources.text(1));

    // The newest run of each cluster that recorded coverage (WorkloadRepository::coverage reads the
    // same); "absent" is the API server not serving a resource, which is no gap in what was read.
    SqliteStatement gaps = db.prepare(
        "SELECT s.id, s.name, k.resource, k.state, coalesce(k.message, ''), k.controls FROM sources s "
        "JOIN kube_coverage k ON k.run_id = (SELECT c.id FROM collection_runs c WHERE c.source_id = s.id AND "
        "EXISTS (SELECT 1 FROM kube_coverage x WHERE x.run_id = c.id) ORDER BY c.started_at DESC, c.id DESC LIMIT 1) "
        "WHERE s.kind = 'cluster' AND k.state NOT IN ('complete', 'absent') ORDER BY s.name, k.resource");
    while (gaps.step()) {
        CoverageGap gap;
        gap.sourceId = gaps.int64(0);
        gap.cluster = gaps.text(1);
        const std::string message = gaps.text(4);
        // %1: the resource ("pods"), %2: the cluster, %3: the list's state, %4: the API server's message.
        const QString resource = QString::fromStdString(gaps.text(2)), cluster = QString::fromStdString(gap.cluster),
                      state = QString::fromStdString(gaps.text(3));
        gap.text = str(message.empty()
                           ? QCoreApplication::translate("EvidenceText", "%1 were not listed in cluster %2 (%3)")
                                 .arg(resource, cluster, state)
                           : QCoreApplication::translate("EvidenceText", "%1 were not listed in cluster %2 (%3: %4)")
                                 .arg(resource, cluster, state, QString::fromStdString(message)));
        for (const std::string &control : splitWords(gaps.text(5)))
            scope.gaps[control].push_back(gap);
    }
    return scope;
}

std::string liveWorkloads(const std::string &sources)
{
    return "(SELECT * FROM kube_workloads WHERE source_id IN " + sources + " AND last_run_id = "
        + newestGoodRun("kube_workloads.source_id") + ")";
}

std::int64_t collectedRegistries(const Database &db)
{
    return db.scalar("SELECT count(*) FROM sources s WHERE s.kind = 'registry' AND " + newestGoodRun("s.id")
                     + " IS NOT NULL");
}

std::string partialRegistriesNote(const Database &db)
{
    SqliteStatement st = db.prepare("SELECT s.name FROM sources s JOIN collection_runs c ON c.id = "
                                    + newestGoodRun("s.id")
                                    + " WHERE s.kind = 'registry' AND c.status = 'partial' ORDER BY s.name");
    std::vector<std::string> names;
    while (st.step())
        names.push_back(st.text(0));
    if (names.empty())
        return {};
    if (names.size() == 1)
        return str(QCoreApplication::translate("EvidenceText",
                                               "The newest collection of registry %1 was partial: images it did not "
                                               "reach are not counted.")
                       .arg(QString::fromStdString(names.front())));
    return str(QCoreApplication::translate("EvidenceText",
                                           "The newest collections of registries %1 were partial: images they did not "
                                           "reach are not counted.")
                   .arg(QString::fromStdString(joinTexts(names, ", "))));
}

EvidenceMeasure makeMeasure(const std::string &control, const std::string &id, const std::string &label,
                            const std::string &noun, const std::string &failingAs)
{
    EvidenceMeasure m;
    m.control = control;
    m.id = id;
    m.label = label;
    m.noun = noun;
    m.failingAs = failingAs;
    return m;
}

void setNotAssessed(EvidenceMeasure &m, const std::string &reason)
{
    m.assessed = false;
    m.notAssessedReason = reason;
    m.checked = 0;
    m.failing = 0;
    m.examples.clear();
}

void readCounts(SqliteStatement &st, EvidenceMeasure &m)
{
    if (st.step()) {
        m.checked = st.int64(0);
        m.failing = st.int64(1);
    }
}

bool emptyPopulation(EvidenceMeasure &m, const std::string &reason, std::vector<EvidenceMeasure> &out)
{
    if (m.checked > 0) {
        m.assessed = true;
        return false;
    }
    setNotAssessed(m, reason);
    out.push_back(std::move(m));
    return true;
}

std::string joinTexts(const std::vector<std::string> &parts, const std::string &separator)
{
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? separator : std::string()) + parts[i];
    return out;
}

std::string dayOf(std::int64_t unixSeconds)
{
    return isoTimestamp(unixSeconds).substr(0, 10);
}

// SUP-1, SUP-3 from the recorded gate runs (evidencegate.cpp).
void gatherGate(const Context &c, std::vector<EvidenceMeasure> &out);

} // namespace evidence

std::vector<EvidenceMeasure> EvidenceRepository::gather(const EvidenceSettings &settings, std::int64_t now) const
{
    evidence::Context c{m_db,
                        settings,
                        now,
                        evidence::loadClusterScope(m_db),
                        evidence::collectedRegistries(m_db),
                        evidence::partialRegistriesNote(m_db)};
    std::vector<EvidenceMeasure> out;
    evidence::gatherFindings(c, out);
    evidence::gatherImages(c, out);
    evidence::gatherCluster(c, out);
    evidence::gatherIdentity(c, out);
    evidence::gatherSecrets(c, out);
    evidence::gatherGate(c, out);
    c.clusters.addGapMeasures(out);
    // Grouped by control in catalog order; each control's measures in the order they were made.
    std::stable_sort(out.begin(), out.end(), [](const EvidenceMeasure &a, const EvidenceMeasure &b) {
        const int ra = evidence::areaRank(a.control), rb = evidence::areaRank(b.control);
        return ra != rb ? ra < rb : evidence::controlNumber(a.control) < evidence::controlNumber(b.control);
    });
    return out;
}

} // namespace bulkhead
