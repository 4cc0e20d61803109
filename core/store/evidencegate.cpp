// The policy gate as evidence for SUP-1 (scans gate the pipeline) and SUP-3 (SBOMs checked in the
// pipeline): every `bulkheadctl gate` evaluation is recorded in gate_runs, so a gate that stopped
// running shows as a policy without a recent run. A failed run still proves the gate is in place.
// A store without any gate run gets no measure: the scanner and SBOM measures and the controls'
// required attestation speak for the pipeline then, as before.
#include "store/evidencegather.h"

namespace bulkhead::evidence {

namespace {

constexpr std::int64_t kDay = 86400;

EvidenceMeasure gateMeasure(const Context &c, const std::string &control)
{
    const int maxAge = std::max(1, c.settings.scanMaxAgeDays);
    const std::int64_t cutoff = c.now - std::int64_t(maxAge) * kDay;
    EvidenceMeasure m = makeMeasure(control, "gate-runs",
                                    "policy gates (`bulkheadctl gate`) evaluated within " + std::to_string(maxAge)
                                        + " days",
                                    "policy gates", "without a run in " + std::to_string(maxAge) + " days");
    SqliteStatement st = c.db.prepare("SELECT policy_name, max(ran_at) AS newest FROM gate_runs GROUP BY policy_name "
                                      "ORDER BY newest, policy_name");
    while (st.step()) {
        ++m.checked;
        if (st.int64(1) < cutoff) {
            ++m.failing;
            if (m.examples.size() < 5)
                m.examples.push_back(st.text(0) + " (newest run " + dayOf(st.int64(1)) + ")");
        }
    }
    m.assessed = true;
    SqliteStatement recent = c.db.prepare("SELECT count(*), coalesce(sum(passed), 0) FROM gate_runs WHERE ran_at >= ?1");
    recent.bind(1, cutoff);
    std::int64_t runs = 0, passed = 0;
    if (recent.step()) {
        runs = recent.int64(0);
        passed = recent.int64(1);
    }
    SqliteStatement newest = c.db.prepare(
        "SELECT policy_name, ran_at, passed, ran_by FROM gate_runs ORDER BY ran_at DESC, id DESC LIMIT 1");
    std::string last;
    if (newest.step())
        last = " Newest: " + newest.text(0) + " on " + dayOf(newest.int64(1)) + " by " + newest.text(3) + ", "
            + (newest.int64(2) ? "passed." : "violations found.");
    m.detail = std::to_string(runs) + " gate run" + (runs == 1 ? "" : "s") + " in the last " + std::to_string(maxAge)
        + " days (" + std::to_string(passed) + " passed, " + std::to_string(runs - passed) + " with violations)."
        + last;
    return m;
}

} // namespace

void gatherGate(const Context &c, std::vector<EvidenceMeasure> &out)
{
    if (c.db.scalar("SELECT EXISTS (SELECT 1 FROM gate_runs)") == 0)
        return;
    out.push_back(gateMeasure(c, "SUP-1"));
    out.push_back(gateMeasure(c, "SUP-3"));
}

} // namespace bulkhead::evidence
