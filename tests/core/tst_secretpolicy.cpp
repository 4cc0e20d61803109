// The rotation policy: the order of decision (service-account token, declared, first matching
// rule, default), globs and labels in rules, the due time, the JSON form with its errors, and the
// QSettings round trip (a temporary settings scope). Also the small SecretRecord helpers.

#include "testsupport.h"

#include "secrets/secretpolicy.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace bulkhead;

namespace {

SecretRecord kube(const std::string &ns, const std::string &name, const std::string &type = "Opaque")
{
    SecretRecord s;
    s.store = SecretStoreKind::Kubernetes;
    s.origin = "prod-cluster";
    s.location = ns;
    s.name = name;
    s.type = type;
    s.lastChangeAt = 1'700'000'000;
    return s;
}

SecretPolicyRule rule(const std::string &name, int days)
{
    SecretPolicyRule r;
    r.name = name;
    r.days = days;
    return r;
}

} // namespace

class TestSecretPolicy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("bulkhead-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretpolicy"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void orderOfDecision()
    {
        SecretPolicy policy;
        policy.defaultDays = 90;
        policy.serviceAccountTokenDays = 0;
        SecretPolicyRule payments = rule("payments", 30);
        payments.location = "payments";
        policy.rules = {payments};

        // A token secret gets the token interval even when it declares one and a rule matches.
        SecretRecord token = kube("payments", "app-token", "kubernetes.io/service-account-token");
        token.declaredPolicyDays = 365;
        SecretPolicyDecision d = decideSecretPolicy(policy, token);
        QCOMPARE(d.days, 0);
        QCOMPARE(d.reason, std::string("service-account token"));

        // The same type in another store is no Kubernetes token.
        SecretRecord vaultLike = token;
        vaultLike.store = SecretStoreKind::Vault;
        QCOMPARE(decideSecretPolicy(policy, vaultLike).reason, std::string("declared on the secret"));

        // Declared beats a matching rule.
        SecretRecord declared = kube("payments", "db");
        declared.declaredPolicyDays = 7;
        d = decideSecretPolicy(policy, declared);
        QCOMPARE(d.days, 7);
        QCOMPARE(d.reason, std::string("declared on the secret"));

        // A declared 0 is a declaration too (not "unset").
        declared.declaredPolicyDays = 0;
        QCOMPARE(decideSecretPolicy(policy, declared).days, 0);

        d = decideSecretPolicy(policy, kube("payments", "db"));
        QCOMPARE(d.days, 30);
        QCOMPARE(d.reason, std::string("rule 'payments'"));

        d = decideSecretPolicy(policy, kube("shop", "db"));
        QCOMPARE(d.days, 90);
        QCOMPARE(d.reason, std::string("default"));
    }

    void firstMatchingRuleWins()
    {
        SecretPolicy policy;
        SecretPolicyRule tls = rule("tls", 365);
        tls.type = "kubernetes.io/tls";
        SecretPolicyRule anyDb = rule("", 14); // unnamed: reason by position
        anyDb.namePattern = "db-*";
        SecretPolicyRule all = rule("everything", 60);
        policy.rules = {tls, anyDb, all};

        SecretRecord tlsDb = kube("shop", "db-cert", "kubernetes.io/tls");
        QCOMPARE(decideSecretPolicy(policy, tlsDb).reason, std::string("rule 'tls'"));
        const SecretPolicyDecision d = decideSecretPolicy(policy, kube("shop", "db-main"));
        QCOMPARE(d.days, 14);
        QCOMPARE(d.reason, std::string("rule 2"));
        QCOMPARE(decideSecretPolicy(policy, kube("shop", "api-key")).reason, std::string("rule 'everything'"));
    }

    void globsMatchTheWholeText_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("star prefix") << "db-*" << "db-main" << true;
        QTest::newRow("star is not a prefix match") << "db" << "db-main" << false;
        QTest::newRow("star spans slashes") << "team-a/*" << "team-a/x/y" << true;
        QTest::newRow("other folder") << "team-a/*" << "team-b/x" << false;
        QTest::newRow("question mark") << "key-?" << "key-1" << true;
        QTest::newRow("question mark is one char") << "key-?" << "key-12" << false;
        QTest::newRow("case-sensitive") << "DB-*" << "db-main" << false;
        QTest::newRow("middle star") << "*-prod-*" << "pg-prod-eu" << true;
    }
    void globsMatchTheWholeText()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        SecretPolicy policy;
        policy.defaultDays = 90;
        SecretPolicyRule r = rule("r", 5);
        r.namePattern = pattern.toStdString();
        policy.rules = {r};
        SecretRecord s = kube("ns", name.toStdString());
        QCOMPARE(decideSecretPolicy(policy, s).days, matches ? 5 : 90);
    }

    void storeOriginLocationAndLabels()
    {
        SecretPolicy policy;
        policy.defaultDays = 90;
        SecretPolicyRule vault = rule("vault team-a", 30);
        vault.store = "vault";
        vault.origin = "vault-*";
        vault.location = "secret";
        vault.namePattern = "team-a/*";
        SecretPolicyRule critical = rule("critical", 10);
        critical.label = "tier=critical";
        SecretPolicyRule owned = rule("owned", 45);
        owned.label = "owner";
        policy.rules = {vault, critical, owned};

        SecretRecord v;
        v.store = SecretStoreKind::Vault;
        v.origin = "vault-eu";
        v.location = "secret";
        v.name = "team-a/db";
        QCOMPARE(decideSecretPolicy(policy, v).days, 30);
        v.origin = "openbao";
        QCOMPARE(decideSecretPolicy(policy, v).days, 90);
        v.origin = "vault-eu";
        v.location = "kv";
        QCOMPARE(decideSecretPolicy(policy, v).days, 90);

        SecretRecord k = kube("ns", "team-a/db"); // store mismatch for the vault rule
        QCOMPARE(decideSecretPolicy(policy, k).days, 90);
        k.labels = {{"tier", "critical"}};
        QCOMPARE(decideSecretPolicy(policy, k).days, 10);
        k.labels = {{"tier", "criticality"}};
        QCOMPARE(decideSecretPolicy(policy, k).days, 90);
        k.labels = {{"owner", ""}, {"tier", "low"}};
        QCOMPARE(decideSecretPolicy(policy, k).days, 45);
        // "key=" asks for an empty value.
        policy.rules[1].label = "owner=";
        QCOMPARE(decideSecretPolicy(policy, k).days, 10);
    }

    void dueTime()
    {
        SecretRecord s = kube("ns", "a");
        QCOMPARE(secretDueAt(s, {30, "r"}).value(), s.lastChangeAt + 30 * 86400);
        QCOMPARE(secretDueAt(s, {0, "r"}).value(), s.lastChangeAt);
        s.lastChangeAt = 0;
        QVERIFY(!secretDueAt(s, {30, "r"}).has_value());
    }

    void jsonRoundTrip()
    {
        SecretPolicy policy;
        policy.defaultDays = 120;
        policy.serviceAccountTokenDays = 3;
        policy.rotationAnnotations = {"bulkhead.dev/rotated-at", "example.com/last-rotation"};
        SecretPolicyRule a = rule("payments \"db\"", 30);
        a.store = "kubernetes";
        a.origin = "prod-*";
        a.location = "payments";
        a.type = "Opaque";
        a.namePattern = "db-?";
        a.label = "tier=critical";
        SecretPolicyRule b = rule("", 0);
        policy.rules = {a, b};

        const std::string text = secretPolicyToJson(policy);
        std::string error;
        const auto back = secretPolicyFromJson(text, &error);
        QVERIFY2(back.has_value(), error.c_str());
        QVERIFY(*back == policy);

        // Read independently: the documented key names are there.
        const nlohmann::json doc = nlohmann::json::parse(text);
        QCOMPARE(doc.at("defaultDays").get<int>(), 120);
        QCOMPARE(doc.at("rules").size(), std::size_t(2));
        QCOMPARE(doc.at("rules")[0].at("namePattern").get<std::string>(), std::string("db-?"));
    }

    void jsonLeavesOutDefaults()
    {
        std::string error;
        const auto p = secretPolicyFromJson(R"({"rules":[{"name":"x","namePattern":"a*","days":5}]})", &error);
        QVERIFY2(p.has_value(), error.c_str());
        const SecretPolicy defaults;
        QCOMPARE(p->defaultDays, defaults.defaultDays);
        QCOMPARE(p->serviceAccountTokenDays, defaults.serviceAccountTokenDays);
        QVERIFY(p->rotationAnnotations == defaults.rotationAnnotations);
        QCOMPARE(p->rules.size(), std::size_t(1));
        QCOMPARE(p->rules[0].days, 5);
        // A rule without days gets the rule default.
        const auto q = secretPolicyFromJson(R"({"rules":[{"name":"x"}]})", &error);
        QVERIFY(q.has_value());
        QCOMPARE(q->rules[0].days, SecretPolicyRule().days);
    }

    void jsonErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << "{" << "not valid JSON";
        QTest::newRow("array") << "[]" << "not a JSON object";
        QTest::newRow("negative default") << R"({"defaultDays":-1})" << "defaultDays: not a non-negative integer";
        QTest::newRow("text days") << R"({"serviceAccountTokenDays":"7"})"
                                   << "serviceAccountTokenDays: not a non-negative integer";
        QTest::newRow("fraction") << R"({"defaultDays":1.5})" << "defaultDays: not a non-negative integer";
        QTest::newRow("huge") << R"({"defaultDays":99999999})" << "defaultDays: more than 36500 days";
        QTest::newRow("unknown top") << R"({"defaultdays":3})" << "defaultdays: unknown field";
        QTest::newRow("annotations not array") << R"({"rotationAnnotations":"a"})" << "rotationAnnotations: not an array";
        QTest::newRow("empty annotation") << R"({"rotationAnnotations":["a",""]})"
                                          << "rotationAnnotations[1]: not a non-empty string";
        QTest::newRow("rules not array") << R"({"rules":{}})" << "rules: not an array";
        QTest::newRow("rule not object") << R"({"rules":[{}, 3]})" << "rules[1]: not an object";
        QTest::newRow("rule days") << R"({"rules":[{},{},{"days":-3}]})" << "rules[2].days: not a non-negative integer";
        QTest::newRow("rule misspelt") << R"({"rules":[{"namepattern":"db-*"}]})" << "rules[0].namepattern: unknown field";
        QTest::newRow("rule field type") << R"({"rules":[{"type":5}]})" << "rules[0].type: not a string";
        QTest::newRow("rule store") << R"({"rules":[{"store":"aws"}]})"
                                    << "rules[0].store: \"aws\" is not kubernetes, vault or inventory";
        QTest::newRow("rule label") << R"({"rules":[{"label":"=x"}]})"
                                    << "rules[0].label: \"=x\" has no key (key=value or key)";
    }
    void jsonErrorsNameTheField()
    {
        QFETCH(QString, json);
        QFETCH(QString, error);
        std::string message = "unset";
        QVERIFY(!secretPolicyFromJson(json.toStdString(), &message).has_value());
        QCOMPARE(message, error.toStdString());
        // No error out-parameter: still no crash, still no policy.
        QVERIFY(!secretPolicyFromJson(json.toStdString(), nullptr).has_value());
    }

    void settingsRoundTrip()
    {
        QSettings().clear();
        const SecretPolicy defaults;
        QVERIFY(loadSecretPolicy() == defaults);

        SecretPolicy policy;
        policy.defaultDays = 0; // 0 is a real value, not "missing"
        policy.serviceAccountTokenDays = 14;
        policy.rotationAnnotations = {"a.example/rotated", "b.example/rotated"};
        SecretPolicyRule r = rule("inventory", 180);
        r.store = "inventory";
        r.label = "k";
        policy.rules = {r, rule("two", 1)};
        saveSecretPolicy(policy);
        QVERIFY(loadSecretPolicy() == policy);

        // No trusted annotation at all is a choice that survives the round trip.
        policy.rotationAnnotations.clear();
        saveSecretPolicy(policy);
        QVERIFY(loadSecretPolicy().rotationAnnotations.empty());
    }

    void damagedSettingsFallBack()
    {
        QSettings().clear();
        {
            QSettings s;
            s.setValue(QStringLiteral("secrets/defaultDays"), QStringLiteral("ninety"));
            s.setValue(QStringLiteral("secrets/serviceAccountTokenDays"), -4);
            s.setValue(QStringLiteral("secrets/rules"), QStringLiteral("[{\"days\":-1}]"));
        }
        const SecretPolicy defaults;
        const SecretPolicy p = loadSecretPolicy();
        QCOMPARE(p.defaultDays, defaults.defaultDays);
        QCOMPARE(p.serviceAccountTokenDays, defaults.serviceAccountTokenDays);
        QVERIFY(p.rules.empty());
        QVERIFY(p.rotationAnnotations == defaults.rotationAnnotations);
        {
            QSettings s;
            s.setValue(QStringLiteral("secrets/rules"), QStringLiteral("not json"));
        }
        QVERIFY(loadSecretPolicy().rules.empty());
    }

    void recordHelpers()
    {
        for (SecretStoreKind k : {SecretStoreKind::Kubernetes, SecretStoreKind::Vault, SecretStoreKind::Inventory}) {
            SecretStoreKind back{};
            QVERIFY(parseSecretStoreKindName(secretStoreKindName(k), back));
            QCOMPARE(back, k);
        }
        SecretStoreKind none{};
        QVERIFY(!parseSecretStoreKindName("Kubernetes", none));
        QCOMPARE(std::string(ageSourceName(AgeSource::CreationOnly)), std::string("creation only"));
        QCOMPARE(std::string(ageSourceName(AgeSource::ManagedFields)), std::string("managedFields"));
        for (int i = 1; i <= 6; ++i) {
            AgeSource back{};
            QVERIFY(parseAgeSourceName(ageSourceName(static_cast<AgeSource>(i)), back));
            QCOMPARE(static_cast<int>(back), i);
        }
        QVERIFY(isEnvUse({"Deployment", "web", "app", "env"}));
        QVERIFY(isEnvUse({"Deployment", "web", "app", "envFrom"}));
        QVERIFY(!isEnvUse({"Deployment", "web", "", "volume"}));

        const AssetRef k = secretAsset(kube("shop", "db"));
        QCOMPARE(k.kind, AssetKind::KubernetesResource);
        QCOMPARE(k.identity, kubernetesIdentity("prod-cluster", "shop", "Secret", "db"));
        QCOMPARE(k.nameSpace, std::string("shop"));
        QCOMPARE(k.cluster, std::string("prod-cluster"));
        SecretRecord v;
        v.store = SecretStoreKind::Vault;
        v.origin = "vault-eu";
        v.location = "secret";
        v.name = "team-a/db";
        const AssetRef va = secretAsset(v);
        QCOMPARE(va.kind, AssetKind::Other);
        QCOMPARE(va.identity, std::string("vault:vault-eu/secret/team-a/db"));
        QCOMPARE(va.name, std::string("secret/team-a/db"));
        v.store = SecretStoreKind::Inventory;
        v.origin = "team-secrets";
        v.location = "aws-sm";
        v.name = "stripe";
        QCOMPARE(secretAsset(v).identity, std::string("inventory:team-secrets/aws-sm/stripe"));
    }
};

QTEST_GUILESS_MAIN(TestSecretPolicy)
#include "tst_secretpolicy.moc"
