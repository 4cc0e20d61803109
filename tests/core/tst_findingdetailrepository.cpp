// FindingDetailRepository on a store imported from Trivy reports this test writes: rule text,
// references, CVSS, asset, package, source reports, the other findings of the same rule and the
// triage history, each compared with what the generated input says.
#include "importers/importjob.h"
#include "store/database.h"
#include "store/findingdetailrepository.h"
#include "store/triagerepository.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>

using namespace bulkhead;

namespace {

constexpr const char *kShared = "CVE-2024-0001";
const QStringList kSharedRefs{QStringLiteral("https://nvd.nist.gov/vuln/detail/CVE-2024-0001"),
                              QStringLiteral("https://example.org/advisory?id=1&lang=en"),
                              QStringLiteral("https://github.com/advisories/GHSA-aaaa-bbbb-cccc")};

struct Vuln {
    QString id;
    QString package;
    QString installed;
    QString fixed;
    QString severity;
};

struct Scan {
    QString file;
    QString image;  // ArtifactName
    QString digest; // sha256:...
    QString created;
    std::vector<Vuln> vulns;
};

QJsonObject vulnerability(const Vuln &v)
{
    QJsonObject o{{"VulnerabilityID", v.id}, {"PkgName", v.package}, {"InstalledVersion", v.installed},
                  {"Severity", v.severity}, {"Title", v.id + QStringLiteral(" title")},
                  {"Description", QStringLiteral("about ") + v.id}};
    if (!v.fixed.isEmpty())
        o.insert("FixedVersion", v.fixed);
    if (v.id == QLatin1String(kShared)) {
        // The full metadata of the shared CVE: the first sighting is the one the store keeps.
        o.insert("Title", "OpenSSL: <b>heap</b> overflow & more");
        o.insert("Description", "Line one.\nLine two with <script>alert(1)</script>.");
        o.insert("PrimaryURL", kSharedRefs[0]);
        o.insert("References", QJsonArray{kSharedRefs[1], kSharedRefs[2], kSharedRefs[0]});
        o.insert("CweIDs", QJsonArray{"CWE-122", "CWE-787"});
        o.insert("CVSS", QJsonObject{{"nvd", QJsonObject{{"V3Score", 9.8}, {"V3Vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}}},
                                     {"ghsa", QJsonObject{{"V3Score", 7.5}, {"V3Vector", "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"}}}});
        o.insert("PublishedDate", "2024-01-10T08:00:00Z");
        o.insert("LastModifiedDate", "2024-02-20T09:30:00Z");
    }
    return o;
}

QByteArray trivyJson(const Scan &s)
{
    QJsonArray vulns;
    for (const Vuln &v : s.vulns)
        vulns.append(vulnerability(v));
    const QString repo = s.image.section(':', 0, 0);
    QJsonObject report{
        {"SchemaVersion", 2},
        {"CreatedAt", s.created},
        {"ArtifactName", s.image},
        {"ArtifactType", "container_image"},
        {"Trivy", QJsonObject{{"Version", "0.50.1"}}},
        {"Metadata", QJsonObject{{"RepoDigests", QJsonArray{repo + "@" + s.digest}}}},
        {"Results", QJsonArray{QJsonObject{{"Target", s.image + " (debian 12.5)"}, {"Class", "os-pkgs"},
                                            {"Type", "debian"}, {"Vulnerabilities", vulns}}}},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}

QString digestOf(char c)
{
    return QStringLiteral("sha256:") + QString(64, QChar(c));
}

// web:1.0 scanned twice (the second scan no longer reports the shared CVE: resolved there);
// api:2.0 has the shared CVE in two packages.
std::vector<Scan> plan(const QString &dir)
{
    return {
        {dir + "/web-1.json", "registry.example/web:1.0", digestOf('a'), "2024-03-01T10:00:00Z",
         {{kShared, "openssl", "3.0.1", "3.0.2", "CRITICAL"}, {"CVE-2024-0002", "zlib", "1.2.13", "", "LOW"}}},
        {dir + "/api-1.json", "registry.example/api:2.0", digestOf('b'), "2024-03-02T10:00:00Z",
         {{kShared, "openssl", "3.0.1", "3.0.2", "CRITICAL"}, {kShared, "libssl3", "3.0.1", "3.0.2", "CRITICAL"}}},
        {dir + "/web-2.json", "registry.example/web:1.0", digestOf('a'), "2024-03-05T10:00:00Z",
         {{"CVE-2024-0002", "zlib", "1.2.13", "", "LOW"}}},
    };
}

std::int64_t findingId(const Database &db, const QString &image, const QString &rule, const QString &package)
{
    auto st = db.prepare("SELECT f.id FROM findings f JOIN assets a ON a.id = f.asset_id JOIN rules r ON r.id = f.rule_id "
                         "JOIN packages p ON p.id = f.package_id WHERE a.name = ?1 AND r.key = ?2 AND p.name = ?3");
    const std::string i = image.toStdString(), r = rule.toStdString(), p = package.toStdString();
    st.bindText(1, i).bindText(2, r).bindText(3, p);
    return st.step() ? st.int64(0) : 0;
}

std::int64_t unixTime(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

class TestFindingDetailRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::vector<Scan> m_plan;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plan = plan(m_dir.path());
        std::vector<std::string> files;
        for (const Scan &s : m_plan) {
            test::writeFile(s.file, trivyJson(s));
            files.push_back(s.file.toStdString());
        }
        m_db = std::make_unique<Database>(Database::open((m_dir.path() + "/store.db").toStdString()));
        ImportJob::Options options;
        options.now = unixTime("2024-03-06T00:00:00Z");
        const ImportBatchResult result = ImportJob::run(*m_db, files, options);
        QVERIFY2(result.committed, result.error.c_str());
        for (const ImportFileResult &f : result.files)
            QVERIFY2(f.ok, f.error.c_str());
    }

    void ruleTextAndReferences()
    {
        const std::int64_t id = findingId(*m_db, "registry.example/api:2.0", kShared, "openssl");
        QVERIFY(id > 0);
        const auto d = FindingDetailRepository(*m_db).load(id);
        QVERIFY(d);
        QCOMPARE(d->id, id);
        QCOMPARE(d->kind, FindingKind::Vulnerability);
        QCOMPARE(d->severity, Severity::Critical);
        QCOMPARE(d->status, FindingStatus::Open);
        QCOMPARE(d->ruleKey, std::string(kShared));
        QCOMPARE(d->title, std::string("OpenSSL: <b>heap</b> overflow & more"));
        QCOMPARE(d->description, std::string("Line one.\nLine two with <script>alert(1)</script>."));
        // The primary URL first, then the others once each.
        std::vector<std::string> refs;
        for (const QString &r : kSharedRefs)
            refs.push_back(r.toStdString());
        QCOMPARE(d->references, refs);
        QCOMPARE(d->cwe, std::string("CWE-122,CWE-787"));
        QVERIFY(d->cvssScore);
        QCOMPARE(*d->cvssScore, 9.8); // the highest v3 score of the sources
        QCOMPARE(d->cvssVector, std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
        QCOMPARE(d->published, unixTime("2024-01-10T08:00:00Z"));
        QCOMPARE(d->modified, unixTime("2024-02-20T09:30:00Z"));
        QCOMPARE(d->control, std::string("BLD-2")); // vulnerabilities are evidence for "scan images"
    }

    void assetPackageAndReports()
    {
        const Scan &api = m_plan[1];
        const std::int64_t id = findingId(*m_db, api.image, kShared, "libssl3");
        const auto d = FindingDetailRepository(*m_db).load(id);
        QVERIFY(d);
        QCOMPARE(d->asset.kind, AssetKind::Image);
        QCOMPARE(d->asset.name, api.image.toStdString());
        QCOMPARE(d->asset.repository, std::string("registry.example/api"));
        QCOMPARE(d->asset.digest, api.digest.toStdString());
        QCOMPARE(d->package, std::string("libssl3"));
        QCOMPARE(d->installedVersion, std::string("3.0.1"));
        QCOMPARE(d->fixedVersion, std::string("3.0.2"));
        QCOMPARE(d->firstSeen, unixTime("2024-03-02T10:00:00Z"));
        QCOMPARE(d->firstReport.path, api.file.toStdString());
        QCOMPARE(d->lastReport.path, api.file.toStdString());
        QCOMPARE(d->firstReport.tool, std::string("Trivy"));
        QCOMPARE(d->firstReport.toolVersion, std::string("0.50.1"));
        QCOMPARE(d->firstReport.format, std::string("trivy"));
        QCOMPARE(d->firstReport.scannedAt, unixTime("2024-03-02T10:00:00Z"));
        QCOMPARE(d->tools, std::vector<std::string>{"Trivy"});
        QCOMPARE(d->resolvedAt, std::int64_t(0));

        // zlib on web was reported by both web scans: first and last report differ.
        const auto z = FindingDetailRepository(*m_db).load(findingId(*m_db, m_plan[0].image, "CVE-2024-0002", "zlib"));
        QVERIFY(z);
        QCOMPARE(z->firstReport.path, m_plan[0].file.toStdString());
        QCOMPARE(z->lastReport.path, m_plan[2].file.toStdString());
        QCOMPARE(z->lastSeen, unixTime("2024-03-05T10:00:00Z"));
        QVERIFY(z->fixedVersion.empty());
    }

    void affectedElsewhere()
    {
        // Expected from the plan: every (image, package) that had the shared CVE, and which of
        // them the image's newest scan still reports.
        std::map<QString, std::set<QString>> latest; // image -> packages in its newest scan
        std::set<std::pair<QString, QString>> all;
        for (const Scan &s : m_plan) {
            latest[s.image].clear();
            for (const Vuln &v : s.vulns) {
                if (v.id != QLatin1String(kShared))
                    continue;
                all.insert({s.image, v.package});
                latest[s.image].insert(v.package);
            }
        }
        const std::pair<QString, QString> self{m_plan[1].image, "openssl"};
        std::int64_t active = 0;
        for (const auto &[image, package] : all)
            active += latest[image].count(package) && std::pair(image, package) != self;

        const auto d = FindingDetailRepository(*m_db).load(findingId(*m_db, self.first, kShared, self.second));
        QVERIFY(d);
        QCOMPARE(d->affectedCount, std::int64_t(all.size() - 1));
        QCOMPARE(d->affectedActiveCount, active);
        QCOMPARE(d->affected.size(), all.size() - 1);
        std::set<std::pair<QString, QString>> seen;
        bool resolvedSeen = false;
        for (const AffectedFinding &a : d->affected) {
            const std::pair<QString, QString> key{QString::fromStdString(a.asset), QString::fromStdString(a.package)};
            QVERIFY(all.count(key));
            QVERIFY(key != self);
            seen.insert(key);
            QCOMPARE(a.resolved, latest[key.first].count(key.second) == 0);
            QVERIFY(!(resolvedSeen && !a.resolved)); // still-reported ones come first
            resolvedSeen = resolvedSeen || a.resolved;
            QCOMPARE(a.installedVersion, std::string("3.0.1"));
        }
        QCOMPARE(seen.size(), all.size() - 1);

        // The cap limits rows, never the counts.
        const auto capped = FindingDetailRepository(*m_db).load(d->id, 1);
        QCOMPARE(capped->affected.size(), std::size_t(1));
        QVERIFY(!capped->affected.front().resolved);
        QCOMPARE(capped->affectedCount, d->affectedCount);
        QCOMPARE(FindingDetailRepository(*m_db).load(d->id, 0)->affected.size(), std::size_t(0));
    }

    void historyNewestFirst()
    {
        const std::int64_t id = findingId(*m_db, m_plan[0].image, "CVE-2024-0002", "zlib");
        const std::int64_t t0 = unixTime("2024-04-01T12:00:00Z");
        TriageRepository triage(*m_db);
        TriageChange accept;
        accept.status = FindingStatus::RiskAccepted;
        accept.justification = "not reachable: <no network>";
        accept.expiresAt = t0 + 30 * 86400;
        accept.actor = "alice";
        accept.at = t0;
        QCOMPARE(triage.apply({id}, accept), 1);
        const auto accepted = FindingDetailRepository(*m_db).load(id);
        QVERIFY(accepted);
        QCOMPARE(accepted->status, FindingStatus::RiskAccepted);
        QVERIFY(accepted->decision.decided);
        QCOMPARE(accepted->decision.status, FindingStatus::RiskAccepted);
        QCOMPARE(accepted->decision.justification, accept.justification);
        QCOMPARE(accepted->decision.expiresAt, accept.expiresAt);
        QCOMPARE(accepted->decision.updatedBy, std::string("alice"));
        QCOMPARE(accepted->history.size(), std::size_t(1));

        TriageChange assign;
        assign.assignee = "bob";
        assign.note = "please re-check";
        assign.actor = "carol";
        assign.at = t0 + 3600;
        QCOMPARE(triage.apply({id}, assign), 1);

        const auto d = FindingDetailRepository(*m_db).load(id);
        QVERIFY(d);
        QCOMPARE(d->decision.status, FindingStatus::RiskAccepted);
        QCOMPARE(d->decision.assignee, std::string("bob"));
        QCOMPARE(d->decision.updatedBy, std::string("carol"));
        QCOMPARE(d->decision.updatedAt, assign.at);
        QCOMPARE(d->history.size(), std::size_t(2));
        const FindingHistoryEntry &newest = d->history[0], &oldest = d->history[1];
        QCOMPARE(newest.changedAt, assign.at);
        QCOMPARE(newest.changedBy, std::string("carol"));
        QCOMPARE(newest.field, std::string("assignee"));
        QCOMPARE(newest.oldValue, std::string());
        QCOMPARE(newest.newValue, std::string("bob"));
        QCOMPARE(newest.note, assign.note);
        QCOMPARE(oldest.changedAt, accept.at);
        QCOMPARE(oldest.changedBy, std::string("alice"));
        QCOMPARE(oldest.field, std::string("status"));
        QCOMPARE(oldest.oldValue, std::string("open"));
        QCOMPARE(oldest.newValue, std::string("risk_accepted"));
        QCOMPARE(oldest.note, accept.justification);

        // Assigning must keep the acceptance as it was (justification and expiry).
        QCOMPARE(d->decision.expiresAt, accept.expiresAt);

        // An untouched finding has no decision and no history.
        const auto other = FindingDetailRepository(*m_db).load(findingId(*m_db, m_plan[1].image, kShared, "openssl"));
        QVERIFY(!other->decision.decided);
        QVERIFY(other->history.empty());
    }

    void unknownIdIsNullopt()
    {
        const std::int64_t maxId = m_db->scalar("SELECT max(id) FROM findings");
        QVERIFY(!FindingDetailRepository(*m_db).load(maxId + 1));
        QVERIFY(!FindingDetailRepository(*m_db).load(0));
        QVERIFY(!FindingDetailRepository(*m_db).load(-5));
    }

    void readOnlyConnection()
    {
        // The pane reads on its own read-only connection while the writer may hold the store.
        const Database ro = Database::open(m_db->path(), Database::Access::ReadOnly);
        const std::int64_t id = findingId(ro, m_plan[1].image, kShared, "openssl");
        const auto d = FindingDetailRepository(ro).load(id);
        QVERIFY(d);
        QCOMPARE(d->ruleKey, std::string(kShared));
    }
};

QTEST_GUILESS_MAIN(TestFindingDetailRepository)
#include "tst_findingdetailrepository.moc"
