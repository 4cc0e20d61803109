// trivy-operator custom resources (VulnerabilityReport, ConfigAuditReport, ExposedSecretReport,
// single or in a List) import, on the real reports of the shared fixtures. Expectations are
// computed from the fixture with Qt's own JSON parser.

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

const char *const kVulnerabilities = "trivy-operator/vulnerabilityreport_many.json";
const char *const kConfigAudit = "trivy-operator/configauditreport_many.json";
const char *const kSecrets = "trivy-operator/exposedsecretreport_many.json";
const char *const kFixtures[] = {kVulnerabilities, kConfigAudit, kSecrets};

// A finding's identity: the fingerprint's inputs (kind, rule, asset identity, package, installed
// version, location); entries with the same identity are one finding. Location rule: a
// vulnerability of class os-pkgs has none, any other its pkgPath, else its target (the reports
// of the fixtures carry an empty target); a failed check has none (the CR gives no position); a
// secret its target file.
using Identity = std::tuple<int, std::string, std::string, std::string, std::string, std::string>;

QString label(const QJsonObject &cr, const char *name)
{
    return cr["metadata"].toObject()["labels"].toObject()[QLatin1String("trivy-operator.resource.") + name].toString();
}

// The asset identity, written out here: an image is its digest when the report knows it, else
// registry/repository:tag; a config audit is about the labelled Kubernetes resource.
std::string assetIdentity(const QJsonObject &cr)
{
    const QJsonObject report = cr["report"].toObject();
    if (cr["kind"].toString().contains("ConfigAudit"))
        return QStringList{QString(), label(cr, "namespace"), label(cr, "kind"), label(cr, "name")}.join('/').toStdString();
    const QJsonObject artifact = report["artifact"].toObject();
    if (!artifact["digest"].toString().isEmpty())
        return str(artifact["digest"]);
    return (report["registry"].toObject()["server"].toString() + '/' + artifact["repository"].toString() + ':'
            + artifact["tag"].toString())
        .toStdString();
}

QJsonArray reportsOf(const QJsonObject &document)
{
    return document.contains("items") ? document["items"].toArray() : QJsonArray{document};
}

std::map<Identity, QJsonObject> expectedFindings(const QJsonObject &document)
{
    std::map<Identity, QJsonObject> out;
    for (const QJsonValue &item : reportsOf(document)) {
        const QJsonObject cr = item.toObject();
        if (!cr["report"].isObject())
            continue;
        const std::string asset = assetIdentity(cr);
        const QJsonObject report = cr["report"].toObject();
        const QString kind = cr["kind"].toString();
        if (kind == "VulnerabilityReport") {
            for (const QJsonValue &v : report["vulnerabilities"].toArray()) {
                const QJsonObject o = v.toObject();
                if (!o["vulnerabilityID"].isString())
                    continue;
                const QString path = o["pkgPath"].toString();
                const QString location = o["class"].toString() == "os-pkgs" ? QString()
                    : path.isEmpty()                                        ? o["target"].toString()
                                                                            : path;
                out.emplace(Identity{int(FindingKind::Vulnerability), str(o["vulnerabilityID"]), asset,
                                     str(o["resource"]), str(o["installedVersion"]), location.toStdString()},
                            o);
            }
        } else if (kind == "ConfigAuditReport") {
            for (const QJsonValue &v : report["checks"].toArray()) {
                const QJsonObject o = v.toObject();
                if (!o["checkID"].isString() || o["success"].toBool())
                    continue;
                out.emplace(Identity{int(FindingKind::Misconfiguration), str(o["checkID"]), asset, {}, {}, {}}, o);
            }
        } else if (kind == "ExposedSecretReport") {
            for (const QJsonValue &v : report["secrets"].toArray()) {
                const QJsonObject o = v.toObject();
                if (!o["ruleID"].isString())
                    continue;
                out.emplace(Identity{int(FindingKind::Secret), str(o["ruleID"]), asset, {}, {}, str(o["target"])}, o);
            }
        }
    }
    return out;
}

Identity identityOf(const ParsedReport &r, const ParsedFinding &f)
{
    return {int(f.kind), f.ruleKey, r.assets.at(f.asset).identity, f.package, f.installedVersion, f.location};
}

