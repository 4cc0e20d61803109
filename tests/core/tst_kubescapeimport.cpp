// Kubescape JSON (v2 results) import on the shared fixture. Expectations are computed from the
// fixture with Qt's own JSON parser, and cross-checked against kubescape's own summary counters.

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

const char *const kFixture = "kubescape/many_findings.json";

// (asset identity, control, location)
using FindingId = std::tuple<std::string, std::string, std::string>;

struct ResourceInfo {
    std::string identity, location;
};

// resources[]: identity cluster/namespace/Kind/name; location = the manifest file, else the id.
std::map<QString, ResourceInfo> resourceInfo(const QJsonObject &report)
{
    std::map<QString, ResourceInfo> out;
    const QString cluster = report.value("clusterName").toString();
    for (const QJsonValue &v : report.value("resources").toArray()) {
        const QString id = v.toObject().value("resourceID").toString();
        const QJsonObject obj = v.toObject().value("object").toObject();
        const QJsonObject meta = obj.value("metadata").toObject();
        const QString name = meta.contains("name") ? meta.value("name").toString() : obj.value("name").toString();
        const QString ns = meta.contains("namespace") ? meta.value("namespace").toString() : obj.value("namespace").toString();
        const QString source = obj.value("sourcePath").toString();
        out[id] = {QStringList{cluster, ns, obj.value("kind").toString(), name}.join('/').toStdString(),
                   (source.isEmpty() ? id : source).toStdString()};
    }
    return out;
}

// A control failed on a resource when one of its rules failed without an exception (kubescape
// counts excepted failures as excluded).
bool controlFailed(const QJsonObject &control)
{
    for (const QJsonValue &r : control.value("rules").toArray()) {
        const QJsonObject rule = r.toObject();
        if (rule.value("status").toString() == "failed" && rule.value("exception").toArray().isEmpty())
            return true;
    }
    return false;
}

std::set<FindingId> expectedFindings(const QJsonObject &report)
{
    const auto resources = resourceInfo(report);
    std::set<FindingId> out;
    for (const QJsonValue &v : report.value("results").toArray()) {
        const QJsonObject result = v.toObject();
        const auto it = resources.find(result.value("resourceID").toString());
        if (it == resources.end())
            continue;
        for (const QJsonValue &c : result.value("controls").toArray())
            if (c.toObject().value("controlID").isString() && controlFailed(c.toObject()))
                out.emplace(it->second.identity, c.toObject().value("controlID").toString().toStdString(), it->second.location);
    }
    return out;
}

} // namespace

class TestKubescapeImport : public QObject
{
    Q_OBJECT

private slots:
    void findingsMatchTheResults()
    {
        BULKHEAD_REQUIRE_FIXTURE(kFixture);
        const QJsonObject json = fixtureObject(kFixture);
        const ParsedFile parsed = parseFixture(kFixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.format, ReportFormat::Kubescape);
        QCOMPARE(r.warningCount, std::uint64_t(0));
        QCOMPARE(r.tool, std::string("Kubescape"));
        QCOMPARE(r.scannedAt, std::int64_t(QDateTime::fromString(json.value("generationTime").toString(), Qt::ISODateWithMs)
                                               .toSecsSinceEpoch()));

        const std::set<FindingId> expected = expectedFindings(json);
        QVERIFY(!expected.empty());
        QCOMPARE(r.findings.size(), expected.size());
        std::set<FindingId> seen;
        for (const ParsedFinding &f : r.findings) {
            QCOMPARE(f.kind, FindingKind::Misconfiguration);
            QVERIFY(seen.emplace(r.assets.at(f.asset).identity, f.ruleKey, f.location).second);
        }
        QVERIFY(seen == expected);
    }

