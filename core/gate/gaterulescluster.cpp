// RBAC and secret rules: role bindings of each cluster's newest RBAC analysis with a risk at or
// above a severity (the API server's bootstrap bindings left out unless asked, as IAM-1 does), and
// secrets past the rotation due date of their last evaluation (secrets.due_at, as SEC-3 and the
// Secrets view's "overdue" filter read it).
#include "gate/gaterules.h"

#include "secrets/secretrecord.h"
#include "store/database.h"

namespace bulkhead::gaterules {

namespace {

constexpr std::int64_t kDay = 86400;

} // namespace

void rbacRisk(const Context &c, const GateRule &rule, GateRuleResult &out)
{
    const std::string from = " FROM rbac_bindings b WHERE " + c.scope.bindings
        + (rule.includeBootstrap ? std::string() : std::string(" AND b.bootstrap = 0"));
    const std::string risky = " AND b.risk_count > 0 AND b.worst >= " + std::to_string(int(rule.minSeverity));
    const std::int64_t checked = c.db.scalar("SELECT count(*)" + from);
    out.violating = c.db.scalar("SELECT count(*)" + from + risky);
    out.passed = out.violating == 0;
    out.message = plural(out.violating, "role binding", "role bindings") + " of " + std::to_string(checked)
        + " with a risk of severity " + std::string(severityName(rule.minSeverity)) + " or worse";
    if (checked == 0)
        out.notes.push_back("no role binding in scope: nothing to check (collect a cluster source)");
    if (!c.scope.bindingsNote.empty())
        out.notes.push_back(c.scope.bindingsNote);
    if (out.passed)
        return;
    SqliteStatement ex = c.db.prepare("SELECT b.cluster, b.kind, b.namespace, b.name, trim(b.risk_rules), b.worst"
                                      + from + risky
                                      + " ORDER BY b.worst DESC, b.risk_count DESC, b.cluster, b.namespace, b.name "
                                        "LIMIT ?1");
    readEvidence(c, ex, out, [](SqliteStatement &row) {
        const std::string ns = row.text(2);
        std::string rules = row.text(4);
        for (char &ch : rules) {
            if (ch == ' ')
                ch = ',';
        }
        return row.text(0) + ": " + row.text(1) + (ns.empty() ? "/" : " " + ns + "/") + row.text(3) + " ("
            + std::string(severityName(static_cast<Severity>(row.int64(5) % 6))) + ": " + rules + ")";
    });
}

void secretRotation(const Context &c, const GateRule &, GateRuleResult &out)
{
    const std::string from = " FROM secrets s WHERE " + c.scope.secrets;
    const std::string overdue = " AND s.policy_days IS NOT NULL AND s.due_at <= " + std::to_string(c.options.now);
    const std::int64_t all = c.db.scalar("SELECT count(*)" + from);
    const std::int64_t evaluated = c.db.scalar("SELECT count(*)" + from + " AND s.policy_days IS NOT NULL");
    out.violating = c.db.scalar("SELECT count(*)" + from + overdue);
    out.passed = out.violating == 0;
    out.message = plural(out.violating, "secret", "secrets") + " of " + std::to_string(evaluated)
        + " overdue for rotation";
    if (all == 0)
        out.notes.push_back("no secret in scope: nothing to check");
    else if (evaluated < all)
        out.notes.push_back(plural(all - evaluated, "secret was", "secrets were")
                            + " not evaluated against the rotation policy yet (`bulkheadctl secrets evaluate`)");
    if (!c.scope.secretsNote.empty())
        out.notes.push_back(c.scope.secretsNote);
    if (out.passed)
        return;
    SqliteStatement ex = c.db.prepare("SELECT s.store, s.origin, s.location, s.name, s.due_at" + from + overdue
                                      + " ORDER BY s.due_at, s.origin, s.location, s.name LIMIT ?1");
    const std::int64_t now = c.options.now;
    readEvidence(c, ex, out, [now](SqliteStatement &row) {
        const std::string location = row.text(2);
        return std::string(secretStoreKindName(static_cast<SecretStoreKind>(row.int64(0)))) + " " + row.text(1) + ": "
            + (location.empty() ? "" : location + "/") + row.text(3) + " (due " + day(row.int64(4)) + ", "
            + std::to_string((now - row.int64(4)) / kDay) + " days overdue)";
    });
}

} // namespace bulkhead::gaterules
