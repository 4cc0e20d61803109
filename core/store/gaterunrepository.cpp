#include "store/gaterunrepository.h"

#include "store/database.h"

namespace bulkhead {

std::int64_t GateRunRepository::record(const GateRun &run)
{
    SqliteStatement st = m_db.prepare(
        "INSERT INTO gate_runs(ran_at, ran_by, policy_name, policy_sha256, scope, passed, rules, violations, summary) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    st.bind(1, run.ranAt).bind(2, std::string_view(run.ranBy)).bind(3, std::string_view(run.policyName));
    st.bind(4, std::string_view(run.policySha256)).bind(5, std::string_view(run.scope)).bind(6, run.passed ? 1 : 0);
    st.bind(7, run.rules).bind(8, run.violations).bind(9, std::string_view(run.summary)).exec();
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::vector<GateRun> GateRunRepository::list(int limit, std::int64_t offset) const
{
    SqliteStatement st = m_db.prepare("SELECT id, ran_at, ran_by, policy_name, policy_sha256, scope, passed, rules, "
                                      "violations, summary FROM gate_runs ORDER BY ran_at DESC, id DESC "
                                      "LIMIT ?1 OFFSET ?2");
    st.bind(1, limit).bind(2, offset);
    std::vector<GateRun> out;
    while (st.step()) {
        GateRun r;
        r.id = st.int64(0);
        r.ranAt = st.int64(1);
        r.ranBy = st.text(2);
        r.policyName = st.text(3);
        r.policySha256 = st.text(4);
        r.scope = st.text(5);
        r.passed = st.int64(6) != 0;
        r.rules = static_cast<int>(st.int64(7));
        r.violations = static_cast<int>(st.int64(8));
        r.summary = st.text(9);
        out.push_back(std::move(r));
    }
    return out;
}

std::int64_t GateRunRepository::count() const
{
    return m_db.scalar("SELECT count(*) FROM gate_runs");
}

} // namespace bulkhead
