// The list exports (core/report/*export): images, workloads, role bindings with their reviews,
// secrets and findings, each from a real store written through the real writers, exported under a
// filter as CSV and as JSON and read back: the CSV through core/secrets/csvrecords (every field
// equal to what was written, commas, quotes, line breaks and a leading '=' included, the formula
// guarded), the JSON parsed. Expected rows come from the test's own input and filter.
#include "model/parsedreport.h"
#include "report/findingscsv.h"
#include "report/findingslistexport.h"
#include "report/imagesexport.h"
#include "report/listexport.h"
#include "report/rbacbindingsexport.h"
#include "report/secretsexport.h"
#include "report/workloadsexport.h"
#include "secrets/csvrecords.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/findingrepository.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <map>
#include <set>

using namespace bulkhead;

namespace {

// Names a cluster or a registry could hand us, and what a spreadsheet would run.
const std::vector<std::string> kHostile{"=HYPERLINK(\"http://x\",\"y\")", "a,b", "say \"hi\"", "two\nlines",
                                        "+1", "plain"};

std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    return SourceRepository(db).add(c, 1);
}

std::int64_t addRegistry(Database &db, const std::string &name)
{
    RegistrySourceConfig c;
    c.name = name;
    c.url = "https://" + name + ".example";
    return SourceRepository(db).add(c, 1);
}

// A field as the CSV must hold it once read back: a formula gets the apostrophe guard.
std::string guarded(const std::string &text)
{
    const bool formula = !text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos;
    return formula ? "'" + text : text;
}

// Runs `write` into a string; the writer's result must be complete.
template <class Write>
std::string exported(ExportFormat format, Write &&write, std::int64_t *rows = nullptr)
{
    std::string out;
    ListExportWriter writer(format, [&](std::string_view bytes) {
        out.append(bytes);
        return true;
    });
    const ListExportResult r = write(writer);
    if (!r.ok)
        qFatal("the export reported a failed sink");
    if (rows)
        *rows = r.rows;
    return out;
}

// The CSV's records after the header, which must be `header`; fields by column name.
std::vector<std::map<std::string, std::string>> csvRows(const std::string &text, const std::string &header)
{
    const CsvRecords parsed = readCsvRecords(text);
    std::vector<std::map<std::string, std::string>> out;
    if (!parsed.problems.empty() || parsed.records.empty())
        return out;
    const std::vector<std::string> &names = parsed.records.front().fields;
    const CsvRecords headerOnly = readCsvRecords(header);
    if (headerOnly.records.empty() || headerOnly.records.front().fields != names)
        return out;
    for (std::size_t i = 1; i < parsed.records.size(); ++i) {
        const auto &fields = parsed.records[i].fields;
        if (fields.size() != names.size()) {
            out.push_back({{"#error", "record " + std::to_string(i) + " has " + std::to_string(fields.size())
                                          + " fields, the header " + std::to_string(names.size())}});
            continue;
        }
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < names.size(); ++c)
            row[names[c]] = fields[c];
        out.push_back(std::move(row));
    }
    return out;
}

nlohmann::json jsonArray(const std::string &text)
{
    return nlohmann::json::parse(text);
}

} // namespace

class TestListExports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    Database freshStore() { return Database::open((m_dir.path() + "/e" + QString::number(++m_n) + ".db").toStdString()); }

