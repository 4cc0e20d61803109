// Trivy image/fs/repo/config JSON (SchemaVersion 2) import, on the real reports of the shared
// fixtures. Every expectation is computed from the fixture with Qt's own JSON parser; nothing is
// copied from the importer's output.

#include "importers/reportparser.h"
#include "model/asset.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const char *const kFixtures[] = {
    "trivy/alpine-310.json.golden", "trivy/centos-7.json.golden", "trivy/dockerfile.json.golden",
    "trivy/helm.json.golden",       "trivy/secrets.json.golden",  "trivy/juice-shop-v10.2.0.json",
};

// A finding's identity within one report: the fingerprint's inputs minus the asset (a Trivy JSON
// report has exactly one). Entries of a report with the same identity are one finding.
// Location rule: a vulnerability of Class os-pkgs has none; any other vulnerability has its
// PkgPath, else the result Target; a FAIL misconfiguration has Target + ":" + its
// CauseMetadata.StartLine (Target alone without a line); a secret Target + ":" + StartLine.
using Identity = std::tuple<int, std::string, std::string, std::string, std::string>;

QString firstString(const QJsonValue &list)
{
    const QJsonArray items = list.toArray();
    return items.isEmpty() ? QString() : items.at(0).toString();
}

std::string withLine(const QString &target, int line)
{
    return (line > 0 ? target + ':' + QString::number(line) : target).toStdString();
}

// The findings a report should yield, each with the first JSON entry of its identity. Entries
// that are not objects or whose rule id is not a string cannot be findings and are left out.
std::map<Identity, QJsonObject> expectedFindings(const QJsonObject &report)
{
    std::map<Identity, QJsonObject> out;
    for (const QJsonValue &r : report.value("Results").toArray()) {
        const QJsonObject result = r.toObject();
        const QString target = result.value("Target").toString();
        const bool osPackages = result.value("Class").toString() == "os-pkgs";
        for (const QJsonValue &v : result.value("Vulnerabilities").toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value("VulnerabilityID").isString())
                continue;
            const QString path = o.value("PkgPath").toString();
            const std::string location = osPackages ? std::string() : (path.isEmpty() ? target : path).toStdString();
            out.emplace(Identity{int(FindingKind::Vulnerability), str(o["VulnerabilityID"]), str(o["PkgName"]),
                                 str(o["InstalledVersion"]), location},
                        o);
        }
        for (const QJsonValue &v : result.value("Misconfigurations").toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value("ID").isString() || o.value("Status").toString() != "FAIL")
                continue;
            const int line = o.value("CauseMetadata").toObject().value("StartLine").toInt();
            out.emplace(Identity{int(FindingKind::Misconfiguration), str(o["ID"]), {}, {}, withLine(target, line)}, o);
        }
        for (const QJsonValue &v : result.value("Secrets").toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value("RuleID").isString())
                continue;
            out.emplace(Identity{int(FindingKind::Secret), str(o["RuleID"]), {}, {},
                                 withLine(target, o.value("StartLine").toInt())},
                        o);
        }
    }
    return out;
}

// The kinds the report's results claim a complete scan of, by their Class.
std::set<FindingKind> classScopes(const QJsonObject &report)
{
    std::set<FindingKind> kinds;
    for (const QJsonValue &v : report.value("Results").toArray()) {
        const QString cls = v.toObject().value("Class").toString();
        if (cls == "os-pkgs" || cls == "lang-pkgs")
            kinds.insert(FindingKind::Vulnerability);
        else if (cls == "config")
            kinds.insert(FindingKind::Misconfiguration);
        else if (cls == "secret")
            kinds.insert(FindingKind::Secret);
    }
    return kinds;
}

std::set<FindingKind> scopeKinds(const ParsedReport &r)
{
    std::set<FindingKind> kinds;
    for (const ScanScope &s : r.scopes)
        kinds.insert(s.kind);
    return kinds;
}

Identity identityOf(const ParsedFinding &f)
{
    return {int(f.kind), f.ruleKey, f.package, f.installedVersion, f.location};
}

