// The policy gate as evidence for SUP-1 (scans gate the pipeline) and SUP-3 (SBOMs checked in the
// pipeline): every `bulkheadctl gate` evaluation is recorded in gate_runs, so a gate that stopped
// running shows as a policy without a recent run. A failed run still proves the gate is in place.
// A store without any gate run gets no measure: the scanner and SBOM measures and the controls'
// required attestation speak for the pipeline then, as before.
#include "store/evidencegather.h"

namespace bulkhead::evidence {

namespace {

constexpr std::int64_t kDay = 86400;

void addGateMeasure(const Context &c, const char *control, std::vector<EvidenceMeasure> &out)
{
    const int maxAge = std::max(1, c.settings.scanMaxAgeDays);
    EvidenceMeasure m = makeMeasure(control, "gate-runs",
                                    str(QCoreApplication::translate("EvidenceText", "policy gates (`bulkheadctl gate`) evaluated within %n days",
                                                         nullptr, maxAge)),
                                    "policy gates", "without a recent run");
    const std::int64_t cutoff = c.now - std::int64_t(maxAge) * kDay;
    SqliteStatement st = c.db.prepare("SELECT policy_name, max(ran_at) AS newest FROM gate_runs GROUP BY policy_name "
                                      "ORDER BY newest, policy_name");
    while (st.step()) {
        ++m.checked;
        if (st.int64(1) < cutoff) {
            ++m.failing;
            if (m.examples.size() < 5)
                m.examples.push_back(str(QCoreApplication::translate("EvidenceText", "%1 (newest run %2)")
                                             .arg(QString::fromStdString(st.text(0)),
                                                  QString::fromStdString(dayOf(st.int64(1))))));
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
    // %n: the runs (English singular from bulkhead_core_en.ts), %1: days, %2 passed, %3 with violations.
    const int runCount = static_cast<int>(runs); // a plain variable: lupdate loses expressions there
    QString detail = QCoreApplication::translate("EvidenceText", "%n gate runs in the last %1 days (%2 passed, %3 with violations).", nullptr,
                                      runCount)
                         .arg(maxAge)
                         .arg(passed)
                         .arg(runs - passed);
    if (newest.step()) {
        const QString policy = QString::fromStdString(newest.text(0)), on = QString::fromStdString(dayOf(newest.int64(1))),
                      by = QString::fromStdString(newest.text(3));
        // %1: the policy, %2: the day, %3: who ran it.
        detail = QCoreApplication::translate("EvidenceText", "%1 %2", "gate runs sentence, then the newest run's sentence")
                     .arg(detail, newest.int64(2) ? QCoreApplication::translate("EvidenceText", "Newest: %1 on %2 by %3, passed.").arg(policy, on, by)
                                                  : QCoreApplication::translate("EvidenceText", "Newest: %1 on %2 by %3, violations found.")
                                                        .arg(policy, on, by));
    }
    m.detail = str(detail);
    out.push_back(std::move(m));
}

} // namespace

void gatherGate(const Context &c, std::vector<EvidenceMeasure> &out)
{
    if (c.db.scalar("SELECT EXISTS (SELECT 1 FROM gate_runs)") == 0)
        return;
    addGateMeasure(c, "SUP-1", out);
    addGateMeasure(c, "SUP-3", out);
}

} // namespace bulkhead::evidence
