// SARIF 2.1.0 import on the real logs of the shared fixtures (Trivy, dockle). Expectations are
// computed from the fixture with Qt's own JSON parser, never copied from the importer's output.

#include "importers/reportparser.h"
#include "model/asset.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>
#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const char *const kFixtures[] = {"trivy/alpine-310.sarif.golden", "dockle/dockle_0_3_15.sarif"};

// (rule key, package, installed version, location) — see expectedFindings for the rules.
using FindingId = std::tuple<std::string, std::string, std::string, std::string>;

QString messageField(const QString &message, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^%1: (.*)$").arg(QRegularExpression::escape(label)),
                                QRegularExpression::MultilineOption);
    return re.match(message).captured(1);
}

bool isVulnerabilityId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^(CVE|GHSA|GO|RUSTSEC|PYSEC|OSV|DSA|DLA|RHSA|USN)-.*\\d"));
    return re.match(id).hasMatch();
}

// Per result: the rule id (ruleId, else rules[ruleIndex].id); vulnerability ids stay bare, other
// ids become "<tool lower-case>/<id>". A vulnerability whose message names its package (Trivy)
// has that package and version, and no location for Trivy's OS-package rules, else the uri; any
// other result has uri[:startLine] as location.
std::set<FindingId> expectedFindings(const QJsonObject &log)
{
    std::set<FindingId> out;
    for (const QJsonValue &runValue : log.value("runs").toArray()) {
        const QJsonObject run = runValue.toObject();
        const QJsonObject driver = run.value("tool").toObject().value("driver").toObject();
        const QString tool = driver.value("name").toString().toLower();
        const QJsonArray rules = driver.value("rules").toArray();
        for (const QJsonValue &resultValue : run.value("results").toArray()) {
            const QJsonObject result = resultValue.toObject();
            if (result.isEmpty() || (result.contains("ruleId") && !result.value("ruleId").isString()))
                continue;
            const int index = result.value("ruleIndex").toInt(-1);
            const QString id = result.contains("ruleId") ? result.value("ruleId").toString()
                                                         : rules.at(index).toObject().value("id").toString();
            QJsonObject rule;
            for (const QJsonValue &r : rules)
                if (r.toObject().value("id").toString() == id)
                    rule = r.toObject();
            const QJsonObject physical = result.value("locations").toArray().at(0).toObject()
                                             .value("physicalLocation").toObject();
            const QString uri = physical.value("artifactLocation").toObject().value("uri").toString();
            const int line = physical.value("region").toObject().value("startLine").toInt();
            const QString uriLine = uri.isEmpty() || line <= 0 ? uri : uri + ':' + QString::number(line);
            const QString message = result.value("message").toObject().value("text").toString();
            const QString package = messageField(message, "Package");
            if (isVulnerabilityId(id) && !package.isEmpty()) {
                const bool os = rule.value("name").toString() == "OsPackageVulnerability";
                out.emplace(id.toStdString(), package.toStdString(),
                            messageField(message, "Installed Version").toStdString(),
                            os ? std::string() : uri.toStdString());
            } else {
                const QString key = isVulnerabilityId(id) ? id : tool + '/' + id;
                out.emplace(key.toStdString(), std::string(), std::string(), uriLine.toStdString());
            }
        }
    }
    return out;
}

// The CVSS v3 qualitative bands, for properties["security-severity"].
std::string cvssBand(double score)
{
    return score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : score > 0 ? "low" : "info";
}

} // namespace

