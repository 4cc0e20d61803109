// CycloneDX JSON import (spec 1.2-1.7 files from Trivy, Grype, Syft and the CycloneDX Maven
// plugin) on the shared fixtures. Expectations are computed from the fixture with Qt's own JSON
// parser, never copied from the importer's output.

#include "importers/reportparser.h"
#include "model/asset.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <map>
#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const char *const kFixtures[] = {
    "trivy/issue_9277.json",         "trivy/npm-cyclonedx.json.golden",
    "grype/TestCycloneDxPresenterImage.golden", "syft/alpine-cyclonedx.json",
    "cyclonedx-examples/dropwizard-1.3.15-bom.json",
};

using FindingId = std::tuple<std::string, std::string, std::string>; // vulnerability, package, version
using ComponentId = std::tuple<std::string, std::string, std::string>; // name, version, purl

// Every component, nested ones included, by bom-ref; the operating system is the subject's OS,
// not an inventory entry.
void walkComponents(const QJsonArray &list, std::multiset<ComponentId> &inventory,
                    std::map<QString, std::pair<std::string, std::string>> &byRef)
{
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        if (!c.value("name").isString())
            continue;
        byRef[c.value("bom-ref").toString()] = {str(c["name"]), str(c["version"])};
        if (c.value("type").toString() != "operating-system")
            inventory.emplace(str(c["name"]), str(c["version"]), str(c["purl"]));
        walkComponents(c.value("components").toArray(), inventory, byRef);
    }
}

// "pkg:deb/debian/tar@1.30%2Bdfsg-6?arch=amd64" -> (tar, 1.30+dfsg-6)
std::pair<std::string, std::string> purlNameVersion(const QString &purl)
{
    QString path = purl.section('?', 0, 0).section('#', 0, 0);
    const QString version = path.contains('@') ? path.section('@', -1) : QString();
    path = path.section('@', 0, -2);
    return {QUrl::fromPercentEncoding(path.section('/', -1).toUtf8()).toStdString(),
            QUrl::fromPercentEncoding(version.toUtf8()).toStdString()};
}

// One finding per (vulnerability, affected component); affects[].ref names a component (or the
// subject) by bom-ref, or is itself a purl.
std::set<FindingId> expectedFindings(const QJsonObject &bom)
{
    std::multiset<ComponentId> inventory;
    std::map<QString, std::pair<std::string, std::string>> byRef;
    const QJsonObject subject = bom.value("metadata").toObject().value("component").toObject();
    byRef[subject.value("bom-ref").toString()] = {str(subject["name"]), str(subject["version"])};
    walkComponents(bom.value("components").toArray(), inventory, byRef);
    std::set<FindingId> out;
    for (const QJsonValue &v : bom.value("vulnerabilities").toArray()) {
        const QJsonObject vuln = v.toObject();
        if (!vuln.value("id").isString())
            continue;
        for (const QJsonValue &a : vuln.value("affects").toArray()) {
            const QString ref = a.toObject().value("ref").toString();
            const auto it = byRef.find(ref);
            const auto [name, version] = it != byRef.end() ? it->second : purlNameVersion(ref);
            out.emplace(str(vuln["id"]), name, version);
        }
    }
    return out;
}

std::multiset<ComponentId> expectedComponents(const QJsonObject &bom)
{
    std::multiset<ComponentId> inventory;
    std::map<QString, std::pair<std::string, std::string>> byRef;
    walkComponents(bom.value("components").toArray(), inventory, byRef);
    return inventory;
}

QString propertyValue(const QJsonObject &component, const QString &name)
{
    for (const QJsonValue &p : component.value("properties").toArray())
        if (p.toObject().value("name").toString() == name)
            return p.toObject().value("value").toString();
    return {};
}

} // namespace

