// evaluateSecrets (core/secrets) over a real store: the policy decision and due date of every
// secret, the three findings per rule (expected sets computed here from the input secrets), their
// severities and controls, an overdue finding that closes after a rotation, a gone secret whose
// findings resolve, service-account tokens, and the evaluation inside a caller's transaction.

#include "testsupport.h"

#include "secrets/secretevaluation.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "util/timestamps.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
const std::int64_t kNow = parseTimestamp("2024-06-01T00:00:00Z");

SecretRecord kube(const std::string &ns, const std::string &name, int ageDays, AgeSource source = AgeSource::ManagedFields,
                  const std::string &type = "Opaque")
{
    SecretRecord s;
    s.store = SecretStoreKind::Kubernetes;
    s.origin = "prod";
    s.location = ns;
    s.name = name;
    s.type = type;
    s.createdAt = kNow - 400 * kDay;
    s.lastChangeAt = kNow - ageDays * kDay;
    s.ageSource = source;
    s.ageDetail = source == AgeSource::ManagedFields ? "managedFields: kubectl-edit" : "";
    s.usageKnown = true;
    return s;
}

SecretRecord vault(const std::string &path, int ageDays, std::optional<int> declared = std::nullopt)
{
    SecretRecord s;
    s.store = SecretStoreKind::Vault;
    s.origin = "corp";
    s.location = "secret";
    s.name = path;
    s.type = "kv-v2";
    s.createdAt = kNow - 500 * kDay;
    s.lastChangeAt = kNow - ageDays * kDay;
    s.ageSource = AgeSource::VersionHistory;
    s.ageDetail = "version 2 of 2";
    s.declaredPolicyDays = declared;
    s.currentVersion = 2;
    s.versions = {{1, s.createdAt, 0, false}, {2, s.lastChangeAt, 0, false}};
    return s;
}

SecretUse use(const std::string &kind, const std::string &name, const std::string &how)
{
    return SecretUse{kind, name, how == "volume" || how == "imagePullSecrets" ? "" : "app", how};
}

void writeOrigin(Database &db, SecretStoreKind store, const std::string &origin, std::vector<SecretRecord> secrets,
                 std::int64_t now = kNow)
{
    SecretSourceWrite w;
    w.store = store;
    w.origin = origin;
    w.now = now;
    w.complete = true;
    w.secrets = std::move(secrets);
    SecretRepository(db).write(w);
}

// Open findings of the secrets tool: asset identity -> rule key -> (severity, message).
struct Open {
    int severity;
    std::string message, location;
};
std::map<std::string, std::map<std::string, Open>> openFindings(const Database &db)
{
    std::map<std::string, std::map<std::string, Open>> out;
    auto st = db.prepare("SELECT a.identity, r.key, f.severity, coalesce(f.message, ''), coalesce(l.path, '') "
                         "FROM findings f JOIN assets a ON a.id = f.asset_id JOIN rules r ON r.id = f.rule_id "
                         "LEFT JOIN locations l ON l.id = f.location_id "
                         "WHERE f.resolved_at IS NULL AND r.key LIKE 'bulkhead/secret-%'");
    while (st.step())
        out[st.text(0)][st.text(1)] = Open{int(st.int64(2)), st.text(3), st.text(4)};
    return out;
}

std::set<std::string> withRule(const std::map<std::string, std::map<std::string, Open>> &open, const std::string &rule)
{
    std::set<std::string> out;
    for (const auto &[identity, rules] : open) {
        if (rules.count(rule))
            out.insert(identity);
    }
    return out;
}

std::map<std::string, SecretRow> rowsByName(Database &db)
{
    std::map<std::string, SecretRow> out;
    for (const SecretRow &r : SecretRepository(db).page({}, SecretSort::Name, false, 0, 10000))
        out[r.secret.name] = r;
    return out;
}

} // namespace

class TestSecretEvaluation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_files = 0;
    std::string newStore() { return m_tmp.filePath(QStringLiteral("store-%1.db").arg(++m_files)).toStdString(); }

private slots:
    void decisionsAndFindings();
    void rotationClosesOverdue();
    void goneSecretResolves();
    void insideCallersTransaction();
    void onlyTheJudgedOrigin();
};

