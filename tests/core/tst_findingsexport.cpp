// Findings exports on a real store (ImportWriter + TriageRepository), parsed back: OpenVEX 0.2.0
// and SARIF 2.1.0 with nlohmann_json against the specs' required fields, .trivyignore.yaml with
// yaml-cpp. Expected counts come from the test's own table of findings and decisions, never from
// the output; the scope narrows each export.
#include "model/parsedreport.h"
#include "report/findingsexport.h"
#include "report/openvexexport.h"
#include "report/sarifexport.h"
#include "report/trivyignoreexport.h"
#include "store/database.h"
#include "store/importwriter.h"
#include "store/triagerepository.h"
#include "testsupport.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include <QTemporaryDir>

#include <ctime>
#include <functional>
#include <map>
#include <set>
#include <sstream>

using namespace bulkhead;
using Json = nlohmann::json;

namespace {

constexpr std::int64_t kDay = 86400;

enum class Target { ApiImage, NginxImage, ShopWorkload };

// One finding of the crafted store and the decision taken on it.
struct Case {
    Target target;
    FindingKind kind;
    const char *rule;
    Severity severity;
    const char *package; // "" for checks
    const char *version;
    bool inInventory;    // the image's components list the package (with a purl)
    FindingStatus decision;
    const char *justification;
};

const std::vector<Case> &cases()
{
    static const std::vector<Case> all{
        {Target::ApiImage, FindingKind::Vulnerability, "CVE-2026-0001", Severity::Critical, "openssl", "3.0.0", true,
         FindingStatus::Open, ""},
        {Target::ApiImage, FindingKind::Vulnerability, "CVE-2026-0002", Severity::High, "zlib", "1.2.13", true,
         FindingStatus::FalsePositive, "Vulnerable code not in execute path: we never call inflateGetHeader"},
        {Target::ApiImage, FindingKind::Vulnerability, "CVE-2026-0003", Severity::Medium, "busybox", "1.36.1", false,
         FindingStatus::Mitigated, "seccomp profile blocks the syscall"},
        {Target::ApiImage, FindingKind::Vulnerability, "CVE-2026-0004", Severity::Low, "openssl", "3.0.0", true,
         FindingStatus::RiskAccepted, "Only reachable with a local shell; \"quoted\" and: colon\nsecond line"},
        {Target::NginxImage, FindingKind::Vulnerability, "CVE-2026-0005", Severity::High, "nginx", "1.25.0", true,
         FindingStatus::FalsePositive, "Scanner matched the wrong package"},
        {Target::NginxImage, FindingKind::Vulnerability, "CVE-2026-0001", Severity::Critical, "openssl", "3.0.0", true,
         FindingStatus::Confirmed, "Reachable through TLS termination"},
        {Target::NginxImage, FindingKind::Vulnerability, "CVE-2026-0006", Severity::Medium, "pcre", "8.45", true,
         FindingStatus::Open, ""},
        {Target::NginxImage, FindingKind::Vulnerability, "CVE-2026-0007", Severity::High, "libxml2", "2.9.14", true,
         FindingStatus::Mitigated, "Fixed: rebuilt with the patched libxml2"},
        {Target::ShopWorkload, FindingKind::Misconfiguration, "KSV001", Severity::Medium, "", "", false,
         FindingStatus::RiskAccepted, "Legacy sidecar needs privilege escalation until Q3"},
        {Target::ShopWorkload, FindingKind::Misconfiguration, "KSV002", Severity::High, "", "", false,
         FindingStatus::Open, ""},
    };
    return all;
}

bool isOpen(FindingStatus s) { return s == FindingStatus::Open || s == FindingStatus::Confirmed; }
bool isVexDecision(const Case &c)
{
    return c.kind == FindingKind::Vulnerability && c.decision != FindingStatus::Open;
}
bool saysFixed(const Case &c)
{
    return std::string_view(c.justification).substr(0, 5) == "Fixed";
}
bool isIgnored(const Case &c)
{
    return c.decision == FindingStatus::RiskAccepted || c.decision == FindingStatus::FalsePositive;
}

AssetRef assetOf(Target t)
{
    AssetRef a;
    switch (t) {
    case Target::ApiImage:
        a.kind = AssetKind::Image;
        a.name = "ghcr.io/acme/api:1.0";
        a.repository = "ghcr.io/acme/api";
        a.digest = "sha256:" + std::string(64, 'a');
        a.identity = a.digest;
        break;
    case Target::NginxImage:
        a.kind = AssetKind::Image;
        a.name = "docker.io/library/nginx:1.25";
        a.repository = "docker.io/library/nginx";
        a.digest = "sha256:" + std::string(64, 'b');
        a.identity = a.digest;
        break;
    case Target::ShopWorkload:
        a.kind = AssetKind::KubernetesResource;
        a.name = "Deployment/api";
        a.nameSpace = "shop";
        a.cluster = "prod";
        a.identity = kubernetesIdentity("prod", "shop", "Deployment", "api");
        break;
    }
    return a;
}

std::string purlOf(const Case &c)
{
    return std::string("pkg:apk/alpine/") + c.package + "@" + c.version;
}

// One report of `tool` holding the cases `take` selects.
void importReport(Database &db, const std::string &tool, const std::function<bool(const Case &)> &take,
                  std::int64_t at)
{
    ParsedReport r;
    r.format = ReportFormat::TrivyJson;
    r.tool = tool;
    r.toolVersion = tool == "Trivy" ? "0.50.1" : "0.74.0";
    r.scannedAt = at;
    std::set<std::string> components;
    for (const Case &c : cases()) {
        if (!take(c))
            continue;
        const std::uint32_t asset = r.addAsset(assetOf(c.target));
        r.addScope(asset, c.kind);
        RuleInfo rule;
        rule.kind = c.kind;
        rule.key = c.rule;
        rule.hasMetadata = true;
        rule.title = std::string("Title of ") + c.rule;
        rule.description = std::string("Description of ") + c.rule;
        rule.references = std::string("https://example.test/") + c.rule + "\nhttps://nvd.example/" + c.rule;
        r.rules.push_back(rule);
        ParsedFinding f;
        f.asset = asset;
        f.kind = c.kind;
        f.ruleKey = c.rule;
        f.severity = c.severity;
        f.package = c.package;
        f.packageType = *c.package ? "apk" : "";
        f.installedVersion = c.version;
        f.fixedVersion = *c.package ? "99.0" : "";
        f.location = c.kind == FindingKind::Misconfiguration ? "deploy/api.yaml:12" : "";
        r.findings.push_back(f);
        if (c.inInventory && components.insert(std::to_string(asset) + c.package).second)
            r.components.push_back({asset, c.package, "apk", c.version, purlOf(c), ""});
    }
    computeFingerprints(r);
    ParsedFile file;
    file.path = tool + ".json";
    file.contentHash = tool + std::to_string(at);
    file.report = std::move(r);
    ImportWriter(db).write(file, at);
}

struct Store {
    QTemporaryDir dir;
    std::string path;
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    std::int64_t acceptedUntil = 0;
};

std::int64_t findingId(Database &db, const Case &c)
{
    SqliteStatement st = db.prepare("SELECT f.id FROM findings f JOIN rules r ON r.id = f.rule_id "
                                    "JOIN assets a ON a.id = f.asset_id WHERE r.key = ?1 AND a.identity = ?2");
    const std::string identity = assetOf(c.target).identity;
    st.bind(1, std::string_view(c.rule)).bind(2, std::string_view(identity));
    return st.step() ? st.int64(0) : 0;
}

void buildStore(Store &s)
{
    s.path = (s.dir.path() + "/exports.db").toStdString();
    Database db = Database::open(s.path);
    importReport(db, "Trivy", [](const Case &) { return true; }, s.now - 10 * kDay);
    // Grype reports one finding Trivy has too, and one of its own (on the api image): the
    // shared one is one finding with two tools.
    importReport(db, "Grype", [](const Case &c) {
        return c.target == Target::ApiImage && std::string(c.rule) == "CVE-2026-0001";
    }, s.now - 9 * kDay);
    s.acceptedUntil = s.now + 30 * kDay;
    TriageRepository triage(db);
    for (const Case &c : cases()) {
        if (c.decision == FindingStatus::Open)
            continue;
        TriageChange change;
        change.status = c.decision;
        change.justification = c.justification;
        change.actor = "alice";
        change.at = s.now - kDay;
        if (c.decision == FindingStatus::RiskAccepted)
            change.expiresAt = s.acceptedUntil;
        const std::int64_t id = findingId(db, c);
        QVERIFY(id > 0);
        triage.apply({id}, change);
    }
}

std::string exportText(const std::string &path, FindingsExportFormat format, const ReportScope &scope,
                       FindingsExportResult *result = nullptr)
{
    const Database db = Database::open(path, Database::Access::ReadOnly);
    FindingsExportOptions options;
    options.format = format;
    options.scope = scope;
    options.author = "auditor@example.test";
    options.now = 1'780'000'000;
    std::ostringstream out;
    const FindingsExportResult r = exportFindings(db, options, out);
    if (result)
        *result = r;
    return out.str();
}

std::int64_t countCases(const std::function<bool(const Case &)> &pred)
{
    std::int64_t n = 0;
    for (const Case &c : cases())
        n += pred(c) ? 1 : 0;
    return n;
}

} // namespace

