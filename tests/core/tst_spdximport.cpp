// SPDX 2.x JSON import (Syft, Trivy) on the shared fixtures. Expectations are computed from the
// fixture with Qt's own JSON parser, never copied from the importer's output.

#include "importers/reportparser.h"
#include "model/asset.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const char *const kFixtures[] = {"syft/alpine-spdx.json", "trivy/julia-spdx.json.golden"};

using ComponentId = std::tuple<std::string, std::string, std::string>; // name, version, purl

// SPDXIDs the document DESCRIBES.
QSet<QString> described(const QJsonObject &doc)
{
    QSet<QString> ids;
    for (const QJsonValue &v : doc.value("relationships").toArray()) {
        const QJsonObject rel = v.toObject();
        if (rel.value("relationshipType").toString() == "DESCRIBES"
            && rel.value("spdxElementId").toString() == doc.value("SPDXID").toString())
            ids.insert(rel.value("relatedSpdxElement").toString());
    }
    return ids;
}

QString purlOf(const QJsonObject &package)
{
    for (const QJsonValue &r : package.value("externalRefs").toArray())
        if (r.toObject().value("referenceType").toString() == "purl")
            return r.toObject().value("referenceLocator").toString();
    return {};
}

// Every package but the described one is a component.
std::multiset<ComponentId> expectedComponents(const QJsonObject &doc)
{
    const QSet<QString> subject = described(doc);
    std::multiset<ComponentId> out;
    for (const QJsonValue &v : doc.value("packages").toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value("name").isString() && !subject.contains(p.value("SPDXID").toString()))
            out.emplace(str(p["name"]), str(p["versionInfo"]), purlOf(p).toStdString());
    }
    return out;
}

} // namespace

