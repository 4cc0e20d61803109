// Grype JSON import (0.7-era and current layouts) on the real reports of the shared fixtures.
// Expectations are computed from the fixture with Qt's own JSON parser, never copied from the
// importer's output.

#include "importers/reportparser.h"
#include "model/asset.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const char *const kFixtures[] = {"grype/many_vulns.json", "grype/issue_9618.json", "grype/TestJsonImgsPresenter.golden"};

// (vulnerability id, package, version, location). Location rule: none for OS package databases
// (apk, deb, rpm, alpm, portage), else the artifact's first location path.
using FindingId = std::tuple<std::string, std::string, std::string, std::string>;
using ComponentId = std::tuple<std::string, std::string, std::string, std::string>; // name, version, type, purl

bool osPackage(const QString &type)
{
    static const QStringList os{"apk", "deb", "rpm", "alpm", "portage"};
    return os.contains(type);
}

std::set<FindingId> expectedFindings(const QJsonObject &report)
{
    std::set<FindingId> out;
    for (const QJsonValue &m : report.value("matches").toArray()) {
        const QJsonObject vuln = m.toObject().value("vulnerability").toObject();
        const QJsonObject artifact = m.toObject().value("artifact").toObject();
        if (!vuln.value("id").isString() || !artifact.value("name").isString())
            continue; // cannot be a finding
        const QString type = artifact.value("type").toString();
        const QString location = osPackage(type)
            ? QString()
            : artifact.value("locations").toArray().at(0).toObject().value("path").toString();
        out.emplace(str(vuln["id"]), str(artifact["name"]), str(artifact["version"]), location.toStdString());
    }
    return out;
}

std::set<ComponentId> expectedComponents(const QJsonObject &report)
{
    std::set<ComponentId> out;
    for (const QJsonValue &m : report.value("matches").toArray()) {
        const QJsonObject a = m.toObject().value("artifact").toObject();
        if (m.toObject().value("vulnerability").toObject().value("id").isString() && a.value("name").isString())
            out.emplace(str(a["name"]), str(a["version"]), str(a["type"]), str(a["purl"]));
    }
    return out;
}

} // namespace