// Replaces entry `index` of report.<list> with `entry`.
QJsonObject withEntry(QJsonObject cr, const char *list, int index, const QJsonValue &entry)
{
    QJsonObject report = cr["report"].toObject();
    QJsonArray entries = report[list].toArray();
    entries[index] = entry;
    report[list] = entries;
    cr["report"] = report;
    return cr;
}

// Checks findings against `expected`: same count, one each, severity and fixed version as listed.
void compareFindings(const ParsedReport &r, const std::map<Identity, QJsonObject> &expected)
{
    QCOMPARE(r.findings.size(), expected.size());
    std::set<Identity> seen;
    for (const ParsedFinding &f : r.findings) {
        const Identity id = identityOf(r, f);
        QVERIFY2(seen.insert(id).second, f.ruleKey.c_str());
        const auto it = expected.find(id);
        QVERIFY2(it != expected.end(), (f.ruleKey + " on " + std::get<2>(id)).c_str());
        QCOMPARE(std::string(severityName(f.severity)), it->second["severity"].toString().toLower().toStdString());
        QCOMPARE(f.fixedVersion, str(it->second["fixedVersion"]));
    }
}

} // namespace

class TestTrivyOperatorImport : public QObject
{
    Q_OBJECT

private slots:
    void findingsMatchTheReport_data() { addFixtureRows(kFixtures, "path"); }

    void findingsMatchTheReport()
    {
        QFETCH(QString, path);
        BULKHEAD_REQUIRE_FIXTURE(path);
        const QJsonObject json = fixtureObject(path);
        const auto expected = expectedFindings(json);
        QVERIFY(!expected.empty());

        const ParsedFile file = parseFixture(path);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.format, ReportFormat::TrivyOperator);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        compareFindings(r, expected);
        if (QTest::currentTestFailed())
            return;