private Q_SLOTS:
    void images()
    {
        Database db = freshStore();
        const std::int64_t main = addRegistry(db, "main");
        const std::int64_t other = addRegistry(db, "other");
        CollectionRunRepository runs(db);
        ImageRepository repo(db);
        std::vector<CollectedImage> images;
        std::vector<CollectedTag> tags;
        std::map<std::string, std::string> repositoryOf; // digest -> repository
        for (std::size_t i = 0; i < kHostile.size(); ++i) {
            CollectedImage im;
            im.repository = kHostile[i] + "/r" + std::to_string(i);
            im.digest = "sha256:" + std::string(64 - 1, 'a') + char('0' + i);
            im.configDigest = "sha256:" + std::string(63, 'c') + char('0' + i); // the user is known once the config was read
            im.user = kHostile[(i + 1) % kHostile.size()];
            im.sizeBytes = 1000 + std::int64_t(i);
            im.layers = int(i) + 1;
            images.push_back(im);
            tags.push_back({im.repository, "v" + std::to_string(i), im.digest});
            repositoryOf[im.digest] = im.repository;
        }
        repo.writeCollection(main, runs.start(main, 100), images, tags, true, 100);
        CollectedImage stray;
        stray.repository = "elsewhere";
        stray.digest = "sha256:" + std::string(64, 'f');
        repo.writeCollection(other, runs.start(other, 100), {stray}, {}, true, 100);

        ImageRepository::ImageFilter filter;
        filter.sourceIds = {main};
        std::int64_t rows = 0;
        const std::string csv = exported(ExportFormat::Csv, [&](ListExportWriter &w) {
            return imagesexport::write(repo, filter, ImageRepository::ImageSortKey::Repository, false, w);
        }, &rows);
        QCOMPARE(rows, std::int64_t(images.size()));
        const auto records = csvRows(csv, imagesexport::csvHeader());
        QCOMPARE(records.size(), images.size());
        std::set<std::string> seen;
        for (const auto &r : records) {
            QVERIFY2(!r.count("#error"), r.count("#error") ? r.at("#error").c_str() : "");
            const std::string digest = r.at("digest");
            QVERIFY(repositoryOf.count(digest));
            QCOMPARE(r.at("repository"), guarded(repositoryOf.at(digest)));
            QCOMPARE(r.at("source"), std::string("main"));
            const std::size_t i = std::size_t(digest.back() - '0');
            QCOMPARE(r.at("user"), guarded(kHostile[(i + 1) % kHostile.size()]));
            QCOMPARE(r.at("size_bytes"), std::to_string(1000 + i));
            QCOMPARE(r.at("tags"), "v" + std::to_string(i));
            seen.insert(digest);
        }
        QCOMPARE(seen.size(), images.size());

        const nlohmann::json json = jsonArray(exported(ExportFormat::Json, [&](ListExportWriter &w) {
            return imagesexport::write(repo, filter, ImageRepository::ImageSortKey::Repository, true, w);
        }));
        QVERIFY(json.is_array());
        QCOMPARE(json.size(), images.size());
        for (const auto &j : json) {
            // JSON keeps the text as it is: no guard.
            QCOMPARE(j.at("repository").get<std::string>(), repositoryOf.at(j.at("digest").get<std::string>()));
            QCOMPARE(j.at("layers").get<int>(), (j.at("digest").get<std::string>().back() - '0') + 1);
        }
    }

    void workloads()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        const std::int64_t dev = addCluster(db, "dev");
        WorkloadRepository repo(db);
        auto write = [&](std::int64_t source, const std::string &cluster, std::vector<KubeWorkload> workloads) {
            ClusterCollectionWrite w;
            w.sourceId = source;
            w.cluster = cluster;
            w.now = 1000;
            w.workloadsComplete = w.namespacesComplete = true;
            w.workloads = std::move(workloads);
            repo.writeCollection(w);
        };
        std::vector<KubeWorkload> mine;
        const std::string failing(workloadCheckIds().front());
        std::set<std::string> failingNames;
        for (std::size_t i = 0; i < kHostile.size(); ++i) {
            KubeWorkload w;
            w.nameSpace = "ns";
            w.kind = "Deployment";
            w.name = kHostile[i] + std::to_string(i);
            w.uid = "uid-" + std::to_string(i);
            w.pods = int(i);
            w.containers = 1;
            w.images = {"registry.example/" + std::to_string(i) + ":1"};
            for (std::string_view id : workloadCheckIds()) {
                WorkloadCheckResult r;
                r.check = std::string(id);
                r.state = (id == failing && i % 2) ? CheckState::Fail : CheckState::Pass;
                r.severity = Severity::High;
                r.path = "spec.x";
                r.message = kHostile[i];
                w.checks.push_back(r);
            }
            if (i % 2)
                failingNames.insert(w.name);
            mine.push_back(w);
        }
        write(prod, "prod", mine);
        KubeWorkload elsewhere = mine.front();
        elsewhere.name = "elsewhere";
        write(dev, "dev", {elsewhere});

        WorkloadFilter filter;
        filter.cluster = "prod";
        filter.failingCheck = failing;
        std::int64_t rows = 0;
        const std::string csv = exported(ExportFormat::Csv, [&](ListExportWriter &w) {
            return workloadsexport::write(repo, filter, WorkloadSort::Name, false, w);
        }, &rows);
        QCOMPARE(rows, std::int64_t(failingNames.size()));
        const auto records = csvRows(csv, workloadsexport::csvHeader());
        QCOMPARE(records.size(), failingNames.size());
        std::set<std::string> names;
        for (const auto &r : records) {
            QVERIFY2(!r.count("#error"), r.count("#error") ? r.at("#error").c_str() : "");
            QCOMPARE(r.at("cluster"), std::string("prod"));
            QCOMPARE(r.at(failing), std::string("fail"));
            QCOMPARE(r.at("worst"), std::string("high"));
            names.insert(r.at("name"));
        }
        std::set<std::string> expected;
        for (const std::string &n : failingNames)
            expected.insert(guarded(n));
        QCOMPARE(names, expected);

        const nlohmann::json json = jsonArray(exported(ExportFormat::Json, [&](ListExportWriter &w) {
            return workloadsexport::write(repo, filter, WorkloadSort::Name, false, w);
        }));
        QCOMPARE(json.size(), failingNames.size());
        for (const auto &j : json) {
            QVERIFY(failingNames.count(j.at("name").get<std::string>()));
            const std::string name = j.at("name").get<std::string>();
            const std::size_t i = std::size_t(name.back() - '0');
            QCOMPARE(j.at("checks").at(failing).at("message").get<std::string>(), kHostile[i]);
        }
    }

    void rbacBindings()
    {
        Database db = freshStore();
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        std::vector<RbacBindingRecord> bindings;
        std::map<std::string, std::string> subjectOf; // binding name -> subject key
        for (std::size_t i = 0; i < kHostile.size(); ++i) {
            RbacBindingRecord b;
            b.nameSpace = i % 3 ? "shop" : "ops";
            b.name = kHostile[i] + std::to_string(i);
            b.uid = "uid-" + std::to_string(i);
            b.roleRef = {"ClusterRole", "edit"};
            b.subjects = {{SubjectKind::User, kHostile[(i + 2) % kHostile.size()], ""}};
            b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
            b.createdAt = 50;
            bindings.push_back(b);
            if (b.nameSpace == "shop")
                subjectOf[b.name] = b.subjects.front().key();
        }
        RbacAnalysisWrite w;
        w.sourceId = src;
        w.cluster = "prod";
        w.now = 100;
        w.bindings = bindings;
        repo.writeAnalysis(w);
        ReviewPolicy policy;
        policy.now = 200;
        // One review, its note hostile too: the export carries the review columns.
        RbacBindingFilter filter;
        filter.nameSpace = "shop";
        const auto shown = repo.bindings(filter, policy, RbacBindingSort::Name, false, 0, 100);
        QCOMPARE(shown.size(), subjectOf.size());
        QCOMPARE(repo.recordReviews({shown.front().id}, ReviewDecision::Reduce, "alice", kHostile[0], 150), 1);

        std::int64_t rows = 0;
        const std::string csv = exported(ExportFormat::Csv, [&](ListExportWriter &wr) {
            return rbacbindingsexport::write(repo, filter, policy, RbacBindingSort::Name, false, wr);
        }, &rows);
        QCOMPARE(rows, std::int64_t(subjectOf.size()));
        const auto records = csvRows(csv, rbacbindingsexport::csvHeader());
        QCOMPARE(records.size(), subjectOf.size());
        int reviewed = 0;
        for (const auto &r : records) {
            QVERIFY2(!r.count("#error"), r.count("#error") ? r.at("#error").c_str() : "");
            bool found = false;
            for (const auto &[name, subject] : subjectOf) {
                if (guarded(name) == r.at("name")) {
                    found = true;
                    QCOMPARE(r.at("subjects"), guarded(subject));
                }
            }
            QVERIFY2(found, r.at("name").c_str());
            QCOMPARE(r.at("namespace"), std::string("shop"));
            if (r.at("last_decision") == "reduce") {
                ++reviewed;
                QCOMPARE(r.at("note"), guarded(kHostile[0]));
                QCOMPARE(r.at("reviewer"), std::string("alice"));
            }
        }
        QCOMPARE(reviewed, 1);

        const nlohmann::json json = jsonArray(exported(ExportFormat::Json, [&](ListExportWriter &wr) {
            return rbacbindingsexport::write(repo, filter, policy, RbacBindingSort::Name, false, wr);
        }));
        QCOMPARE(json.size(), subjectOf.size());
        for (const auto &j : json) {
            const std::string name = j.at("name").get<std::string>();
            QVERIFY(subjectOf.count(name));
            QCOMPARE(j.at("subjects").at(0).at("subject").get<std::string>(), subjectOf.at(name));
        }
    }

    void secrets()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        const std::int64_t stage = addCluster(db, "stage");
        SecretRepository repo(db);
        constexpr std::int64_t kNow = 1'750'000'000;
        auto write = [&](std::int64_t source, const std::string &origin, std::vector<SecretRecord> secrets) {
            SecretSourceWrite w;
            w.store = SecretStoreKind::Kubernetes;
            w.origin = origin;
            w.sourceId = source;
            w.now = kNow;
            w.complete = true;
            w.secrets = std::move(secrets);
            repo.write(w);
        };
        std::vector<SecretRecord> mine;
        std::map<std::string, std::string> ownerOf;
        for (std::size_t i = 0; i < kHostile.size(); ++i) {
            SecretRecord s;
            s.store = SecretStoreKind::Kubernetes;
            s.origin = "prod";
            s.location = "ns";
            s.name = kHostile[i] + std::to_string(i);
            s.type = "Opaque";
            s.owner = kHostile[(i + 3) % kHostile.size()];
            s.createdAt = s.lastChangeAt = kNow - std::int64_t(i) * 86400;
            s.ageSource = AgeSource::CreationOnly;
            mine.push_back(s);
            ownerOf[s.name] = s.owner;
        }
        write(prod, "prod", mine);
        SecretRecord other = mine.front();
        other.origin = "stage";
        write(stage, "stage", {other});

        SecretFilter filter;
        filter.origin = "prod";
        filter.now = kNow + 3600;
        std::int64_t rows = 0;
        const std::string csv = exported(ExportFormat::Csv, [&](ListExportWriter &w) {
            return secretsexport::write(repo, filter, SecretSort::Name, false, w);
        }, &rows);
        QCOMPARE(rows, std::int64_t(mine.size()));
        const auto records = csvRows(csv, secretsexport::csvHeader());
        QCOMPARE(records.size(), mine.size());
        for (const auto &r : records) {
            QVERIFY2(!r.count("#error"), r.count("#error") ? r.at("#error").c_str() : "");
            bool found = false;
            for (const auto &[name, owner] : ownerOf) {
                if (guarded(name) == r.at("name")) {
                    found = true;
                    QCOMPARE(r.at("owner"), guarded(owner));
                    const std::string index(1, name.back());
                    // Whole days since the change (i days and an hour); creation only: an upper bound.
                    QCOMPARE(r.at("age_days"), "<=" + index);
                }
            }
            QVERIFY2(found, r.at("name").c_str());
            QCOMPARE(r.at("origin"), std::string("prod"));
        }

        const nlohmann::json json = jsonArray(exported(ExportFormat::Json, [&](ListExportWriter &w) {
            return secretsexport::write(repo, filter, SecretSort::Name, false, w);
        }));
        QCOMPARE(json.size(), mine.size());
        for (const auto &j : json) {
            QCOMPARE(j.at("owner").get<std::string>(), ownerOf.at(j.at("name").get<std::string>()));
            QVERIFY(j.at("age_is_upper_bound").get<bool>());
        }
    }

    void findings()
    {
        Database db = freshStore();
        ParsedReport report;
        report.format = ReportFormat::TrivyJson;
        report.tool = "Trivy";
        report.scannedAt = 1000;
        AssetRef a;
        a.kind = AssetKind::Image;
        a.identity = a.digest = "sha256:" + std::string(64, 'b');
        a.name = "shop/=cart,\"web\"";
        const auto asset = report.addAsset(a);
        std::map<std::string, std::string> titleOf; // rule -> title, of the high ones
        for (std::size_t i = 0; i < kHostile.size(); ++i) {
            ParsedFinding f;
            f.asset = asset;
            f.kind = FindingKind::Vulnerability;
            f.ruleKey = "CVE-2024-" + std::to_string(1000 + i);
            f.severity = i % 2 ? Severity::High : Severity::Low;
            f.package = kHostile[i];
            RuleInfo rule;
            rule.kind = f.kind;
            rule.key = f.ruleKey;
            rule.hasMetadata = true;
            rule.title = kHostile[(i + 1) % kHostile.size()];
            report.rules.push_back(rule);
            report.findings.push_back(f);
            if (f.severity == Severity::High)
                titleOf[f.ruleKey] = rule.title;
        }
        computeFingerprints(report);
        ParsedFile file;
        file.path = file.contentHash = "report-1";
        file.report = std::move(report);
        ImportWriter(db).write(file, 1000);

        FindingRepository repo(db);
        FindingFilter filter;
        filter.severities = {Severity::High};
        std::int64_t rows = 0;
        const std::string csv = exported(ExportFormat::Csv, [&](ListExportWriter &w) {
            return findingslistexport::write(repo, filter, FindingSort{}, w);
        }, &rows);
        QCOMPARE(rows, std::int64_t(titleOf.size()));
        const auto records = csvRows(csv, findingscsv::header());
        QCOMPARE(records.size(), titleOf.size());
        for (const auto &r : records) {
            QVERIFY2(!r.count("#error"), r.count("#error") ? r.at("#error").c_str() : "");
            QVERIFY(titleOf.count(r.at("rule_id")));
            QCOMPARE(r.at("title"), guarded(titleOf.at(r.at("rule_id"))));
            QCOMPARE(r.at("asset"), guarded(a.name));
            QCOMPARE(r.at("severity"), std::string("high"));
        }

        const nlohmann::json json = jsonArray(exported(ExportFormat::Json, [&](ListExportWriter &w) {
            return findingslistexport::write(repo, filter, FindingSort{}, w);
        }));
        QCOMPARE(json.size(), titleOf.size());
        for (const auto &j : json)
            QCOMPARE(j.at("title").get<std::string>(), titleOf.at(j.at("rule_id").get<std::string>()));
    }

    void emptyListsAndAFailingSink()
    {
        Database db = freshStore();
        ImageRepository repo(db);
        QCOMPARE(exported(ExportFormat::Json, [&](ListExportWriter &w) {
                     return imagesexport::write(repo, {}, ImageRepository::ImageSortKey::Repository, false, w);
                 }),
                 std::string("[]\n"));
        QCOMPARE(exported(ExportFormat::Csv, [&](ListExportWriter &w) {
                     return imagesexport::write(repo, {}, ImageRepository::ImageSortKey::Repository, false, w);
                 }),
                 imagesexport::csvHeader() + "\n");
        // A sink that refuses (disk full) ends the export as not ok.
        ListExportWriter refusing(ExportFormat::Csv, [](std::string_view) { return false; });
        const ListExportResult r =
            imagesexport::write(repo, {}, ImageRepository::ImageSortKey::Repository, false, refusing);
        QVERIFY(!r.ok);
    }
};

QTEST_GUILESS_MAIN(TestListExports)
#include "tst_listexports.moc"