    // Kubescape's summary says per control how many resources failed it, and how many findings
    // there are per severity: the import agrees with both.
    void agreesWithKubescapeSummary()
    {
        BULKHEAD_REQUIRE_FIXTURE(kFixture);
        const QJsonObject summary = fixtureObject(kFixture).value("summaryDetails").toObject();
        const ParsedFile parsed = parseFixture(kFixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        std::map<std::string, int> perControl;
        std::map<Severity, int> perSeverity;
        for (const ParsedFinding &f : parsed.report->findings) {
            ++perControl[f.ruleKey];
            ++perSeverity[f.severity];
        }
        const QJsonObject controls = summary.value("controls").toObject();
        for (auto it = controls.begin(); it != controls.end(); ++it) {
            const int failed = it.value().toObject().value("ResourceCounters").toObject().value("failedResources").toInt();
            QCOMPARE(perControl[it.key().toStdString()], failed);
        }
        const QJsonObject counters = summary.value("severityCounters").toObject();
        QCOMPARE(perSeverity[Severity::Critical], counters.value("criticalSeverity").toInt());
        QCOMPARE(perSeverity[Severity::High], counters.value("highSeverity").toInt());
        QCOMPARE(perSeverity[Severity::Medium], counters.value("mediumSeverity").toInt());
        QCOMPARE(perSeverity[Severity::Low], counters.value("lowSeverity").toInt());
        QCOMPARE(perSeverity[Severity::Unknown], 0);
    }

    // Every resource in results is a Kubernetes asset with a misconfiguration scope, whether it
    // failed anything or not.
    void everyCheckedResourceHasAScope()
    {
        BULKHEAD_REQUIRE_FIXTURE(kFixture);
        const QJsonObject json = fixtureObject(kFixture);
        const auto resources = resourceInfo(json);
        std::set<std::string> identities;
        for (const QJsonValue &v : json.value("results").toArray())
            identities.insert(resources.at(v.toObject().value("resourceID").toString()).identity);
        const ParsedFile parsed = parseFixture(kFixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedReport &r = *parsed.report;
        QCOMPARE(r.assets.size(), identities.size());
        QCOMPARE(r.scopes.size(), identities.size());
        for (const ScanScope &s : r.scopes) {
            QCOMPARE(s.kind, FindingKind::Misconfiguration);
            QCOMPARE(r.assets.at(s.asset).kind, AssetKind::KubernetesResource);
            QVERIFY(identities.count(r.assets.at(s.asset).identity));
        }
    }

    // One concrete finding: its title, file and the failed paths as message.
    void findingDetails()
    {
        BULKHEAD_REQUIRE_FIXTURE(kFixture);
        const QJsonObject json = fixtureObject(kFixture);
        const QJsonObject result = json.value("results").toArray().at(0).toObject();
        QJsonObject control;
        for (const QJsonValue &c : result.value("controls").toArray())
            if (control.isEmpty() && controlFailed(c.toObject()))
                control = c.toObject();
        QVERIFY(!control.isEmpty());
        const QString fixPath = control.value("rules").toArray().at(0).toObject().value("paths").toArray().at(0)
                                    .toObject().value("fixPath").toObject().value("path").toString();
        const ResourceInfo resource = resourceInfo(json).at(result.value("resourceID").toString());

        const ParsedFile parsed = parseFixture(kFixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        const ParsedFinding *f = nullptr;
        for (const ParsedFinding &candidate : parsed.report->findings)
            if (candidate.ruleKey == control.value("controlID").toString().toStdString()
                && parsed.report->assets.at(candidate.asset).identity == resource.identity)
                f = &candidate;
        QVERIFY(f);
        QCOMPARE(f->location, resource.location);
        QVERIFY2(QString::fromStdString(f->message).contains(fixPath), f->message.c_str());
        const double factor = json.value("summaryDetails").toObject().value("controls").toObject()
                                  .value(control.value("controlID").toString()).toObject().value("scoreFactor").toDouble();
        const Severity expected = factor >= 9 ? Severity::Critical : factor >= 7 ? Severity::High
            : factor >= 4 ? Severity::Medium : Severity::Low;
        QCOMPARE(f->severity, expected);
        bool titled = false;
        for (const RuleInfo &rule : parsed.report->rules) {
            if (rule.key == f->ruleKey) {
                QCOMPARE(rule.title, control.value("name").toString().toStdString());
                titled = true;
            }
        }
        QVERIFY(titled);
    }

    void malformedEntryIsSkipped_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("result is a string") << "result";
        QTest::newRow("controlID is an object") << "control";
    }
    void malformedEntryIsSkipped()
    {
        QFETCH(QString, damage);
        BULKHEAD_REQUIRE_FIXTURE(kFixture);
        QJsonObject json = fixtureObject(kFixture);
        const std::size_t before = expectedFindings(json).size();
        QJsonArray results = json.value("results").toArray();
        QString where;
        if (damage == "result") {
            results.replace(0, QStringLiteral("not a result"));
            where = "results[0]";
        } else {
            QJsonObject result = results.at(0).toObject();
            QJsonArray controls = result.value("controls").toArray();
            int failedIndex = 0;
            while (!controlFailed(controls.at(failedIndex).toObject()))
                ++failedIndex;
            QJsonObject control = controls.at(failedIndex).toObject();
            control.insert("controlID", QJsonObject{{"id", control.value("controlID")}});
            controls.replace(failedIndex, control);
            result.insert("controls", controls);
            results.replace(0, result);
            where = QStringLiteral("results[0].controls[%1]").arg(failedIndex);
        }
        json.insert("results", results);
        const std::size_t after = expectedFindings(json).size();
        QVERIFY(after < before);

        const ParsedFile parsed = parseTempFile(QJsonDocument(json), "results.json");
        QVERIFY2(parsed.report, parsed.error.c_str());
        QCOMPARE(parsed.report->warningCount, std::uint64_t(1));
        QVERIFY2(QString::fromStdString(parsed.report->warnings.at(0)).startsWith(where), parsed.report->warnings.at(0).c_str());
        QCOMPARE(parsed.report->findings.size(), after);
    }

    // Summary before results, results before resources: same findings, severities and assets.
    void orderOfSectionsDoesNotMatter()
    {
        BULKHEAD_REQUIRE_FIXTURE(kFixture);
        const QJsonObject json = fixtureObject(kFixture);
        auto compact = [&json](const char *key) {
            const QJsonValue v = json.value(key);
            return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        };
        const QByteArray reordered = "{\"summaryDetails\":" + compact("summaryDetails") + ",\"results\":"
            + compact("results") + ",\"resources\":" + compact("resources") + ",\"generationTime\":\""
            + json.value("generationTime").toString().toUtf8() + "\"}";
        const ParsedFile parsed = parseTempFile(reordered, "results.json");
        const ParsedFile normal = parseFixture(kFixture);
        QVERIFY2(parsed.report, parsed.error.c_str());
        QVERIFY2(normal.report, normal.error.c_str());
        QCOMPARE(parsed.report->findings.size(), normal.report->findings.size());
        for (std::size_t i = 0; i < normal.report->findings.size(); ++i) {
            QCOMPARE(parsed.report->findings[i].fingerprint, normal.report->findings[i].fingerprint);
            QCOMPARE(parsed.report->findings[i].severity, normal.report->findings[i].severity);
        }
        QCOMPARE(parsed.report->scannedAt, normal.report->scannedAt);
    }
};

QTEST_GUILESS_MAIN(TestKubescapeImport)
#include "tst_kubescapeimport.moc"