void TestSecretEvaluation::decisionsAndFindings()
{
    Database db = Database::open(newStore());
    SecretPolicy policy;
    policy.defaultDays = 90;
    policy.serviceAccountTokenDays = 0;
    SecretPolicyRule tls;
    tls.name = "tls certificates";
    tls.type = "kubernetes.io/tls";
    tls.days = 30;
    SecretPolicyRule payments;
    payments.name = "payments";
    payments.store = "vault";
    payments.namePattern = "payments/*";
    payments.days = 180;
    policy.rules = {tls, payments};

    std::vector<SecretRecord> k8s = {
        kube("shop", "db-password", 100),                   // default 90: 10 days overdue
        kube("shop", "api-key", 20),                        // default 90: fine
        kube("shop", "web-tls", 40, AgeSource::Annotation, "kubernetes.io/tls"), // rule 30: overdue
        kube("shop", "ancient", 400, AgeSource::CreationOnly), // 310 days late > 2 * 90: High
        kube("kube-system", "builder-token", 5, AgeSource::CreationOnly, "kubernetes.io/service-account-token"),
        kube("shop", "declared", 50),                       // declared 45 days on the secret: overdue
    };
    k8s[4].serviceAccount = "builder";
    k8s[5].declaredPolicyDays = 45;
    // env use by 7 workloads (the message names 5 and "2 more"), plus a volume use.
    for (int i = 0; i < 7; ++i)
        k8s[1].uses.push_back(use("Deployment", "web-" + std::to_string(i), i % 2 ? "envFrom" : "env"));
    k8s[1].uses.push_back(use("StatefulSet", "db", "volume"));
    k8s[0].uses.push_back(use("Deployment", "orders", "volume"));
    writeOrigin(db, SecretStoreKind::Kubernetes, "prod", k8s);
    std::vector<SecretRecord> v = {vault("payments/stripe", 170), vault("payments/adyen", 200), vault("team-a/db", 60, 30),
                                   vault("team-a/cache", 10)};
    writeOrigin(db, SecretStoreKind::Vault, "corp", v);

    // Expected, from the inputs above and the documented order of decision.
    struct Expect {
        int days;
        std::string reason;
    };
    std::map<std::string, Expect> expected = {
        {"db-password", {90, "default"}},         {"api-key", {90, "default"}},
        {"web-tls", {30, "rule 'tls certificates'"}}, {"ancient", {90, "default"}},
        {"builder-token", {0, "service-account token"}}, {"declared", {45, "declared on the secret"}},
        {"payments/stripe", {180, "rule 'payments'"}}, {"payments/adyen", {180, "rule 'payments'"}},
        {"team-a/db", {30, "declared on the secret"}}, {"team-a/cache", {90, "default"}},
    };
    std::vector<SecretRecord> all = k8s;
    all.insert(all.end(), v.begin(), v.end());
    std::set<std::string> overdue, high, tokens, env;
    for (const SecretRecord &s : all) {
        const Expect &e = expected.at(s.name);
        const std::int64_t due = s.lastChangeAt + e.days * kDay;
        const std::string id = secretAsset(s).identity;
        if (due <= kNow) {
            overdue.insert(id);
            if (kNow - due > 2 * e.days * kDay || (s.type == "kubernetes.io/service-account-token" && e.days == 0))
                high.insert(id);
        }
        if (s.type == "kubernetes.io/service-account-token")
            tokens.insert(id);
        for (const SecretUse &u : s.uses) {
            if (u.how == "env" || u.how == "envFrom")
                env.insert(id);
        }
    }
    QCOMPARE(overdue.size(), std::size_t(7)); // db-password, web-tls, ancient, builder-token, declared, adyen, team-a/db

    const SecretEvaluationSummary summary = evaluateSecrets(db, policy, kNow);
    QCOMPARE(summary.secrets, std::int64_t(all.size()));
    QCOMPARE(summary.overdue, std::int64_t(overdue.size()));
    QCOMPARE(summary.serviceAccountTokens, std::int64_t(tokens.size()));
    QCOMPARE(summary.viaEnv, std::int64_t(env.size()));
    QCOMPARE(summary.findings, overdue.size() + tokens.size() + env.size());
    QCOMPARE(summary.newFindings, summary.findings);

    // Each row's decision and due date.
    const auto rows = rowsByName(db);
    QCOMPARE(rows.size(), all.size());
    for (const SecretRecord &s : all) {
        const SecretRow &r = rows.at(s.name);
        const Expect &e = expected.at(s.name);
        QVERIFY2(r.policyDays && *r.policyDays == e.days, s.name.c_str());
        QCOMPARE(r.policyReason, e.reason);
        QVERIFY(r.dueAt);
        QCOMPARE(*r.dueAt, s.lastChangeAt + e.days * kDay);
    }

    // Findings per rule, their severities and controls.
    const auto open = openFindings(db);
    QCOMPARE(withRule(open, secretrule::kRotationOverdue), overdue);
    QCOMPARE(withRule(open, secretrule::kLongLivedToken), tokens);
    QCOMPARE(withRule(open, secretrule::kInEnv), env);
    for (const auto &[identity, rules] : open) {
        if (rules.count(secretrule::kRotationOverdue)) {
            const int expectedSeverity = int(high.count(identity) ? Severity::High : Severity::Medium);
            QVERIFY2(rules.at(secretrule::kRotationOverdue).severity == expectedSeverity, identity.c_str());
        }
        if (rules.count(secretrule::kLongLivedToken))
            QCOMPARE(rules.at(secretrule::kLongLivedToken).severity, int(Severity::High));
        if (rules.count(secretrule::kInEnv))
            QCOMPARE(rules.at(secretrule::kInEnv).severity, int(Severity::Low));
    }
    const std::string apiKey = secretAsset(k8s[1]).identity;
    const std::string &envMessage = open.at(apiKey).at(secretrule::kInEnv).message;
    QVERIFY2(envMessage.find("7 workloads") != std::string::npos, envMessage.c_str());
    QVERIFY2(envMessage.find("Deployment/web-0") != std::string::npos, envMessage.c_str());
    QVERIFY2(envMessage.find("Deployment/web-4") != std::string::npos, envMessage.c_str());
    QVERIFY2(envMessage.find("web-5") == std::string::npos, envMessage.c_str());
    QVERIFY2(envMessage.find("and 2 more") != std::string::npos, envMessage.c_str());
    QVERIFY2(envMessage.find("StatefulSet/db") == std::string::npos, envMessage.c_str()); // a volume use
    // A creation-only age says the change date is a lower bound.
    const std::string &ancient = open.at(secretAsset(k8s[3]).identity).at(secretrule::kRotationOverdue).message;
    QVERIFY2(ancient.find("on or after") != std::string::npos, ancient.c_str());
    const std::string &managed = open.at(secretAsset(k8s[0]).identity).at(secretrule::kRotationOverdue).message;
    QVERIFY2(managed.find("managedFields: kubectl-edit") != std::string::npos, managed.c_str());
    QVERIFY2(managed.find("10 days overdue") != std::string::npos, managed.c_str());

    auto control = [&db](const std::string &key) {
        auto st = db.prepare("SELECT coalesce(control, '') FROM rules WHERE key = ?1");
        st.bindText(1, key);
        return st.step() ? st.text(0) : std::string("(no rule)");
    };
    QCOMPARE(control(secretrule::kRotationOverdue), std::string("SEC-3"));
    QCOMPARE(control(secretrule::kLongLivedToken), std::string("SEC-3"));
    QCOMPARE(control(secretrule::kInEnv), std::string("SEC-5"));

    // The same judgement again: nothing new, nothing resolved.
    const SecretEvaluationSummary again = evaluateSecrets(db, policy, kNow + 60);
    QCOMPARE(again.newFindings, std::uint64_t(0));
    QCOMPARE(again.resolved, std::uint64_t(0));
    QCOMPARE(again.findings, summary.findings);
}

