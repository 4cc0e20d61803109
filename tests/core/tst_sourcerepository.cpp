// Registry and cluster sources in the store: the config round trips,
// duplicate and invalid sources refused, an update refused across kinds, collection runs, removal
// cascading to images and tags, the v3 -> current migration of a store that already holds
// findings, and the include/exclude globs.
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/imagerepository.h"
#include "store/importwriter.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bulkhead;

namespace {

RegistrySourceConfig sampleConfig(const std::string &name)
{
    RegistrySourceConfig c;
    c.name = name;
    c.url = "https://registry.example:5000";
    c.caFile = "/etc/ssl/team-ca.pem";
    c.auth = RegistryAuthKind::Basic;
    c.username = "robot";
    c.include = {"team/*", "base/?lpine"};
    c.exclude = {"*-dev"};
    c.cosignKeyFiles = {"/keys/a.pub", "/keys/b.pub"};
    c.importSboms = true;
    c.concurrency = 4;
    return c;
}

void compareConfigs(const RegistrySourceConfig &a, const RegistrySourceConfig &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.caFile, b.caFile);
    QCOMPARE(a.insecure, b.insecure);
    QCOMPARE(int(a.auth), int(b.auth));
    QCOMPARE(a.username, b.username);
    QCOMPARE(a.include, b.include);
    QCOMPARE(a.exclude, b.exclude);
    QCOMPARE(a.cosignKeyFiles, b.cosignKeyFiles);
    QCOMPARE(a.importSboms, b.importSboms);
    QCOMPARE(a.concurrency, b.concurrency);
}

ClusterSourceConfig sampleCluster(const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.kubeconfig = "/home/me/.kube/" + name + ".yaml";
    c.context = name + "-admin@" + name;
    c.server = "https://" + name + ".example:6443";
    c.execApproval = "sha256:0f1e2d";
    c.execCommand = "aws eks get-token --cluster-name " + name;
    c.pageSize = 250;
    c.importTrivyOperator = false;
    return c;
}

void compareClusters(const ClusterSourceConfig &a, const ClusterSourceConfig &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.kubeconfig, b.kubeconfig);
    QCOMPARE(a.context, b.context);
    QCOMPARE(a.server, b.server);
    QCOMPARE(a.execApproval, b.execApproval);
    QCOMPARE(a.execCommand, b.execCommand);
    QCOMPARE(a.pageSize, b.pageSize);
    QCOMPARE(a.importTrivyOperator, b.importTrivyOperator);
}

} // namespace

class TestSourceRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::string freshPath() { return (m_dir.path() + "/s" + QString::number(++m_n) + ".db").toStdString(); }