class TestSpdxImport : public QObject
{
    Q_OBJECT

private slots:
    void componentsAssetAndTool_data() { addFixtureRows(kFixtures); }
    void componentsAssetAndTool()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject doc = fixtureObject(fixture);
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.format, ReportFormat::Spdx);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        // An SBOM lists packages: no findings, and no claim of a scan.
        QVERIFY(r.findings.empty());
        QVERIFY(r.scopes.empty());
        QVERIFY(r.rules.empty());

        const std::multiset<ComponentId> expected = expectedComponents(doc);
        QVERIFY(!expected.empty());
        std::multiset<ComponentId> components;
        for (const ParsedComponent &c : r.components)
            components.emplace(c.name, c.version, c.purl);
        QVERIFY(components == expected);

        // The described package is the asset; without one, the document's name.
        QCOMPARE(r.assets.size(), std::size_t(1));
        const AssetRef &a = r.assets.at(0);
        QCOMPARE(a.kind, AssetKind::Other);
        const QSet<QString> subject = described(doc);
        QString expectedName = doc.value("name").toString();
        for (const QJsonValue &v : doc.value("packages").toArray())
            if (subject.contains(v.toObject().value("SPDXID").toString()))
                expectedName = v.toObject().value("name").toString();
        QCOMPARE(a.name, expectedName.toStdString());
        QCOMPARE(a.identity, expectedName.toStdString()); // neither has a version nor a purl

        const QJsonObject info = doc.value("creationInfo").toObject();
        QCOMPARE(r.scannedAt, std::int64_t(QDateTime::fromString(info.value("created").toString(), Qt::ISODateWithMs)
                                               .toSecsSinceEpoch()));
        const QRegularExpression tool(QStringLiteral("^Tool: (.+)-([^-]+)$"));
        for (const QJsonValue &c : info.value("creators").toArray()) {
            const auto m = tool.match(c.toString());
            if (m.hasMatch()) {
                QCOMPARE(r.tool, m.captured(1).toStdString());
                QCOMPARE(r.toolVersion, m.captured(2).toStdString());
            }
        }
    }

    // Licenses: concluded, else declared; NOASSERTION is no license. Types from the purl.
    void componentLicensesAndTypes_data() { addFixtureRows(kFixtures); }
    void componentLicensesAndTypes()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject doc = fixtureObject(fixture);
        const ParsedFile parsed = parseFixture(fixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        int checked = 0;
        for (const QJsonValue &v : doc.value("packages").toArray()) {
            const QJsonObject p = v.toObject();
            const QString purl = purlOf(p);
            for (const ParsedComponent &c : parsed.report->components) {
                if (c.name != str(p["name"]) || c.purl != purl.toStdString())
                    continue;
                QString license = p.value("licenseConcluded").toString();
                if (license == "NOASSERTION" || license == "NONE")
                    license = p.value("licenseDeclared").toString();
                if (license == "NOASSERTION" || license == "NONE")
                    license.clear();
                QCOMPARE(c.licenses, license.toStdString());
                if (!purl.isEmpty())
                    QCOMPARE(c.type, purl.section(':', 1).section('/', 0, 0).toStdString());
                ++checked;
            }
        }
        QCOMPARE(std::size_t(checked), parsed.report->components.size());
    }

    // A described package whose purpose is CONTAINER is an image, identified by its digest.
    void containerSubjectIsAnImage()
    {
        BULKHEAD_REQUIRE_FIXTURE("syft/alpine-spdx.json");
        QJsonObject doc = fixtureObject("syft/alpine-spdx.json");
        const std::size_t components = expectedComponents(doc).size();
        const QString digest = "sha256:" + QString(64, 'a');
        QJsonArray packages = doc.value("packages").toArray();
        packages.append(QJsonObject{{"SPDXID", "SPDXRef-Image"}, {"name", "docker.io/library/alpine:latest"},
                                    {"versionInfo", digest}, {"primaryPackagePurpose", "CONTAINER"}});
        doc.insert("packages", packages);
        QJsonArray relationships = doc.value("relationships").toArray();
        relationships.append(QJsonObject{{"spdxElementId", "SPDXRef-DOCUMENT"}, {"relationshipType", "DESCRIBES"},
                                         {"relatedSpdxElement", "SPDXRef-Image"}});
        doc.insert("relationships", relationships);

        const ParsedFile parsed = parseTempFile(QJsonDocument(doc), "sbom.spdx.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        const AssetRef &a = parsed.report->assets.at(0);
        QCOMPARE(a.kind, AssetKind::Image);
        QCOMPARE(a.identity, digest.toStdString());
        QCOMPARE(a.repository, std::string("docker.io/library/alpine"));
        QCOMPARE(parsed.report->components.size(), components); // the image is not its own component
    }

    void malformedPackageIsSkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("package is a string") << "string";
        QTest::newRow("name is an array") << "name-array";
    }
    void malformedPackageIsSkipped()
    {
        QFETCH(QString, damage);
        BULKHEAD_REQUIRE_FIXTURE("syft/alpine-spdx.json");
        QJsonObject doc = fixtureObject("syft/alpine-spdx.json");
        const std::size_t before = expectedComponents(doc).size();
        QJsonArray packages = doc.value("packages").toArray();
        if (damage == "string") {
            packages.replace(1, QStringLiteral("not a package"));
        } else {
            QJsonObject second = packages.at(1).toObject();
            second.insert("name", QJsonArray{"not", "a", "name"});
            packages.replace(1, second);
        }
        doc.insert("packages", packages);
        const std::size_t expected = expectedComponents(doc).size();
        QCOMPARE(expected, before - 1);

        const ParsedFile parsed = parseTempFile(QJsonDocument(doc), "sbom.spdx.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->warningCount, std::uint64_t(1));
        QVERIFY(QString::fromStdString(parsed.report->warnings.at(0)).startsWith("packages[1]"));
        QCOMPARE(parsed.report->components.size(), expected);
    }

    void spdx3IsRefused()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/julia-spdx.json.golden");
        QJsonObject doc = fixtureObject("trivy/julia-spdx.json.golden");
        doc.insert("spdxVersion", "SPDX-3.0");
        const ParsedFile parsed = parseTempFile(QJsonDocument(doc), "sbom.spdx.json");
        QVERIFY(!parsed.report);
        QVERIFY2(QString::fromStdString(parsed.error).contains("SPDX-3.0"), parsed.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestSpdxImport)
#include "tst_spdximport.moc"
