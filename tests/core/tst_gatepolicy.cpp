// The gate policy format (parseGatePolicy): every example under resources/policies parses with
// the rules it spells out; each kind of mistake is refused with the file, the JSON pointer of the
// offending key and what is wrong, never silently relaxed.
#include "gate/gatepolicy.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bulkhead;

namespace {

// A policy with one rule given as JSON text.
std::string withRule(const std::string &rule)
{
    return R"({"version": 1, "name": "t", "rules": [)" + rule + "]}";
}

} // namespace

class TestGatePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesParse()
    {
        const QString dir = QFINDTESTDATA("../../resources/policies");
        QVERIFY2(!dir.isEmpty(), "resources/policies not found");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.contains(QStringLiteral("strict-release.json")));
        QVERIFY(files.contains(QStringLiteral("baseline.json")));
        for (const QString &name : files) {
            const QString path = dir + "/" + name;
            const GatePolicyParse parsed = loadGatePolicy(path.toStdString());
            QVERIFY2(parsed.policy, parsed.error.c_str());
            // The rules as Qt's own parser reads the file: same count, ids and types, in order.
            const QJsonObject doc = test::readJson(path).object();
            const QJsonArray rules = doc.value("rules").toArray();
            QCOMPARE(parsed.policy->rules.size(), std::size_t(rules.size()));
            QCOMPARE(parsed.policy->name, doc.value("name").toString().toStdString());
            for (qsizetype i = 0; i < rules.size(); ++i) {
                const QJsonObject r = rules[i].toObject();
                const GateRule &rule = parsed.policy->rules[std::size_t(i)];
                QCOMPARE(std::string(gateRuleTypeName(rule.type)), r.value("type").toString().toStdString());
                QCOMPARE(rule.id, r.value("id").toString(r.value("type").toString()).toStdString());
            }
        }
    }

    void optionsAndDefaults()
    {
        const GatePolicyParse p = parseGatePolicy(
            R"({"version": 1, "rules": [
                 {"type": "max_open_findings", "max": {"critical": 0, "high": 12}, "count_risk_accepted": true,
                  "only_fixable": true, "kinds": ["vulnerability", "secret"]},
                 {"type": "no_risky_rbac"},
                 {"id": "rbac-medium", "type": "no_risky_rbac", "min_severity": "medium", "include_bootstrap": true},
                 {"type": "no_findings_past_sla", "sla_days": {"critical": 3}},
                 {"type": "images_signed", "require": "signed"},
                 {"type": "images_have_sbom", "max_age_days": 14},
                 {"type": "controls_pass", "controls": ["BLD-3", "SUP-1"], "attested_passes": false},
                 {"type": "min_posture_score", "min": 72.5}]})",
            "/ci/gate.json");
        QVERIFY2(p.policy, p.error.c_str());
        const GatePolicy &g = *p.policy;
        QCOMPARE(g.name, std::string("gate.json")); // no "name": the file's
        QCOMPARE(g.rules.size(), std::size_t(8));
        QCOMPARE(g.rules[0].maxBySeverity.size(), std::size_t(2));
        QCOMPARE(g.rules[0].maxBySeverity.at(Severity::High), std::int64_t(12));
        QVERIFY(g.rules[0].countRiskAccepted && !g.rules[0].countFalsePositives && !g.rules[0].countMitigated);
        QVERIFY(g.rules[0].onlyFixable);
        QCOMPARE(g.rules[0].kinds, (std::vector<FindingKind>{FindingKind::Vulnerability, FindingKind::Secret}));
        QCOMPARE(g.rules[1].id, std::string("no_risky_rbac"));
        QCOMPARE(g.rules[1].minSeverity, Severity::High); // the RBAC rule's default
        QVERIFY(!g.rules[1].includeBootstrap);
        QCOMPARE(g.rules[2].minSeverity, Severity::Medium);
        QVERIFY(g.rules[2].includeBootstrap);
        QVERIFY(g.rules[3].sla.has_value());
        QCOMPARE(g.rules[3].sla->daysFor(Severity::Critical), 3);
        QCOMPARE(g.rules[3].sla->daysFor(Severity::High), SlaPolicy{}.daysFor(Severity::High));
        QCOMPARE(g.rules[3].minSeverity, Severity::Low);
        QVERIFY(!g.rules[4].requireVerified);
        QCOMPARE(g.rules[5].sbomMaxAgeDays, 14);
        QCOMPARE(g.rules[6].controls, (std::vector<std::string>{"BLD-3", "SUP-1"}));
        QVERIFY(!g.rules[6].attestedPasses && !g.rules[6].partialPasses);
        QCOMPARE(g.rules[7].minScore, 72.5);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // the whole error after "p.json: "
        auto row = [](const char *name, const std::string &json, const char *expected) {
            QTest::newRow(name) << QString::fromStdString(json) << QString::fromUtf8(expected);
        };
        row("not json", "{\"version\": 1,", "");
        row("not an object", "[1]", "/: a policy must be a JSON object, not an array");
        row("number overflow", R"({"version": 1, "rules": [{"type": "min_posture_score", "min": -1e3080}]})",
            "not valid JSON: number overflow parsing '-1e3080'");
        row("no version", R"({"rules": [{"type": "images_non_root"}]})", "/: no \"version\" (this Bulkhead reads \"version\": 1)");
        row("version 2", R"({"version": 2, "rules": []})",
            "/version: policy format version 2 is not supported by this Bulkhead (it reads version 1)");
        row("version text", R"({"version": "1", "rules": []})", "/version: must be a whole number, not a string");
        row("unknown top key", R"({"version": 1, "rulez": []})",
            "/rulez: unknown key \"rulez\" (version, name, description, rules)");
        row("no rules", R"({"version": 1, "rules": []})", "/rules: holds no rule: a gate without rules would pass anything");
        row("rules object", R"({"version": 1, "rules": {}})", "/rules: must be an array of rules, not an object");
        row("unknown type", withRule(R"({"type": "max_open_finding"})"),
            "/rules/0/type: unknown rule type \"max_open_finding\" (max_open_findings, no_findings_past_sla, "
            "images_signed, images_have_sbom, images_non_root, no_risky_rbac, no_overdue_rotations, controls_pass, "
            "min_posture_score)");
        row("no type", withRule(R"({"id": "x"})"), "/rules/0: the rule has no \"type\"");
        row("unknown severity", withRule(R"({"type": "max_open_findings", "max": {"critcal": 0}})"),
            "/rules/0/max/critcal: unknown severity \"critcal\" (critical, high, medium, low, info, unknown)");
        row("max wrong type", withRule(R"({"type": "max_open_findings", "max": {"high": "5"}})"),
            "/rules/0/max/high: must be a whole number, not a string");
        row("max negative", withRule(R"({"type": "max_open_findings", "max": {"high": -1}})"),
            "/rules/0/max/high: must be between 0 and 9223372036854775807, not -1");
        row("max missing", withRule(R"({"type": "max_open_findings"})"),
            "/rules/0: a max_open_findings rule needs \"max\" (e.g. {\"critical\": 0, \"high\": 5})");
        row("option of another type", withRule(R"({"type": "images_non_root", "max_age_days": 3})"),
            "/rules/0/max_age_days: unknown key \"max_age_days\" for rule type images_non_root (id, type, description)");
        row("bool as text", withRule(R"({"type": "max_open_findings", "max": {"high": 1}, "only_fixable": "yes"})"),
            "/rules/0/only_fixable: must be true or false, not a string");
        row("unknown kind", withRule(R"({"type": "max_open_findings", "max": {"high": 1}, "kinds": ["vuln"]})"),
            "/rules/0/kinds/0: unknown finding kind \"vuln\" (vulnerability, misconfiguration, secret)");
        row("unknown control", withRule(R"({"type": "controls_pass", "controls": ["BLD-3", "BLD-99"]})"),
            "/rules/0/controls/1: unknown control id \"BLD-99\" (`bulkheadctl controls` lists them)");
        row("rbac severity", withRule(R"({"type": "no_risky_rbac", "min_severity": "severe"})"),
            "/rules/0/min_severity: unknown severity \"severe\" (critical, high, medium, low, info, unknown)");
        row("require", withRule(R"({"type": "images_signed", "require": "cosign"})"),
            "/rules/0/require: must be \"verified\" or \"signed\", not \"cosign\"");
        row("score range", withRule(R"({"type": "min_posture_score", "min": 120})"),
            "/rules/0/min: must be a number from 0 to 100");
        row("duplicate id", R"({"version": 1, "rules": [{"type": "images_non_root"}, {"type": "images_non_root"}]})",
            "/rules/1: rule id \"images_non_root\" is used twice (give rules of the same type their own \"id\")");
        row("escaped key", withRule(R"({"type": "images_non_root", "a/b~c": 1})"),
            "/rules/0/a~1b~0c: unknown key \"a/b~c\" for rule type images_non_root (id, type, description)");
    }

    void invalid()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const GatePolicyParse p = parseGatePolicy(json.toStdString(), "p.json");
        QVERIFY(!p.policy);
        if (expected.isEmpty()) {
            QVERIFY2(p.error.rfind("p.json: not valid JSON (at byte ", 0) == 0, p.error.c_str());
            return;
        }
        QCOMPARE(p.error, "p.json: " + expected.toStdString());
    }

    void unreadableFile()
    {
        const GatePolicyParse p = loadGatePolicy("/nonexistent/dir/policy.json");
        QVERIFY(!p.policy);
        QCOMPARE(p.error, std::string("/nonexistent/dir/policy.json: cannot read the policy file"));
    }
};

QTEST_GUILESS_MAIN(TestGatePolicy)
#include "tst_gatepolicy.moc"