// Every text the parsed report holds, to search it for what must never be copied.
std::vector<std::string> allTexts(const ParsedReport &r)
{
    std::vector<std::string> texts{r.tool, r.toolVersion};
    for (const AssetRef &a : r.assets)
        texts.insert(texts.end(), {a.identity, a.name, a.repository, a.digest, a.nameSpace, a.cluster, a.os});
    for (const RuleInfo &i : r.rules)
        texts.insert(texts.end(), {i.key, i.title, i.description, i.references, i.cwe, i.cvssVector});
    for (const ParsedFinding &f : r.findings)
        texts.insert(texts.end(), {f.ruleKey, f.package, f.packageType, f.installedVersion, f.fixedVersion,
                                   f.location, f.message});
    for (const ParsedComponent &c : r.components)
        texts.insert(texts.end(), {c.name, c.type, c.version, c.purl, c.licenses});
    texts.insert(texts.end(), r.warnings.begin(), r.warnings.end());
    return texts;
}

} // namespace

class TestTrivyImport : public QObject
{
    Q_OBJECT

private slots:
    void findingsMatchTheReport_data() { addFixtureRows(kFixtures); }

    // Format, finding count and identities, and per finding severity and fixed version, all
    // against the JSON; rule titles of every rule seen for the first time.
    void findingsMatchTheReport()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const auto expected = expectedFindings(json);
        QVERIFY(!expected.empty());

