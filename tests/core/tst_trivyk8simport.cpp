// `trivy k8s` JSON import (current Resources layout and the older Vulnerabilities /
// Misconfigurations layout), on the real reports of the shared fixtures. Expectations are
// computed from the fixture with Qt's own JSON parser.

#include "importers/reportparser.h"
#include "model/asset.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <set>
#include <tuple>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

const char *const kFixtures[] = {"trivy/local-k8s-scan-result.json", "trivy/kubernetes.json"};

// A finding's identity: the fingerprint's inputs (kind, rule, asset identity, package, installed
// version, location). Entries with the same identity are one finding. Location rule for
// `trivy k8s`: a vulnerability is located at its result Target (the container image, so two
// containers of one workload stay apart); a FAIL misconfiguration at Target + ":" +
// CauseMetadata.StartLine (Target alone without a line); a secret at Target + ":" + StartLine.
using Identity = std::tuple<int, std::string, std::string, std::string, std::string, std::string>;

std::string withLine(const QString &target, int line)
{
    return (line > 0 ? target + ':' + QString::number(line) : target).toStdString();
}

// The resource lists of either layout.
QJsonArray resourceEntries(const QJsonObject &report)
{
    QJsonArray all;
    for (const char *list : {"Resources", "Vulnerabilities", "Misconfigurations"})
        for (const QJsonValue &v : report.value(list).toArray())
            all.append(v);
    return all;
}

// "cluster/namespace/Kind/name", written out here rather than taken from the importer.
std::string resourceIdentity(const QJsonObject &report, const QJsonObject &resource)
{
    return QStringList{report.value("ClusterName").toString(), resource.value("Namespace").toString(),
                       resource.value("Kind").toString(), resource.value("Name").toString()}
        .join('/')
        .toStdString();
}

bool usableResource(const QJsonObject &resource)
{
    return !resource.value("Kind").toString().isEmpty() && !resource.value("Name").toString().isEmpty();
}

std::map<Identity, QJsonObject> expectedFindings(const QJsonObject &report)
{
    std::map<Identity, QJsonObject> out;
    for (const QJsonValue &entry : resourceEntries(report)) {
        const QJsonObject resource = entry.toObject();
        if (!usableResource(resource))
            continue;
        const std::string asset = resourceIdentity(report, resource);
        for (const QJsonValue &r : resource.value("Results").toArray()) {
            const QJsonObject result = r.toObject();
            const QString target = result.value("Target").toString();
            for (const QJsonValue &v : result.value("Vulnerabilities").toArray()) {
                const QJsonObject o = v.toObject();
                if (!o.value("VulnerabilityID").isString())
                    continue;
                out.emplace(Identity{int(FindingKind::Vulnerability), str(o["VulnerabilityID"]), asset,
                                     str(o["PkgName"]), str(o["InstalledVersion"]), target.toStdString()},
                            o);
            }
            for (const QJsonValue &v : result.value("Misconfigurations").toArray()) {
                const QJsonObject o = v.toObject();
                if (!o.value("ID").isString() || o.value("Status").toString() != "FAIL")
                    continue;
                const int line = o.value("CauseMetadata").toObject().value("StartLine").toInt();
                out.emplace(Identity{int(FindingKind::Misconfiguration), str(o["ID"]), asset, {}, {},
                                     withLine(target, line)},
                            o);
            }
            for (const QJsonValue &v : result.value("Secrets").toArray()) {
                const QJsonObject o = v.toObject();
                if (!o.value("RuleID").isString())
                    continue;
                out.emplace(Identity{int(FindingKind::Secret), str(o["RuleID"]), asset, {}, {},
                                     withLine(target, o.value("StartLine").toInt())},
                            o);
            }
        }
    }
    return out;
}

// (resource identity, kind) scopes the resources' results claim, by their Class.
std::set<std::pair<std::string, FindingKind>> expectedScopes(const QJsonObject &report)
{
    std::set<std::pair<std::string, FindingKind>> scopes;
    for (const QJsonValue &entry : resourceEntries(report)) {
        const QJsonObject resource = entry.toObject();
        if (!usableResource(resource))
            continue;
        const std::string id = resourceIdentity(report, resource);
        for (const QJsonValue &r : resource.value("Results").toArray()) {
            const QString cls = r.toObject().value("Class").toString();
            if (cls == "os-pkgs" || cls == "lang-pkgs")
                scopes.emplace(id, FindingKind::Vulnerability);
            else if (cls == "config")
                scopes.emplace(id, FindingKind::Misconfiguration);
            else if (cls == "secret")
                scopes.emplace(id, FindingKind::Secret);
        }
    }
    return scopes;
}

std::set<std::pair<std::string, FindingKind>> scopesOf(const ParsedReport &r)
{
    std::set<std::pair<std::string, FindingKind>> scopes;
    for (const ScanScope &s : r.scopes)
        scopes.emplace(r.assets.at(s.asset).identity, s.kind);
    return scopes;
}