class TestFindingsExport : public QObject
{
    Q_OBJECT

    Store m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.dir.isValid());
        buildStore(m_store);
    }

    void openVexDocument()
    {
        FindingsExportResult result;
        const std::string text = exportText(m_store.path, FindingsExportFormat::OpenVex, {}, &result);
        QVERIFY2(result.ok, result.error.c_str());
        const Json doc = Json::parse(text);
        QCOMPARE(doc.at("@context").get<std::string>(), std::string("https://openvex.dev/ns/v0.2.0"));
        QVERIFY(doc.at("@id").get<std::string>().rfind("urn:uuid:", 0) == 0);
        QCOMPARE(doc.at("author").get<std::string>(), std::string("auditor@example.test"));
        QCOMPARE(doc.at("timestamp").get<std::string>(), std::string("2026-05-28T20:26:40Z"));
        QVERIFY(doc.at("version").is_number_integer());
        const Json &statements = doc.at("statements");
        QCOMPARE(std::int64_t(statements.size()), countCases(isVexDecision));
        QCOMPARE(result.items, countCases(isVexDecision));

        const std::set<std::string> valid{"not_affected", "affected", "fixed", "under_investigation"};
        const std::set<std::string> justifications{
            "component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path",
            "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist"};
        std::map<std::string, int> byStatus;
        for (const Json &s : statements) {
            const std::string status = s.at("status").get<std::string>();
            QVERIFY2(valid.count(status), status.c_str());
            ++byStatus[status];
            QVERIFY(!s.at("vulnerability").at("name").get<std::string>().empty());
            QVERIFY(!s.at("products").empty());
            QVERIFY(s.at("products").at(0).at("@id").get<std::string>().rfind("pkg:oci/", 0) == 0);
            // Justification only with not_affected, and then always (or an impact statement).
            QCOMPARE(s.contains("justification"), status == "not_affected");
            if (status == "not_affected")
                QVERIFY(justifications.count(s.at("justification").get<std::string>()));
            // affected needs an action statement.
            if (status == "affected")
                QVERIFY(!s.at("action_statement").get<std::string>().empty());
            else
                QVERIFY(!s.contains("action_statement"));
        }
        QCOMPARE(std::int64_t(byStatus["not_affected"]), countCases([](const Case &c) {
                     return isVexDecision(c)
                         && (c.decision == FindingStatus::FalsePositive
                             || (c.decision == FindingStatus::Mitigated && !saysFixed(c)));
                 }));
        QCOMPARE(std::int64_t(byStatus["fixed"]), countCases([](const Case &c) {
                     return isVexDecision(c) && c.decision == FindingStatus::Mitigated && saysFixed(c);
                 }));
        QCOMPARE(std::int64_t(byStatus["affected"]), countCases([](const Case &c) {
                     return isVexDecision(c) && c.decision == FindingStatus::RiskAccepted;
                 }));
        QCOMPARE(std::int64_t(byStatus["under_investigation"]), countCases([](const Case &c) {
                     return isVexDecision(c) && c.decision == FindingStatus::Confirmed;
                 }));

        // The statements of the false positive named in its note, the mitigation, the accepted risk.
        for (const Json &s : statements) {
            const std::string cve = s.at("vulnerability").at("name").get<std::string>();
            const Json &product = s.at("products").at(0);
            if (cve == "CVE-2026-0002") {
                QCOMPARE(s.at("justification").get<std::string>(), std::string("vulnerable_code_not_in_execute_path"));
                QCOMPARE(product.at("@id").get<std::string>(),
                         "pkg:oci/api@sha256%3A" + std::string(64, 'a') + "?repository_url=ghcr.io/acme/api");
                QCOMPARE(product.at("subcomponents").at(0).at("@id").get<std::string>(),
                         std::string("pkg:apk/alpine/zlib@1.2.13"));
            } else if (cve == "CVE-2026-0005") {
                QCOMPARE(s.at("justification").get<std::string>(), std::string("vulnerable_code_not_present"));
                QCOMPARE(s.at("impact_statement").get<std::string>(), std::string("Scanner matched the wrong package"));
            } else if (cve == "CVE-2026-0003") {
                QCOMPARE(s.at("justification").get<std::string>(), std::string("inline_mitigations_already_exist"));
                // Triage keeps no justification for a mitigation: the status change's note is it.
                QCOMPARE(s.at("impact_statement").get<std::string>(), std::string("seccomp profile blocks the syscall"));
                QVERIFY(!product.contains("subcomponents")); // busybox is not in the inventory: no purl
            } else if (cve == "CVE-2026-0004") {
                const std::string action = s.at("action_statement").get<std::string>();
                QVERIFY2(action.find("alice") != std::string::npos, action.c_str());
                QVERIFY2(action.find(isoTimestamp(m_store.acceptedUntil).substr(0, 10)) != std::string::npos,
                         action.c_str());
            }
        }
    }

    void trivyIgnoreFile()
    {
        FindingsExportResult result;
        const std::string text = exportText(m_store.path, FindingsExportFormat::TrivyIgnore, {}, &result);
        QVERIFY2(result.ok, result.error.c_str());
        const YAML::Node doc = YAML::Load(text);
        const YAML::Node vulns = doc["vulnerabilities"];
        const YAML::Node checks = doc["misconfigurations"];
        QVERIFY(vulns.IsSequence());
        QVERIFY(checks.IsSequence());
        QVERIFY(doc["secrets"].IsSequence());
        QCOMPARE(std::int64_t(vulns.size()), countCases([](const Case &c) {
                     return isIgnored(c) && c.kind == FindingKind::Vulnerability;
                 }));
        QCOMPARE(std::int64_t(checks.size()), countCases([](const Case &c) {
                     return isIgnored(c) && c.kind == FindingKind::Misconfiguration;
                 }));
        QCOMPARE(doc["secrets"].size(), std::size_t(0));
        QCOMPARE(result.items, countCases(isIgnored));

        const std::string expiry = isoTimestamp(m_store.acceptedUntil).substr(0, 10);
        for (const YAML::Node &entry : vulns) {
            const std::string id = entry["id"].as<std::string>();
            QVERIFY(entry["statement"]);
            QVERIFY(entry["purls"].IsSequence()); // all ignored vulnerabilities here are in the inventory
            if (id == "CVE-2026-0004") {
                QCOMPARE(entry["expired_at"].as<std::string>(), expiry);
                QCOMPARE(entry["purls"][0].as<std::string>(), std::string("pkg:apk/alpine/openssl@3.0.0"));
                // The quote, colon and line break of the justification survive the round trip.
                const std::string statement = entry["statement"].as<std::string>();
                QVERIFY2(statement.find("\"quoted\" and: colon\nsecond line") != std::string::npos, statement.c_str());
            } else {
                QVERIFY(!entry["expired_at"]); // false positives do not expire
            }
        }
        QCOMPARE(checks[0]["id"].as<std::string>(), std::string("KSV001"));
        QCOMPARE(checks[0]["paths"][0].as<std::string>(), std::string("deploy/api.yaml"));
        QCOMPARE(checks[0]["expired_at"].as<std::string>(), expiry);
    }

    void sarifOfOpenFindings()
    {
        FindingsExportResult result;
        const std::string text = exportText(m_store.path, FindingsExportFormat::Sarif, {}, &result);
        QVERIFY2(result.ok, result.error.c_str());
        const Json doc = Json::parse(text);
        QCOMPARE(doc.at("version").get<std::string>(), std::string("2.1.0"));
        QCOMPARE(doc.at("$schema").get<std::string>(), std::string("https://json.schemastore.org/sarif-2.1.0.json"));
        std::int64_t results = 0;
        std::map<std::string, std::int64_t> byLevel;
        std::set<std::string> fingerprints;
        for (const Json &run : doc.at("runs")) {
            const Json &driver = run.at("tool").at("driver");
            QVERIFY(!driver.at("name").get<std::string>().empty());
            std::set<std::string> ruleIds;
            for (const Json &rule : driver.at("rules")) {
                ruleIds.insert(rule.at("id").get<std::string>());
                QVERIFY(rule.at("properties").contains("security-severity"));
                QVERIFY(!rule.at("help").at("text").get<std::string>().empty());
            }
            for (const Json &r : run.at("results")) {
                QVERIFY(ruleIds.count(r.at("ruleId").get<std::string>()));
                QVERIFY(!r.at("message").at("text").get<std::string>().empty());
                ++byLevel[r.at("level").get<std::string>()];
                QVERIFY(!r.at("locations").at(0).at("physicalLocation").at("artifactLocation").at("uri")
                             .get<std::string>().empty());
                fingerprints.insert(r.at("partialFingerprints").at("bulkheadFingerprint/v1").get<std::string>());
                ++results;
            }
        }
        const std::int64_t open = countCases([](const Case &c) { return isOpen(c.decision); });
        QCOMPARE(results, open);
        QCOMPARE(result.items, open);
        QCOMPARE(std::int64_t(fingerprints.size()), open); // the finding Grype shares is listed once
        QCOMPARE(byLevel["error"], countCases([](const Case &c) {
                     return isOpen(c.decision) && c.severity >= Severity::High;
                 }));
        QCOMPARE(byLevel["warning"], countCases([](const Case &c) {
                     return isOpen(c.decision) && c.severity == Severity::Medium;
                 }));
        // The workload's result names it as a logical location.
        bool sawWorkload = false;
        for (const Json &run : doc.at("runs"))
            for (const Json &r : run.at("results"))
                if (r.at("locations").at(0).contains("logicalLocations")) {
                    sawWorkload = true;
                    QCOMPARE(r.at("locations").at(0).at("logicalLocations").at(0).at("fullyQualifiedName")
                                 .get<std::string>(),
                             std::string("prod/shop/Deployment/api"));
                }
        QVERIFY(sawWorkload);
    }

    void scopeNarrows()
    {
        ReportScope ghcr;
        ghcr.registries = {"ghcr.io"};
        const auto onApi = [](const Case &c) { return c.target == Target::ApiImage; };
        FindingsExportResult r;
        exportText(m_store.path, FindingsExportFormat::Sarif, ghcr, &r);
        QVERIFY(r.ok);
        QCOMPARE(r.items, countCases([&](const Case &c) { return onApi(c) && isOpen(c.decision); }));
        exportText(m_store.path, FindingsExportFormat::OpenVex, ghcr, &r);
        QCOMPARE(r.items, countCases([&](const Case &c) { return onApi(c) && isVexDecision(c); }));

        ReportScope shop;
        shop.namespaces = {"shop"};
        const auto inShop = [](const Case &c) { return c.target == Target::ShopWorkload; };
        exportText(m_store.path, FindingsExportFormat::TrivyIgnore, shop, &r);
        QCOMPARE(r.items, countCases([&](const Case &c) { return inShop(c) && isIgnored(c); }));
        exportText(m_store.path, FindingsExportFormat::Sarif, shop, &r);
        QCOMPARE(r.items, countCases([&](const Case &c) { return inShop(c) && isOpen(c.decision); }));
        exportText(m_store.path, FindingsExportFormat::OpenVex, shop, &r);
        QCOMPARE(r.items, std::int64_t(0));

        // Grype reported one finding of the api image: a scope on the tool keeps only that one.
        ReportScope grype;
        grype.sources = {"grype"};
        exportText(m_store.path, FindingsExportFormat::Sarif, grype, &r);
        QCOMPARE(r.items, std::int64_t(1));
    }

    void mappingsAndQuoting()
    {
        QCOMPARE(vexJustificationNamedIn("component-not-present in this build"), std::string("component_not_present"));
        QCOMPARE(vexJustificationNamedIn("nothing named"), std::string());
        QVERIFY(!vexDecision(FindingStatus::Open, "", "a", 0));
        QVERIFY(!vexDecision(FindingStatus::Resolved, "", "a", 0));
        QCOMPARE(vexDecision(FindingStatus::Mitigated, "Fixed: rebuilt with the patch", "a", 0)->status,
                 std::string("fixed"));
        QCOMPARE(yamlQuoted("a\"b\\c\nd\x01"), std::string("\"a\\\"b\\\\c\\nd\\x01\""));
        QCOMPARE(yamlQuoted("bad \xff byte"), std::string("\"bad \\uFFFD byte\""));
        QCOMPARE(YAML::Load(yamlQuoted("x: [1] # y\xe2\x80\xa8z")).as<std::string>(),
                 std::string("x: [1] # y\xe2\x80\xa8z"));
        QCOMPARE(trivyIgnorePath("src/app.yaml:12"), std::string("src/app.yaml"));
        QCOMPARE(trivyIgnorePath("alpine:3.19 (alpine 3.19.1)"), std::string());
        QCOMPARE(sarifUri("127.0.0.1:5000/app:1.0"), std::string("127.0.0.1%3A5000/app:1.0"));
        QCOMPARE(sarifUri("a b"), std::string("a%20b"));
    }

    void formatNames()
    {
        for (const char *name : {"openvex", "trivyignore", "sarif"}) {
            FindingsExportFormat f;
            QVERIFY(parseFindingsExportFormat(name, f));
            QCOMPARE(findingsExportFormatName(f), std::string(name));
        }
        FindingsExportFormat f;
        QVERIFY(!parseFindingsExportFormat("csv", f));
    }
};

QTEST_GUILESS_MAIN(TestFindingsExport)
#include "tst_findingsexport.moc"