        const ParsedFile file = parseFixture(fixture);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.format, ReportFormat::TrivyJson);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        QCOMPARE(r.tool, std::string("Trivy"));
        QCOMPARE(r.assets.size(), std::size_t(1));
        QCOMPARE(r.findings.size(), expected.size());

        std::set<Identity> seen;
        for (const ParsedFinding &f : r.findings) {
            QVERIFY2(seen.insert(identityOf(f)).second, f.ruleKey.c_str());
            const auto it = expected.find(identityOf(f));
            QVERIFY2(it != expected.end(), (f.ruleKey + " at " + f.location).c_str());
            const QJsonObject &o = it->second;
            QCOMPARE(std::string(severityName(f.severity)), o.value("Severity").toString().toLower().toStdString());
            QCOMPARE(f.fixedVersion, str(o["FixedVersion"]));
            QCOMPARE(f.asset, 0u);
        }

        // A fresh context meets every rule for the first time: one rule with metadata per key.
        std::map<std::pair<int, std::string>, std::string> titles; // first entry of each key
        for (const auto &[id, o] : expected)
            titles.emplace(std::pair(std::get<0>(id), std::get<1>(id)), str(o["Title"]));
        QCOMPARE(r.rules.size(), titles.size());
        for (const RuleInfo &rule : r.rules) {
            QVERIFY(rule.hasMetadata);
            QCOMPARE(rule.title, titles.at({int(rule.kind), rule.key}));
        }
    }

    void reportHeaderAndScopes_data() { addFixtureRows(kFixtures); }

    // Tool version, scan time, and one scope per scanned class (even a class without findings).
    void reportHeaderAndScopes()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const ParsedFile file = parseFixture(fixture);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;

        QCOMPARE(r.toolVersion, str(json["Trivy"].toObject()["Version"]));
        const QDateTime created = QDateTime::fromString(json.value("CreatedAt").toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        QCOMPARE(r.scannedAt, created.toSecsSinceEpoch());

        for (const ScanScope &s : r.scopes)
            QCOMPARE(s.asset, 0u);
        QCOMPARE(r.scopes.size(), classScopes(json).size());
        QVERIFY(scopeKinds(r) == classScopes(json));
    }

    void imageAsset_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("archive, no repo digest") << "trivy/alpine-310.json.golden";
        QTest::newRow("registry image") << "trivy/juice-shop-v10.2.0.json";
        QTest::newRow("centos archive") << "trivy/centos-7.json.golden";
    }

    // The image is its manifest digest (RepoDigests), else its config digest (ImageID); its
    // repository comes from the reference scanned, or from RepoTags when an archive was scanned.
    void imageAsset()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        const QJsonObject meta = json.value("Metadata").toObject();
        const ParsedFile file = parseFixture(fixture);
        QVERIFY2(file.report, file.error.c_str());
        const AssetRef &a = file.report->assets.at(0);

        const QString repoDigest = firstString(meta.value("RepoDigests"));
        const QString digest = repoDigest.isEmpty() ? meta.value("ImageID").toString() : repoDigest.section('@', 1);
        const QString artifact = json.value("ArtifactName").toString();
        const QString reference = artifact.endsWith(".tar.gz") ? firstString(meta.value("RepoTags")) : artifact;
        const QString repository = reference.left(reference.lastIndexOf(':')); // these tags have no registry port

        QCOMPARE(a.kind, AssetKind::Image);
        QVERIFY(!digest.isEmpty());
        QCOMPARE(a.identity, digest.toStdString());
        QCOMPARE(a.digest, digest.toStdString());
        QCOMPARE(a.name, artifact.toStdString());
        QCOMPARE(a.repository, repository.toStdString());
        const QJsonObject os = meta.value("OS").toObject();
        QCOMPARE(a.os, (os.value("Family").toString() + ' ' + os.value("Name").toString()).toStdString());
    }

    void filesystemAsset()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/helm.json.golden");
        const QJsonObject json = fixtureObject("trivy/helm.json.golden");
        QVERIFY(json.value("ArtifactType").toString() != "container_image");
        const ParsedFile file = parseFixture("trivy/helm.json.golden");
        QVERIFY2(file.report, file.error.c_str());
        const AssetRef &a = file.report->assets.at(0);
        QCOMPARE(a.kind, AssetKind::Filesystem);
        QCOMPARE(a.identity, str(json["ArtifactName"]));
        QCOMPARE(a.name, str(json["ArtifactName"]));
    }

    // Rule metadata of a vulnerability: references with PrimaryURL first and no repeats, CWEs,
    // the highest CVSS v3 score over the sources with its vector, dates.
    void vulnerabilityRuleMetadata()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.json.golden");
        const QJsonObject json = fixtureObject("trivy/alpine-310.json.golden");
        const QJsonObject vuln = json["Results"].toArray()[0].toObject()["Vulnerabilities"].toArray()[0].toObject();
        const ParsedFile file = parseFixture("trivy/alpine-310.json.golden");
        QVERIFY2(file.report, file.error.c_str());
        const RuleInfo *rule = nullptr;
        for (const RuleInfo &r : file.report->rules)
            if (r.key == str(vuln["VulnerabilityID"]))
                rule = &r;
        QVERIFY(rule);

        QStringList refs{vuln.value("PrimaryURL").toString()};
        for (const QJsonValue &v : vuln.value("References").toArray())
            if (!refs.contains(v.toString()))
                refs << v.toString();
        QCOMPARE(rule->references, refs.join('\n').toStdString());
        QStringList cwes;
        for (const QJsonValue &v : vuln.value("CweIDs").toArray())
            cwes << v.toString();
        QCOMPARE(rule->cwe, cwes.join(',').toStdString());
        double best = -1;
        QString vector;
        const QJsonObject cvss = vuln.value("CVSS").toObject();
        for (auto it = cvss.begin(); it != cvss.end(); ++it) {
            const double score = it.value().toObject().value("V3Score").toDouble(-1);
            if (score > best) {
                best = score;
                vector = it.value().toObject().value("V3Vector").toString();
            }
        }
        QVERIFY(best > 0);
        QCOMPARE(rule->cvssScore, best);
        QCOMPARE(rule->cvssVector, vector.toStdString());
        QCOMPARE(rule->description, str(vuln["Description"]));
        QCOMPARE(rule->published,
                 QDateTime::fromString(vuln.value("PublishedDate").toString(), Qt::ISODate).toSecsSinceEpoch());
        QCOMPARE(rule->modified,
                 QDateTime::fromString(vuln.value("LastModifiedDate").toString(), Qt::ISODate).toSecsSinceEpoch());
    }

    // A misconfiguration carries its per-occurrence message; PASS entries are not findings.
    void misconfigurationMessageAndStatus()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/dockerfile.json.golden");
        QJsonObject json = fixtureObject("trivy/dockerfile.json.golden");
        QJsonArray results = json["Results"].toArray();
        QJsonObject result = results[0].toObject();
        QJsonArray checks = result["Misconfigurations"].toArray();
        const QJsonObject failed = checks[0].toObject();
        QJsonObject passed = failed;
        passed["ID"] = "DS-9999";
        passed["Status"] = "PASS";
        checks.append(passed);
        result["Misconfigurations"] = checks;
        results[0] = result;
        json["Results"] = results;

        const ParsedFile file = parseJson(json);
        QVERIFY2(file.report, file.error.c_str());
        QCOMPARE(file.report->findings.size(), expectedFindings(json).size());
        QCOMPARE(file.report->findings.size(), std::size_t(1));
        const ParsedFinding &f = file.report->findings.at(0);
        QCOMPARE(f.kind, FindingKind::Misconfiguration);
        QCOMPARE(f.ruleKey, str(failed["ID"]));
        QCOMPARE(f.message, str(failed["Message"]));
        QCOMPARE(f.location, str(result["Target"])); // this cause has no StartLine
    }

    void secretValuesNeverCopied_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("secrets") << "trivy/secrets.json.golden";
        QTest::newRow("juice-shop") << "trivy/juice-shop-v10.2.0.json";
    }

    void secretValuesNeverCopied()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        std::vector<std::string> secretTexts;
        for (const QJsonValue &r : json.value("Results").toArray()) {
            for (const QJsonValue &s : r.toObject().value("Secrets").toArray()) {
                secretTexts.push_back(str(s.toObject()["Match"]));
                for (const QJsonValue &line : s.toObject()["Code"].toObject()["Lines"].toArray())
                    secretTexts.push_back(str(line.toObject()["Content"]));
            }
        }
        std::erase_if(secretTexts, [](const std::string &s) { return s.size() < 6; });
        QVERIFY(!secretTexts.empty());

        const ParsedFile file = parseFixture(fixture);
        QVERIFY2(file.report, file.error.c_str());
        int secrets = 0;
        for (const ParsedFinding &f : file.report->findings)
            secrets += f.kind == FindingKind::Secret;
        QVERIFY(secrets > 0);
        for (const std::string &text : allTexts(*file.report))
            for (const std::string &secret : secretTexts)
                QVERIFY2(text.find(secret) == std::string::npos, secret.c_str());
    }

    void malformedEntrySkipped_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QJsonValue>("entry"); // replaces entry 1 of the list; null: edit the rule id
        QTest::addColumn<QString>("idField");
        QTest::newRow("vulnerability is a number") << "Vulnerabilities" << QJsonValue(42) << QString();
        QTest::newRow("VulnerabilityID is an object") << "Vulnerabilities" << QJsonValue() << "VulnerabilityID";
        QTest::newRow("misconfiguration ID is a number") << "Misconfigurations" << QJsonValue() << "ID";
        QTest::newRow("secret is a string") << "Secrets" << QJsonValue("oops") << QString();
    }

    // One bad entry costs one warning naming it; everything else is imported. The report is then
    // no complete scan of that kind: claiming it would resolve the skipped finding.
    void malformedEntrySkipped()
    {
        QFETCH(QString, list);
        QFETCH(QJsonValue, entry);
        QFETCH(QString, idField);
        const char *fixture = list == "Vulnerabilities" ? "trivy/juice-shop-v10.2.0.json"
            : list == "Misconfigurations"                ? "trivy/helm.json.golden"
                                                         : "trivy/secrets.json.golden";
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        QJsonObject json = fixtureObject(fixture);
        const std::size_t before = expectedFindings(json).size();
        QJsonArray results = json["Results"].toArray();
        int resultIndex = 0;
        while (results[resultIndex].toObject()[list].toArray().size() < 2)
            ++resultIndex;
        QJsonObject result = results[resultIndex].toObject();
        QJsonArray entries = result[list].toArray();
        if (idField.isEmpty()) {
            entries[1] = entry;
        } else {
            QJsonObject broken = entries[1].toObject();
            broken[idField] = idField == "ID" ? QJsonValue(7) : QJsonValue(QJsonObject{{"x", 1}});
            entries[1] = broken;
        }
        result[list] = entries;
        results[resultIndex] = result;
        json["Results"] = results;
        const auto expected = expectedFindings(json);
        QCOMPARE(expected.size(), before - 1);

        const ParsedFile file = parseJson(json);
        QVERIFY2(file.report, file.error.c_str());
        QCOMPARE(file.report->warningCount, std::uint64_t(1));
        const QString where = QStringLiteral("Results[%1].%2[1]").arg(resultIndex).arg(list);
        QVERIFY2(QString::fromStdString(file.report->warnings.at(0)).startsWith(where), file.report->warnings.at(0).c_str());
        QCOMPARE(file.report->findings.size(), expected.size());
        for (const ParsedFinding &f : file.report->findings)
            QVERIFY(expected.count(identityOf(f)));

        std::set<FindingKind> scopes = classScopes(json);
        scopes.erase(list == "Vulnerabilities" ? FindingKind::Vulnerability
                         : list == "Misconfigurations" ? FindingKind::Misconfiguration
                                                       : FindingKind::Secret);
        QVERIFY(scopeKinds(*file.report) == scopes);
    }

    // A result that cannot be read could have been of any class: no scope is claimed.
    void unreadableResultWithholdsScopes()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/juice-shop-v10.2.0.json");
        QJsonObject json = fixtureObject("trivy/juice-shop-v10.2.0.json");
        QJsonArray results = json["Results"].toArray();
        results[1] = 5;
        json["Results"] = results;
        const ParsedFile file = parseJson(json);
        QVERIFY2(file.report, file.error.c_str());
        QCOMPARE(file.report->warningCount, std::uint64_t(1));
        QVERIFY2(file.report->warnings.at(0).starts_with("Results[1]: "), file.report->warnings.at(0).c_str());
        QCOMPARE(file.report->findings.size(), expectedFindings(json).size());
        QVERIFY(!classScopes(json).empty());
        QVERIFY(file.report->scopes.empty());
    }

    void schemaVersion1Refused()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.json.golden");
        QJsonObject json = fixtureObject("trivy/alpine-310.json.golden");
        json["SchemaVersion"] = 1;
        const ParsedFile file = parseJson(json);
        QVERIFY(!file.report);
        QVERIFY2(file.error.find("SchemaVersion 1") != std::string::npos, file.error.c_str());
    }

    // Trivy does not promise a field order. Qt writes keys sorted, which puts a vulnerability's
    // metadata before its VulnerabilityID and a result's lists before its Target and Type; the
    // hand-built document puts Results before the artifact. All import alike.
    void fieldOrderDoesNotMatter()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/juice-shop-v10.2.0.json");
        const QJsonObject json = fixtureObject("trivy/juice-shop-v10.2.0.json");
        const ParsedFile original = parseFixture("trivy/juice-shop-v10.2.0.json");
        const ParsedFile sorted = parseJson(json);

        QByteArray reordered = "{\"Results\":" + QJsonDocument(json["Results"].toArray()).toJson() + ",\"Metadata\":"
            + QJsonDocument(json["Metadata"].toObject()).toJson() + ",\"ArtifactName\":\""
            + json["ArtifactName"].toString().toUtf8() + "\",\"ArtifactType\":\"container_image\",\"SchemaVersion\":2}";
        const ParsedFile late = parseBytes(reordered, "reordered.json");

        for (const ParsedFile *file : {&original, &sorted, &late})
            QVERIFY2(file->report, file->error.c_str());
        for (const ParsedFile *file : {&sorted, &late}) {
            const ParsedReport &r = *file->report;
            QCOMPARE(r.assets.at(0).identity, original.report->assets.at(0).identity);
            QCOMPARE(r.findings.size(), original.report->findings.size());
            for (std::size_t i = 0; i < r.findings.size(); ++i) {
                QCOMPARE(r.findings[i].fingerprint, original.report->findings[i].fingerprint);
                QCOMPARE(r.findings[i].packageType, original.report->findings[i].packageType);
                QCOMPARE(r.findings[i].fixedVersion, original.report->findings[i].fixedVersion);
            }
            QCOMPARE(r.rules.size(), original.report->rules.size());
            for (std::size_t i = 0; i < r.rules.size(); ++i) {
                QCOMPARE(r.rules[i].title, original.report->rules[i].title);
                QCOMPARE(r.rules[i].references, original.report->rules[i].references);
                QCOMPARE(r.rules[i].cvssScore, original.report->rules[i].cvssScore);
            }
        }
    }

    // The same occurrence listed twice is one finding (same fingerprint inputs), with no warning.
    void duplicateEntriesAreOneFinding()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.json.golden");
        QJsonObject json = fixtureObject("trivy/alpine-310.json.golden");
        const std::size_t distinct = expectedFindings(json).size();
        QJsonArray results = json["Results"].toArray();
        QJsonObject result = results[0].toObject();
        QJsonArray vulns = result["Vulnerabilities"].toArray();
        vulns.append(vulns[0]);
        result["Vulnerabilities"] = vulns;
        results[0] = result;
        json["Results"] = results;

        const ParsedFile file = parseJson(json);
        QVERIFY2(file.report, file.error.c_str());
        QCOMPARE(file.report->findings.size(), distinct);
        QCOMPARE(file.report->warningCount, std::uint64_t(0));
    }

    // Rule metadata is copied only the first time this context meets a rule.
    void metadataOnlyOnFirstSighting()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.json.golden");
        ParseContext ctx;
        const ParsedFile first = parseFixture("trivy/alpine-310.json.golden", ctx);
        const ParsedFile second = parseFixture("trivy/alpine-310.json.golden", ctx);
        QVERIFY(first.report && second.report);
        QVERIFY(!first.report->rules.empty());
        QVERIFY(second.report->rules.empty());
        QCOMPARE(second.report->findings.size(), first.report->findings.size());
    }

    // Packages listed by `--list-all-pkgs` become components typed by the result.
    void packagesBecomeComponents()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/alpine-310.json.golden");
        QJsonObject json = fixtureObject("trivy/alpine-310.json.golden");
        QJsonArray results = json["Results"].toArray();
        QJsonObject result = results[0].toObject();
        const QJsonArray packages{
            QJsonObject{{"Name", "musl"}, {"Version", "1.1.22-r3"},
                        {"Identifier", QJsonObject{{"PURL", "pkg:apk/alpine/musl@1.1.22-r3"}}},
                        {"Licenses", QJsonArray{"MIT"}}},
            QJsonObject{{"Name", "zlib"}, {"Version", "1.2.11-r1"}, {"Licenses", QJsonArray{"Zlib", "BSD"}}},
        };
        result["Packages"] = packages;
        results[0] = result;
        json["Results"] = results;

        const ParsedFile file = parseJson(json);
        QVERIFY2(file.report, file.error.c_str());
        const auto &components = file.report->components;
        QCOMPARE(components.size(), std::size_t(packages.size()));
        for (qsizetype i = 0; i < packages.size(); ++i) {
            const QJsonObject p = packages[i].toObject();
            QCOMPARE(components[i].name, str(p["Name"]));
            QCOMPARE(components[i].version, str(p["Version"]));
            QCOMPARE(components[i].type, str(result["Type"]));
            QCOMPARE(components[i].purl, str(p["Identifier"].toObject()["PURL"]));
        }
        QCOMPARE(components[1].licenses, std::string("Zlib,BSD"));
    }
};

QTEST_GUILESS_MAIN(TestTrivyImport)
#include "tst_trivyimport.moc"