void TestSecretEvaluation::rotationClosesOverdue()
{
    Database db = Database::open(newStore());
    const SecretPolicy policy; // default 90
    writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {kube("shop", "db-password", 100), kube("shop", "stale", 300)});
    QCOMPARE(evaluateSecrets(db, policy, kNow).overdue, std::int64_t(2));
    const std::string rotated = secretAsset(kube("shop", "db-password", 0)).identity;
    const std::string stale = secretAsset(kube("shop", "stale", 0)).identity;
    QCOMPARE(withRule(openFindings(db), secretrule::kRotationOverdue), (std::set<std::string>{rotated, stale}));

    // A day later db-password shows a change from this morning: its finding closes; "stale" was
    // changed too, but is overdue still (200 days): the old finding closes and a new one opens,
    // because each observed change is its own rotation cycle.
    const std::int64_t later = kNow + kDay;
    SecretRecord fresh = kube("shop", "db-password", 0);
    fresh.lastChangeAt = later - 3600;
    SecretRecord stillStale = kube("shop", "stale", 200);
    writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {fresh, stillStale}, later);
    const SecretEvaluationSummary s = evaluateSecrets(db, policy, later);
    QCOMPARE(s.overdue, std::int64_t(1));
    QCOMPARE(s.resolved, std::uint64_t(2));
    QCOMPARE(s.newFindings, std::uint64_t(1));
    const auto open = openFindings(db);
    QCOMPARE(withRule(open, secretrule::kRotationOverdue), std::set<std::string>{stale});
    QCOMPARE(open.at(stale).at(secretrule::kRotationOverdue).location,
             "last-change/" + isoTimestamp(stillStale.lastChangeAt));
    const auto rows = rowsByName(db);
    QCOMPARE(*rows.at("db-password").dueAt, fresh.lastChangeAt + 90 * kDay);
}