Identity identityOf(const ParsedReport &r, const ParsedFinding &f)
{
    return {int(f.kind), f.ruleKey, r.assets.at(f.asset).identity, f.package, f.installedVersion, f.location};
}

// The resource list of the current layout, or the first list of the older one.
QString firstList(const QJsonObject &report)
{
    return report.contains("Resources") ? QStringLiteral("Resources") : QStringLiteral("Vulnerabilities");
}

} // namespace

class TestTrivyK8sImport : public QObject
{
    Q_OBJECT

private slots:
    void findingsMatchTheReport_data() { addFixtureRows(kFixtures); }

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
        QCOMPARE(r.format, ReportFormat::TrivyKubernetes);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        QCOMPARE(r.findings.size(), expected.size());
        std::set<Identity> seen;
        for (const ParsedFinding &f : r.findings) {
            const Identity id = identityOf(r, f);
            QVERIFY2(seen.insert(id).second, f.ruleKey.c_str());
            const auto it = expected.find(id);
            QVERIFY2(it != expected.end(), (f.ruleKey + " at " + f.location).c_str());
            QCOMPARE(std::string(severityName(f.severity)), it->second.value("Severity").toString().toLower().toStdString());
            QCOMPARE(f.fixedVersion, str(it->second["FixedVersion"]));
            if (f.kind == FindingKind::Misconfiguration)
                QCOMPARE(f.message, str(it->second["Message"]));
        }