class TestSarifImport : public QObject
{
    Q_OBJECT

private slots:
    void findingsMatchTheLog_data() { addFixtureRows(kFixtures); }
    void findingsMatchTheLog()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.format, ReportFormat::Sarif);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        QVERIFY(r.components.empty());

        const std::set<FindingId> expected = expectedFindings(json);
        QVERIFY(!expected.empty());
        QCOMPARE(r.findings.size(), expected.size());
        std::set<FindingId> seen;
        for (const ParsedFinding &f : r.findings)
            QVERIFY(seen.emplace(f.ruleKey, f.package, f.installedVersion, f.location).second);
        QVERIFY(seen == expected);

        const QJsonObject driver = json.value("runs").toArray().at(0).toObject().value("tool").toObject()
                                       .value("driver").toObject();
        QCOMPARE(r.tool, driver.value("name").toString().toStdString());
        QCOMPARE(r.toolVersion, driver.value("version").toString().toStdString());
    }

    // security-severity (a CVSS-like score) decides when present, else the result's level.
    void severities_data() { addFixtureRows(kFixtures); }
    void severities()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject run = fixtureObject(fixture).value("runs").toArray().at(0).toObject();
        const QJsonArray rules = run.value("tool").toObject().value("driver").toObject().value("rules").toArray();
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const std::map<QString, std::string> levels{{"error", "high"}, {"warning", "medium"}, {"note", "low"}, {"none", "info"}};
        std::set<std::string> expected, seen;
        for (const QJsonValue &v : run.value("results").toArray()) {
            const QJsonObject result = v.toObject();
            const QString id = result.value("ruleId").toString();
            QJsonObject rule;
            for (const QJsonValue &r : rules)
                if (r.toObject().value("id").toString() == id)
                    rule = r.toObject();
            const QJsonValue security = rule.value("properties").toObject().value("security-severity");
            const std::string severity = security.isUndefined() ? levels.at(result.value("level").toString())
                                                                : cvssBand(security.isString() ? security.toString().toDouble() : security.toDouble());
            expected.insert(id.toStdString() + "=" + severity);
        }
        for (const ParsedFinding &f : parsed.report->findings) {
            const std::string id = f.ruleKey.substr(f.ruleKey.find('/') + 1);
            seen.insert(id + "=" + std::string(severityName(f.severity)));
        }
        QVERIFY(seen == expected);
    }

    // Trivy: package, installed and fixed version come from the message; the image from
    // run.properties (no repo digest in this archive scan: its image ID).
    void trivyPackagesAndImage()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.sarif.golden");
        const QJsonObject run = fixtureObject("trivy/alpine-310.sarif.golden")
                                    .value("runs").toArray().at(0).toObject();
        const ParsedFile parsed = parseFixture("trivy/alpine-310.sarif.golden");
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        for (const QJsonValue &v : run.value("results").toArray()) {
            const QString message = v.toObject().value("message").toObject().value("text").toString();
            bool found = false;
            for (const ParsedFinding &f : r.findings) {
                if (f.ruleKey == v.toObject().value("ruleId").toString().toStdString()
                    && f.package == messageField(message, "Package").toStdString()) {
                    QCOMPARE(f.kind, FindingKind::Vulnerability);
                    QCOMPARE(f.fixedVersion, messageField(message, "Fixed Version").toStdString());
                    QCOMPARE(f.packageType, std::string("os-pkgs"));
                    found = true;
                }
            }
            QVERIFY(found);
        }

        const QJsonObject props = run.value("properties").toObject();
        QCOMPARE(r.assets.size(), std::size_t(1));
        const AssetRef &a = r.assets.at(0);
        QCOMPARE(a.kind, AssetKind::Image);
        QVERIFY(props.value("repoDigests").isNull());
        QCOMPARE(a.identity, props.value("imageID").toString().toStdString());
        QCOMPARE(a.name, props.value("imageName").toString().toStdString());
        const QString tag = props.value("repoTags").toArray().at(0).toString();
        QCOMPARE(a.repository, tag.left(tag.lastIndexOf(':')).toStdString());
        QCOMPARE(r.scopes.size(), std::size_t(1));
        QVERIFY(r.scopes.at(0) == (ScanScope{0, FindingKind::Vulnerability}));

        const QJsonObject rule = run.value("tool").toObject().value("driver").toObject().value("rules").toArray().at(0).toObject();
        const RuleInfo *info = findRule(r, rule.value("id").toString().toStdString());
        QVERIFY(info && info->hasMetadata);
        QCOMPARE(info->title, rule.value("shortDescription").toObject().value("text").toString().toStdString());
        QCOMPARE(info->description, rule.value("fullDescription").toObject().value("text").toString().toStdString());
        QCOMPARE(info->references, rule.value("helpUri").toString().toStdString());
        QCOMPARE(info->cvssScore, rule.value("properties").toObject().value("cvssv3_baseScore").toDouble());
    }

    // dockle names no image: one "sarif:dockle" asset; its checks are misconfigurations keyed by tool.
    void dockleChecks()
    {
        BULKHEAD_REQUIRE_FIXTURE("dockle/dockle_0_3_15.sarif");
        const QJsonObject run = fixtureObject("dockle/dockle_0_3_15.sarif")
                                    .value("runs").toArray().at(0).toObject();
        const ParsedFile parsed = parseFixture("dockle/dockle_0_3_15.sarif");
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.assets.size(), std::size_t(1));
        QCOMPARE(r.assets.at(0).kind, AssetKind::Other);
        QCOMPARE(r.assets.at(0).identity, std::string("sarif:dockle"));
        QVERIFY(r.scopes == std::vector<ScanScope>{(ScanScope{0, FindingKind::Misconfiguration})});
        for (const QJsonValue &v : run.value("tool").toObject().value("driver").toObject().value("rules").toArray()) {
            const QJsonObject rule = v.toObject();
            const RuleInfo *info = findRule(r, "dockle/" + rule.value("id").toString().toStdString());
            QVERIFY(info);
            QCOMPARE(info->kind, FindingKind::Misconfiguration);
            QCOMPARE(info->title, rule.value("shortDescription").toObject().value("text").toString().toStdString());
            QCOMPARE(info->references, rule.value("help").toObject().value("text").toString().toStdString());
        }
        for (const QJsonValue &v : run.value("results").toArray()) {
            bool found = false;
            for (const ParsedFinding &f : r.findings) {
                if (f.ruleKey == "dockle/" + v.toObject().value("ruleId").toString().toStdString()) {
                    QCOMPARE(f.message, v.toObject().value("message").toObject().value("text").toString().toStdString());
                    found = true;
                }
            }
            QVERIFY(found);
        }
    }

    // A rule tagged "secret" makes secret findings, which never carry the message (it may quote
    // the secret).
    void secretRulesKeepNoMessage()
    {
        BULKHEAD_REQUIRE_FIXTURE("dockle/dockle_0_3_15.sarif");
        QJsonObject log = fixtureObject("dockle/dockle_0_3_15.sarif");
        QJsonArray runs = log.value("runs").toArray();
        QJsonObject run = runs.at(0).toObject();
        QJsonObject tool = run.value("tool").toObject();
        QJsonObject driver = tool.value("driver").toObject();
        QJsonArray rules = driver.value("rules").toArray();
        QJsonObject rule = rules.at(0).toObject();
        const std::string ruleId = rule.value("id").toString().toStdString();
        rule.insert("properties", QJsonObject{{"tags", QJsonArray{"security", "secret"}}});
        rules.replace(0, rule);
        driver.insert("rules", rules);
        tool.insert("driver", driver);
        run.insert("tool", tool);
        runs.replace(0, run);
        log.insert("runs", runs);

        const ParsedFile parsed = parseTempFile(QJsonDocument(log), "log.sarif");
        QVERIFY2(parsed.report, parsed.error.c_str());
        bool sawSecret = false;
        for (const ParsedFinding &f : parsed.report->findings) {
            if (f.ruleKey != "dockle/" + ruleId)
                continue;
            QCOMPARE(f.kind, FindingKind::Secret);
            QVERIFY(f.message.empty());
            sawSecret = true;
        }
        QVERIFY(sawSecret);
        QCOMPARE(parsed.report->scopes.size(), std::size_t(2)); // secret + misconfiguration
    }

    void malformedResultIsSkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("result is a string") << "string";
        QTest::newRow("ruleId is an object") << "id-object";
    }
    void malformedResultIsSkipped()
    {
        QFETCH(QString, damage);
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.sarif.golden");
        QJsonObject log = fixtureObject("trivy/alpine-310.sarif.golden");
        const std::size_t before = expectedFindings(log).size();
        QJsonArray runs = log.value("runs").toArray();
        QJsonObject run = runs.at(0).toObject();
        QJsonArray results = run.value("results").toArray();
        if (damage == "string") {
            results.replace(1, QStringLiteral("not a result"));
        } else {
            QJsonObject result = results.at(1).toObject();
            result.insert("ruleId", QJsonObject{{"id", "CVE-2019-1551"}});
            results.replace(1, result);
        }
        run.insert("results", results);
        runs.replace(0, run);
        log.insert("runs", runs);
        const std::size_t after = expectedFindings(log).size();
        QCOMPARE(after, before - 1);

        // Qt writes keys sorted: "results" now precede "tool", and "properties" both.
        const ParsedFile parsed = parseTempFile(QJsonDocument(log), "log.sarif");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->warningCount, std::uint64_t(1));
        QVERIFY(QString::fromStdString(parsed.report->warnings.at(0)).startsWith("runs[0].results[1]"));
        QCOMPARE(parsed.report->findings.size(), after);
        QCOMPARE(parsed.report->assets.at(0).kind, AssetKind::Image);
    }

    void unsupportedVersionIsRefused()
    {
        BULKHEAD_REQUIRE_FIXTURE("dockle/dockle_0_3_15.sarif");
        QJsonObject log = fixtureObject("dockle/dockle_0_3_15.sarif");
        log.insert("version", "2.0.0");
        const ParsedFile parsed = parseTempFile(QJsonDocument(log), "log.sarif");
        QVERIFY(!parsed.report);
        QVERIFY2(QString::fromStdString(parsed.error).contains("2.0.0"), parsed.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSarifImport)
#include "tst_sarifimport.moc"