class TestGrypeImport : public QObject
{
    Q_OBJECT

private slots:
    // Every distinct (vulnerability, package, version, location) of the report is one finding;
    // every distinct artifact one component.
    void findingsAndComponentsMatchTheReport_data() { addFixtureRows(kFixtures); }
    void findingsAndComponentsMatchTheReport()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.format, ReportFormat::GrypeJson);
        QCOMPARE(r.warningCount, std::uint64_t(0));

        const std::set<FindingId> expected = expectedFindings(json);
        QVERIFY(!expected.empty());
        QCOMPARE(r.findings.size(), expected.size());
        std::set<FindingId> seen;
        for (const ParsedFinding &f : r.findings) {
            QCOMPARE(f.kind, FindingKind::Vulnerability);
            QCOMPARE(f.asset, 0u);
            QVERIFY(seen.emplace(f.ruleKey, f.package, f.installedVersion, f.location).second);
        }
        QVERIFY(seen == expected);

        const std::set<ComponentId> components = expectedComponents(json);
        QCOMPARE(r.components.size(), components.size());
        for (const ParsedComponent &c : r.components)
            QVERIFY(components.count({c.name, c.version, c.type, c.purl}));
    }

    // Severity is grype's text; the fixed version the first fix version (fix.versions[0] now,
    // fixedInVersion in 0.7): checked on every match whose severity is a plain level.
    void severityAndFixedVersion_data() { addFixtureRows(kFixtures); }
    void severityAndFixedVersion()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        int checked = 0;
        for (const QJsonValue &m : json.value("matches").toArray()) {
            const QJsonObject vuln = m.toObject().value("vulnerability").toObject();
            const QJsonObject artifact = m.toObject().value("artifact").toObject();
            const ParsedFinding *f = findFinding(*parsed.report, str(vuln["id"]), str(artifact["name"]));
            QVERIFY(f);
            const QString level = vuln.value("severity").toString().toLower();
            if (QStringList{"critical", "high", "medium", "low"}.contains(level)) {
                QCOMPARE(std::string(severityName(f->severity)), level.toStdString());
                ++checked;
            }
            const QJsonArray fixVersions = vuln.value("fix").toObject().value("versions").toArray();
            const QString fixed = !fixVersions.isEmpty() ? fixVersions.at(0).toString()
                                                         : vuln.value("fixedInVersion").toString();
            QCOMPARE(f->fixedVersion, fixed.toStdString());
            QCOMPARE(f->packageType, str(artifact["type"]));
        }
        QVERIFY(checked > 0);
    }

    void imageAsset_data() { addFixtureRows(kFixtures); }
    void imageAsset()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const QJsonObject target = json.value("source").toObject().value("target").toObject();
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.assets.size(), std::size_t(1));
        const AssetRef &a = r.assets.at(0);
        QCOMPARE(a.kind, AssetKind::Image);
        QCOMPARE(a.identity, str(target["manifestDigest"]));
        QCOMPARE(a.digest, str(target["manifestDigest"]));
        const QString userInput = target.value("userInput").toString();
        QCOMPARE(a.name, userInput.toStdString());
        // These references carry a tag and no registry port: the repository is what precedes it.
        const QString repository = userInput.contains(':') ? userInput.left(userInput.lastIndexOf(':')) : userInput;
        QCOMPARE(a.repository, repository.toStdString());
        const QJsonObject distro = json.value("distro").toObject();
        QCOMPARE(a.os, (distro.value("name").toString() + ' ' + distro.value("version").toString()).toStdString());
        QCOMPARE(r.scopes.size(), std::size_t(1));
        QVERIFY(r.scopes.at(0) == (ScanScope{0, FindingKind::Vulnerability}));

        const QJsonObject descriptor = json.value("descriptor").toObject();
        QCOMPARE(r.tool, std::string("Grype"));
        QCOMPARE(r.toolVersion, str(descriptor["version"]));
        const QString stamp = descriptor.value("timestamp").toString();
        const qint64 expected = stamp.isEmpty() ? 0 : QDateTime::fromString(stamp, Qt::ISODateWithMs).toSecsSinceEpoch();
        QCOMPARE(r.scannedAt, std::int64_t(expected));
    }

    // Rule metadata: the description (of the match, else of the related NVD record), references
    // with dataSource first, and the highest CVSS (v3 over v2).
    void ruleMetadata()
    {
        BULKHEAD_REQUIRE_FIXTURE("grype/issue_9618.json");
        const QJsonObject json = fixtureObject("grype/issue_9618.json");
        const ParsedFile parsed = parseFixture("grype/issue_9618.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        int checked = 0;
        for (const QJsonValue &m : json.value("matches").toArray()) {
            const QJsonObject vuln = m.toObject().value("vulnerability").toObject();
            const RuleInfo *rule = findRule(*parsed.report, str(vuln["id"]));
            QVERIFY(rule);
            QVERIFY(rule->hasMetadata);
            const QJsonArray related = m.toObject().value("relatedVulnerabilities").toArray();
            const QString description = vuln.value("description").toString().isEmpty()
                ? related.at(0).toObject().value("description").toString()
                : vuln.value("description").toString();
            QCOMPARE(rule->description, description.toStdString());
            QCOMPARE(QString::fromStdString(rule->references).section('\n', 0, 0), vuln.value("dataSource").toString());
            double best = -1;
            QJsonArray scores = vuln.value("cvss").toArray();
            for (const QJsonValue &rel : related)
                for (const QJsonValue &c : rel.toObject().value("cvss").toArray())
                    scores.append(c);
            for (const QJsonValue &c : scores)
                if (c.toObject().value("version").toString().startsWith('3'))
                    best = std::max(best, c.toObject().value("metrics").toObject().value("baseScore").toDouble());
            QCOMPARE(rule->cvssScore, best);
            ++checked;
        }
        QVERIFY(checked > 0);

        // 0.7 layout: links, cvssV2 and cvssV3 objects.
        BULKHEAD_REQUIRE_FIXTURE("grype/many_vulns.json");
        const QJsonObject old = fixtureObject("grype/many_vulns.json");
        const ParsedFile oldParsed = parseFixture("grype/many_vulns.json");
        QVERIFY2(oldParsed.report, oldParsed.error.c_str());
        bool sawV3 = false;
        for (const QJsonValue &m : old.value("matches").toArray()) {
            const QJsonObject vuln = m.toObject().value("vulnerability").toObject();
            if (!vuln.contains("cvssV3") || !vuln.contains("description"))
                continue;
            const RuleInfo *rule = findRule(*oldParsed.report, str(vuln["id"]));
            QVERIFY(rule);
            QCOMPARE(rule->description, str(vuln["description"]));
            QCOMPARE(rule->cvssScore, vuln.value("cvssV3").toObject().value("baseScore").toDouble());
            QCOMPARE(rule->cvssVector, str(vuln.value("cvssV3").toObject()["vector"]));
            QCOMPARE(QString::fromStdString(rule->references).section('\n', 0, 0),
                     vuln.value("links").toArray().at(0).toString());
            sawV3 = true;
        }
        QVERIFY(sawV3);
    }

    // A second report on the same thread only names rules it has already described.
    void metadataOnlyOnFirstSighting()
    {
        BULKHEAD_REQUIRE_FIXTURE("grype/TestJsonImgsPresenter.golden");
        ParseContext ctx;
        const ParsedFile first = parseFixture("grype/TestJsonImgsPresenter.golden", ctx);
        const ParsedFile second = parseFixture("grype/TestJsonImgsPresenter.golden", ctx);
        QVERIFY(first.report && second.report);
        QCOMPARE(first.report->rules.size(), second.report->rules.size());
        QVERIFY(!first.report->rules.empty());
        for (const RuleInfo &rule : first.report->rules)
            QVERIFY(rule.hasMetadata);
        for (const RuleInfo &rule : second.report->rules) {
            QVERIFY(!rule.hasMetadata);
            QVERIFY(rule.description.empty() && rule.cvssScore < 0);
        }
        QCOMPARE(second.report->findings.size(), first.report->findings.size());
    }

    // One bad entry is skipped with a warning; the rest of the report imports.
    void malformedMatchIsSkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("match is a string") << "string";
        QTest::newRow("vulnerability.id is an object") << "id-object";
        QTest::newRow("artifact.name missing") << "no-name";
    }
    void malformedMatchIsSkipped()
    {
        QFETCH(QString, damage);
        BULKHEAD_REQUIRE_FIXTURE("grype/issue_9618.json");
        QJsonObject json = fixtureObject("grype/issue_9618.json");
        const std::size_t before = expectedFindings(json).size();
        QJsonArray matches = json.value("matches").toArray();
        QJsonObject match = matches.at(3).toObject();
        if (damage == "string") {
            matches.replace(3, QStringLiteral("not a match"));
        } else if (damage == "id-object") {
            QJsonObject vuln = match.value("vulnerability").toObject();
            vuln.insert("id", QJsonObject{{"nested", "CVE-0000-0000"}});
            match.insert("vulnerability", vuln);
            matches.replace(3, match);
        } else {
            QJsonObject artifact = match.value("artifact").toObject();
            artifact.remove("name");
            match.insert("artifact", artifact);
            matches.replace(3, match);
        }
        json.insert("matches", matches);
        const std::size_t after = expectedFindings(json).size();
        QCOMPARE(after, before - 1);

        const ParsedFile parsed = parseTempFile(QJsonDocument(json), "report.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->warningCount, std::uint64_t(1));
        QVERIFY(QString::fromStdString(parsed.report->warnings.at(0)).startsWith("matches[3]"));
        QCOMPARE(parsed.report->findings.size(), after);
        QCOMPARE(parsed.report->assets.size(), std::size_t(1)); // source comes last in this copy
    }

    void reportWithoutSourceIsRefused()
    {
        BULKHEAD_REQUIRE_FIXTURE("grype/TestJsonImgsPresenter.golden");
        QJsonObject json = fixtureObject("grype/TestJsonImgsPresenter.golden");
        json.remove("source");
        json.insert("distro", QJsonObject{}); // keeps the document recognisable as Grype
        const ParsedFile parsed = parseTempFile(QJsonDocument(json), "report.json");
        QVERIFY(!parsed.report);
        QVERIFY2(QString::fromStdString(parsed.error).contains("source"), parsed.error.c_str());
    }

    void directorySource()
    {
        BULKHEAD_REQUIRE_FIXTURE("grype/TestJsonImgsPresenter.golden");
        QJsonObject json = fixtureObject("grype/TestJsonImgsPresenter.golden");
        json.insert("source", QJsonObject{{"type", "directory"}, {"target", "/src/app"}});
        const ParsedFile parsed = parseTempFile(QJsonDocument(json), "report.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->assets.at(0).kind, AssetKind::Filesystem);
        QCOMPARE(parsed.report->assets.at(0).identity, std::string("/src/app"));
        // Both packages of this report are rpm/deb: no location, whatever the source.
        QVERIFY(!parsed.report->findings.empty());
        for (const ParsedFinding &f : parsed.report->findings)
            QVERIFY(f.location.empty());
    }
};

QTEST_GUILESS_MAIN(TestGrypeImport)
#include "tst_grypeimport.moc"