class TestCycloneDxImport : public QObject
{
    Q_OBJECT

private slots:
    void findingsComponentsAndScope_data() { addFixtureRows(kFixtures); }
    void findingsComponentsAndScope()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject bom = fixtureObject(fixture);
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.format, ReportFormat::CycloneDx);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        QCOMPARE(r.assets.size(), std::size_t(1));

        const std::set<FindingId> expected = expectedFindings(bom);
        QCOMPARE(r.findings.size(), expected.size());
        std::set<FindingId> seen;
        for (const ParsedFinding &f : r.findings)
            QVERIFY(seen.emplace(f.ruleKey, f.package, f.installedVersion).second);
        QVERIFY(seen == expected);

        const std::multiset<ComponentId> inventory = expectedComponents(bom);
        QVERIFY(!inventory.empty());
        std::multiset<ComponentId> components;
        for (const ParsedComponent &c : r.components)
            components.emplace(c.name, c.version, c.purl);
        QVERIFY(components == inventory);

        // Only a document with a vulnerabilities array claims a vulnerability scan.
        if (bom.contains("vulnerabilities"))
            QVERIFY(r.scopes == std::vector<ScanScope>{(ScanScope{0, FindingKind::Vulnerability})});
        else
            QVERIFY(r.scopes.empty());

        const QJsonObject metadata = bom.value("metadata").toObject();
        const QJsonValue tools = metadata.value("tools");
        const QJsonObject tool = (tools.isArray() ? tools.toArray() : tools.toObject().value("components").toArray())
                                     .at(0).toObject();
        QCOMPARE(r.tool, str(tool["name"]));
        QCOMPARE(r.toolVersion, str(tool["version"]));
        QCOMPARE(r.scannedAt, std::int64_t(QDateTime::fromString(metadata.value("timestamp").toString(), Qt::ISODate)
                                               .toSecsSinceEpoch()));
    }

    // The subject: a container is an image identified by its digest (syft/grype: the version;
    // trivy: the pkg:oci purl, which is its RepoDigest); anything else is identified by its purl.
    void subjectAsset_data() { addFixtureRows(kFixtures); }
    void subjectAsset()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject bom = fixtureObject(fixture);
        const QJsonObject subject = bom.value("metadata").toObject().value("component").toObject();
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const AssetRef &a = parsed.report->assets.at(0);
        const QString name = subject.value("name").toString();
        if (subject.value("type").toString() == "container") {
            QCOMPARE(a.kind, AssetKind::Image);
            const QString repoDigest = propertyValue(subject, "aquasecurity:trivy:RepoDigest");
            const QString digest = repoDigest.isEmpty() ? subject.value("version").toString() : repoDigest.section('@', 1);
            QVERIFY(digest.startsWith("sha256:"));
            QCOMPARE(a.identity, digest.toStdString());
            QCOMPARE(a.digest, digest.toStdString());
            QCOMPARE(a.name, name.toStdString());
        } else {
            QCOMPARE(a.kind, AssetKind::Other);
            const QString purl = subject.value("purl").toString();
            QCOMPARE(a.identity, (purl.isEmpty() ? name : purl).toStdString());
        }
        // An operating-system component is the subject's OS.
        for (const QJsonValue &v : bom.value("components").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value("type").toString() == "operating-system")
                QCOMPARE(a.os, (c.value("name").toString() + ' ' + c.value("version").toString()).toStdString());
        }
    }

    // Severity is the highest rating's; CVSS the highest v3+ score; CWE, dates, references and
    // components' purl and licenses come across.
    void vulnerabilityDetails()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/issue_9277.json");
        const QJsonObject bom = fixtureObject("trivy/issue_9277.json");
        const ParsedFile parsed = parseFixture("trivy/issue_9277.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        const std::map<QString, int> rank{{"info", 1}, {"low", 2}, {"medium", 3}, {"high", 4}, {"critical", 5}};
        int checked = 0;
        for (const QJsonValue &v : bom.value("vulnerabilities").toArray()) {
            const QJsonObject vuln = v.toObject();
            int worst = 0;
            double cvss = -1;
            for (const QJsonValue &rv : vuln.value("ratings").toArray()) {
                const QJsonObject rating = rv.toObject();
                worst = std::max(worst, rank.count(rating.value("severity").toString()) ? rank.at(rating.value("severity").toString()) : 0);
                if (rating.value("method").toString().startsWith("CVSSv3"))
                    cvss = std::max(cvss, rating.value("score").toDouble());
            }
            const RuleInfo *rule = findRule(*parsed.report, str(vuln["id"]));
            QVERIFY(rule && rule->hasMetadata);
            QCOMPARE(rule->cvssScore, cvss);
            QCOMPARE(rule->description, str(vuln["description"]));
            QCOMPARE(QString::fromStdString(rule->references).section('\n', 0, 0),
                     vuln.value("advisories").toArray().at(0).toObject().value("url").toString());
            if (vuln.contains("published"))
                QCOMPARE(rule->published, std::int64_t(QDateTime::fromString(vuln.value("published").toString(), Qt::ISODate)
                                                            .toSecsSinceEpoch()));
            const QJsonArray cwes = vuln.value("cwes").toArray();
            if (!cwes.isEmpty())
                QVERIFY(QString::fromStdString(rule->cwe).startsWith("CWE-" + QString::number(cwes.at(0).toInt())));
            for (const ParsedFinding &f : parsed.report->findings) {
                if (f.ruleKey == rule->key) {
                    QCOMPARE(int(f.severity), worst); // Severity: Info = 1 ... Critical = 5, as `rank`
                    ++checked;
                }
            }
        }
        QCOMPARE(std::size_t(checked), parsed.report->findings.size());

        // A ref to a component the document does not list (trivy#9277) is resolved from its purl.
        const ParsedFinding *dangling = findFinding(*parsed.report, "TEMP-0290435-0B57B5", "tar");
        QVERIFY(dangling);
        QCOMPARE(dangling->installedVersion, std::string("1.30+dfsg-6"));
        QCOMPARE(dangling->packageType, std::string("deb"));

        // Components: purl and licenses as written.
        const QJsonObject first = bom.value("components").toArray().at(1).toObject();
        bool found = false;
        for (const ParsedComponent &c : parsed.report->components) {
            if (c.name == str(first["name"])) {
                QCOMPARE(c.purl, str(first["purl"]));
                QCOMPARE(c.type, std::string("deb"));
                QCOMPARE(c.licenses, first.value("licenses").toArray().at(0).toObject().value("license").toObject()
                                         .value("name").toString().toStdString());
                found = true;
            }
        }
        QVERIFY(found);
    }

    // Trivy states the fix as "Upgrade <package> to version <v>"; grype's EPSS rating is no CVSS.
    void fixedVersionAndEpss()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/npm-cyclonedx.json.golden");
        const QJsonObject npm = fixtureObject("trivy/npm-cyclonedx.json.golden");
        const ParsedFile parsed = parseFixture("trivy/npm-cyclonedx.json.golden");
        QVERIFY2(parsed.report, parsed.error.c_str());
        const QJsonObject vuln = npm.value("vulnerabilities").toArray().at(0).toObject();
        const QString recommendation = vuln.value("recommendation").toString();
        QVERIFY(recommendation.contains(" to version "));
        QCOMPARE(parsed.report->findings.size(), std::size_t(1));
        QCOMPARE(parsed.report->findings.at(0).fixedVersion, recommendation.section(" to version ", 1).toStdString());

        BULKHEAD_REQUIRE_FIXTURE("grype/TestCycloneDxPresenterImage.golden");
        const QJsonObject grype = fixtureObject("grype/TestCycloneDxPresenterImage.golden");
        const ParsedFile g = parseFixture("grype/TestCycloneDxPresenterImage.golden");
        QVERIFY2(g.report, g.error.c_str());
        for (const QJsonValue &v : grype.value("vulnerabilities").toArray()) {
            const QJsonObject cvss = v.toObject().value("ratings").toArray().at(0).toObject();
            QVERIFY(cvss.value("method").toString().startsWith("CVSS"));
            const RuleInfo *rule = findRule(*g.report, str(v.toObject()["id"]));
            QVERIFY(rule);
            QCOMPARE(rule->cvssScore, cvss.value("score").toDouble());
            QCOMPARE(rule->cvssVector, str(cvss["vector"]));
            const ParsedFinding *f = nullptr;
            for (const ParsedFinding &candidate : g.report->findings)
                if (candidate.ruleKey == rule->key)
                    f = &candidate;
            QVERIFY(f);
            QCOMPARE(std::string(severityName(f->severity)), str(cvss["severity"]));
            QVERIFY(f->fixedVersion.empty()); // grype's CycloneDX states no fix
        }
    }

    void malformedEntryIsSkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("vulnerability id is an object") << "vuln-id";
        QTest::newRow("component is a string") << "component";
    }
    void malformedEntryIsSkipped()
    {
        QFETCH(QString, damage);
        BULKHEAD_REQUIRE_FIXTURE("trivy/issue_9277.json");
        QJsonObject bom = fixtureObject("trivy/issue_9277.json");
        const std::size_t findingsBefore = expectedFindings(bom).size();
        const std::size_t componentsBefore = expectedComponents(bom).size();
        if (damage == "vuln-id") {
            QJsonArray vulns = bom.value("vulnerabilities").toArray();
            QJsonObject vuln = vulns.at(0).toObject();
            vuln.insert("id", QJsonObject{{"text", vuln.value("id").toString()}});
            vulns.replace(0, vuln);
            bom.insert("vulnerabilities", vulns);
        } else {
            // A component no vulnerability names, so the findings stay the same.
            QJsonArray components = bom.value("components").toArray();
            components.replace(2, QStringLiteral("not a component"));
            bom.insert("components", components);
        }
        const std::size_t findingsAfter = expectedFindings(bom).size();
        const std::size_t componentsAfter = expectedComponents(bom).size();
        QVERIFY(findingsAfter < findingsBefore || componentsAfter == componentsBefore - 1);

        const ParsedFile parsed = parseTempFile(QJsonDocument(bom), "bom.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->warningCount, std::uint64_t(1));
        QCOMPARE(parsed.report->findings.size(), findingsAfter);
        QCOMPARE(parsed.report->components.size(), componentsAfter);
    }

    // Vulnerabilities before components (and metadata last) give the same result.
    void vulnerabilitiesBeforeComponents()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/issue_9277.json");
        const QJsonObject bom = fixtureObject("trivy/issue_9277.json");
        const ParsedFile normal = parseFixture("trivy/issue_9277.json");
        QVERIFY2(normal.report, normal.error.c_str());
        const QByteArray reordered = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"vulnerabilities\":"
            + QJsonDocument(bom.value("vulnerabilities").toArray()).toJson(QJsonDocument::Compact)
            + ",\"components\":" + QJsonDocument(bom.value("components").toArray()).toJson(QJsonDocument::Compact)
            + ",\"metadata\":" + QJsonDocument(bom.value("metadata").toObject()).toJson(QJsonDocument::Compact) + "}";
        const ParsedFile parsed = parseTempFile(reordered, "bom.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->findings.size(), normal.report->findings.size());
        for (std::size_t i = 0; i < parsed.report->findings.size(); ++i) {
            QCOMPARE(parsed.report->findings[i].fingerprint, normal.report->findings[i].fingerprint);
            QCOMPARE(parsed.report->findings[i].packageType, normal.report->findings[i].packageType);
        }
        QCOMPARE(parsed.report->assets.at(0).identity, normal.report->assets.at(0).identity);
    }

    void unsupportedSpecVersionIsRefused()
    {
        BULKHEAD_REQUIRE_FIXTURE("syft/alpine-cyclonedx.json");
        QJsonObject bom = fixtureObject("syft/alpine-cyclonedx.json");
        bom.insert("specVersion", "2.0");
        const ParsedFile parsed = parseTempFile(QJsonDocument(bom), "bom.json");
        QVERIFY(!parsed.report);
        QVERIFY2(QString::fromStdString(parsed.error).contains("2.0"), parsed.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCycloneDxImport)
#include "tst_cyclonedximport.moc"