        std::map<std::pair<int, std::string>, std::string> titles;
        for (const auto &[id, o] : expected)
            titles.emplace(std::pair(std::get<0>(id), std::get<1>(id)), str(o["title"]));
        QCOMPARE(r.rules.size(), titles.size());
        for (const RuleInfo &rule : r.rules)
            QCOMPARE(rule.title, titles.at({int(rule.kind), rule.key}));
        for (const ParsedFinding &f : r.findings)
            if (f.kind == FindingKind::Misconfiguration) // the messages of the check, joined
                QVERIFY(!f.message.empty());
    }

    void assetScopeAndHeader_data() { addFixtureRows(kFixtures, "path"); }

    void assetScopeAndHeader()
    {
        QFETCH(QString, path);
        BULKHEAD_REQUIRE_FIXTURE(path);
        const QJsonObject cr = fixtureObject(path);
        const QJsonObject report = cr["report"].toObject();
        const ParsedFile file = parseFixture(path);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;

        QCOMPARE(r.tool, str(report["scanner"].toObject()["name"]));
        QCOMPARE(r.toolVersion, str(report["scanner"].toObject()["version"]));
        QCOMPARE(r.scannedAt, QDateTime::fromString(report["updateTimestamp"].toString(), Qt::ISODate).toSecsSinceEpoch());
        QCOMPARE(r.assets.size(), std::size_t(1));
        const AssetRef &a = r.assets.at(0);
        QCOMPARE(a.identity, assetIdentity(cr));
        QCOMPARE(a.nameSpace, label(cr, "namespace").toStdString());
        QCOMPARE(r.scopes.size(), std::size_t(1));
        const QString kind = cr["kind"].toString();
        if (kind == "ConfigAuditReport") {
            QCOMPARE(a.kind, AssetKind::KubernetesResource);
            QCOMPARE(a.name, (label(cr, "kind") + '/' + label(cr, "name")).toStdString());
            QCOMPARE(r.scopes.at(0).kind, FindingKind::Misconfiguration);
        } else {
            const QString repository = report["registry"].toObject()["server"].toString() + '/'
                + report["artifact"].toObject()["repository"].toString();
            QCOMPARE(a.kind, AssetKind::Image);
            QCOMPARE(a.repository, repository.toStdString());
            QCOMPARE(a.name, (repository + ':' + report["artifact"].toObject()["tag"].toString()).toStdString());
            QCOMPARE(r.scopes.at(0).kind,
                     kind == "VulnerabilityReport" ? FindingKind::Vulnerability : FindingKind::Secret);
        }
    }

    // An image report that knows the digest is that image (as a Trivy image scan of it is).
    void digestIsTheImageIdentity()
    {
        BULKHEAD_REQUIRE_FIXTURE(kVulnerabilities);
        QJsonObject cr = fixtureObject(kVulnerabilities);
        QJsonObject report = cr["report"].toObject();
        QJsonObject artifact = report["artifact"].toObject();
        const QString digest = "sha256:" + QString(64, 'a');
        artifact["digest"] = digest;
        report["artifact"] = artifact;
        cr["report"] = report;
        const ParsedFile file = parseJson(cr);
        QVERIFY2(file.report, file.error.c_str());
        const AssetRef &a = file.report->assets.at(0);
        QCOMPARE(a.identity, digest.toStdString());
        QCOMPARE(a.identity, assetIdentity(cr));
        QCOMPARE(a.digest, digest.toStdString());
        QCOMPARE(a.name, (report["registry"].toObject()["server"].toString() + '/' + artifact["repository"].toString()
                          + ':' + artifact["tag"].toString())
                             .toStdString());
    }

    // Rule metadata: primary link first, then the other links; the score as CVSS score.
    void vulnerabilityRuleMetadata()
    {
        BULKHEAD_REQUIRE_FIXTURE(kVulnerabilities);
        const QJsonObject vuln = fixtureObject(kVulnerabilities)["report"].toObject()["vulnerabilities"].toArray()[0].toObject();
        const ParsedFile file = parseFixture(kVulnerabilities);
        QVERIFY2(file.report, file.error.c_str());
        const RuleInfo &rule = file.report->rules.at(0);
        QCOMPARE(rule.key, str(vuln["vulnerabilityID"]));
        QVERIFY(rule.hasMetadata);
        QStringList links{vuln["primaryLink"].toString()};
        for (const QJsonValue &l : vuln["links"].toArray())
            if (!links.contains(l.toString()))
                links << l.toString();
        QCOMPARE(rule.references, links.join('\n').toStdString());
        QCOMPARE(rule.cvssScore, vuln["score"].toDouble());
    }

    void secretMatchNeverCopied()
    {
        BULKHEAD_REQUIRE_FIXTURE(kSecrets);
        const QJsonObject cr = fixtureObject(kSecrets);
        std::vector<std::string> matches;
        for (const QJsonValue &s : cr["report"].toObject()["secrets"].toArray())
            matches.push_back(str(s.toObject()["match"]));
        QVERIFY(!matches.empty());
        const ParsedFile file = parseFixture(kSecrets);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        std::vector<std::string> texts{r.tool, r.toolVersion};
        for (const ParsedFinding &f : r.findings)
            texts.insert(texts.end(), {f.ruleKey, f.package, f.installedVersion, f.fixedVersion, f.location, f.message});
        for (const RuleInfo &i : r.rules)
            texts.insert(texts.end(), {i.title, i.description, i.references});
        for (const AssetRef &a : r.assets)
            texts.insert(texts.end(), {a.identity, a.name});
        for (const std::string &text : texts)
            for (const std::string &match : matches)
                QVERIFY2(text.find(match) == std::string::npos, match.c_str());
    }

    // A List of reports of several kinds: the sum of each, one asset and scope per report.
    void listOfReports_data()
    {
        QTest::addColumn<QString>("listKind");
        // What `kubectl get vulnerabilityreports,configauditreports -o json` prints.
        QTest::newRow("List") << "List";
        QTest::newRow("VulnerabilityReportList") << "VulnerabilityReportList";
    }

    void listOfReports()
    {
        QFETCH(QString, listKind);
        for (const char *f : kFixtures)
            BULKHEAD_REQUIRE_FIXTURE(f);
        QJsonArray items;
        // kubectl lists the vulnerability report first; a List's kind is known by its first item.
        for (const char *f : kFixtures)
            items.append(fixtureObject(f));
        const QJsonObject list{{"apiVersion", "v1"}, {"kind", listKind}, {"items", items}};
        const auto expected = expectedFindings(list);

        const ParsedFile file = parseJson(list);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.format, ReportFormat::TrivyOperator);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        compareFindings(r, expected);
        QCOMPARE(r.assets.size(), std::size_t(items.size()));
        QCOMPARE(r.scopes.size(), std::size_t(items.size()));
        std::int64_t latest = 0;
        for (const QJsonValue &item : items)
            latest = std::max<std::int64_t>(latest, QDateTime::fromString(item.toObject()["report"].toObject()["updateTimestamp"].toString(),
                                                            Qt::ISODate)
                                          .toSecsSinceEpoch());
        QCOMPARE(r.scannedAt, latest);
    }

    void malformedEntrySkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("vulnerability is a number") << "vulnerability";
        QTest::newRow("checkID is an object") << "check";
        QTest::newRow("secret is a string") << "secret";
        QTest::newRow("List item is a number") << "item";
        QTest::newRow("List item of another kind") << "kind";
    }

    // One bad entry costs one warning naming it; the rest imports. A report that lost an entry is
    // no complete scan: it claims no scope.
    void malformedEntrySkipped()
    {
        QFETCH(QString, damage);
        for (const char *f : kFixtures)
            BULKHEAD_REQUIRE_FIXTURE(f);
        QJsonObject vulns = fixtureObject(kVulnerabilities), config = fixtureObject(kConfigAudit), secrets = fixtureObject(kSecrets);
        QString where;
        if (damage == "vulnerability") {
            vulns = withEntry(vulns, "vulnerabilities", 1, 42);
            where = "items[0].report.vulnerabilities[1]";
        } else if (damage == "check") {
            QJsonObject check = config["report"].toObject()["checks"].toArray()[2].toObject();
            check["checkID"] = QJsonObject{{"id", "KSV001"}};
            config = withEntry(config, "checks", 2, check);
            where = "items[1].report.checks[2]";
        } else if (damage == "secret") {
            secrets = withEntry(secrets, "secrets", 0, "AKIA");
            where = "items[2].report.secrets[0]";
        } else if (damage == "item") {
            config = QJsonObject{};
            where = "items[1]";
        } else {
            config["kind"] = "SbomReport";
            where = "items[1]";
        }
        QJsonArray items{vulns, config.isEmpty() ? QJsonValue(7) : QJsonValue(config), secrets};
        const QJsonObject list{{"apiVersion", "v1"}, {"kind", "VulnerabilityReportList"}, {"items", items}};
        const auto expected = expectedFindings(list);
        QVERIFY(expected.size() < expectedFindings(QJsonObject{{"items", QJsonArray{fixtureObject(kVulnerabilities), fixtureObject(kConfigAudit), fixtureObject(kSecrets)}}}).size());

        const ParsedFile file = parseJson(list);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.warningCount, std::uint64_t(1));
        QVERIFY2(QString::fromStdString(r.warnings.at(0)).startsWith(where + ": "), r.warnings.at(0).c_str());
        compareFindings(r, expected);

        std::set<std::string> scoped;
        for (const ScanScope &s : r.scopes)
            scoped.insert(r.assets.at(s.asset).identity);
        std::set<std::string> complete;
        const int damaged = damage == "vulnerability" ? 0 : damage == "secret" ? 2 : 1;
        for (int i = 0; i < items.size(); ++i)
            if (i != damaged)
                complete.insert(assetIdentity(items[i].toObject()));
        QVERIFY(scoped == complete);
    }

    // Passed checks (listed by some operator versions) are not findings.
    void passedChecksAreNotFindings()
    {
        BULKHEAD_REQUIRE_FIXTURE(kConfigAudit);
        QJsonObject cr = fixtureObject(kConfigAudit);
        const std::size_t all = expectedFindings(cr).size();
        for (int i : {0, 3}) {
            QJsonObject check = cr["report"].toObject()["checks"].toArray()[i].toObject();
            check["success"] = true;
            cr = withEntry(cr, "checks", i, check);
        }
        const auto expected = expectedFindings(cr);
        QCOMPARE(expected.size(), all - 2);
        const ParsedFile file = parseJson(cr);
        QVERIFY2(file.report, file.error.c_str());
        compareFindings(*file.report, expected);
        QCOMPARE(file.report->scopes.size(), std::size_t(1));
    }

    // A single report without its report section cannot be imported at all.
    void singleReportWithoutReportIsRefused()
    {
        BULKHEAD_REQUIRE_FIXTURE(kConfigAudit);
        QJsonObject cr = fixtureObject(kConfigAudit);
        cr.remove("report");
        const ParsedFile file = parseJson(cr);
        QVERIFY(!file.report);
        QVERIFY2(file.error.find("trivy-operator") != std::string::npos, file.error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTrivyOperatorImport)
#include "tst_trivyoperatorimport.moc"