void TestSecretEvaluation::goneSecretResolves()
{
    Database db = Database::open(newStore());
    const SecretPolicy policy;
    SecretRecord token = kube("kube-system", "old-token", 10, AgeSource::CreationOnly, "kubernetes.io/service-account-token");
    SecretRecord env = kube("shop", "env-secret", 10);
    env.uses = {use("Deployment", "web", "env")};
    writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {token, env, kube("shop", "kept", 200)});
    const SecretEvaluationSummary first = evaluateSecrets(db, policy, kNow);
    QCOMPARE(first.findings, std::uint64_t(4)); // token: overdue + long-lived; env; kept: overdue

    // The token secret is deleted and the env use replaced by a volume: both resolve.
    env.uses = {use("Deployment", "web", "volume")};
    writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {env, kube("shop", "kept", 200)}, kNow + 60);
    const SecretEvaluationSummary second = evaluateSecrets(db, policy, kNow + 60);
    QCOMPARE(second.secrets, std::int64_t(2));
    QCOMPARE(second.resolved, std::uint64_t(3));
    const auto open = openFindings(db);
    QCOMPARE(open.size(), std::size_t(1));
    QVERIFY(open.count(secretAsset(kube("shop", "kept", 0)).identity));
}

void TestSecretEvaluation::insideCallersTransaction()
{
    Database db = Database::open(newStore());
    const SecretPolicy policy;
    {
        Transaction tx(db);
        writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {kube("shop", "a", 100)});
        QCOMPARE(evaluateSecrets(db, policy, kNow, "kubernetes", "prod").overdue, std::int64_t(1));
        // Not committed: nothing of it stays.
    }
    QCOMPARE(db.scalar("SELECT count(*) FROM secrets"), std::int64_t(0));
    QCOMPARE(db.scalar("SELECT count(*) FROM findings"), std::int64_t(0));
    {
        Transaction tx(db);
        writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {kube("shop", "a", 100)});
        evaluateSecrets(db, policy, kNow, "kubernetes", "prod");
        tx.commit();
    }
    QCOMPARE(withRule(openFindings(db), secretrule::kRotationOverdue),
             std::set<std::string>{secretAsset(kube("shop", "a", 0)).identity});
    // The rule text is searchable once (the writer indexed the new rules in the caller's transaction).
    QCOMPARE(db.scalar("SELECT count(*) FROM rules_fts WHERE rules_fts MATCH 'rotated'"), std::int64_t(1));
}

void TestSecretEvaluation::onlyTheJudgedOrigin()
{
    Database db = Database::open(newStore());
    const SecretPolicy policy;
    writeOrigin(db, SecretStoreKind::Kubernetes, "prod", {kube("shop", "a", 100)});
    writeOrigin(db, SecretStoreKind::Vault, "corp", {vault("team/x", 100)});
    QCOMPARE(evaluateSecrets(db, policy, kNow).overdue, std::int64_t(2));
    // The vault's secret is gone; judging only the cluster must not resolve the vault's finding,
    // judging the vault does.
    writeOrigin(db, SecretStoreKind::Vault, "corp", {});
    const SecretEvaluationSummary cluster = evaluateSecrets(db, policy, kNow + 60, "kubernetes", "prod");
    QCOMPARE(cluster.secrets, std::int64_t(1));
    QCOMPARE(cluster.resolved, std::uint64_t(0));
    QCOMPARE(openFindings(db).size(), std::size_t(2));
    const SecretEvaluationSummary corp = evaluateSecrets(db, policy, kNow + 120, "vault", "corp");
    QCOMPARE(corp.secrets, std::int64_t(0));
    QCOMPARE(corp.resolved, std::uint64_t(1));
    QCOMPARE(openFindings(db).size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestSecretEvaluation)
#include "tst_secretevaluation.moc"
