// RBAC and secret rules: role bindings of each cluster's newest RBAC analysis with a risk at or
// above a severity (the API server's bootstrap bindings left out unless asked, as IAM-1 does), and
// secrets past the rotation due date of their last evaluation (secrets.due_at, as SEC-3 and the
// Secrets view's "overdue" filter read it).
#include "gate/gaterules.h"

#include "gate/gatetext.h"
#include "i18n/pluralcount.h"

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
    out.message = gateStr(GateText::tr("%n role bindings of %1 with a risk of severity %2 or worse", nullptr,
                                       i18n::pluralCount(out.violating))
                              .arg(QString::number(checked), GateText::severity(rule.minSeverity)));
    if (checked == 0)
        out.notes.push_back(gateStr(GateText::tr("no role binding in scope: nothing to check (collect a cluster source)")));
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
        const std::string binding = row.text(0) + ": " + row.text(1) + (ns.empty() ? "/" : " " + ns + "/") + row.text(3);
        return gateStr(GateText::tr("%1 (%2: %3)", "binding, worst severity, rule ids")
                           .arg(QString::fromStdString(binding),
                                GateText::severity(static_cast<Severity>(row.int64(5) % 6)),
                                QString::fromStdString(rules)));
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
    out.message = gateStr(GateText::tr("%n secrets of %1 overdue for rotation", nullptr, i18n::pluralCount(out.violating))
                              .arg(QString::number(evaluated)));
    if (all == 0)
        out.notes.push_back(gateStr(GateText::tr("no secret in scope: nothing to check")));
    else if (evaluated < all)
        out.notes.push_back(gateStr(GateText::tr("%n secrets were not evaluated against the rotation policy yet "
                                                 "(`bulkheadctl secrets evaluate`)",
                                                 nullptr, i18n::pluralCount(all - evaluated))));
    if (!c.scope.secretsNote.empty())
        out.notes.push_back(c.scope.secretsNote);
    if (out.passed)
        return;
    SqliteStatement ex = c.db.prepare("SELECT s.store, s.origin, s.location, s.name, s.due_at" + from + overdue
                                      + " ORDER BY s.due_at, s.origin, s.location, s.name LIMIT ?1");
    const std::int64_t now = c.options.now;
    readEvidence(c, ex, out, [now](SqliteStatement &row) {
        const std::string location = row.text(2);
        const std::string secret = std::string(secretStoreKindName(static_cast<SecretStoreKind>(row.int64(0)))) + " "
            + row.text(1) + ": " + (location.empty() ? "" : location + "/") + row.text(3);
        return gateStr(GateText::tr("%1 (due %2, %n days overdue)", "secret, due date",
                                    i18n::pluralCount((now - row.int64(4)) / kDay))
                           .arg(QString::fromStdString(secret), QString::fromStdString(day(row.int64(4)))));
    });
}

} // namespace bulkhead::gaterules