        std::map<std::pair<int, std::string>, std::string> titles;
        for (const auto &[id, o] : expected)
            titles.emplace(std::pair(std::get<0>(id), std::get<1>(id)), str(o["Title"]));
        QCOMPARE(r.rules.size(), titles.size());
        for (const RuleInfo &rule : r.rules)
            QCOMPARE(rule.title, titles.at({int(rule.kind), rule.key}));
    }

    void assetsAndScopes_data() { addFixtureRows(kFixtures); }

    // One asset per resource however many entries name it; scopes per resource from the classes
    // of its results (a resource listed in both old-layout lists has both scopes).
    void assetsAndScopes()
    {
        QFETCH(QString, fixture);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        const QJsonObject json = fixtureObject(fixture);
        std::map<std::string, QJsonObject> resources;
        for (const QJsonValue &entry : resourceEntries(json))
            resources.emplace(resourceIdentity(json, entry.toObject()), entry.toObject());
        QVERIFY(resources.size() < std::size_t(resourceEntries(json).size())); // some resource repeats

        const ParsedFile file = parseFixture(fixture);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.assets.size(), resources.size());
        for (const AssetRef &a : r.assets) {
            QCOMPARE(a.kind, AssetKind::KubernetesResource);
            const auto it = resources.find(a.identity);
            QVERIFY2(it != resources.end(), a.identity.c_str());
            const QJsonObject &res = it->second;
            QCOMPARE(a.name, (res.value("Kind").toString() + '/' + res.value("Name").toString()).toStdString());
            QCOMPARE(a.nameSpace, str(res["Namespace"]));
            QCOMPARE(a.cluster, str(json["ClusterName"]));
        }
        QCOMPARE(r.scopes.size(), expectedScopes(json).size());
        QVERIFY(scopesOf(r) == expectedScopes(json));
    }

    void malformedEntrySkipped_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("damage");
        for (const char *f : kFixtures) {
            QTest::newRow(qPrintable(QString(f) + " vulnerability is a number")) << QString(f) << "vulnerability";
            QTest::newRow(qPrintable(QString(f) + " VulnerabilityID is an object")) << QString(f) << "id";
            QTest::newRow(qPrintable(QString(f) + " resource without Name")) << QString(f) << "resource";
        }
    }

    // One bad entry (a finding, or a whole resource) costs one warning; the rest imports. A
    // resource that lost a vulnerability claims no complete vulnerability scan.
    void malformedEntrySkipped()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, damage);
        BULKHEAD_REQUIRE_FIXTURE(fixture);
        QJsonObject json = fixtureObject(fixture);
        const std::size_t before = expectedFindings(json).size();
        const QString list = firstList(json);
        QJsonArray resources = json[list].toArray();
        // The first resource with a vulnerability result of at least two entries.
        int ri = 0, rr = 0;
        for (;; ++ri) {
            const QJsonArray results = resources[ri].toObject()["Results"].toArray();
            for (rr = 0; rr < results.size(); ++rr)
                if (results[rr].toObject()["Vulnerabilities"].toArray().size() >= 2)
                    break;
            if (rr < results.size())
                break;
        }
        QJsonObject resource = resources[ri].toObject();
        QJsonArray results = resource["Results"].toArray();
        QJsonObject result = results[rr].toObject();
        QJsonArray vulns = result["Vulnerabilities"].toArray();
        QString where;
        if (damage == "resource") {
            resource.remove("Name");
            where = QStringLiteral("%1[%2]").arg(list).arg(ri);
        } else {
            if (damage == "vulnerability") {
                vulns[1] = 42;
            } else {
                QJsonObject broken = vulns[1].toObject();
                broken["VulnerabilityID"] = QJsonObject{{"id", "CVE-0"}};
                vulns[1] = broken;
            }
            result["Vulnerabilities"] = vulns;
            results[rr] = result;
            resource["Results"] = results;
            where = QStringLiteral("%1[%2].Results[%3].Vulnerabilities[1]").arg(list).arg(ri).arg(rr);
        }
        resources[ri] = resource;
        json[list] = resources;
        const auto expected = expectedFindings(json);
        QVERIFY(expected.size() < before);

        const ParsedFile file = parseJson(json);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.warningCount, std::uint64_t(1));
        QVERIFY2(QString::fromStdString(r.warnings.at(0)).startsWith(where + ": "), r.warnings.at(0).c_str());
        QCOMPARE(r.findings.size(), expected.size());
        for (const ParsedFinding &f : r.findings)
            QVERIFY(expected.count(identityOf(r, f)));

        auto scopes = expectedScopes(json);
        if (damage != "resource")
            QVERIFY(scopes.erase({resourceIdentity(json, resource), FindingKind::Vulnerability}) == 1);
        QVERIFY(scopesOf(r) == scopes);
    }

    // ClusterName after the resources, Results before the resource's identity: same import.
    void fieldOrderDoesNotMatter()
    {
        BULKHEAD_REQUIRE_FIXTURE("trivy/kubernetes.json");
        const QJsonObject json = fixtureObject("trivy/kubernetes.json");
        QByteArray reordered = "{";
        for (const char *list : {"Vulnerabilities", "Misconfigurations"}) {
            reordered += '"' + QByteArray(list) + "\":[";
            const QJsonArray resources = json[list].toArray();
            for (qsizetype i = 0; i < resources.size(); ++i) {
                const QJsonObject res = resources[i].toObject();
                reordered += (i ? ",{" : "{") + QByteArray("\"Results\":")
                    + QJsonDocument(res["Results"].toArray()).toJson(QJsonDocument::Compact) + ",\"Name\":\""
                    + res["Name"].toString().toUtf8() + "\",\"Kind\":\"" + res["Kind"].toString().toUtf8()
                    + "\",\"Namespace\":\"" + res["Namespace"].toString().toUtf8() + "\"}";
            }
            reordered += "],";
        }
        reordered += "\"ClusterName\":\"" + json["ClusterName"].toString().toUtf8() + "\"}";

        const ParsedFile original = parseFixture("trivy/kubernetes.json");
        const ParsedFile late = parseBytes(reordered);
        QVERIFY2(original.report, original.error.c_str());
        QVERIFY2(late.report, late.error.c_str());
        QCOMPARE(late.report->format, ReportFormat::TrivyKubernetes);
        QCOMPARE(late.report->assets.size(), original.report->assets.size());
        QCOMPARE(late.report->findings.size(), original.report->findings.size());
        for (std::size_t i = 0; i < late.report->findings.size(); ++i)
            QCOMPARE(late.report->findings[i].fingerprint, original.report->findings[i].fingerprint);
        QVERIFY(late.report->assets.at(0).identity.starts_with(str(json["ClusterName"]) + "/"));
    }

    // Results are read by the same code as image reports: a secret result on a resource yields
    // a secret finding without the matched text.
    void secretResultOnAResource()
    {
        const QString match = QStringLiteral("export TOKEN=****************");
        const QJsonObject secret{{"RuleID", "generic-token"}, {"Severity", "HIGH"}, {"Title", "Token"},
                                 {"StartLine", 4}, {"Match", match},
                                 {"Code", QJsonObject{{"Lines", QJsonArray{QJsonObject{{"Number", 4}, {"Content", match}}}}}}};
        const QJsonObject report{
            {"ClusterName", "kind"},
            {"Resources", QJsonArray{QJsonObject{
                              {"Namespace", "default"}, {"Kind", "ConfigMap"}, {"Name", "settings"},
                              {"Results", QJsonArray{QJsonObject{{"Target", "ConfigMap/settings"}, {"Class", "secret"},
                                                                 {"Secrets", QJsonArray{secret}}}}}}}}};
        const ParsedFile file = parseJson(report);
        QVERIFY2(file.report, file.error.c_str());
        const ParsedReport &r = *file.report;
        QCOMPARE(r.findings.size(), std::size_t(1));
        const ParsedFinding &f = r.findings.at(0);
        QCOMPARE(f.kind, FindingKind::Secret);
        QCOMPARE(f.location, std::string("ConfigMap/settings:4"));
        QCOMPARE(r.assets.at(f.asset).identity, std::string("kind/default/ConfigMap/settings"));
        QCOMPARE(r.scopes.size(), std::size_t(1));
        QCOMPARE(r.scopes.at(0).kind, FindingKind::Secret);
        for (const std::string *text : {&f.message, &f.location, &r.rules.at(0).title, &r.rules.at(0).description})
            QVERIFY(text->find("****") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTrivyK8sImport)
#include "tst_trivyk8simport.moc"
