// The streaming SARIF 2.1.0 writer: the document parses, carries $schema/version/runs, every
// result's ruleId and ruleIndex resolve in its run's tool.driver.rules, results without a known
// rule are refused, and text that is not UTF-8 does not break the document.
#include "report/sarifbuilder.h"
#include "testsupport.h"

#include <nlohmann/json.hpp>

#include <sstream>

using namespace bulkhead;
using Json = nlohmann::json;

namespace {

SarifResult resultOf(const std::string &ruleId, const std::string &message)
{
    SarifResult r;
    r.ruleId = ruleId;
    r.level = "note";
    r.message = message;
    return r;
}

SarifTool toolOf(const std::string &name)
{
    SarifTool t;
    t.name = name;
    return t;
}

} // namespace

class TestSarifBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyDocumentIsValid()
    {
        std::ostringstream out;
        SarifBuilder sarif(out);
        sarif.finish();
        sarif.finish(); // idempotent
        const Json doc = Json::parse(out.str());
        QCOMPARE(doc.at("version").get<std::string>(), std::string("2.1.0"));
        QCOMPARE(doc.at("$schema").get<std::string>(), std::string("https://json.schemastore.org/sarif-2.1.0.json"));
        QVERIFY(doc.at("runs").is_array());
        QVERIFY(doc.at("runs").empty());
    }

    void runsRulesAndResults()
    {
        std::ostringstream out;
        SarifBuilder sarif(out);
        QVERIFY(!sarif.addResult(resultOf("R1", "before any run")));
        sarif.beginRun({"trivy", "0.50.0", "https://trivy.dev", "bulkhead/whole-store"});
        SarifRule cve;
        cve.id = "CVE-2024-0001";
        cve.shortDescription = "openssl: bad";
        cve.fullDescription = "A long description";
        cve.helpText = "Upgrade openssl to 3.0.1";
        cve.helpUri = "https://avd.aquasec.com/nvd/cve-2024-0001";
        cve.securitySeverity = 9.81;
        cve.tags = {"security", "vulnerability"};
        QCOMPARE(sarif.addRule(cve), 0);
        SarifRule other;
        other.id = "KSV001";
        QCOMPARE(sarif.addRule(other), 1);
        QCOMPARE(sarif.addRule(cve), 0); // declared twice: kept once
        SarifResult onImage;
        onImage.ruleId = cve.id;
        onImage.level = sarifLevel(Severity::Critical);
        onImage.message = "openssl 3.0.0 -> 3.0.1 \xff bad byte";
        onImage.artifactUri = "ghcr.io/acme/api:1.0";
        onImage.partialFingerprints = {{"bulkhead/v1", "00ff"}};
        QVERIFY(sarif.addResult(onImage));
        SarifResult onWorkload;
        onWorkload.ruleId = "KSV001";
        onWorkload.level = sarifLevel(Severity::Medium);
        onWorkload.logicalName = "api";
        onWorkload.logicalFullyQualifiedName = "prod/shop/Deployment/api";
        onWorkload.logicalKind = "resource";
        QVERIFY(sarif.addResult(onWorkload));
        QVERIFY(!sarif.addResult(resultOf("NOT-DECLARED", "x")));
        sarif.beginRun(toolOf("grype")); // ends the first run
        QVERIFY(!sarif.addResult(onImage)); // rules are per run
        sarif.finish();
        QCOMPARE(sarif.resultCount(), std::int64_t(2));
        QCOMPARE(sarif.runCount(), 2);

        const Json doc = Json::parse(out.str());
        const Json &runs = doc.at("runs");
        QCOMPARE(runs.size(), std::size_t(2));
        const Json &run = runs.at(0);
        QCOMPARE(run.at("tool").at("driver").at("name").get<std::string>(), std::string("trivy"));
        QCOMPARE(run.at("tool").at("driver").at("version").get<std::string>(), std::string("0.50.0"));
        QCOMPARE(run.at("automationDetails").at("id").get<std::string>(), std::string("bulkhead/whole-store"));
        const Json &rules = run.at("tool").at("driver").at("rules");
        QCOMPARE(rules.size(), std::size_t(2));
        QCOMPARE(rules.at(0).at("properties").at("security-severity").get<std::string>(), std::string("9.8"));
        QCOMPARE(rules.at(0).at("help").at("text").get<std::string>(), cve.helpText);
        QCOMPARE(rules.at(1).at("shortDescription").at("text").get<std::string>(), std::string("KSV001"));
        const Json &results = run.at("results");
        QCOMPARE(results.size(), std::size_t(2));
        for (const Json &r : results) {
            const int index = r.at("ruleIndex").get<int>();
            QCOMPARE(rules.at(index).at("id"), r.at("ruleId"));
            QVERIFY(!r.at("message").at("text").get<std::string>().empty());
        }
        QCOMPARE(results.at(0).at("level").get<std::string>(), std::string("error"));
        QCOMPARE(results.at(0).at("locations").at(0).at("physicalLocation").at("artifactLocation").at("uri")
                     .get<std::string>(),
                 std::string("ghcr.io/acme/api:1.0"));
        QCOMPARE(results.at(0).at("partialFingerprints").at("bulkhead/v1").get<std::string>(), std::string("00ff"));
        QCOMPARE(results.at(1).at("level").get<std::string>(), std::string("warning"));
        QCOMPARE(results.at(1).at("locations").at(0).at("logicalLocations").at(0).at("fullyQualifiedName")
                     .get<std::string>(),
                 std::string("prod/shop/Deployment/api"));
        QVERIFY(runs.at(1).at("results").empty());
        QCOMPARE(runs.at(1).at("tool").at("driver").at("name").get<std::string>(), std::string("grype"));
    }

    void levelsAndScores()
    {
        QCOMPARE(sarifLevel(Severity::High), std::string("error"));
        QCOMPARE(sarifLevel(Severity::Low), std::string("note"));
        QCOMPARE(sarifLevel(Severity::Unknown), std::string("note"));
        // Inside GitHub's buckets for our severity when no CVSS score is known.
        QVERIFY(sarifSecuritySeverity(Severity::Critical) > 9.0);
        const double high = sarifSecuritySeverity(Severity::High);
        QVERIFY(high >= 7.0 && high < 9.0);
        const double medium = sarifSecuritySeverity(Severity::Medium);
        QVERIFY(medium >= 4.0 && medium < 7.0);
        QCOMPARE(sarifSecuritySeverity(Severity::Low, 7.5), 7.5);
    }
};

QTEST_GUILESS_MAIN(TestSarifBuilder)
#include "tst_sarifbuilder.moc"