private Q_SLOTS:
    void configJsonRoundTrip()
    {
        const RegistrySourceConfig c = sampleConfig("team");
        std::string error;
        const auto back = RegistrySourceConfig::fromJson(c.toJson(), &error);
        QVERIFY2(back, error.c_str());
        compareConfigs(*back, c);
        // Defaults for absent fields, clear errors for wrong types.
        const auto minimal = RegistrySourceConfig::fromJson("{\"name\":\"x\",\"url\":\"https://h\"}", &error);
        QVERIFY(minimal);
        QCOMPARE(minimal->concurrency, 8);
        QCOMPARE(int(minimal->auth), int(RegistryAuthKind::Anonymous));
        QVERIFY(!RegistrySourceConfig::fromJson("{\"include\":\"team\"}", &error));
        QVERIFY2(error.find("include") != std::string::npos, error.c_str());
        QVERIFY(!RegistrySourceConfig::fromJson("{\"concurrency\":\"4\"}", &error));
        QVERIFY2(error.find("concurrency") != std::string::npos, error.c_str());
        QVERIFY(!RegistrySourceConfig::fromJson("{\"auth\":\"kerberos\"}", &error));
        QVERIFY2(error.find("kerberos") != std::string::npos, error.c_str());
        QVERIFY(!RegistrySourceConfig::fromJson("[1]", &error));
        QVERIFY(!RegistrySourceConfig::fromJson("{", &error));
        QVERIFY2(error.find("not JSON") != std::string::npos, error.c_str());
    }

    void clusterConfigJsonRoundTrip()
    {
        const ClusterSourceConfig c = sampleCluster("prod");
        std::string error;
        const auto back = ClusterSourceConfig::fromJson(c.toJson(), &error);
        QVERIFY2(back, error.c_str());
        compareClusters(*back, c);
        // Defaults for absent fields, clear errors for wrong types.
        const auto minimal = ClusterSourceConfig::fromJson("{\"name\":\"x\",\"context\":\"c\"}", &error);
        QVERIFY2(minimal, error.c_str());
        QCOMPARE(minimal->pageSize, ClusterSourceConfig{}.pageSize);
        QCOMPARE(minimal->importTrivyOperator, true);
        QCOMPARE(minimal->kubeconfig, std::string());
        QVERIFY(!ClusterSourceConfig::fromJson("{\"pageSize\":\"500\"}", &error));
        QVERIFY2(error.find("pageSize") != std::string::npos, error.c_str());
        QVERIFY(!ClusterSourceConfig::fromJson("{\"importTrivyOperator\":1}", &error));
        QVERIFY2(error.find("importTrivyOperator") != std::string::npos, error.c_str());
        QVERIFY(!ClusterSourceConfig::fromJson("{\"context\":[]}", &error));
        QVERIFY(!ClusterSourceConfig::fromJson("[]", &error));
        QVERIFY(!ClusterSourceConfig::fromJson("{\"name\":", &error));
        QVERIFY2(error.find("not JSON") != std::string::npos, error.c_str());
    }

    void clusterValidation()
    {
        ClusterSourceConfig c = sampleCluster("prod");
        QCOMPARE(c.validate(), std::string());
        c.kubeconfig.clear(); // KUBECONFIG / ~/.kube/config at collection time
        c.server.clear();
        QCOMPARE(c.validate(), std::string());
        c.context.clear();
        QVERIFY(!c.validate().empty());
        c = sampleCluster("prod");
        for (int bad : {0, -1, 5001}) {
            c.pageSize = bad;
            QVERIFY2(c.validate().find("page size") != std::string::npos, c.validate().c_str());
        }
        c.pageSize = 5000;
        QCOMPARE(c.validate(), std::string());
        for (const char *name : {"", "a b", "a/b", "x\n"}) {
            c.name = name;
            QVERIFY2(!c.validate().empty(), name);
        }
        c.name = std::string(64, 'k');
        QCOMPARE(c.validate(), std::string());
        c.name += "k";
        QVERIFY(!c.validate().empty());
    }

    void clusterSources()
    {
        Database db = Database::open(freshPath());
        SourceRepository sources(db);
        const std::int64_t reg = sources.add(sampleConfig("hub"), 5);
        const std::int64_t prod = sources.add(sampleCluster("prod"), 6);
        const std::int64_t dev = sources.add(sampleCluster("dev"));
        QVERIFY(reg != prod && prod != dev);

        const std::vector<SourceRow> list = sources.list();
        QCOMPARE(list.size(), std::size_t(3));
        QCOMPARE(list[0].name, std::string("dev"));
        QCOMPARE(list[1].name, std::string("hub"));
        QCOMPARE(list[2].name, std::string("prod"));
        const SourceRow &p = list[2];
        QCOMPARE(p.id, prod);
        QCOMPARE(p.kind, std::string("cluster"));
        QCOMPARE(p.url, sampleCluster("prod").server);
        QCOMPARE(p.createdAt, std::int64_t(6));
        compareClusters(p.cluster, sampleCluster("prod"));
        // A registry row keeps its registry config, a cluster row leaves it at its defaults.
        compareConfigs(list[1].config, sampleConfig("hub"));
        QCOMPARE(list[1].kind, std::string("registry"));
        QCOMPARE(p.config.url, std::string());
        QCOMPARE(list[1].cluster.context, std::string());
        compareClusters(sources.find("dev")->cluster, sampleCluster("dev"));

        // Names are unique across kinds.
        try {
            sources.add(sampleCluster("hub"));
            QFAIL("a cluster named like a registry was added");
        } catch (const StoreError &e) {
            QCOMPARE(std::string(e.what()), std::string("a source named hub already exists"));
        }
        ClusterSourceConfig noContext = sampleCluster("nocontext");
        noContext.context.clear();
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.add(noContext));
        QVERIFY(!sources.find("nocontext"));

        // Update: the config and the shown server change; never across kinds.
        ClusterSourceConfig changed = sampleCluster("prod");
        changed.context = "other";
        changed.server = "https://10.0.0.1:6443";
        changed.execApproval.clear();
        sources.update(changed);
        compareClusters(sources.find("prod")->cluster, changed);
        QCOMPARE(sources.find("prod")->url, changed.server);
        try {
            sources.update(sampleConfig("prod"));
            QFAIL("a registry config was written over a cluster source");
        } catch (const StoreError &e) {
            QVERIFY2(std::string(e.what()).find("cluster source") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.update(sampleCluster("hub")));
        compareConfigs(sources.find("hub")->config, sampleConfig("hub"));
        compareClusters(sources.find("prod")->cluster, changed);
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.update(sampleCluster("missing")));
        ClusterSourceConfig invalid = changed;
        invalid.pageSize = 0;
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.update(invalid));

        QVERIFY(sources.remove("prod"));
        QCOMPARE(sources.list().size(), std::size_t(2));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://r.example" << false << "a" << true;
        QTest::newRow("https port slash") << "https://r.example:5000/" << false << "a" << true;
        QTest::newRow("http refused") << "http://127.0.0.1:5000" << false << "a" << false;
        QTest::newRow("http insecure") << "http://127.0.0.1:5000" << true << "a" << true;
        QTest::newRow("ftp") << "ftp://r.example" << false << "a" << false;
        QTest::newRow("no scheme") << "r.example:5000" << false << "a" << false;
        QTest::newRow("path") << "https://r.example/v2/" << false << "a" << false;
        QTest::newRow("user info") << "https://u:p@r.example" << false << "a" << false;
        QTest::newRow("query") << "https://r.example?x=1" << false << "a" << false;
        QTest::newRow("name with space") << "https://r.example" << false << "my source" << false;
        QTest::newRow("name with slash") << "https://r.example" << false << "a/b" << false;
        QTest::newRow("empty name") << "https://r.example" << false << "" << false;
    }
    void validation()
    {
        QFETCH(QString, url);
        QFETCH(bool, insecure);
        QFETCH(QString, name);
        QFETCH(bool, ok);
        RegistrySourceConfig c;
        c.name = name.toStdString();
        c.url = url.toStdString();
        c.insecure = insecure;
        const std::string problem = c.validate();
        QVERIFY2(problem.empty() == ok, problem.c_str());
    }

    void registryHost()
    {
        RegistrySourceConfig c;
        c.url = "https://Registry.Example:5000";
        QCOMPARE(c.registryHost(), std::string("registry.example:5000"));
        c.url = "https://ghcr.io/";
        QCOMPARE(c.registryHost(), std::string("ghcr.io"));
        c.url = "http://[::1]:5000";
        QCOMPARE(c.registryHost(), std::string("[::1]:5000"));
    }

    void includeExcludeGlobs()
    {
        RegistrySourceConfig c;
        // No include pattern: everything not excluded.
        QVERIFY(c.repositoryIncluded("anything/at/all"));
        c.exclude = {"*-dev"};
        QVERIFY(!c.repositoryIncluded("team/web-dev"));
        QVERIFY(c.repositoryIncluded("team/web-devx"));
        c.include = {"team/*", "base/?lpine"};
        QVERIFY(c.repositoryIncluded("team/web"));
        QVERIFY(c.repositoryIncluded("team/sub/deep")); // '*' crosses '/'
        QVERIFY(!c.repositoryIncluded("other/web"));
        QVERIFY(c.repositoryIncluded("base/alpine"));
        QVERIFY(!c.repositoryIncluded("base/aalpine"));
        QVERIFY(!c.repositoryIncluded("team/web-dev")); // exclude wins over include
        QVERIFY(!c.repositoryIncluded("team"));
        // Characters that are special in regular expressions are literal here.
        QVERIFY(globMatch("a.b+c", "a.b+c"));
        QVERIFY(!globMatch("a.b", "axb"));
        QVERIFY(globMatch("*", ""));
        QVERIFY(globMatch("**a*", "bbba"));
        QVERIFY(!globMatch("a*b*c", "aXbXd"));
    }

    void addFindListRemove()
    {
        Database db = Database::open(freshPath());
        SourceRepository sources(db);
        const std::vector<std::string> names{"zeta", "alpha", "mid"};
        std::map<std::string, std::int64_t> ids;
        for (const std::string &n : names)
            ids[n] = sources.add(sampleConfig(n), 1000);
        const std::vector<SourceRow> list = sources.list();
        QCOMPARE(list.size(), names.size());
        for (std::size_t i = 0; i + 1 < list.size(); ++i)
            QVERIFY(list[i].name < list[i + 1].name);
        for (const SourceRow &row : list) {
            QCOMPARE(row.id, ids.at(row.name));
            QCOMPARE(row.kind, std::string("registry"));
            QCOMPARE(row.createdAt, std::int64_t(1000));
            QVERIFY(!row.lastRun);
            compareConfigs(row.config, sampleConfig(row.name));
        }

        try {
            sources.add(sampleConfig("alpha"));
            QFAIL("a duplicate source was added");
        } catch (const StoreError &e) {
            QCOMPARE(std::string(e.what()), std::string("a source named alpha already exists"));
        }
        RegistrySourceConfig bad = sampleConfig("plain");
        bad.url = "http://registry.example";
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.add(bad));
        QVERIFY(!sources.find("plain"));

        RegistrySourceConfig changed = sampleConfig("mid");
        changed.url = "https://other.example";
        changed.exclude.clear();
        sources.update(changed);
        compareConfigs(sources.find("mid")->config, changed);
        QCOMPARE(sources.find("mid")->url, changed.url);
        QVERIFY_THROWS_EXCEPTION(StoreError, sources.update(sampleConfig("missing")));

        QVERIFY(sources.remove("zeta"));
        QVERIFY(!sources.remove("zeta"));
        QCOMPARE(sources.list().size(), names.size() - 1);
    }

    void collectionRuns()
    {
        Database db = Database::open(freshPath());
        SourceRepository sources(db);
        CollectionRunRepository runs(db);
        const std::int64_t a = sources.add(sampleConfig("a"), 1);
        const std::int64_t b = sources.add(sampleConfig("b"), 1);
        QVERIFY(!runs.last(a));
        const std::int64_t first = runs.start(a, 100);
        QCOMPARE(runs.last(a)->status, std::string("running"));
        QCOMPARE(runs.last(a)->finishedAt, std::int64_t(0));
        CollectionRunRow done{first, a, 100, 160, "partial", "2 repositories failed", 12, 40, 300, 2};
        runs.finish(done);
        const std::int64_t second = runs.start(a, 200);
        runs.start(b, 300);
        const auto last = runs.last(a);
        QCOMPARE(last->id, second);
        QCOMPARE(last->status, std::string("running"));
        const std::int64_t third = runs.start(a, 200); // same second: the later id is the last
        QCOMPARE(runs.last(a)->id, third);
        CollectionRunRow missing;
        missing.id = 9999;
        missing.status = "complete";
        QVERIFY_THROWS_EXCEPTION(StoreError, runs.finish(missing));

        // The first run as stored, through SourceRepository's lastRun of another moment.
        db.exec("DELETE FROM collection_runs WHERE id IN (" + std::to_string(second) + "," + std::to_string(third) + ")");
        const auto row = sources.find("a");
        QVERIFY(row->lastRun);
        QCOMPARE(row->lastRun->status, done.status);
        QCOMPARE(row->lastRun->error, done.error);
        QCOMPARE(row->lastRun->finishedAt, done.finishedAt);
        QCOMPARE(row->lastRun->repositories, done.repositories);
        QCOMPARE(row->lastRun->images, done.images);
        QCOMPARE(row->lastRun->requests, done.requests);
        QCOMPARE(row->lastRun->failures, done.failures);
    }

    void removeCascades()
    {
        Database db = Database::open(freshPath());
        SourceRepository sources(db);
        const std::int64_t keep = sources.add(sampleConfig("keep"), 1);
        const std::int64_t drop = sources.add(sampleConfig("drop"), 1);
        ImageRepository images(db);
        CollectionRunRepository runs(db);
        auto collect = [&](std::int64_t source, int n) {
            std::vector<CollectedImage> list;
            std::vector<CollectedTag> tags;
            for (int i = 0; i < n; ++i) {
                CollectedImage im;
                im.repository = "app" + std::to_string(i);
                im.digest = "sha256:" + std::to_string(source) + "-" + std::to_string(i);
                list.push_back(im);
                tags.push_back({im.repository, "latest", im.digest});
            }
            images.writeCollection(source, runs.start(source, 10), list, tags, true, 10);
        };
        collect(keep, 2);
        collect(drop, 3);
        QVERIFY(sources.remove("drop"));
        QCOMPARE(db.scalar("SELECT count(*) FROM images"), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM image_tags"), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM collection_runs"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM images WHERE source_id = " + std::to_string(drop)), 0);
    }

    // A store written before schema 4 (simulated by removing what versions 4 to 6 added) keeps
    // its findings and gains the registry, cluster and RBAC tables when opened.
    void upgradesVersion3InPlace()
    {
        const std::string path = freshPath();
        {
            Database db = Database::open(path);
            ParsedReport r;
            r.format = ReportFormat::TrivyJson;
            r.tool = "Trivy";
            r.scannedAt = 500;
            AssetRef a;
            a.kind = AssetKind::Image;
            a.identity = a.digest = "sha256:abc";
            a.name = "web:1";
            const auto asset = r.addAsset(a);
            for (int i = 0; i < 3; ++i) {
                ParsedFinding f;
                f.asset = asset;
                f.ruleKey = "CVE-" + std::to_string(i);
                f.severity = Severity::High;
                f.package = "p";
                r.findings.push_back(f);
            }
            computeFingerprints(r);
            ParsedFile file;
            file.path = "r.json";
            file.contentHash = "h";
            file.report = std::move(r);
            ImportWriter(db).write(file, 600);
            // Version 9's, 8's, 7's, 6's and 5's tables first (they refer to sources), then version 4's.
            db.exec("DROP TABLE gate_runs; DROP TABLE generated_reports; DROP TABLE drill_actions; DROP TABLE drill_items; DROP TABLE drill_runs; DROP TABLE drills; "
                    "DROP TABLE drill_templates; DROP TABLE weekly_reviews; DROP TABLE snapshot_sources; "
                    "DROP TABLE snapshot_counts; DROP TABLE snapshot_areas; DROP TABLE snapshot_controls; "
                    "DROP TABLE snapshots; DROP TABLE attestation_files; DROP TABLE attestations; "
                    "DROP TABLE secret_uses; DROP TABLE secret_versions; DROP TABLE secrets; "
                    "DROP TABLE rbac_subject_bindings; DROP TABLE rbac_subjects; DROP TABLE rbac_bindings; "
                    "DROP TABLE rbac_analyses; DROP TABLE binding_reviews; "
                    "DROP TABLE kube_workloads; DROP TABLE kube_namespaces; DROP TABLE kube_coverage; "
                    "DROP TABLE kube_evidence; DROP TABLE kube_objects; "
                    "DROP TABLE image_tags; DROP TABLE images; DROP TABLE collection_runs; DROP TABLE sources; "
                    "DROP INDEX assets_digest; PRAGMA user_version = 3");
        }
        // The simulation above undoes exactly versions 4 to 9: a version 10 must undo its own steps too.
        QCOMPARE(Database::currentSchemaVersion(), 9);
        Database db = Database::open(path);
        QCOMPARE(db.schemaVersion(), 9);
        QCOMPARE(db.scalar("SELECT count(*) FROM findings"), 3);
        for (const char *name : {"sources", "collection_runs", "images", "image_tags", "assets_digest",
                                 "images_repository", "images_last_seen", "images_signature", "images_digest",
                                 "images_index_digest", "images_config_digest"})
            QVERIFY2(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = '" + std::string(name) + "'") == 1,
                     name);
        for (const char *name : {"kube_workloads", "kube_namespaces", "kube_coverage", "kube_evidence", "kube_objects",
                                 "rbac_analyses", "rbac_bindings", "rbac_subjects", "rbac_subject_bindings",
                                 "binding_reviews", "binding_reviews_binding", "secrets", "secret_versions",
                                 "secret_uses", "secrets_due", "secrets_age"})
            QVERIFY2(db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = '" + std::string(name) + "'") == 1,
                     name);
        SourceRepository(db).add(sampleConfig("after-upgrade"));
        SourceRepository(db).add(sampleCluster("cluster-after-upgrade"));
        QCOMPARE(SourceRepository(db).list().size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestSourceRepository)
#include "tst_sourcerepository.moc"
